"""Backups, restore and the all-data export, on real database files."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kotodesk.datafolder import backup
from kotodesk.datafolder.database import open_store
from kotodesk.domain.errors import InputError
from kotodesk.domain.model import WHOLE_MEASURE_LABEL
from kotodesk.storage import migrations
from kotodesk.storage.db import DATABASE_NAME, Store
from tests.support import dump

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema-0001.sqlite3"


def _typed(cli, text="Anonyymi rekrytointi käytössä."):
    result = cli("entry", "set", "--unit", "kanslia-henkilosto", "--measure", "2/3.2",
                 "--status", "yellow", "--reasons", "Resurssit", "--narrative", text,
                 "--author", "Anna")
    assert result.code == 0, result.err


def _dump(home: Path) -> list[str]:
    with Store(home / DATABASE_NAME) as store:
        return dump(store)


def _empty(home: Path) -> None:
    """Delete every row of every kotodesk table, as an accident or a bad script would."""
    with Store(home / DATABASE_NAME) as store, store.write():
        tables = [r[0] for r in store.query(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != '_sqlite_migrations'")]
        store.conn.execute("PRAGMA defer_foreign_keys = ON")
        for table in tables:
            store.conn.execute(f"DELETE FROM {table}")


def test_restore_brings_back_an_emptied_database(cli, home, tmp_path):
    _typed(cli)
    saved = tmp_path / "saved.sqlite3"
    assert cli("backup", "create", saved).code == 0
    before = _dump(home)
    _empty(home)
    assert cli("entry", "show", "--unit", "kanslia-henkilosto").code == 0  # refilled defaults
    assert _dump(home) != before

    result = cli("backup", "restore", saved, "--yes", "--json")

    assert result.code == 0, result.err
    data = result.json()
    assert data["restored"] is True
    # The 2019 report's 68 texts; seed 002's 47 measures, 4/2.1 in two (Kuva's labelled
    # paragraphs and the text for the whole measure); the typed one.
    assert data["backup"]["entries"] == 117
    assert _dump(home) == before
    safety = Path(result.json()["safety_backup"])
    assert safety.parent == home / "backups" and "before-restore" in safety.name
    shown = cli("entry", "show", "--unit", "kanslia-henkilosto", "--json").json()
    entry = next(e for e in shown["entries"] if e["measure"] == "2/3.2")
    assert entry["narrative"] == "Anonyymi rekrytointi käytössä."


def test_restore_keeps_the_replaced_database_as_a_safety_backup(cli, home, tmp_path):
    saved = tmp_path / "saved.sqlite3"
    assert cli("backup", "create", saved).code == 0
    _typed(cli, "Typed after the backup.")
    typed = _dump(home)
    result = cli("backup", "restore", saved, "--yes", "--json")
    safety = Path(result.json()["safety_backup"])
    with Store(safety) as store:
        assert dump(store) == typed


def test_backup_is_one_consistent_file_while_another_connection_writes(cli, home, tmp_path):
    _typed(cli)
    other = sqlite3.connect(home / DATABASE_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a second kotodesk in the middle of a write
    other.execute("UPDATE entry SET narrative = 'half-written'")
    try:
        assert cli("backup", "create", tmp_path / "b.sqlite3").code == 0
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not list(tmp_path.glob("b.sqlite3-*")) and not list(tmp_path.glob(".*.part"))
    copy = sqlite3.connect(tmp_path / "b.sqlite3")
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    narratives = {r[0] for r in copy.execute("SELECT narrative FROM entry")}
    copy.close()
    assert "half-written" not in narratives
    assert "Anonyymi rekrytointi käytössä." in narratives


def _newer_schema(path: Path) -> Path:
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('kotodesk', '9999_from_the_future', '2099-01-01')")
    conn.commit()
    conn.close()
    return path


def _plain_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p.write_text("not a database") and p, "not an SQLite database"),
    (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000) and p,
     "not a usable kotodesk backup"),
    (_plain_sqlite, "not a kotodesk database"),
    (_newer_schema, "written by a newer kotodesk (schema 9999_from_the_future)"),
    (lambda p: p, "no such file"),
])
def test_restore_refuses_what_is_not_a_kotodesk_backup(cli, home, tmp_path, make, message):
    _typed(cli)
    before = _dump(home)
    bad = make(tmp_path / "candidate.sqlite3")
    result = cli("backup", "restore", bad or tmp_path / "candidate.sqlite3", "--yes")
    assert result.code == 2
    assert message in result.err and "candidate.sqlite3" in result.err
    assert "Traceback" not in result.err
    assert _dump(home) == before
    assert not (home / "backups").exists()


def test_restore_without_yes_only_previews(cli, home, tmp_path):
    _typed(cli)
    saved = tmp_path / "saved.sqlite3"
    cli("backup", "create", saved)
    _empty(home)
    emptied = _dump(home)
    result = cli("backup", "restore", saved)
    assert result.code == 0
    assert "Preview only" in result.out
    assert "6–12/2023 (open): 1 entries from 1 units" in result.out
    assert _dump(home) == emptied
    preview = cli("backup", "restore", saved, "--json").json()
    assert preview["restored"] is False
    assert preview["backup"]["schema"] == migrations.names()[-1]
    assert [(r["period"], r["entries"]) for r in preview["backup"]["rounds"]] == [
        ("2019", 68), ("5/2022–5/2023", 48), ("6–12/2023", 1)]


def test_preview_reads_a_copy_and_leaves_the_file_alone(tmp_path):
    target = tmp_path / "fixture.sqlite3"
    shutil.copy(FIXTURE, target)
    before = target.read_bytes()
    summary = backup.inspect(target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fixture.sqlite3"]
    assert summary.programmes[0]["id"] == "kotoutuminen-2022-2025"
    assert [(r.period, r.state, r.entries) for r in summary.rounds] == [
        ("5/2022–5/2023", "closed", 0), ("6–12/2023", "open", 1)]
    imported = sqlite3.connect(target).execute("SELECT imported_at FROM catalogue_version")
    assert summary.last_change == imported.fetchone()[0]  # newer than the entry (2023-12)


def test_daily_backup_once_a_day_and_only_the_last_seven_kept(workspace, home):
    ws = workspace
    first = backup.daily_backup(ws.store, home)
    assert first is not None and first.is_file()
    assert backup.daily_backup(ws.store, home) is None  # the same day: nothing new
    for days in range(1, 10):  # nine older days, and two backups before migrations
        stamp = (datetime.now() - timedelta(days=days)).strftime("%Y%m%d-%H%M%S")
        shutil.copy(first, home / "backups" / f"kotodesk-{stamp}-daily.sqlite3")
    for days in (30, 400):
        stamp = (datetime.now() - timedelta(days=days)).strftime("%Y%m%d-%H%M%S")
        shutil.copy(first, home / "backups" /
                    f"kotodesk-{stamp}-before-migration-0002_x.sqlite3")
    tomorrow = date.today() + timedelta(days=1)
    assert backup.daily_backup(ws.store, home, today=tomorrow) is not None
    kept = backup.list_backups(home)
    daily = [b for b in kept if b.kind == "daily"]
    assert len(daily) == backup.DAILY_KEEP
    assert daily[-1].created.date() == date.today() - timedelta(days=5)
    assert len([b for b in kept if b.kind == "before-migration"]) == 2


def test_no_daily_backup_of_an_empty_database(tmp_path):
    home = tmp_path / "fresh"
    with open_store(home) as store:
        assert backup.daily_backup(store, home) is None
    assert not (home / "backups").exists()


def test_an_existing_database_is_backed_up_before_a_migration(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(FIXTURE, home / DATABASE_NAME)
    before = _dump(home)
    monkeypatch.setattr(migrations, "_STEPS", [
        *migrations._STEPS, ("9999_test_step", "CREATE TABLE test_step (x TEXT);")])
    with Store(home / DATABASE_NAME) as store:
        first_pending = migrations.pending(store)[0]  # a real one, or at least the test's
    with open_store(home) as store:
        assert store.table_exists("test_step")
    made = backup.list_backups(home)
    assert [(b.kind, b.detail) for b in made] == [("before-migration", first_pending)]
    with Store(made[0].path) as old:
        assert not old.table_exists("test_step")
        assert dump(old) == before
    with open_store(home):  # nothing pending now: no further backup
        pass
    assert len(backup.list_backups(home)) == 1


def test_a_new_database_is_not_backed_up_before_its_first_migration(tmp_path):
    with open_store(tmp_path / "new"):
        pass
    assert not (tmp_path / "new" / "backups").exists()


def test_backup_list_shows_the_rolling_backups(cli, workspace, home):
    assert "No backups" in cli("backup", "list").out
    made = backup.daily_backup(workspace.store, home)
    listed = cli("backup", "list", "--json").json()
    assert [b["file"] for b in listed["backups"]] == [str(made)]
    assert listed["backups"][0]["kind"] == "daily"


def test_export_all_writes_every_entry_and_change_as_text(cli, home, tmp_path):
    from openpyxl import load_workbook

    from kotodesk.reporting.export_all import CONTINUED

    _typed(cli, "=HYPERLINK(\"http://example.invalid\")")
    result = cli("backup", "export-all", tmp_path / "all", "--json")
    assert result.code == 0, result.err
    target = tmp_path / "all.xlsx"
    assert result.json()["file"] == str(target)
    assert not list(tmp_path.glob(".*.part"))
    book = load_workbook(target)
    assert book.sheetnames == ["Ohjelmat", "Toimenpiteet", "Kierrokset", "Kirjaukset",
                               "Mittariarvot", "Historia"]
    entries = [r for r in book["Kirjaukset"].iter_rows(min_row=2, values_only=True)
               if r[0] != CONTINUED]  # a long narrative goes on in the rows below
    with Store(home / DATABASE_NAME) as store:
        # every unit's entry, and every report text for a measure as a whole
        assert len(entries) == store.query_one("SELECT COUNT(*) FROM entry")[0] + \
            store.query_one("SELECT COUNT(*) FROM measure_text")[0]
        changes = store.query_one("SELECT COUNT(*) FROM entry_history")[0]
    wholes = [r for r in entries if r[5] == WHOLE_MEASURE_LABEL]
    assert {r[3] for r in wholes} >= {"1/2.3", "1/3.1"} and not any(r[4] for r in wholes)
    assert sum(1 for r in book["Historia"].iter_rows(min_row=2, values_only=True)
               if r[0] != CONTINUED) == changes
    typed = next(r for r in entries if r[2] == "6–12/2023" and r[3] == "2/3.2")
    assert typed[8] == "=HYPERLINK(\"http://example.invalid\")"
    cell = next(c for c in book["Kirjaukset"]["I"] if c.value == typed[8])
    assert cell.data_type == "s"
    assert typed[6:8] == ("yellow", "Käynnistynyt, mutta jäljessä aikataulusta")
    assert result.json()["rows"]["Kirjaukset"] == len(entries)


def test_a_failed_backup_leaves_the_previous_file_and_no_temporary(tmp_path):
    target = tmp_path / "b.sqlite3"
    target.write_bytes(b"the previous backup")
    store = Store(tmp_path / "source.sqlite3")
    store.close()  # the copy fails half-way: the temporary file exists, the source is gone
    with pytest.raises(sqlite3.ProgrammingError):
        backup.backup_database(store, target)
    assert target.read_bytes() == b"the previous backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.sqlite3", "source.sqlite3"]


def test_inspect_error_names_the_file(tmp_path):
    with pytest.raises(InputError) as err:
        backup.inspect(tmp_path / "missing.sqlite3")
    assert err.value.path == tmp_path / "missing.sqlite3"


def _killed_while_writing(args: list[str], folder: Path, pattern: str) -> None:
    """Run `kotodesk ARGS` in a real process and SIGKILL it once a temporary file matching
    `pattern` appears in `folder` (the copy is under way)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    for _attempt in range(5):
        proc = subprocess.Popen([sys.executable, "-m", "kotodesk", *args], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while not list(folder.glob(pattern)) and proc.poll() is None and \
                time.monotonic() < deadline:
            time.sleep(0.002)  # polling for the file to appear, not a timing assumption
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        if list(folder.glob(pattern)):
            return
    pytest.fail(f"kotodesk {' '.join(args)} was never caught writing {pattern}")


@pytest.mark.slow
def test_backups_killed_while_written_leave_no_copies_behind_once_the_next_one_is_made(
        cli, workspace, home, tmp_path):
    """A backup killed half-way (the window closed by force while it takes the day's
    backup, a restore killed while it saves the database first) left its temporary copy,
    as large as the database, and SQLite's journal of it: the next backup has another name,
    so nothing ever removed them, and backups/ grew by a database each time. A copy to a
    file the person chose left the journal beside it. The next backup removes those whose
    writer is gone."""
    import contextlib

    _typed(cli)
    chosen = tmp_path / "varmuuskopio.sqlite3"
    assert cli("backup", "create", str(chosen)).code == 0
    with contextlib.closing(sqlite3.connect(home / DATABASE_NAME)) as conn:  # a slow copy
        conn.execute("CREATE TABLE ballast (data BLOB)")
        conn.executemany("INSERT INTO ballast VALUES (?)",
                         [(bytes([n]) * (1 << 20),) for n in range(80)])
        conn.commit()
    workspace.close()
    _killed_while_writing(["--home", str(home), "backup", "restore", str(chosen), "--yes"],
                          home / "backups", ".kotodesk-*-before-restore.sqlite3.*.part*")
    _killed_while_writing(["--home", str(home), "backup", "create", str(chosen)],
                          tmp_path, f".{chosen.name}.*.part*")
    assert cli("backup", "restore", str(chosen), "--yes").code == 0
    assert cli("backup", "create", str(chosen)).code == 0
    assert [p.name for p in (home / "backups").iterdir() if ".part" in p.name] == []
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


def test_daily_backups_dated_by_a_clock_that_ran_ahead_do_not_push_out_todays(workspace,
                                                                            home):
    """A laptop offline for a week with its clock years ahead names its daily backups so;
    once the clock is right again, each new daily backup was the oldest by name and pruned
    the moment it was made: the folder kept only the week from the wrong clock, whose data
    grows older every day. A backup dated after now goes first."""
    first = backup.daily_backup(workspace.store, home)
    for day in range(1, 8):
        shutil.copy(first, home / "backups" / f"kotodesk-2031010{day}-120000-daily.sqlite3")
    first.unlink()
    tomorrow = date.today() + timedelta(days=1)
    made = backup.daily_backup(workspace.store, home, today=tomorrow)
    assert made is not None and made.is_file()
    daily = [b.path.name for b in backup.list_backups(home) if b.kind == "daily"]
    assert len(daily) == backup.DAILY_KEEP and made.name in daily
    assert "kotodesk-20310101-120000-daily.sqlite3" not in daily  # the oldest of them
