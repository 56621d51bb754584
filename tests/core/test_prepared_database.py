"""A new data folder copied from the prepared database (issue 16) is the folder a first
start makes the slow way: the same schema, the same rows, the same migration records and
settings; only the times of its making are its own. A missing, stale or damaged prepared
database is not used, and then the folder is made as before; a copy never replaces a
database, and a killed one leaves no database behind."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kotodesk.datafolder import prepared
from kotodesk.datafolder.prepared_build import build
from kotodesk.datafolder.prepared_stamp import (
    STAMP_NAME,
    fresh_template,
    inputs_hash,
    template_name,
)
from kotodesk.datafolder.workspace import Workspace
from kotodesk.storage.db import DATABASE_NAME
from kotodesk.system import resources


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """The prepared database, and a folder made the slow way with the window it took."""
    base = tmp_path_factory.mktemp("prepared")
    build(base / "prepared")
    started = datetime.now(UTC)
    Workspace.open(base / "slow", prepared=False).close()
    ended = datetime.now(UTC)
    return base / "prepared", base / "slow" / DATABASE_NAME, (started, ended)


def _stamp(folder: Path) -> dict:
    return json.loads((folder / STAMP_NAME).read_text(encoding="utf-8"))


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "ORDER BY name")]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _times_within(path: Path, started: datetime, ended: datetime) -> set[tuple[str, str]]:
    """Every (table, column) holding a time from `started` to `ended`, in either of the
    forms kotodesk writes one, found by reading every text value."""
    found = set()
    with _connect(path) as conn:
        for table in _tables(conn):
            for column in _columns(conn, table):
                for (value,) in conn.execute(f'SELECT "{column}" FROM "{table}" WHERE '
                                             f'typeof("{column}") = \'text\''):
                    try:
                        at = datetime.fromisoformat(value)
                    except ValueError:
                        continue
                    if at.tzinfo and started <= at <= ended:
                        found.add((table, column))
    return found


def _content(path: Path, own_times: set[tuple[str, str]]) -> dict:
    """Schema, every row of every table (the folder's own times left out), pragmas."""
    with _connect(path) as conn:
        content = {"schema": sorted(conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(), key=str)}
        for table in _tables(conn):
            columns = _columns(conn, table)
            kept = ", ".join(f'"{c}"' for c in columns if (table, c) not in own_times)
            content[table] = conn.execute(
                f'SELECT {kept} FROM "{table}" ORDER BY {kept}').fetchall()
        for pragma in ("user_version", "application_id", "journal_mode", "page_size",
                       "integrity_check", "foreign_key_check"):
            content[pragma] = conn.execute(f"PRAGMA {pragma}").fetchall()
    return content


def test_a_copied_folder_is_the_folder_made_the_slow_way_with_times_of_its_own(made,
                                                                              tmp_path):
    folder, slow, (slow_started, slow_ended) = made
    own_times = _times_within(slow, slow_started, slow_ended)
    # What the stamp says to set to the copy's time is exactly what records the making.
    assert {(t, c) for t, c, _ in _stamp(folder)["times"]} == own_times
    assert {("programme", "created_at"), ("_sqlite_migrations", "applied_at"),
            ("entry", "created_at")} <= own_times

    started = datetime.now(UTC)
    assert prepared.place(tmp_path / "home", folder)
    Workspace.open(tmp_path / "home", prepared=False).close()  # nothing left to make
    ended = datetime.now(UTC)
    copy = tmp_path / "home" / DATABASE_NAME

    assert _content(copy, own_times) == _content(slow, own_times)
    with _connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] > 50
        assert conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] > 5
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # Every time of the making is the copy's, none the build's.
    build_window = [datetime.fromisoformat(t) for t in _stamp(folder)["made"]["clock"]]
    assert not _times_within(copy, build_window[0], build_window[1])
    assert _times_within(copy, started, ended) == own_times
    if os.name == "posix":
        assert copy.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in copy.parent.iterdir()
                  if not p.name.startswith(DATABASE_NAME)) == []


