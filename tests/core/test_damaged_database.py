"""A data folder whose database file is damaged (overwritten, a disk fault, a half copy):
kotodesk says so, naming the file, and its own backups bring the data back, the damaged
file kept aside. Before, opening it raised sqlite3's DatabaseError (a traceback at the
window's start, "internal error" on the command line), and `backup restore --yes` could
not restore into it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kotodesk.cli import main
from kotodesk.datafolder import backup
from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.errors import DamagedDatabaseError
from kotodesk.storage.db import DATABASE_NAME, Store

ROOT = Path(__file__).resolve().parents[2]
NARRATIVE = "Kirjoitettu ennen vauriota: ryhmät kokoontuivat kahdesti kuussa."


def _written(home: Path) -> Path:
    """A data folder with one entry (written as the command line writes it), and the
    day's rolling backup of it."""
    assert main(["entry", "set", "--unit", "Kasko", "--measure", "1/1.1", "--status",
                 "green", "--narrative", NARRATIVE, "--home", str(home)]) == 0
    ws = Workspace.open(home)
    try:
        return backup.daily_backup(ws.store, home)
    finally:
        ws.close()


def _narratives(home: Path) -> list[str]:
    with Store(home / DATABASE_NAME) as store:
        return [r[0] for r in store.query("SELECT narrative FROM entry WHERE narrative != ''")]


def _overwrite(home: Path) -> bytes:
    """Not a database any more (SQLite: NOTADB)."""
    damaged = os.urandom(8192)
    (home / DATABASE_NAME).write_bytes(damaged)
    return damaged


