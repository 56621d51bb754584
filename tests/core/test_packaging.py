"""The bundle's recipe agrees with the repository, checked in a second without building.

The bundle itself is built and started by `python3 dev.py bundle --test` (tests/bundle).
"""

from __future__ import annotations

import configparser
import importlib.util
import struct
import sys
import tomllib
from pathlib import Path

import pytest

from kotodesk import __version__
from kotodesk.system import resources

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _config():
    spec = importlib.util.spec_from_file_location("bundle_config", PACKAGING / "bundle_config.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cfg = _config()


def test_every_resources_folder_goes_into_the_bundle():
    bundled = {Path(folder).parts[1] for _, folder in cfg.resource_datas()
               if len(Path(folder).parts) > 1}
    present = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()}
    assert present <= bundled
    destinations = {folder for _, folder in cfg.resource_datas()}
    assert "resources/register" in destinations  # where kotodesk/system/resources.py looks
    assert not [src for src, _ in cfg.resource_datas() if src.endswith(".ts")]


def test_the_spec_and_build_script_use_the_shared_config():
    spec = (PACKAGING / "kotodesk.spec").read_text(encoding="utf-8")
    for name in ("cfg.resource_datas()", "cfg.LAUNCHER", "cfg.EXCLUDES", "cfg.BUILD_INFO",
                 "shipped_distributions()", "copy_metadata", "cfg.icon_for()",
                 "windows_version()", "unwanted_qt_translation"):
        assert name in spec, name
    build = (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert "kotodesk.spec" in build and "tests\" / \"bundle\"" in build
    assert cfg.LAUNCHER.is_file()
    assert "from kotodesk.cli import main" in cfg.LAUNCHER.read_text(encoding="utf-8")
    from kotodesk.datafolder.about import BUILD_INFO

    assert cfg.BUILD_INFO == BUILD_INFO
    dev = (ROOT / "dev.py").read_text(encoding="utf-8")
    assert '"packaging" / "build.py"' in dev


def test_pyinstaller_is_pinned_in_the_bundle_extra_only():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert any(r.startswith("pyinstaller==") for r in extras["bundle"])
    assert all("==" in r for r in extras["bundle"])
    assert not any(r.lower().startswith("pyinstaller") for r in extras["test"])


def test_windows_version_numbers_follow_kotodesk_version():
    assert cfg.kotodesk_version() == __version__
    numbers = cfg.version_tuple(__version__)
    assert len(numbers) == 4 and ".".join(map(str, numbers)).startswith(__version__)
    assert cfg.version_tuple("1.2") == (1, 2, 0, 0)


def _ico_sizes(path: Path) -> set[int]:
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1), f"{path} is not an .ico"
    return {(data[6 + 16 * i] or 256) for i in range(count)}


def _icns_types(path: Path) -> set[str]:
    data = path.read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    types, at = set(), 8
    while at < len(data):
        kind, length = struct.unpack_from(">4sI", data, at)
        types.add(kind.decode("ascii"))
        at += length
    return types


def test_icons_in_the_sizes_each_platform_needs():
    assert {16, 24, 32, 48, 256} <= _ico_sizes(cfg.ICON["win32"])
    assert {"ic07", "ic08", "ic09", "ic10"} <= _icns_types(cfg.ICON["darwin"])  # 128–1024
    for n in cfg.LINUX_ICON_SIZES:
        png = cfg.ICONS / f"kotodesk-{n}.png"
        width, height = struct.unpack_from(">II", png.read_bytes(), 16)
        assert (width, height) == (n, n), png
    assert resources.path("icons", "kotodesk-256.png").is_file()  # the window icon


def test_linux_desktop_file():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(cfg.DESKTOP_FILE, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == cfg.NAME
    assert desktop["Icon"] == "kotodesk"
    assert desktop["Categories"].endswith(";")
    assert {"Comment[fi]", "Comment[sv]", "GenericName[fi]"} <= set(desktop)


@pytest.mark.parametrize(("path", "unwanted"), [
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/translations/assistant_sv.qm", True),
    ("PySide6/Qt/translations/qtbase_fi.qm", False),
    ("PySide6/Qt/translations/qt_sv.qm", False),
    ("resources/translations/kotodesk_de.qm", False),
])
def test_only_kotodesk_languages_of_qt_translations(path, unwanted):
    assert cfg.unwanted_qt_translation(path) is unwanted
    if sys.platform == "win32":
        assert cfg.unwanted_qt_translation(path.replace("/", "\\")) is unwanted


def test_the_http_client_pyhanko_requires_is_neither_bundled_nor_listed_as_shipped():
    """pyHanko requires aiohttp, which kotodesk never loads (kotodesk/signing/offline.py),
    yet the bundle carried it and About listed its licences: the bundle analysed
    pyHanko's online modules. They and aiohttp with what only it needs are left out."""
    from kotodesk.datafolder.about import ONLINE_ONLY, shipped_distributions

    cfg = _config()
    assert {"aiohttp", "yarl", "multidict", "pyhanko.sign.timestamps.aiohttp_client",
            "pyhanko_certvalidator.fetchers.aiohttp_fetchers"} <= set(cfg.EXCLUDES)
    shipped = {d.metadata["Name"].lower() for d in shipped_distributions()}
    assert not shipped & set(ONLINE_ONLY)
    assert {"pyhanko", "pyhanko-certvalidator", "typing_extensions"} <= shipped


@pytest.mark.slow
def test_signing_and_verifying_need_no_aiohttp(tmp_path):
    """What the bundle leaves out is not needed: a key made, a return signed (.xlsx and
    PAdES .pdf) and both verified, in a process where importing aiohttp fails."""
    import json
    import os
    import subprocess

    script = ("import sys\n"
              "class Absent:\n"  # as if not installed: every import of them fails
              "    def find_spec(self, name, path=None, target=None):\n"
              "        if name.split('.')[0] in ('aiohttp', 'yarl', 'multidict'):\n"
              "            raise ModuleNotFoundError(name)\n"
              "sys.meta_path.insert(0, Absent())\n"
              "from kotodesk.cli import main\n"
              "sys.exit(main(sys.argv[1:]))\n")
    env = {**os.environ, "KOTODESK_HOME": str(tmp_path / "home"),
           "KOTODESK_PASSPHRASE": "salasana-2026", "PYTHONPATH": str(ROOT)}

    def run(*args: str) -> subprocess.CompletedProcess:
        done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                              text=True, env=env, timeout=300)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        return done

    run("key", "new", "--name", "Heli H", "--email", "heli@hel.fi", "--unit", "Kanslia")
    run("entry", "set", "--unit", "kanslia-henkilosto", "--measure", "2/3.1", "--status",
        "green")
    files = json.loads(run("return", "export", "--unit", "kanslia-henkilosto", "--out",
                           str(tmp_path / "out"), "--json").stdout)
    verified = json.loads(run("verify", files["xlsx"], files["pdf"], "--json").stdout)
    assert [v["status"] for v in verified] == ["valid", "valid"]
