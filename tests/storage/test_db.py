"""The database file: crash-safe settings, write locking, two processes, bad files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading

import pytest

from kotodesk.datafolder.database import open_store
from kotodesk.domain.errors import DatabaseBusyError, DatabaseError
from kotodesk.storage import migrations
from kotodesk.storage.db import DATABASE_NAME, Store


def test_pragmas_are_read_back_from_a_real_file(tmp_path):
    with open_store(tmp_path) as store:
        assert store.pragmas() == {"journal_mode": "wal", "synchronous": 2,  # FULL
                                   "foreign_keys": 1, "busy_timeout": 5000}
    # journal_mode is stored in the file; the others are set on every connection.
    raw = sqlite3.connect(tmp_path / DATABASE_NAME)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_are_enforced(tmp_path):
    with open_store(tmp_path) as store, pytest.raises(sqlite3.IntegrityError), store.write():
        store.conn.execute("INSERT INTO goal (theme_id, position, number, text) "
                           "VALUES (999, 0, '1', 'x')")


def test_write_takes_the_lock_up_front(tmp_path):
    with open_store(tmp_path) as store, store.write():
        other = sqlite3.connect(tmp_path / DATABASE_NAME, timeout=0.05)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_nested_write_rolls_back_only_itself(tmp_path):
    with open_store(tmp_path) as store:
        with store.write():
            store.conn.execute("INSERT INTO setting VALUES ('outer', '1')")
            with pytest.raises(RuntimeError), store.write():
                store.conn.execute("INSERT INTO setting VALUES ('inner', '1')")
                raise RuntimeError("undo inner")
        keys = [r["key"] for r in store.query("SELECT key FROM setting")]
        assert "outer" in keys and "inner" not in keys


HOLD_LOCK = textwrap.dedent("""
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO setting VALUES ('holder', '1')")
    print("locked", flush=True)
    sys.stdin.readline()
    conn.execute("COMMIT")
""")


def _holder(path):
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_a_second_writer_is_told_clearly_when_the_lock_is_held_too_long(tmp_path):
    open_store(tmp_path).close()
    holder = _holder(tmp_path / DATABASE_NAME)
    try:
        store = Store(tmp_path / DATABASE_NAME, busy_timeout_ms=200)
        with pytest.raises(DatabaseBusyError, match="another kotodesk is writing to this "
                           r"database; waited 0\.2 s\."), store.write():
            pass
        store.close()
    finally:
        holder.communicate("\n")


def test_a_second_writer_waits_for_the_first(tmp_path):
    open_store(tmp_path).close()
    holder = _holder(tmp_path / DATABASE_NAME)
    store = Store(tmp_path / DATABASE_NAME)
    order: list[str] = []
    started = threading.Event()

    def write():
        started.set()
        with store.write():
            order.append("second writer")
            store.conn.execute("INSERT INTO setting VALUES ('waiter', '1')")

    thread = threading.Thread(target=write)
    thread.start()
    started.wait()
    thread.join(0.3)
    assert thread.is_alive(), "the second writer should be waiting for the lock"
    order.append("first committed")
    holder.communicate("\n")
    thread.join(10)
    assert order == ["first committed", "second writer"]
    keys = {r["key"] for r in store.query("SELECT key FROM setting")}
    assert {"holder", "waiter"} <= keys
    store.close()


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from kotodesk.datafolder.database import open_store
    store = open_store(Path(sys.argv[1]))
    for i in range(150):
        with store.write():
            store.conn.execute("INSERT INTO setting VALUES (?, ?)", (f"{sys.argv[2]}-{i}", "x"))
            store.conn.execute("UPDATE setting SET value = value || 'y' WHERE key = ?",
                               (f"{sys.argv[2]}-{i}",))
    store.close()
""")


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing_and_corrupt_nothing(tmp_path):
    open_store(tmp_path).close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), name])
             for name in ("a", "b")]
    assert [p.wait(120) for p in procs] == [0, 0]
    with open_store(tmp_path) as store:
        assert store.query_one("PRAGMA integrity_check")[0] == "ok"
        rows = store.query("SELECT key, value FROM setting WHERE value = 'xy'")
        assert len(rows) == 300


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    (tmp_path / DATABASE_NAME).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match="the database is damaged and cannot be read"
                       ) as raised:
        open_store(tmp_path)
    assert raised.value.path == tmp_path / DATABASE_NAME  # DamagedDatabaseError: restorable


def test_a_database_from_a_newer_kotodesk_is_refused(tmp_path):
    with open_store(tmp_path) as store, store.write():
        store.conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                           "VALUES ('kotodesk', '9999_future', 'x')")
    with pytest.raises(DatabaseError, match="newer kotodesk"):
        open_store(tmp_path)


def test_cli_reports_a_damaged_database_without_traceback(tmp_path, cli, home):
    home.mkdir(parents=True)
    (home / DATABASE_NAME).write_bytes(b"garbage" * 1000)
    result = cli("catalogue", "show")
    assert result.code == 2
    assert "the database is damaged and cannot be read" in result.err
    assert "kotodesk backup restore FILE" in result.err
    assert "Traceback" not in result.err


