"""Build the desktop bundle with PyInstaller, and (with --test) start it and check it.

    python3 dev.py bundle            build dist/kotodesk (the .app too on macOS)
    python3 dev.py bundle --test     build, then run the smoke test on the result
    python3 dev.py bundle --test-only   smoke-test an existing dist/kotodesk

A bundle is built for the platform it is built on (PyInstaller does not cross-compile):
build on Windows for Windows and on macOS for macOS. The smoke test (tests/bundle/) starts
the built program offscreen and checks --version, --self-test, `about` and a window start.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle_config as cfg  # noqa: E402

DIST, WORK = cfg.DIST_DIR, cfg.BUILD_DIR


def write_build_info() -> Path:
    commit = ""
    if shutil.which("git"):
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=cfg.ROOT,
                              capture_output=True, text=True)
        commit = done.stdout.strip() if done.returncode == 0 else ""
    info = {"version": cfg.kotodesk_version(),
            "built_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "commit": commit, "platform": sys.platform,
            "python": ".".join(map(str, sys.version_info[:3]))}
    target = WORK / cfg.BUILD_INFO
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(info, indent=2), encoding="utf-8")
    return target


def build() -> Path:
    wanted = [cfg.DESKTOP_FILE, *cfg.ICON.values(),
              *(cfg.ICONS / f"kotodesk-{n}.png" for n in cfg.LINUX_ICON_SIZES)]
    missing = [p for p in wanted if not p.is_file()]
    if missing:
        sys.exit(f"build.py: missing {', '.join(map(str, missing))}")
    write_build_info()
    # The database a new data folder is copied from, made from these sources unless the
    # one in resources/prepared already is (kotodesk/datafolder/prepared_build.py).
    subprocess.run([sys.executable, "-m", "kotodesk.datafolder.prepared_build"],
                   check=True, cwd=cfg.ROOT)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"),
                    str(HERE / "kotodesk.spec")], check=True, cwd=cfg.ROOT)
    folder = DIST / cfg.NAME
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(folder)
    return folder


def add_linux_desktop_files(folder: Path) -> None:
    """share/ laid out as in /usr/share, so `cp -r share ~/.local/` installs the menu
    entry and the icon (Exec= names `kotodesk`, which must be on PATH)."""
    apps = folder / "share" / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    shutil.copy2(cfg.DESKTOP_FILE, apps / cfg.DESKTOP_FILE.name)
    for n in cfg.LINUX_ICON_SIZES:
        target = folder / "share" / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "kotodesk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(cfg.ICONS / f"kotodesk-{n}.png", target)


def size_mb(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 2**20


def smoke_test(folder: Path) -> int:
    env = dict(os.environ, KOTODESK_BUNDLE=str(folder), QT_QPA_PLATFORM="offscreen")
    return subprocess.call([sys.executable, "-m", "pytest", "-p", "no:randomly", "-q",
                            str(cfg.ROOT / "tests" / "bundle")], cwd=cfg.ROOT, env=env)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dev.py bundle")
    parser.add_argument("--test", action="store_true", help="smoke-test the bundle after it")
    parser.add_argument("--test-only", action="store_true", help="smoke-test dist/ only")
    args = parser.parse_args(argv)
    folder = DIST / cfg.NAME
    if not args.test_only:
        started = time.perf_counter()
        folder = build()
        print(f"build.py: built {folder} ({size_mb(folder):.0f} MB) in "
              f"{time.perf_counter() - started:.0f} s")
    if args.test or args.test_only:
        if not folder.is_dir():
            print(f"build.py: no bundle at {folder}; build it first", file=sys.stderr)
            return 2
        return smoke_test(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