def _stale_copy(folder: Path, target: Path, how: str) -> Path:
    shutil.copytree(folder, target)
    stamp = _stamp(target)
    template = target / template_name(stamp["inputs"])
    if how == "missing":
        template.unlink()
    elif how == "other sources":  # made from inputs that are not today's
        other = "0" * 64
        template.rename(target / template_name(other))
        stamp["inputs"] = other
    elif how == "damaged":
        template.write_bytes(template.read_bytes()[: stamp["size"] // 2])
    elif how == "no stamp":
        (target / STAMP_NAME).unlink()
        return target
    (target / STAMP_NAME).write_text(json.dumps(stamp), encoding="utf-8")
    return target


@pytest.mark.parametrize("how", ["missing", "other sources", "damaged", "no stamp"])
def test_a_prepared_database_unfit_to_use_is_not_used_and_the_folder_is_made_as_before(
        made, tmp_path, how):
    folder, slow, window = made
    unfit = _stale_copy(folder, tmp_path / "prepared", how)
    home = tmp_path / "home"
    home.mkdir()
    assert fresh_template(unfit, prepared.CODE_ROOT, resources.root()) is None
    assert not prepared.place(home, unfit)
    assert list(home.iterdir()) == []  # nothing written

    Workspace.open(home, prepared=unfit).close()
    own_times = _times_within(slow, *window)
    assert _content(home / DATABASE_NAME, own_times) == _content(slow, own_times)
    with _connect(home / DATABASE_NAME) as conn:  # made step by step: a time for each
        applied = [r[0] for r in conn.execute("SELECT applied_at FROM _sqlite_migrations")]
    assert len(set(applied)) == len(applied) > 1


def test_a_copy_never_replaces_a_database_and_a_killed_ones_leftover_goes(made, tmp_path):
    folder = made[0]
    home = tmp_path / "home"
    home.mkdir()
    (home / DATABASE_NAME).write_bytes(b"made meanwhile by another kotodesk")
    assert not prepared.place(home, folder)
    assert (home / DATABASE_NAME).read_bytes() == b"made meanwhile by another kotodesk"
    assert [p.name for p in home.iterdir()] == [DATABASE_NAME]

    # A copy killed half-way: its temporary file, never a database.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    other = tmp_path / "other"
    other.mkdir()
    half = other / f".{DATABASE_NAME}.{dead}.x1y2.part"
    half.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    ws = Workspace.open(other, prepared=folder)
    try:
        assert ws.store.query_one("SELECT count(*) FROM programme")[0] == 3
    finally:
        ws.close()
    assert not half.exists()


def test_the_stamp_changes_with_any_input(tmp_path):
    code = ["kotodesk/storage/migrations.py", "kotodesk/catalogue/importer.py"]
    shutil.copytree(resources.path("programmes"), tmp_path / "programmes")
    shutil.copytree(resources.path("register"), tmp_path / "register")
    first = inputs_hash(prepared.CODE_ROOT, code, tmp_path)
    assert first == inputs_hash(prepared.CODE_ROOT, list(reversed(code)), tmp_path)
    assert inputs_hash(prepared.CODE_ROOT, code[:1], tmp_path) != first
    assert inputs_hash(prepared.CODE_ROOT, [*code, "kotodesk/gone.py"], tmp_path) is None
    register = tmp_path / "register" / "helsinki.json"
    register.write_bytes(register.read_bytes().replace(b"Helsinki", b"Helsingfors", 1))
    changed = inputs_hash(prepared.CODE_ROOT, code, tmp_path)
    assert changed != first
    (tmp_path / "programmes" / "index.json").rename(tmp_path / "programmes" / "index2.json")
    assert inputs_hash(prepared.CODE_ROOT, code, tmp_path) not in {first, changed}


def test_a_new_folder_from_the_prepared_database_loads_no_importer_nor_openssl(made,
                                                                             tmp_path):
    """What a fresh process loads to open a new folder: not the importers, sqlite-utils or
    hashlib's OpenSSL, which made most of a first start's extra wait."""
    script = (f"from pathlib import Path\nfrom kotodesk.datafolder.workspace import Workspace\n"
              f"Workspace.open(Path({str(tmp_path / 'home')!r}), "
              f"prepared=Path({str(made[0])!r})).close()\n"
              "import json, sys\nprint(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True)
    modules = set(json.loads(out.stdout.splitlines()[-1]))
    assert "kotodesk.datafolder.prepared" in modules
    assert not modules & {"kotodesk.catalogue.importer", "kotodesk.catalogue.round_files",
                          "sqlite_utils", "_hashlib"}
    assert (tmp_path / "home" / DATABASE_NAME).is_file()