def test_up_to_date_database_opens_without_loading_sqlite_utils(tmp_path):
    open_store(tmp_path).close()
    code = ("import sys; from pathlib import Path;"
            "from kotodesk.datafolder.database import open_store;"
            f"s = open_store(Path({str(tmp_path)!r})); s.query('SELECT * FROM programme');"
            "print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"
    assert migrations.names()[0] == "0001_catalogue_rounds_entries"


def test_upsert_inserts_new_rows_and_updates_only_the_given_columns_in_place(tmp_path):
    """As sqlite-utils' upsert_all: a unit that entries refer to is updated, not replaced
    (a REPLACE would delete it under its foreign keys), and columns not given keep their
    values."""
    with open_store(tmp_path) as store:
        with store.write():
            store.upsert("unit", [{"id": "a", "name": "A", "position": 0, "email": "a@x"},
                                  {"id": "b", "name": "B", "position": 1, "email": ""}],
                         pk="id")
            store.conn.execute("INSERT INTO unit (id, name, parent, position) "
                               "VALUES ('c', 'C', 'a', 2)")
            store.upsert("unit", [{"id": "a", "name": "A2", "position": 5},
                                  {"id": "d", "name": "D", "position": 3}], pk="id")
            store.upsert("unit", [], pk="id")
        rows = {r["id"]: dict(r) for r in store.query("SELECT * FROM unit")}
    assert sorted(rows) == ["a", "b", "c", "d"]
    assert (rows["a"]["name"], rows["a"]["position"], rows["a"]["email"]) == ("A2", 5, "a@x")
    assert rows["c"]["parent"] == "a"


@pytest.mark.parametrize("table, row", [
    ("unit; DROP TABLE entry", {"id": "a"}),
    ("unit", {"id": "a", "name) VALUES ('x'); DROP TABLE entry; --": "A"}),
])
def test_upsert_refuses_a_name_that_is_not_a_plain_sql_name(tmp_path, table, row):
    """Names go into the statement as they are: a caller that one day passed a file's
    key as a column would be writing SQL, so anything but a plain name is refused."""
    with open_store(tmp_path) as store:
        with pytest.raises(ValueError, match="not a plain SQL name"), store.write():
            store.upsert(table, [row], pk="id")
        assert store.table_exists("entry")


def test_a_data_folder_that_is_a_file_is_named_so(tmp_path, capsys):
    """--home naming a file: said plainly, not as Python's 'File exists'."""
    from kotodesk.cli import main

    not_a_folder = tmp_path / "kotodesk-data"
    not_a_folder.write_text("muistiinpanoja")
    assert main(["entry", "show", "--unit", "Kasko", "--home", str(not_a_folder)]) == 2
    said = capsys.readouterr().err
    assert f"{not_a_folder}: kotodesk cannot write the data folder (it is a file, not a " \
           "folder)" in said, said
    assert not_a_folder.read_text() == "muistiinpanoja"


@pytest.mark.parametrize("how", ["folder removed", "folder renamed", "file replaced"])
def test_a_write_after_the_database_file_went_away_is_refused_not_lost(tmp_path, how):
    """A cleanup tool, a sync client or a person with a file manager removes, renames or
    replaces the data folder's database while kotodesk has it open. SQLite goes on
    writing to the file it opened, which no one will open again: an autosave then said
    'saved' of text that was gone. The write is refused, naming the file, and nothing of
    it reaches the file now under that name."""
    from kotodesk.storage.db import DataFolderError

    home = tmp_path / "kotodesk-data"
    store = open_store(home)
    with store.write():
        store.conn.execute("INSERT INTO setting (key, value) VALUES ('eka', '1')")
    database = home / DATABASE_NAME
    if how == "folder removed":
        for part in home.iterdir():
            part.unlink()
        home.rmdir()
    elif how == "folder renamed":
        home.rename(tmp_path / "kotodesk-data-vanha")
    else:  # a copy put in its place, as by hand or by a sync client
        other = sqlite3.connect(home / "other.sqlite3")
        other.execute("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT)")
        other.commit()
        other.close()
        (home / "other.sqlite3").replace(database)
    with pytest.raises(DataFolderError) as raised, store.write():
        store.conn.execute("INSERT INTO setting (key, value) VALUES ('toka', '2')")
    store.close()
    assert str(database) in str(raised.value)
    assert "moved, removed or replaced" in str(raised.value)
    assert "not saved" in str(raised.value)
    if how == "file replaced":
        replaced = sqlite3.connect(database)
        assert ("toka",) not in replaced.execute("SELECT key FROM setting").fetchall()
        replaced.close()


def test_a_data_folder_too_deep_for_sqlite_is_said_to_be_so(tmp_path, capsys):
    """SQLite opens no file whose path (with '-journal' after it) is longer than 512
    bytes, though the folder can be made and written: such a data folder was called 'not
    a usable kotodesk database (unable to open database file)', of a database that was
    never there. It is named as a name too long."""
    import os

    from kotodesk.cli import main

    home = tmp_path
    while len(os.fsencode(home / DATABASE_NAME)) <= 520:
        home = home / ("syvä-kansio-" + "x" * 60)
    home.mkdir(parents=True)
    assert main(["entry", "show", "--unit", "Kasko", "--home", str(home)]) == 2
    said = capsys.readouterr().err
    assert f"{home / DATABASE_NAME}: kotodesk cannot write the database (the name is too " \
           "long)" in said, said
    # What helps is a shorter path: freeing space does nothing for it.
    assert "use a folder with a shorter path" in said and "free some space" not in said
    assert "not a usable" not in said


def test_a_folder_where_the_database_should_be_is_said_to_be_one(tmp_path, capsys):
    """A folder named kotodesk.sqlite3 (an unpacked copy, a sync tool's conflict) was
    'not a usable kotodesk database (unable to open database file)'."""
    from kotodesk.cli import main

    (tmp_path / DATABASE_NAME).mkdir()
    assert main(["round", "list", "--home", str(tmp_path)]) == 2
    said = capsys.readouterr().err
    assert f"{tmp_path / DATABASE_NAME}: kotodesk cannot write the database (it is a " \
        "folder)" in said and "not a usable" not in said, said
