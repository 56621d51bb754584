"""Faults a laptop meets, on a real small disk: a tmpfs of a few hundred KiB that fills up,
or is remounted read-only. (Tests run as root here, where chmod stops no write, so a
read-only folder has to be a read-only mount.) Each write of a return, a merge output or a
backup says which file and why, exits 2, leaves nothing behind and changes no database;
a full or read-only data folder is said to be one, not "not a usable database"."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kotodesk.storage.db import DATABASE_NAME
from tests.support import dump

PASS = "salasana-2026"
UNIT = "kanslia-henkilosto"
NARRATIVE = "Rekrytointien kielitaitovaatimukset tarkistettiin ja ohjeistus päivitettiin. " * 20


class SmallDisk:
    """A tmpfs mounted at `path`: `fill()` leaves it with no free byte, `read_only()`
    remounts it so."""

    def __init__(self, path: Path, size: str) -> None:
        self.path = path
        path.mkdir(parents=True)
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777",
                               "tmpfs", str(path)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip()}): the "
                        "full-disk and read-only tests need root or CAP_SYS_ADMIN, as CI has")

    def fill(self) -> None:
        fd = os.open(self.path / "täyttö.bin", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * 4096)
        finally:
            os.close(fd)

    def free(self) -> None:
        (self.path / "täyttö.bin").unlink(missing_ok=True)

    def grow(self, size: str) -> None:
        subprocess.run(["mount", "-o", f"remount,size={size}", str(self.path)], check=True)

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True)

    def leftovers(self) -> list[str]:
        return sorted(p.name for p in self.path.iterdir() if p.name != "täyttö.bin")

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.path)], check=False)


@pytest.fixture
def disk(tmp_path):
    made = SmallDisk(tmp_path / "levy", "512k")
    yield made
    made.unmount()


@pytest.fixture
def ready(cli, monkeypatch, workspace):
    """A unit's data folder with a key and a filled measure."""
    monkeypatch.setenv("KOTODESK_PASSPHRASE", PASS)
    assert cli("key", "new", "--name", "Heli Henkilöstö", "--email", "heli@hel.fi",
               "--unit", UNIT).code == 0
    assert cli("entry", "set", "--unit", UNIT, "--measure", "2/3.1", "--status", "green",
               "--narrative", NARRATIVE).code == 0
    return workspace


def writes(target: Path) -> dict[str, tuple[list[str], Path]]:
    """The three writes a person makes to a chosen folder: command and the file named."""
    return {
        "return": (["return", "export", "--unit", UNIT, "--out", str(target)], target),
        "backup": (["backup", "create", str(target / "varmuuskopio.sqlite3")],
                   target / "varmuuskopio.sqlite3"),
        "export-all": (["backup", "export-all", str(target / "kaikki.xlsx")],
                       target / "kaikki.xlsx"),
    }


@pytest.mark.slow
@pytest.mark.parametrize("fault, reason", [("full", "the disk is full"),
                                           ("read-only", "read-only disk")])
def test_a_full_or_read_only_disk_refuses_each_write_clearly(cli, ready, disk, tmp_path,
                                                             fault, reason):
    (disk.path / "palautukset").mkdir()
    before = dump(ready.store)
    if fault == "full":
        disk.fill()
    else:
        disk.read_only()
    for name, (args, named) in writes(disk.path / "palautukset").items():
        result = cli(*args)
        assert result.code == 2, (name, result.err)
        assert reason in result.err and "Traceback" not in result.err, (name, result.err)
        assert str(named) in result.err, (name, result.err)  # the file, by its name
        assert os.listdir(disk.path / "palautukset") == [], name  # nothing partial
    assert dump(ready.store) == before


@pytest.mark.parametrize("where, reason", [
    ("file", "it is a file, not a folder"),
    ("under-file", "a part of the path is not a folder"),
    ("long-name", "the name is too long")])
def test_a_return_folder_that_cannot_be_made_is_named_with_the_reason(cli, ready, tmp_path,
                                                                      where, reason):
    """--out names a file, a folder under a file, or a name longer than the disk allows:
    exit 2 naming the folder, as for a full disk (it was an internal error, exit 3)."""
    in_the_way = tmp_path / "palautukset"
    in_the_way.write_text("ei kansio", encoding="utf-8")
    folder = {"file": in_the_way, "under-file": in_the_way / "syksy",
              "long-name": tmp_path / ("palautukset-" + "ä" * 150)}[where]
    before = dump(ready.store)
    result = cli("return", "export", "--unit", UNIT, "--out", str(folder))
    assert result.code == 2, result.err
    assert f"{folder}: could not write the file ({reason})" in result.err, result.err
    assert "internal error" not in result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "palautukset"]
    assert dump(ready.store) == before


