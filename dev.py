#!/usr/bin/env python3
"""kotodesk's developer entry point: one command each to run, test, measure and bundle.

    python3 dev.py run [ARGS...]     start kotodesk (ARGS go to the `kotodesk` command)
    python3 dev.py test [ARGS...]    run the test suite (ARGS go to pytest)
    python3 dev.py bench [ARGS...]   run the benchmarks in benchmarks/
    python3 dev.py translations      refresh the .ts files from the sources, compile .qm,
                                     list what is left to translate (exit 1 if any)
    python3 dev.py bundle [--test]   build the desktop bundle with PyInstaller (--test:
                                     then start it offscreen and smoke-test it)
    python3 dev.py soak typing [N]   the typing endurance test N times longer (default 10:
                                     100,000 characters into one narrative and more)

Every command first makes sure that `.venv` exists and holds what pyproject.toml pins
(it is (re)created when missing or when pyproject.toml changed), so a new user types
nothing else. Only the standard library is used here, because it runs before the venv.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / "kotodesk-stamp"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
TRANSLATIONS = ROOT / "resources" / "translations"


def _wanted_stamp() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> None:
    """Create or refresh .venv when pyproject.toml changed since the last install."""
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text().strip() == _wanted_stamp():
        return
    if not PYTHON.exists():
        print("dev.py: creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    print("dev.py: installing kotodesk and its pinned dependencies into .venv …", flush=True)
    pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(_wanted_stamp())


def ensure_bundle_tools() -> None:
    """PyInstaller and Pillow (the `bundle` extra), installed only for `dev.py bundle`."""
    stamp = VENV / "kotodesk-stamp-bundle"
    if stamp.exists() and stamp.read_text().strip() == _wanted_stamp():
        return
    print("dev.py: installing the bundle tools (PyInstaller) into .venv …", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "--disable-pip-version-check", "-q", "install",
                    "-e", f"{ROOT}[test,bundle]"], check=True)
    stamp.write_text(_wanted_stamp())


def compile_translations() -> None:
    """Compile every .ts that is newer than its .qm (Qt loads only .qm)."""
    lrelease = BIN / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def update_translations() -> int:
    """Collect the tr() strings of kotodesk/ui into the .ts files (keeps translations), then
    list what is still to be translated (packaging/translations.py does both halves)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "kotodesk_translations", ROOT / "packaging" / "translations.py")
    ts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ts)
    lupdate = BIN / ("pyside6-lupdate.exe" if os.name == "nt" else "pyside6-lupdate")
    for lang in ts.LANGUAGES:
        subprocess.run(ts.lupdate_command(lupdate, ts.ts_file(lang), lang), check=True)
    sources = ts.read_ts(ts.ts_file("en"))
    todo = [line for lang in ts.LANGUAGES
            for line in ts.problems(ts.ts_file(lang), sources)]
    for line in todo:
        print(line)
    print(f"dev.py: {len(sources)} strings; {len(todo)} to translate or fix "
          "(open the .ts files in Qt Linguist, or edit them, then run this again)")
    return 1 if todo else 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    ensure_venv()
    compile_translations()
    env = dict(os.environ)
    if command == "run":
        return subprocess.call([str(PYTHON), "-m", "kotodesk", *rest], env=env)
    if command == "test":
        return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if command == "bench":
        return subprocess.call(
            [str(PYTHON), "-m", "pytest", "benchmarks", "-p", "no:randomly",
             "--benchmark-columns=min,median,max,rounds", *rest],
            cwd=ROOT, env=env,
        )
    if command == "screenshots":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        for script in ("screenshots.py", "coordinator_screenshots.py", "summary_page.py"):
            code = subprocess.call([str(PYTHON), str(ROOT / "docs" / script)], cwd=ROOT,
                                   env=env)
            if code:
                return code
        return 0
    if command == "translations":
        todo = update_translations()
        compile_translations()
        return todo
    if command == "soak" and rest[:1] == ["typing"]:
        env["KOTODESK_ENDURANCE_SCALE"] = rest[1] if len(rest) > 1 else "10"
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([str(PYTHON), "-m", "pytest", "-q",
                                "tests/ui/test_endurance.py"], cwd=ROOT, env=env)
    if command == "bundle":
        ensure_bundle_tools()
        return subprocess.call([str(PYTHON), str(ROOT / "packaging" / "build.py"), *rest],
                               cwd=ROOT, env=env)
    print(f"dev.py: unknown command {command!r}\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
