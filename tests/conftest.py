"""Fixtures shared by every test: a fresh data folder per test, never the user's own."""

from __future__ import annotations

import os
import signal
import tempfile
from pathlib import Path

import pytest

# Set before anything imports Qt or resolves a data folder.
os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
os.environ["KOTODESK_HOME"] = tempfile.mkdtemp(prefix="kotodesk-test-home-")
os.environ.setdefault("XDG_DATA_HOME", tempfile.mkdtemp(prefix="kotodesk-test-xdg-"))

from kotodesk.cli import main
from kotodesk.datafolder.workspace import Workspace


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def workspace(home: Path):
    ws = Workspace.open(home)
    yield ws
    ws.close()


@pytest.fixture
def unit_home(tmp_path: Path):
    """A second data folder: a unit's own kotodesk, where returns are made."""
    ws = Workspace.open(tmp_path / "unit")
    yield ws
    ws.close()


@pytest.fixture
def store(workspace):
    return workspace.store


@pytest.fixture
def cli(home: Path, capsys):
    """Run `kotodesk ARGS` in-process against the test's data folder."""

    from tests.support import CliResult

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        code = main([*map(str, args), "--home", str(home)])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def no_hang():
    """Fail, rather than hang the suite, should a read block."""
    def expired(*_):
        raise TimeoutError("the read did not return within 20 s")
    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)