@pytest.mark.slow
def test_a_merge_onto_a_full_disk_says_which_output_and_leaves_none(cli, ready, disk,
                                                                    tmp_path):
    exported = cli("return", "export", "--unit", UNIT, "--out", str(tmp_path / "out"),
                   "--json")
    assert exported.code == 0, exported.err
    xlsx = exported.json()["xlsx"]
    disk.fill()
    result = cli("merge", xlsx, "--xlsx", str(disk.path / "yhdistetty.xlsx"),
                 "--pdf", str(disk.path / "yhteenveto.pdf"))
    assert result.code == 2, result.err
    assert "the disk is full" in result.err and str(disk.path) in result.err
    assert disk.leftovers() == []


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_a_full_or_read_only_data_folder_is_named_as_such(capsys, tmp_path, fault):
    from kotodesk.cli import main

    disk = SmallDisk(tmp_path / "levy", "16m")  # a new data folder holds three programmes
    try:
        check_data_folder(capsys, main, disk, fault)
    finally:
        disk.unmount()


def check_data_folder(capsys, main, disk: SmallDisk, fault: str) -> None:
    def run(home: Path, *args: str) -> tuple[int, str]:
        capsys.readouterr()
        code = main([*args, "--home", str(home)])
        return code, capsys.readouterr().err

    home = disk.path / "kotodesk"
    assert run(home, "entry", "show", "--unit", UNIT)[0] == 0
    with contextlib.closing(sqlite3.connect(home / DATABASE_NAME)) as conn:
        before = list(conn.iterdump())
    if fault == "full":
        disk.fill()
        expected = "the disk is full"
    else:
        disk.read_only()
        expected = "read-only disk"
    code, err = run(home, "entry", "set", "--unit", UNIT, "--measure", "2/3.1",
                    "--narrative", NARRATIVE * 40)
    assert code == 2, err
    assert expected in err and "not a usable kotodesk database" not in err, err
    assert "kotodesk cannot write" in err and "Traceback" not in err
    if fault == "full":
        disk.free()
    with contextlib.closing(sqlite3.connect(f"file:{home / DATABASE_NAME}?immutable=1",
                                            uri=True)) as conn:
        assert list(conn.iterdump()) == before
    if fault == "read-only":  # a data folder that cannot even be made
        code, err = run(disk.path / "uusi", "entry", "show", "--unit", UNIT)
        assert code == 2 and "cannot write the data folder (the folder is on a read-only " \
            "disk). Nothing was changed; use a folder you can write to" in err, err


@pytest.mark.parametrize("prepared", [True, False])
def test_a_first_start_on_a_disk_that_fills_up_leaves_no_database(capsys, tmp_path,
                                                                  prepared):
    """All or nothing: the message said "nothing was changed" while a database holding
    the schema alone (and its log, filling the disk) stayed behind for the next start.
    With and without the prepared database (a stale one is never copied)."""
    from kotodesk.cli import main
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.storage.db import DataFolderError

    disk = SmallDisk(tmp_path / "levy", "400k")  # less than a new folder's database
    try:
        home = disk.path / "kotodesk"
        if prepared:
            code = main(["entry", "show", "--unit", UNIT, "--home", str(home)])
            err = capsys.readouterr().err
            assert code == 2, err
            assert f"{home / DATABASE_NAME}: kotodesk cannot write the database (the disk " \
                "is full). Nothing was changed" in err, err
        else:
            with pytest.raises(DataFolderError, match="the disk is full") as raised:
                Workspace.open(home, prepared=False)
            assert raised.value.path == home / DATABASE_NAME
        assert sorted(p.name for p in home.iterdir()) == []
        disk.grow("16m")
        with Workspace.open(home, prepared=prepared).store as store:
            assert len(store.query("SELECT id FROM programme")) == 3
            assert store.query_one("PRAGMA integrity_check")[0] == "ok"
        assert sorted(p.name for p in home.iterdir()) == [DATABASE_NAME]
    finally:
        disk.unmount()


