"""A first run where the data folder has to be found: no KOTODESK_HOME, no --home, no
XDG variables, and a user without a home (HOME unset and no user entry, as a service
account or a container's user id has). kotodesk says so and names the way out, in the
command line and in the window's start, never with a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 54321  # a user id with no entry in /etc/passwd


def _no_entry() -> bool:
    import pwd

    try:
        pwd.getpwuid(NOBODY)
    except KeyError:
        return True
    return False


needs_a_homeless_user = pytest.mark.skipif(
    not (sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("setpriv")
         and _no_entry()),
    reason="starts kotodesk as a user id without a passwd entry (root and setpriv)")


def homeless(*args: str) -> subprocess.CompletedProcess:
    """`kotodesk ARGS` as a user with no home: no HOME, no XDG folders, no KOTODESK_HOME."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}",
                           "--clear-groups", sys.executable, "-m", "kotodesk", *args],
                          cwd="/", env=env, capture_output=True, text=True, timeout=120)


@needs_a_homeless_user
@pytest.mark.parametrize("args", [("entry", "show", "--unit", "Kasko"), ("--smoke",)])
def test_no_home_is_said_with_the_way_out(args):
    done = homeless(*args)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "this user has no home folder" in done.stderr
    assert "--home DIR or KOTODESK_HOME" in done.stderr


@needs_a_homeless_user
def test_about_still_lists_the_licences_without_a_home():
    done = homeless("about")
    assert done.returncode == 0, done.stderr
    assert "Data folder: none (kotodesk cannot tell where to keep its data" in done.stdout
    assert "PySide6_Essentials" in done.stdout and "pyHanko" in done.stdout


@needs_a_homeless_user
def test_a_homeless_user_still_works_with_a_data_folder_given():
    import tempfile

    outer = Path(tempfile.mkdtemp(prefix="kotodesk-homeless-"))  # pytest's are root's only
    try:
        outer.chmod(0o755)
        folder = outer / "tiedot ja päivät"
        folder.mkdir()
        os.chown(folder, NOBODY, NOBODY)
        done = homeless("--home", str(folder), "entry", "set", "--unit", "Kasko", "--measure",
                        "1/1.1", "--status", "green", "--author", "Palvelutili")
        assert done.returncode == 0, done.stderr
        assert (folder / "kotodesk.sqlite3").is_file()
    finally:
        shutil.rmtree(outer)


@pytest.mark.parametrize("given", ["--home", "KOTODESK_HOME"])
def test_a_data_folder_whose_links_loop_is_said_to(tmp_path, capsys, monkeypatch, given):
    """A data folder given as a symbolic link that loops (a folder moved and linked back
    to itself) stopped the command line with a traceback, and then a second one while
    the failure was logged to that folder; `file exists` would have misled too."""
    from kotodesk.cli import main

    loop = tmp_path / "kotodesk"
    loop.symlink_to("kotodesk")
    args = ["round", "list"]
    if given == "--home":
        args += ["--home", str(loop)]
    else:
        monkeypatch.setenv("KOTODESK_HOME", str(loop))
    assert main(args) == 2
    err = capsys.readouterr().err
    assert f"{loop}: kotodesk cannot write the data folder (the path goes round in a loop " \
        "of symbolic links)" in err and "Traceback" not in err, err


def test_a_database_that_is_a_link_to_nowhere_is_said_to_be_one(tmp_path, capsys):
    """The data folder's database as a symbolic link whose target is gone (kept on a USB
    disk not plugged in, or moved): "not a usable kotodesk database (unable to open
    database file)" sent the person looking for damage. It now says where the link
    points, and nothing is made there."""
    from kotodesk.cli import main

    home = tmp_path / "kotodesk"
    home.mkdir()
    gone = tmp_path / "usb" / "kotodesk.sqlite3"
    (home / "kotodesk.sqlite3").symlink_to(gone)
    assert main(["round", "list", "--home", str(home)]) == 2
    err = capsys.readouterr().err
    assert f"kotodesk cannot write the database (it is a link to {gone}, which does not " \
        "exist: a disk that is not connected, or a folder moved" in err, err
    assert "Traceback" not in err and not gone.parent.exists()
