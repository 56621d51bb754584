"""The built bundle starts offscreen, says its version, passes its self-test, lists the
licences it ships and opens a window, each as a separate run that must exit cleanly.

Runs only against a built bundle: `python3 dev.py bundle --test` (CI does) sets
KOTODESK_BUNDLE to dist/kotodesk; the normal suite skips it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kotodesk import __version__

BUNDLE = os.environ.get("KOTODESK_BUNDLE")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="no bundle built: python3 dev.py bundle "
                                                   "--test runs these")


def program() -> Path:
    name = "kotodesk-cli.exe" if sys.platform == "win32" else "kotodesk"
    return Path(BUNDLE) / name


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", KOTODESK_HOME=str(home))
    done = subprocess.run([str(program()), *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd=home.parent)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_the_bundle_is_self_contained(tmp_path):
    assert program().is_file()
    assert (Path(BUNDLE) / "_internal" / "resources" / "register" / "helsinki.json").is_file()


def test_version(tmp_path):
    done = run("--version", home=tmp_path / "home")
    assert (done.returncode, done.stdout.strip()) == (0, f"kotodesk {__version__}")


def test_self_test(tmp_path):
    done = run("--self-test", "--json", home=tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] and {c["name"] for c in report["checks"]} >= {
        "open", "database", "catalogue", "export", "signed return"}


def test_about_names_the_build_and_the_shipped_licences(tmp_path):
    done = run("about", "--json", home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    about = json.loads(done.stdout)
    assert about["build"] != "development"
    components = {c["name"]: c for c in about["components"]}
    assert "LGPL-3.0.txt" in components["PySide6_Essentials"]["files"]
    assert components["openpyxl"]["files"] == ["LICENCE.rst"]
    assert components["Python"]["files"] == ["LICENSE.txt"]
    # pyHanko's HTTP client is left out (kotodesk/signing/offline.py), and so not listed
    assert "aiohttp" not in components and "yarl" not in components
    assert not list(program().parent.rglob("aiohttp")), "aiohttp is in the bundle"


def test_window_starts_offscreen_and_exits(tmp_path):
    done = run("--smoke", home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().isdigit()  # milliseconds to the first paint
    assert (tmp_path / "home" / "kotodesk.sqlite3").is_file()


def test_a_new_data_folder_is_a_copy_of_the_prepared_database(tmp_path):
    """The bundle carries the prepared database and the sources its stamp is checked
    against, so a first start copies it: every migration is then recorded at the copy's
    one time (made step by step, each has its own)."""
    assert (Path(BUNDLE) / "_internal" / "resources" / "prepared" / "new-folder.json").is_file()
    assert (Path(BUNDLE) / "_internal" / "kotodesk" / "storage" / "migrations.py").is_file()
    assert run("--smoke", home=tmp_path / "home").returncode == 0
    with sqlite3.connect(tmp_path / "home" / "kotodesk.sqlite3") as conn:
        applied = [r[0] for r in conn.execute("SELECT applied_at FROM _sqlite_migrations")]
        assert conn.execute("SELECT count(*) FROM programme").fetchone()[0] == 3
    assert len(applied) > 5 and len(set(applied)) == 1


def test_backup_and_export_all(tmp_path):
    home = tmp_path / "home"
    assert run("backup", "create", str(tmp_path / "b.sqlite3"), home=home).returncode == 0
    done = run("backup", "restore", str(tmp_path / "b.sqlite3"), "--yes", home=home)
    assert done.returncode == 0, done.stderr
    assert run("backup", "export-all", str(tmp_path / "all.xlsx"), home=home).returncode == 0
    assert (tmp_path / "all.xlsx").stat().st_size > 10_000


def test_the_window_lives_through_typing_and_saves_every_character(tmp_path):
    """PySide6 6.12 on Python 3.11 aborted after about a thousand typed keys: a bundle
    that cannot be typed into must not ship."""
    done = run("--smoke-typing", "5000", home=tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout) == {"typed": 5000, "saved": 5000, "ok": True}


def test_the_bundle_answers_as_the_windows_export_process(tmp_path):
    """The window exports in a child: in the bundle, the program itself started with
    --export-child (packaging/launcher.py). It must sign and write, not open a window."""
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.documents import verify
    from kotodesk.reporting import returns
    from kotodesk.reporting.export_child import ExportChild, Job
    from kotodesk.signing import keys
    from tests.support import make_identity

    home = tmp_path / "home"
    identity = make_identity("Äimä Öljynen", unit="Kasko")
    keys.save_identity(home, identity, "Tunnuslause nippuun 9")
    ws = Workspace.open(home)
    prepared = returns.prepare(ws, ws.round(None), ws.unit("Kasko"), identity.certificate)
    ws.close()
    child = ExportChild(command=[str(program()), "--export-child"])
    child.start()
    assert child.warmed(timeout=60)
    result = child.run(Job(prepared, home, "Tunnuslause nippuun 9", tmp_path / "out"))
    for path in (result.xlsx, result.pdf):
        assert verify.verify_file(path, {identity.info.fingerprint}).status == verify.VALID


def test_the_bundle_answers_as_an_intake_examiner(tmp_path):
    """A large batch is examined in children: in the bundle, the program itself started
    with --examine-child (packaging/launcher.py). It must examine, not open a window."""
    from kotodesk.documents import verify
    from kotodesk.documents.examiners import examined
    from tests.support import make_identity, signed_return

    identity = make_identity("Äimä Öljynen", unit="Kasko")
    path = signed_return(tmp_path, identity, {"2/3.1": {"status": "green",
                                                        "narrative": "Malli valmis."}})
    junk = tmp_path / "lounas.xlsx"
    junk.write_bytes(b"not a zip")
    results = list(examined([path, junk, path], set(), children=1,
                            command=[str(program()), "--examine-child"]))
    assert [r.status for r in results] == [verify.UNKNOWN_SIGNER, verify.UNREADABLE,
                                           verify.UNKNOWN_SIGNER]
    assert results[0].payload == verify.examine(path).payload