def test_a_first_start_killed_before_its_database_is_whole_leaves_none(tmp_path):
    """Killed after the defaults were written but before the database was linked in
    under its name: the next start makes a whole one, and what the killed one wrote goes.
    """
    home = tmp_path / "kotodesk"
    script = ("import os, signal, sys\n"
              "from pathlib import Path\n"
              "from kotodesk.catalogue.bootstrap import ensure_defaults\n"
              "from kotodesk.datafolder.database import open_store\n"
              "def fill(store):\n"
              "    ensure_defaults(store)\n"
              "    os.kill(os.getpid(), signal.SIGKILL)\n"
              "open_store(Path(sys.argv[1]), fill=fill)\n")
    done = subprocess.run([sys.executable, "-c", script, str(home)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert not (home / DATABASE_NAME).exists()
    assert [p.name for p in home.iterdir()]  # what it wrote
    from kotodesk.datafolder.workspace import Workspace

    with Workspace.open(home, prepared=False).store as store:
        assert len(store.query("SELECT id FROM programme")) == 3
    assert sorted(p.name for p in home.iterdir()) == [DATABASE_NAME]


@pytest.mark.slow
def test_a_data_folder_on_a_read_only_disk_is_read_and_every_write_refused(
        cli, ready, tmp_path, capsys):
    """A data folder on a read-only disk (a share mounted so, a write-protected stick)
    was refused whole: `entry show`, `verify` and an export to a writable folder said
    "cannot write the database" though they need not write it. It is opened for reading,
    and each write says the disk is read-only, changing nothing."""
    from kotodesk.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main([*args, "--home", str(home)])
        out, err = capsys.readouterr()
        return code, out, err

    exported = cli("return", "export", "--unit", UNIT, "--out", str(tmp_path / "r"), "--json")
    assert exported.code == 0, exported.err
    ready.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    disk = SmallDisk(tmp_path / "levy", "16m")
    try:
        home = disk.path / "kotodesk"
        shutil.copytree(ready.home, home, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
        disk.read_only()
        with contextlib.closing(sqlite3.connect(f"file:{home / DATABASE_NAME}?immutable=1",
                                                uri=True)) as conn:
            before = list(conn.iterdump())

        code, out, err = run("entry", "show", "--unit", UNIT)
        assert code == 0 and NARRATIVE[:40] in out, err
        assert run("verify", *json_paths(exported.out))[0] == 0
        code, out, err = run("return", "export", "--unit", UNIT, "--out", str(tmp_path / "r2"))
        assert code == 0, err
        code, out, err = run("entry", "set", "--unit", UNIT, "--measure", "2/3.1", "--status",
                             "red")
        assert code == 2
        assert f"{home / DATABASE_NAME}: kotodesk cannot write the database (the folder is " \
            "on a read-only disk). Nothing was changed" in err, err
        with contextlib.closing(sqlite3.connect(f"file:{home / DATABASE_NAME}?immutable=1",
                                                uri=True)) as conn:
            assert list(conn.iterdump()) == before
    finally:
        disk.unmount()


def json_paths(out: str) -> list[str]:
    import json

    found = json.loads(out)
    return [found["xlsx"], found["pdf"]]


def test_files_for_other_people_follow_the_umask_and_the_key_and_database_stay_private(
        cli, ready, tmp_path):
    old = os.umask(0o002)  # a coordinator's group shares a drive
    try:
        out = tmp_path / "jaettu"
        exported = cli("return", "export", "--unit", UNIT, "--out", str(out), "--json")
        assert exported.code == 0, exported.err
        assert cli("backup", "create", str(out / "b.sqlite3")).code == 0
        assert cli("backup", "export-all", str(out / "kaikki.xlsx")).code == 0
    finally:
        os.umask(old)
    mode = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert set(mode.values()) == {0o664}, mode
    home = ready.home
    assert stat.S_IMODE((home / DATABASE_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE((home / "keys" / "identity.p12").stat().st_mode) == 0o600
    assert stat.S_IMODE((home / "keys").stat().st_mode) == 0o700
    for rolling in (home / "backups").glob("*.sqlite3"):
        assert stat.S_IMODE(rolling.stat().st_mode) == 0o600


def test_a_database_others_could_read_is_made_private_when_opened(tmp_path):
    from kotodesk.datafolder.workspace import Workspace

    Workspace.open(tmp_path / "home").close()
    database = tmp_path / "home" / DATABASE_NAME
    database.chmod(0o644)
    Workspace.open(tmp_path / "home").close()
    assert stat.S_IMODE(database.stat().st_mode) == 0o600


@pytest.mark.slow
def test_a_killed_restore_leaves_nothing_after_the_next_start(cli, workspace, tmp_path):
    """A real restore of a large backup, killed while it copies the backup in."""
    backup = tmp_path / "iso.sqlite3"
    assert cli("backup", "create", str(backup)).code == 0
    with contextlib.closing(sqlite3.connect(backup)) as conn:  # large: the restore is slow
        conn.execute("CREATE TABLE ballast (data BLOB)")
        conn.executemany("INSERT INTO ballast VALUES (?)",
                         [(os.urandom(1 << 20),) for _ in range(120)])
        conn.commit()
    workspace.close()
    home = workspace.home
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    for _attempt in range(5):
        proc = subprocess.Popen([sys.executable, "-m", "kotodesk", "--home", str(home),
                                 "backup", "restore", str(backup), "--yes"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while not list(home.glob(".restore-*")) and proc.poll() is None and \
                time.monotonic() < deadline:
            time.sleep(0.005)  # polling for the folder to appear, not a timing assumption
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        if list(home.glob(".restore-*")):
            break
    staged = list(home.glob(".restore-*"))
    assert staged, "the restore was never caught while it staged the backup"
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        running = home / f".restore-{live.pid}-abc"  # a restore still running elsewhere
        running.mkdir()
        assert cli("entry", "show", "--unit", UNIT).code == 0  # the next start
        assert list(home.glob(".restore-*")) == [running]
    finally:
        live.kill()
        live.wait()
        shutil.rmtree(running, ignore_errors=True)


@pytest.mark.slow
def test_a_return_export_that_fills_the_disk_halfway_leaves_the_earlier_pair(cli, ready,
                                                                          tmp_path):
    """Room for the new .xlsx but not its .pdf: the earlier .xlsx and .pdf stay as they
    were, a pair (a new .xlsx beside the older .pdf would be two returns under one name)."""
    earlier = cli("return", "export", "--unit", UNIT, "--out", str(tmp_path / "out"),
                  "--json")
    assert earlier.code == 0, earlier.err
    pair = [Path(earlier.json()["xlsx"]), Path(earlier.json()["pdf"])]

    def pages(path: Path) -> int:
        return -(-path.stat().st_size // 4096)

    # the earlier pair, the new .xlsx and half the new .pdf (a tmpfs counts whole pages)
    room = sum(map(pages, pair)) + pages(pair[0]) + pages(pair[1]) // 2
    disk = SmallDisk(tmp_path / "levy", f"{room * 4}k")
    try:
        for path in pair:
            shutil.copy2(path, disk.path / path.name)
        kept = {path.name: path.read_bytes() for path in pair}
        result = cli("return", "export", "--unit", UNIT, "--out", str(disk.path))
        assert result.code == 2, result.err
        assert "the disk is full" in result.err and "Traceback" not in result.err
        assert str(disk.path / pair[1].name) in result.err, result.err  # the .pdf, named
        assert {p.name: p.read_bytes() for p in disk.path.iterdir()} == kept
    finally:
        disk.unmount()


@pytest.mark.slow
@pytest.mark.parametrize("fault, reason", [("full", "the disk is full"),
                                           ("read-only", "read-only disk")])
def test_a_restore_into_a_full_or_read_only_data_folder_says_so(capsys, tmp_path, fault,
                                                                 reason):
    """A restore takes the data folder's lock first, and writing the lock file on a full
    disk (or making it on a read-only one) was an internal error: 'OSError: [Errno 28]',
    with Python's own logging traceback on the screen, as the log could not be written
    either. It says which file and why, exits 2, and changes nothing."""
    from kotodesk.cli import main

    disk = SmallDisk(tmp_path / "levy", "16m")
    try:
        home = disk.path / "kotodesk"
        backup = tmp_path / "varmuuskopio.sqlite3"
        assert main(["backup", "create", str(backup), "--home", str(home)]) == 0
        with contextlib.closing(sqlite3.connect(home / DATABASE_NAME)) as conn:
            before = list(conn.iterdump())
        disk.fill() if fault == "full" else disk.read_only()
        capsys.readouterr()
        code = main(["backup", "restore", str(backup), "--yes", "--home", str(home)])
        err = capsys.readouterr().err
        assert code == 2, err
        assert reason in err and str(home / "kotodesk.lock") in err, err
        assert "Traceback" not in err and "internal error" not in err, err
        if fault == "full":
            disk.free()
        with contextlib.closing(sqlite3.connect(f"file:{home / DATABASE_NAME}?immutable=1",
                                                uri=True)) as conn:
            assert list(conn.iterdump()) == before
        assert "kotodesk.lock" not in os.listdir(home)
    finally:
        disk.unmount()


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_an_error_logged_to_a_full_or_read_only_data_folder_is_still_said(capsys, tmp_path,
                                                                         fault):
    """An unexpected error is logged to kotodesk.log in the data folder before it is said.
    On a read-only data folder, opening the log raised its own OSError, a traceback in
    place of the message; on a full one, Python's logging printed '--- Logging error ---'
    and a traceback on the screen. The log is left out when it cannot be written."""
    from kotodesk.datafolder.logs import LOG_NAME, log_failure

    disk = SmallDisk(tmp_path / "levy", "1m")
    try:
        home = disk.path / f"kotodesk-{fault}"
        home.mkdir()
        disk.fill() if fault == "full" else disk.read_only()
        try:
            raise RuntimeError("odottamaton")
        except RuntimeError as exc:
            assert log_failure(home, exc) == home / LOG_NAME
        assert capsys.readouterr().err == ""
    finally:
        disk.unmount()
