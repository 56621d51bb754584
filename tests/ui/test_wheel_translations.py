"""A wheel built from the repository carries compiled translations that Qt loads, and
the prepared new-folder database with a stamp that matches the wheel's own sources.

The wheel is built from a fresh copy of the repository's files (tracked and new, without
the checkout's own .qm build outputs), the way `pip install .` builds it, so the .qm files
in it can only come from the package build (packaging/hatch_build.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]


def _copy_of_repository(target: Path) -> Path:
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for name in listed.splitlines():
        source = ROOT / name
        if source.is_file() and source.suffix != ".qm":
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.mark.slow
def test_a_wheel_built_from_the_repository_carries_the_compiled_translations(tmp_path):
    source = _copy_of_repository(tmp_path / "src")
    assert not list((source / "resources" / "translations").glob("*.qm"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "--no-build-isolation", "--no-index", "-w", str(tmp_path / "dist"),
                    str(source)], check=True, capture_output=True, text=True)
    wheel = next((tmp_path / "dist").glob("kotodesk-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for language, word in (("fi", "Tiedosto"), ("sv", "Arkiv"), ("en", "File")):
            member = f"kotodesk/resources/translations/kotodesk_{language}.qm"
            assert member in names, sorted(n for n in names if "translations" in n)
            qm = tmp_path / f"kotodesk_{language}.qm"
            qm.write_bytes(archive.read(member))
            translator = QTranslator()
            assert translator.load(str(qm)), member
            assert translator.translate("MainWindow", "&File").replace("&", "") == word
        # The prepared new-folder database, stamped with the sources the wheel carries.
        archive.extractall(tmp_path / "installed")
    from kotodesk.datafolder.prepared_stamp import fresh_template

    installed = tmp_path / "installed"
    resources = installed / "kotodesk" / "resources"
    assert fresh_template(resources / "prepared", installed, resources) is not None
