"""Every released schema version upgrades to the current one without losing a row."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kotodesk.datafolder.database import open_store
from kotodesk.storage import migrations
from kotodesk.storage.db import DATABASE_NAME

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("schema-*.sqlite3"))


def rows(path: Path) -> dict[str, list[dict]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != '_sqlite_migrations'")]
    data = {t: [dict(r) for r in conn.execute(f"SELECT * FROM {t}")] for t in tables}
    conn.close()
    return data


# Versions that never reached a user on their own: 0004–0006 landed together with 0007,
# whose fixture holds them all. (A branch's new migration goes here until it is merged and
# frozen, so that parallel branches do not each add a fixture.)
NOT_YET_FROZEN = {"0004", "0005", "0006", "0008", "0009", "0010"}  # 0008: signing.pki,
# 0009: intake, 0010: the embedded round's assumed deadline


def test_there_is_a_fixture_for_every_released_schema_version():
    released = {n.split("_")[0] for n in migrations.names()} - NOT_YET_FROZEN
    frozen = {p.stem.removeprefix("schema-") for p in FIXTURES}
    assert released == frozen


def _assumed_deadline(row: dict) -> bool:
    return (row["programme_id"], row["period"], row["deadline"], row.get("opened_at")) == (
        "kotoutuminen-2022-2025", "6–12/2023", "2024-01-31", None)


def test_the_embedded_rounds_assumed_deadline_goes_and_a_coordinators_stays(tmp_path):
    """31.1.2024 was kotodesk's assumption, not the city's, yet shown as the 6–12/2023
    round's deadline in the window, returns, reminders and summary: a folder made so
    loses it on upgrade; the same date given by a coordinator opening a round stays."""
    from kotodesk.datafolder.workspace import Workspace

    ws = Workspace.open(tmp_path / "vanha")
    embedded = ws.round()
    assert (embedded.period, embedded.deadline) == ("6–12/2023", None)  # a new folder
    store = ws.store
    with store.write():  # as first start wrote it before 0010, and a coordinator's round
        store.conn.execute("UPDATE round SET deadline = '2024-01-31' WHERE id = ?",
                           (embedded.id,))
        store.conn.execute(
            "INSERT INTO round (programme_id, version_id, period, deadline, state, title, "
            "created_at, opened_at) SELECT programme_id, version_id, '2024', '2024-01-31', "
            "'open', '', created_at, '2024-01-02T10:00:00+02:00' FROM round WHERE id = ?",
            (embedded.id,))
        store.conn.execute(f"DELETE FROM {migrations.TABLE} WHERE name = ?",
                           ("0010_no_assumed_deadline",))
    ws.close()
    ws = Workspace.open(tmp_path / "vanha")
    try:
        deadlines = {r["period"]: r["deadline"] for r in ws.store.query(
            "SELECT period, deadline FROM round WHERE programme_id = ?",
            (embedded.programme_id,))}
        assert deadlines["6–12/2023"] is None and deadlines["2024"] == "2024-01-31"
    finally:
        ws.close()


def _corrected(before: dict[str, list[dict]], after: dict[str, list[dict]]
               ) -> dict[str, list[dict]]:
    """`before` without what 0007 rewrites in untouched embedded data: the entries of a
    report round read again (those rounds now have a source), the catalogue's hash and
    indicator types (tests below check what they became)."""
    reread = {r["id"] for r in after["round"] if r.get("source")}
    entries = {e["id"] for e in before["entry"] if e["round_id"] in reread}
    out = dict(before)
    out["entry"] = [e for e in before["entry"] if e["id"] not in entries]
    for table in ("entry_value", "entry_history"):
        out[table] = [r for r in before[table] if r["entry_id"] not in entries]
    out["round"] = [dict(r, deadline=None) if _assumed_deadline(r) else r
                    for r in before["round"]]  # 0010
    out["catalogue_version"] = [{k: v for k, v in r.items() if k != "hash"}
                                for r in before["catalogue_version"]]
    out["indicator"] = [{k: v for k, v in r.items() if k != "type"}
                        for r in before["indicator"]]
    return out


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_frozen_database_upgrades_without_loss(fixture, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(fixture, home / DATABASE_NAME)
    before = rows(home / DATABASE_NAME)
    with open_store(home) as store:
        assert migrations.pending(store) == []
        assert store.query_one("PRAGMA integrity_check")[0] == "ok"
    after = rows(home / DATABASE_NAME)
    for table, old_rows in _corrected(before, after).items():
        assert table in after, f"table {table} disappeared"
        new_rows = after[table]
        for old in old_rows:
            assert any(all(new.get(k) == v for k, v in old.items()) for new in new_rows), \
                f"{table}: row lost or changed: {old}"
    assert before["entry"] and before["measure"]


def _schema(store) -> set[tuple]:
    return {tuple(r) for r in store.query("SELECT type, name, tbl_name, sql FROM sqlite_master")}


def test_a_new_database_is_made_as_sqlite_utils_would_make_it_step_by_step(tmp_path):
    """A new database gets every step in one transaction without sqlite-utils; the result
    is the schema and the record that sqlite-utils' step-by-step upgrade writes, and
    sqlite-utils finds nothing left to do in it (a later release upgrades it with it)."""
    from sqlite_utils.migrations import Migrations

    from kotodesk.datafolder.database import corrections
    from kotodesk.storage.db import Store

    with Store(tmp_path / "fast.sqlite3") as fast, Store(tmp_path / "steps.sqlite3") as steps:
        with steps.write():
            Migrations(migrations.SET_NAME).ensure_migrations_table(steps.db)
        assert migrations.upgrade(fast, corrections=corrections()) == migrations.names()
        assert migrations.upgrade(steps, corrections=corrections()) == migrations.names()
        assert _schema(fast) == _schema(steps)
        assert migrations.applied(fast) == migrations.applied(steps) == migrations.names()
        assert migrations.pending(fast) == []
        known = Migrations(migrations.SET_NAME)
        for name in migrations.names():
            known(name=name)(lambda db: None)
        assert known.pending(fast.db) == []
        with fast.write():
            known.ensure_migrations_table(fast.db)  # finds it as it makes it
        assert _schema(fast) == _schema(steps)
        assert fast.query_one("PRAGMA integrity_check")[0] == "ok"
        assert fast.query_one("PRAGMA foreign_key_check") is None


def test_a_new_database_up_to_a_version_stops_there(tmp_path):
    from kotodesk.storage.db import Store

    with Store(tmp_path / "db.sqlite3") as store:
        assert migrations.upgrade(store, until="0003_returns_inbox") == migrations.names()[:3]
        assert migrations.pending(store) == migrations.names()[3:]
        assert store.table_exists("received_file")  # 0003's
        assert not store.table_exists("measure_text")  # 0004's


def test_a_new_data_folder_is_made_without_loading_sqlite_utils(tmp_path):
    code = ("import sys; from pathlib import Path\n"
            "from kotodesk.datafolder.database import open_store\n"
            f"open_store(Path({str(tmp_path / 'home')!r})).close()\n"
            "print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.split() == ["False"]


_OPEN_AT_THE_SIGNAL = (
    "import sys; from pathlib import Path\n"
    "from kotodesk.datafolder.workspace import Workspace\n"
    "print('ready', flush=True); sys.stdin.readline()  # the start, for both\n"
    "ws = Workspace.open(Path(sys.argv[1]), prepared=False)\n"
    "print(len(ws.store.query('SELECT id FROM programme')))\n")


def _open_twice_at_once(home: Path) -> list[str]:
    """Two real processes open the data folder, released at the same moment; what each
    printed (the number of programmes), once both succeeded."""
    both = [subprocess.Popen([sys.executable, "-c", _OPEN_AT_THE_SIGNAL, str(home)],
                             text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE) for _ in range(2)]
    for proc in both:
        assert proc.stdout.readline().strip() == "ready"
    for proc in both:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    said = []
    for proc in both:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-600:]
        said.append(out.strip())
    return said


def test_two_kotodesks_started_at_once_on_a_new_folder_both_open_it(tmp_path):
    """kotodesk started twice on a new data folder (a double click on first start, the
    window and a command) where no prepared database is at hand: both found no schema and
    both made it; the second, once it had the write lock, stopped with 'table
    "_sqlite_migrations" already exists' or found the programmes it was about to import
    there. The one that waited now takes the folder as the other made it."""
    for attempt in range(4):
        home = tmp_path / f"uusi-{attempt}"
        assert _open_twice_at_once(home) == ["3", "3"]
        conn = sqlite3.connect(home / DATABASE_NAME)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == \
            len(migrations.names())
        conn.close()


def test_two_kotodesks_upgrading_one_folder_at_once_both_open_it(tmp_path):
    """Two kotodesks of a new version started at once on a data folder of an older one:
    both set about the same migrations, and the one that came second to a step stopped
    with an internal error (sqlite-utils' 'Cannot stop before migration … already been
    applied'). A step that the other applied meanwhile is passed over."""
    fixture = next(p for p in FIXTURES if p.stem == "schema-0007")
    for attempt in range(4):
        home = tmp_path / f"vanha-{attempt}"
        home.mkdir()
        shutil.copy(fixture, home / DATABASE_NAME)
        first, second = _open_twice_at_once(home)
        assert first == second
        conn = sqlite3.connect(home / DATABASE_NAME)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")
                ] == migrations.names()
        conn.close()
