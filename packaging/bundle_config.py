"""What goes into the desktop bundle, in one place that the spec, build.py and a test read.

Kept apart from kotodesk.spec (which only PyInstaller can execute) so that the normal test
suite can check, in a second, that everything named here exists and that no resources
folder is forgotten.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the spec runs this file from packaging/
from kotodesk.datafolder.about import ONLINE_ONLY  # noqa: E402

NAME = "kotodesk"
CLI_NAME = "kotodesk-cli"  # Windows only: a console twin, so --version can print
APP_NAME = "kotodesk"
BUNDLE_ID = "fi.hel.kotodesk"
PUBLISHER = "Helsingin kaupunki"
DESCRIPTION = "kotodesk – kaupunkiohjelman toimenpiteiden seuranta"
ICONS = ROOT / "resources" / "icons"
ICON = {"win32": ICONS / "kotodesk.ico", "darwin": ICONS / "kotodesk.icns"}
LINUX_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE = ROOT / "packaging" / "linux" / "kotodesk.desktop"
LAUNCHER = ROOT / "packaging" / "launcher.py"
BUILD_INFO = "build-info.json"  # kotodesk.datafolder.about.BUILD_INFO reads it from the bundle root
BUILD_DIR = ROOT / "build"  # build.py writes BUILD_INFO here; PyInstaller works below it
DIST_DIR = ROOT / "dist"

# Resources the running application needs; .ts files are translation sources (.qm are
# compiled from them before the build) and stay out.
RESOURCE_EXCLUDE = re.compile(r"\.ts$")
# What PyInstaller would otherwise pull in through optional imports of our dependencies.
EXCLUDES = [
    "tkinter", "pip", "setuptools", "pytest", "IPython", "numpy", "PIL.ImageQt",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork", "PySide6.QtOpenGL",
    "PySide6.QtDBus", "PySide6.QtSql", "PySide6.QtTest",
    # pyHanko's online time-stamper and fetchers, and aiohttp with what only it needs:
    # stand-ins take their place at run time (kotodesk/signing/offline.py).
    "pyhanko.sign.timestamps.aiohttp_client",
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers",
    *ONLINE_ONLY,
]


LANGUAGES = ("fi", "sv", "en")
_QT_TRANSLATIONS = re.compile(r"PySide6[/\\]Qt[/\\]translations[/\\](?P<file>[^/\\]+)$")
_WANTED_QT_QM = re.compile(r"^qt(base)?_(" + "|".join(LANGUAGES) + r")\.qm$")


def unwanted_qt_translation(bundle_path: str) -> bool:
    """Qt ships .qm files for its tools and ~40 languages; kotodesk loads qtbase_fi/sv/en
    (kotodesk/ui/i18n.py)."""
    match = _QT_TRANSLATIONS.search(bundle_path)
    return bool(match) and not _WANTED_QT_QM.match(match["file"])


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" -> (0, 1, 0, 0): Windows wants four numbers."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def kotodesk_version() -> str:
    text = (ROOT / "kotodesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def resource_datas() -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every resource file."""
    pairs = []
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file() and not RESOURCE_EXCLUDE.search(path.name):
            pairs.append((str(path), str(path.parent.relative_to(ROOT))))
    return pairs


def python_licence() -> Path | None:
    base = Path(sys.base_prefix)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for folder in (base / "lib" / version, base, base / "Lib"):
        if (folder / "LICENSE.txt").is_file():
            return folder / "LICENSE.txt"
    return None


def icon_for(platform: str = sys.platform) -> Path | None:
    """The executable's icon; Linux has none (the .desktop file names the theme icon)."""
    return ICON.get(platform)