def _damage_pages(home: Path, keep: float = 0.0) -> bytes:
    """The first page (the header) and `keep` of the file intact, every other page
    garbage (SQLite: CORRUPT as soon as such a page is read)."""
    path = home / DATABASE_NAME
    with Store(path) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = store.query_one("PRAGMA page_size")[0]
    data = bytearray(path.read_bytes())
    start = max(page, int(len(data) * keep) // page * page)
    data[start:] = bytes((i * 7 + 3) % 251 for i in range(len(data) - start))
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize("damage", [_overwrite, _damage_pages], ids=["notadb", "pages"])
def test_opening_a_damaged_database_names_it_and_restore_brings_the_data_back(
        tmp_path, damage):
    home = tmp_path / "home"
    kept = _written(home)
    damaged = damage(home)
    with pytest.raises(DamagedDatabaseError) as raised:
        Workspace.open(home)
    assert raised.value.path == home / DATABASE_NAME
    assert raised.value.args[0].code == "database-damaged"
    assert str(home / DATABASE_NAME) in str(raised.value)
    assert backup.damaged(home / DATABASE_NAME)

    newest = backup.newest_readable(home)
    assert newest is not None and newest[0].path == kept
    result = backup.restore(home, kept)
    assert result.safety_backup is None  # a damaged file cannot be copied: set aside
    assert result.set_aside.parent == home and result.set_aside.read_bytes() == damaged
    assert not backup.damaged(home / DATABASE_NAME)
    Workspace.open(home).close()
    assert NARRATIVE in _narratives(home)
    assert not list(home.glob("*restore*")), list(home.iterdir())  # no staging left


def test_damaged_databases_set_aside_are_kept_to_the_last_three(tmp_path):
    """Each restore over a damaged database set the damaged file aside, as large as the
    database, and none was ever deleted: a laptop whose disk faults now and then filled
    its data folder with them. The last three are kept, with their logs."""
    home = tmp_path / "home"
    kept = _written(home)
    for stamp in ("20250101-100000", "20250102-100000", "20250102-100000-2",
                  "20250103-100000"):
        (home / f"kotodesk-damaged-{stamp}.sqlite3").write_bytes(b"x" * 4096)
    (home / "kotodesk-damaged-20250101-100000.sqlite3-wal").write_bytes(b"x")
    _overwrite(home)
    result = backup.restore(home, kept)
    assert sorted(p.name for p in home.glob("kotodesk-damaged-*")) == [
        "kotodesk-damaged-20250102-100000-2.sqlite3", "kotodesk-damaged-20250103-100000.sqlite3",
        result.set_aside.name]


def test_a_healthy_database_is_not_set_aside_by_a_restore(tmp_path):
    home = tmp_path / "home"
    kept = _written(home)
    assert not backup.damaged(home / DATABASE_NAME)
    result = backup.restore(home, kept)
    assert result.set_aside is None and result.safety_backup is not None
    assert not list(home.glob("kotodesk-damaged-*"))


def test_backing_up_a_damaged_database_says_it_is_damaged(tmp_path):
    home = tmp_path / "home"
    _written(home)
    _damage_pages(home, keep=0.5)  # opens (the schema is read), but not every page reads
    with Store(home / DATABASE_NAME) as store, pytest.raises(DamagedDatabaseError):
        backup.backup_database(store, tmp_path / "kopio.sqlite3")
    assert not (tmp_path / "kopio.sqlite3").exists()


def test_newest_readable_skips_backups_that_are_damaged_too(tmp_path):
    home = tmp_path / "home"
    kept = _written(home)
    ws = Workspace.open(home)
    try:
        newer = backup.rolling_backup(ws.store, home, "before-restore")
    finally:
        ws.close()
    newer.write_bytes(os.urandom(4096))
    assert backup.newest_readable(home)[0].path == kept
    kept.write_bytes(b"SQLite format 3\x00" + os.urandom(4080))
    assert backup.newest_readable(home) is None


def test_a_backup_dated_ahead_of_now_is_not_offered_as_the_newest(tmp_path, capsys):
    """A backup whose name dates it after now (a clock that ran ahead, a file named by
    hand) was offered first after damage, though it may hold older data than a backup
    made today. It is offered only when nothing else can be read, and what is odd about
    it is said; the command line's list says it too."""
    home = tmp_path / "home"
    today = _written(home)
    ahead = home / "backups" / "kotodesk-20991231-235959-daily.sqlite3"
    ws = Workspace.open(tmp_path / "other")  # an older state: no entry at all
    try:
        backup.backup_database(ws.store, ahead)
    finally:
        ws.close()
    assert [b.path for b in backup.list_backups(home)] == [today, ahead]
    found, summary = backup.newest_readable(home)
    assert found.path == today and backup.oddity(found, summary) == ""
    odd = backup.oddity(backup.list_backups(home)[1])
    assert "2099-12-31 23:59:59, which is still to come" in odd
    assert main(["backup", "list", "--home", str(home)]) == 0
    listed = capsys.readouterr().out
    assert f"{ahead}\n  odd: its name says it was made 2099-12-31 23:59:59" in listed, listed

    today.write_bytes(os.urandom(4096))  # the only one left that can be read
    found, summary = backup.newest_readable(home)
    assert found.path == ahead and "still to come" in backup.oddity(found, summary)


def test_a_backup_holding_changes_dated_ahead_of_now_is_said_to(tmp_path):
    home = tmp_path / "home"
    made = _written(home)
    with Store(made) as store, store.write():  # a change saved by a clock ahead
        store.conn.execute("UPDATE entry SET updated_at = '2099-01-01T10:00:00.000+00:00'")
    found = backup.list_backups(home)[0]
    assert "2099-01-01T10:00:00.000+00:00, which is still to come" in backup.oddity(
        found, backup.inspect(found.path))


def test_the_command_line_names_the_damage_and_restores_over_it(tmp_path):
    """Through the real program: a command on the damaged folder exits 2 with the
    reason and no traceback; `backup restore --yes` brings the data back."""
    home = tmp_path / "home"
    kept = _written(home)
    _overwrite(home)
    env = dict(os.environ, PYTHONPATH=str(ROOT))

    def kotodesk(*args):
        return subprocess.run([sys.executable, "-m", "kotodesk", *args, "--home", str(home)],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)

    for command in (["entry", "show", "--unit", "Kasko"], ["backup", "create",
                                                          str(tmp_path / "b.sqlite3")]):
        done = kotodesk(*command)
        assert done.returncode == 2, (command, done.stderr[-600:])
        assert "the database is damaged and cannot be read" in done.stderr
        assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    done = kotodesk("backup", "restore", str(kept), "--yes")
    assert done.returncode == 0, done.stderr[-600:]
    assert "The damaged database is kept as" in done.stdout
    assert NARRATIVE in _narratives(home)
    assert kotodesk("entry", "show", "--unit", "Kasko").returncode == 0


@pytest.mark.slow
def test_a_restore_over_a_damaged_database_killed_anywhere_leaves_one_or_the_other(
        tmp_path):
    """`kotodesk backup restore --yes` over a damaged database, killed (SIGKILL) at
    moments spread over its whole run: the live name always holds the damaged file or
    the restored database, never nothing (the folder would start as a new, empty one)
    and never a half-written one; the damaged file's bytes are never lost."""
    import shutil
    import signal
    import time

    base = tmp_path / "base"
    kept = _written(base)
    damaged = _overwrite(base)
    env = dict(os.environ, PYTHONPATH=str(ROOT))

    def start(home):
        return subprocess.Popen([sys.executable, "-m", "kotodesk", "backup", "restore",
                                 str(home / "backups" / kept.name), "--yes", "--home",
                                 str(home)], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    whole = tmp_path / "whole"
    shutil.copytree(base, whole)
    began = time.monotonic()
    assert start(whole).wait(120) == 0
    lasted = time.monotonic() - began
    outcomes = set()
    for i in range(24):
        home = tmp_path / f"kill-{i}"
        shutil.copytree(base, home)
        child = start(home)
        time.sleep(lasted * i / 20)  # the moment to kill at, not a measurement
        child.send_signal(signal.SIGKILL)
        child.wait(60)
        live = home / DATABASE_NAME
        assert live.exists(), i
        asides = list(home.glob("kotodesk-damaged-*.sqlite3"))
        if live.read_bytes() == damaged:
            outcomes.add("damaged")
        else:
            assert not backup.damaged(live), i
            assert NARRATIVE in _narratives(home), i
            assert [a.read_bytes() for a in asides] == [damaged], i
            outcomes.add("restored")
    assert outcomes == {"damaged", "restored"}, outcomes  # the kills fell on both sides


def _damage_last_page(home: Path) -> None:
    """The last page (a page of a catalogue's measures, written last) garbage: a start
    does not read it, exporting all data does."""
    path = home / DATABASE_NAME
    with Store(path) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = store.query_one("PRAGMA page_size")[0]
    data = bytearray(path.read_bytes())
    data[-page:] = b"\xff" * page
    path.write_bytes(bytes(data))


def test_damage_met_while_working_is_checked_and_offered_at_the_next_opening(tmp_path):
    """A start reads a few pages only: a database damaged elsewhere opens, and a command
    meets the damage later. It says so and marks the folder; the next opening checks
    every page and says DamagedDatabaseError (the window then offers the backups); a
    restore removes the mark."""
    from kotodesk.datafolder.damage import DAMAGE_MARK

    home = tmp_path / "home"
    kept = _written(home)
    _damage_last_page(home)
    Workspace.open(home).close()  # the damage is not where a start reads
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "kotodesk", "backup", "export-all",
                           str(tmp_path / "kaikki.xlsx"), "--home", str(home)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 2, done.stderr[-600:]
    assert "the database is damaged and cannot be read" in done.stderr
    assert "Traceback" not in done.stderr
    assert (home / DAMAGE_MARK).exists()
    with pytest.raises(DamagedDatabaseError):
        Workspace.open(home)
    assert (home / DAMAGE_MARK).exists()  # still damaged: still marked
    backup.restore(home, kept)
    assert not (home / DAMAGE_MARK).exists()
    Workspace.open(home).close()
    assert NARRATIVE in _narratives(home)


def test_a_mark_on_a_sound_database_goes_at_the_next_opening(tmp_path):
    from kotodesk.datafolder.damage import DAMAGE_MARK, mark_damaged

    home = tmp_path / "home"
    _written(home)
    mark_damaged(home, "database disk image is malformed")
    Workspace.open(home).close()
    assert not (home / DAMAGE_MARK).exists()
    assert NARRATIVE in _narratives(home)
