"""What a fresh process imports on kotodesk's paths (issue 16): the window's start does not
build the command line, and signing and verifying with pyHanko load no HTTP client.
Each check runs a new interpreter, so nothing imported by other tests hides a regression."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kotodesk.cli.window_start import window_options


def _modules_after(code: str) -> set[str]:
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_signing_and_verifying_a_pdf_load_no_http_client():
    modules = _modules_after(
        "from tests.support import make_identity\n"
        "from benchmarks.pdf_floor import trivial_pdf\n"
        "from kotodesk.signing.pades import sign_pdf\n"
        "from kotodesk.documents.pdf_verify import verify_pdf\n"
        "import kotodesk.signing.pki.validation, pyhanko.sign.validation.ades\n"
        "assert verify_pdf(sign_pdf(trivial_pdf(), make_identity(), place=None))")
    assert "pyhanko.sign.signers" in modules
    assert not {m for m in modules if m.split(".")[0] in {"aiohttp", "requests"}}


def test_pyhankos_online_parts_refuse_rather_than_connect():
    from pyhanko.sign.timestamps import HTTPTimeStamper
    from pyhanko_certvalidator.fetchers.aiohttp_fetchers import AIOHttpFetcherBackend

    from kotodesk.signing.offline import OnlineRefused

    with pytest.raises(OnlineRefused):
        HTTPTimeStamper("https://tsa.example.org")
    with pytest.raises(OnlineRefused):
        AIOHttpFetcherBackend()


def test_the_window_path_does_not_build_the_command_line():
    modules = _modules_after(
        "import kotodesk.cli, kotodesk.ui.app, kotodesk.ui.main_window")
    assert not {m for m in modules if m.startswith("kotodesk.cli.") and m.endswith("_cmd")}
    # Nor what the first paint does not use: importing catalogues, backups, workbooks.
    assert not {m for m in modules if m.startswith(("kotodesk.catalogue.importer",
                                                    "kotodesk.datafolder.backup",
                                                    "kotodesk.xlsx", "sqlite_utils"))}
    # The labels escape with kotodesk.ui.markup: html would load html.entities (~2 ms).
    assert "html" not in modules


@pytest.mark.parametrize(("argv", "expected"), [
    ([], {"home": None, "smoke": False, "lang": None}),
    (["--smoke"], {"home": None, "smoke": True, "lang": None}),
    (["--home", "/tmp/Yksikkö ä", "--lang", "sv"],
     {"home": "/tmp/Yksikkö ä", "smoke": False, "lang": "sv"}),
    (["--home=/tmp/x", "--lang=fi", "--smoke"], {"home": "/tmp/x", "smoke": True, "lang": "fi"}),
])
def test_window_options_are_read_without_the_parser(argv, expected):
    assert window_options(argv) == expected


@pytest.mark.parametrize("argv", [
    ["verify", "x.xlsx"], ["--help"], ["--version"], ["--lang", "de"], ["--home"],
    ["--home", "--smoke"], ["--json"], ["--self-test"], ["--hom", "x"], ["--smoke-typing", "5"],
])
def test_anything_else_goes_to_the_full_parser(argv):
    assert window_options(argv) is None


def test_the_first_start_on_a_new_data_folder_loads_no_sqlite_utils_nor_x509(tmp_path):
    """Its schema, register and programmes are written with sqlite3 alone (sqlite-utils
    brings click, pluggy and dateutil: about 50 ms of the first start), and with nothing
    received there is nothing for the trust code (cryptography's x509) to judge again."""
    modules = _modules_after(
        "from pathlib import Path\n"
        "from kotodesk.datafolder.workspace import Workspace\n"
        f"workspace = Workspace.open(Path({str(tmp_path / 'new')!r}))\n"
        "assert workspace.store.query_one('SELECT COUNT(*) FROM measure')[0] > 100\n"
        "from kotodesk.storage import settings\n"
        "assert settings.get(workspace.store, 'received_judged_by') == 'roles-and-units'\n"
        "workspace.close()")
    assert "kotodesk.catalogue.bootstrap" in modules
    assert not {m for m in modules
                if m.split(".")[0] in {"sqlite_utils", "click", "pluggy", "cryptography"}}


def test_the_first_paint_makes_no_pyside_type_it_does_not_show(tmp_path):
    """PySide6 makes a class's type, with every enum type of the class, the first time it
    is imported (QMessageBox alone ~0.7 ms): a link's question, the clipboard's and the
    browser's types and the typing's text cursor are made when they are used, not while
    the window starts."""
    out = subprocess.run(
        [sys.executable, "-c",
         "import sys\n"
         "from kotodesk.cli import main\n"
         f"assert main(['--home', {str(tmp_path / 'home')!r}, '--smoke']) == 0\n"
         "import PySide6.QtCore as C, PySide6.QtGui as G, PySide6.QtWidgets as W\n"
         "made = [n for m in (C, G, W) for n in ('QUrl', 'QDesktopServices', 'QMessageBox',"
         " 'QTextCursor', 'QDateTime', 'QMainWindow') if n in vars(m)]\n"
         "print(' '.join(made))"],
        capture_output=True, text=True, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    made = set(out.stdout.splitlines()[-1].split())
    assert "QMainWindow" in made  # the check sees a type the window does make
    assert not made & {"QUrl", "QDesktopServices", "QMessageBox", "QTextCursor", "QDateTime"}


def test_the_window_paths_dataclasses_carry_their_own_docstring():
    """A dataclass without a docstring gets one made at import from inspect.signature
    (~0.1 ms a class on the window's start): every dataclass the window imports has its
    own, which also says what the class is."""
    script = (
        "import dataclasses, sys\n"
        "import kotodesk.cli, kotodesk.ui.app, kotodesk.ui.main_window, kotodesk.ui.session\n"
        "made = [f'{c.__module__}.{c.__name__}' for m in list(sys.modules.values())\n"
        "        if m.__name__.startswith('kotodesk') for c in vars(m).values()\n"
        "        if isinstance(c, type) and dataclasses.is_dataclass(c)\n"
        "        and c.__module__ == m.__name__\n"
        "        and (c.__doc__ or '').startswith(c.__name__ + '(')]\n"
        "print(' '.join(sorted(set(made))))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.split() == []
