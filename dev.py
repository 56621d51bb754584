#!/usr/bin/env python3
"""kotodesk's developer entry point: one command each to run, test, measure and bundle.

    python3 dev.py run [ARGS...]     start kotodesk (ARGS go to the `kotodesk` command)
    python3 dev.py test [ARGS...]    run the test suite (ARGS go to pytest)
    python3 dev.py bench [ARGS...]   run the benchmarks in benchmarks/
    python3 dev.py soak files [ARGS...]
                                     verify 10,000 mutants of a signed return in child
                                     processes; print crashes, hangs, peak memory
                                     (ARGS go to benchmarks/soak.py, e.g. --mutants N)
    python3 dev.py soak numbers [ARGS...]
                                     every number a LibreOffice-saved return and its PDF
                                     declare set to extremes, each verified in a child;
                                     print crashes and hangs
                                     (ARGS go to benchmarks/soak_numbers.py)
    python3 dev.py soak travel [ARGS...]
                                     mutants of every other file that travels (round
                                     package, merged report, summary, export, backup,
                                     certificate, revocation list, request) through the
                                     real commands in child processes; print crashes,
                                     hangs, forgeries taken in, databases changed by a
                                     refusal, peak memory
                                     (ARGS go to benchmarks/soak_travel.py, e.g.
                                     --mutants 1000 --kinds package,backup)
    python3 dev.py soak layouts [ARGS...]
                                     build random summary/return layouts of seed 002's
                                     narratives (ARGS go to benchmarks/soak_layouts.py)
    python3 dev.py translations      refresh the .ts files from the sources, compile .qm,
                                     list what is left to translate (exit 1 if any)
    python3 dev.py bundle [--test]   build the desktop bundle with PyInstaller (--test:
                                     then start it offscreen and smoke-test it)
    python3 dev.py setup [COMMAND...]
                                     only install the system packages that COMMANDs
                                     (default: run test) need; .ci/run uses it
    python3 dev.py soak typing [N]   the typing endurance test N times longer (default 10:
                                     100,000 characters into one narrative and more)

On Linux, every command first checks that the system has what it needs (Qt's libraries,
and for the tests poppler, LibreOffice and the other independent readers: the list is
packaging/system_deps.py); on Debian and Ubuntu it installs what is missing with apt-get
(through sudo when not root), elsewhere it prints the command to type. Then it makes sure
that `.venv` exists and holds what pyproject.toml pins (it is (re)created when missing or
when pyproject.toml changed), so a new user types nothing else. Only the standard library
is used here, because it runs before the venv.
"""

from __future__ import annotations

import hashlib
import os
import shlex
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
PREPARED = ROOT / "resources" / "prepared"


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


def prepare_new_folder() -> None:
    """The database a new data folder is copied from (kotodesk/datafolder/prepared.py),
    made again from the sources (prepared_build.py) whenever its stamp does not match
    them, as the translations are compiled; without it a first start makes it itself."""
    stamp = _packaging_module("prepared_stamp", ROOT / "kotodesk" / "datafolder")
    if stamp.fresh_template(PREPARED, ROOT, ROOT / "resources") is None:
        subprocess.run([str(PYTHON), "-m", "kotodesk.datafolder.prepared_build",
                        str(PREPARED)], check=True, cwd=ROOT)


