"""The window's start on a data folder the disk will not let it write."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_disk_faults import SmallDisk

ROOT = Path(__file__).parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("language, said", [
    ("en", "{home}: kotodesk cannot write the data folder (the disk is full). Nothing was "
           "changed; free some space or use another folder"),
    ("fi", "{home}: kotodesk ei voi kirjoittaa datakansioon (levy on täynnä). Mitään ei "
           "muutettu; vapauta tilaa tai käytä toista kansiota")])
def test_a_window_that_cannot_write_its_lock_says_why_not_that_one_is_open(tmp_path,
                                                                        language, said):
    """On a full disk the database still opens (its log and shared-memory files are
    there from the last run), but the window's lock file cannot be written: the window
    said 'kotodesk is already open with the data folder … Switch to that window', and the
    person looked for a window that was not there. It says the disk is full."""
    disk = SmallDisk(tmp_path / "levy", "16m")
    try:
        home = disk.path / "kotodesk"
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
        left = ("import os, sys\nfrom pathlib import Path\n"
                "from kotodesk.datafolder.workspace import Workspace\n"
                "from kotodesk.storage import settings\n"
                "ws = Workspace.open(Path(sys.argv[1]))\n"
                "settings.put(ws.store, role='unit', unit='kanslia-henkilosto', "
                f"user_name='Heli', language='{language}')\n"
                "os._exit(0)  # killed: its -wal and -shm stay\n")
        subprocess.run([sys.executable, "-c", left, str(home)], env=env, check=True)
        assert (home / "kotodesk.sqlite3-shm").exists()
        disk.fill()
        done = subprocess.run([sys.executable, "-m", "kotodesk", "--home", str(home),
                               "--smoke"], env=env, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 2, done.stderr
        assert "already open" not in done.stderr and "on jo auki" not in done.stderr
        assert said.format(home=home) in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
    finally:
        disk.unmount()