def _packaging_module(name: str, folder: Path = ROOT / "packaging"):
    """packaging/NAME.py (or FOLDER/NAME.py), which uses the standard library only,
    loaded without the venv."""
    import importlib.util

    if f"kotodesk_{name}" in sys.modules:
        return sys.modules[f"kotodesk_{name}"]
    spec = importlib.util.spec_from_file_location(f"kotodesk_{name}", folder / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def ensure_system(label: str, commands: list[str]) -> int:
    """Check (and on apt systems install) the system packages `commands` need, and what
    creating .venv needs while it is missing; 0 when everything is there."""
    deps = _packaging_module("system_deps")
    needs = [need for command in commands for need in deps.needs_for(command)]
    if not PYTHON.exists():
        needs += deps.VENV
    return deps.ensure(label, needs)


# kotodesk's options that take a value: the word after them is not a command.
_VALUE_OPTIONS = {"--home", "--lang", "--passphrase-file"}


def _opens_window(args: list[str]) -> bool:
    """Whether `kotodesk ARGS` opens the window (no command, no --self-test/--version)."""
    words = iter(args)
    for word in words:
        if word in _VALUE_OPTIONS:
            next(words, None)
        elif word in {"--self-test", "--version", "-h", "--help"} or not word.startswith("-"):
            return False
    return True


def check_display(args: list[str]) -> int:
    """Say so plainly when the window has no display to open on, instead of Qt's abort."""
    display = _packaging_module("display", ROOT / "kotodesk" / "system")
    if not (sys.platform.startswith("linux") and _opens_window(args)
            and display.no_display(os.environ)):
        return 0
    print("dev.py: there is no display to open kotodesk's window on (neither DISPLAY nor "
          "WAYLAND_DISPLAY is set).\nStart it from a desktop session (or `ssh -X`); to check "
          "the start without a screen: QT_QPA_PLATFORM=offscreen python3 dev.py run --smoke",
          file=sys.stderr)
    return 2


def update_translations() -> int:
    """Collect the tr() strings of kotodesk/ui into the .ts files (keeps translations), then
    list what is still to be translated (packaging/translations.py does both halves)."""
    ts = _packaging_module("translations")
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


def soak(argv: list[str], env: dict[str, str]) -> int:
    """The long runs that the suite makes short: files (mutants of a signed return),
    travel (mutants of every other file that travels), numbers (a workbook's numbers at
    their extremes), layouts (summaries of real narratives), typing (the window typed
    into for longer)."""
    kind, rest = (argv[0], argv[1:]) if argv and not argv[0].startswith("-") else ("files",
                                                                                    argv)
    if kind == "files":
        return subprocess.call([str(PYTHON), str(ROOT / "benchmarks" / "soak.py"), *rest],
                               cwd=ROOT, env=env)
    if kind == "numbers":
        return subprocess.call([str(PYTHON), str(ROOT / "benchmarks" / "soak_numbers.py"),
                                *rest], cwd=ROOT, env=env)
    if kind == "travel":
        return subprocess.call([str(PYTHON), str(ROOT / "benchmarks" / "soak_travel.py"),
                                *rest], cwd=ROOT, env=env)
    if kind == "layouts":
        return subprocess.call([str(PYTHON), str(ROOT / "benchmarks" / "soak_layouts.py"),
                                *rest], cwd=ROOT, env=env)
    if kind == "typing":
        env["KOTODESK_ENDURANCE_SCALE"] = rest[0] if rest else "10"
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([str(PYTHON), "-m", "pytest", "-q",
                                "tests/ui/test_endurance.py"], cwd=ROOT, env=env)
    print(f"dev.py: soak files|travel|numbers|layouts|typing, not {kind!r}", file=sys.stderr)
    return 2


def main(argv: list[str]) -> int:
    """Run a command; a set-up step that fails (pip offline, say) ends with one line
    naming it under the tool's own messages, not with dev.py's traceback."""
    try:
        return _run_command(argv)
    except subprocess.CalledProcessError as exc:
        print(f"dev.py: `{shlex.join(map(str, exc.cmd))}` failed (exit {exc.returncode}); "
              "its messages are above. Fix that, then run the command again.", file=sys.stderr)
        return 2


def _run_command(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    if command == "setup":
        return ensure_system(" ".join(argv), rest or ["run", "test"])
    code = (check_display(rest) if command == "run" else 0) or ensure_system(command, [command])
    if code:
        return code
    ensure_venv()
    compile_translations()
    prepare_new_folder()
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
    if command == "soak":
        return soak(rest, env)
    if command == "screenshots":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        for script in ("screenshots.py", "coordinator_screenshots.py", "summary_page.py",
                       "desk_screenshots.py"):
            code = subprocess.call([str(PYTHON), str(ROOT / "docs" / script)], cwd=ROOT,
                                   env=env)
            if code:
                return code
        return 0
    if command == "translations":
        todo = update_translations()
        compile_translations()
        return todo
    if command == "bundle":
        ensure_bundle_tools()
        return subprocess.call([str(PYTHON), str(ROOT / "packaging" / "build.py"), *rest],
                               cwd=ROOT, env=env)
    print(f"dev.py: unknown command {command!r}\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
