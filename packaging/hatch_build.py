"""Compile the translations while a wheel is built, so every way of installing kotodesk
(`pip install .`, a wheel, the bundle) speaks Finnish and Swedish.

The .qm files are build outputs (not in git): this hook runs Qt's lrelease from the
PySide6 of the build environment (pyproject.toml's build requirements bring it) over
resources/translations/*.ts, writing the .qm beside them, where the wheel's force-include
of `resources` picks them up. An editable install reads the checkout, where
`python3 dev.py` compiles them, so it is left alone. A build that cannot compile stops
with the reason rather than ship a kotodesk that silently speaks English.

It also prepares the database a new data folder is copied from (resources/prepared, by
kotodesk/datafolder/prepared_build.py, which needs the standard library only), stamped
with the sources the wheel carries, so an installed kotodesk's first start copies it too.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# PySide6's own launcher of its lrelease binary (it sets up Qt's library path).
_LRELEASE = ("import sys; from PySide6.scripts.pyside_tool import lrelease; "
             "sys.argv[0] = 'lrelease'; sys.exit(lrelease())")


def compile_all(folder: Path, python: str = sys.executable) -> list[Path]:
    """Compile every .ts in `folder` into the .qm beside it; the .qm files written."""
    written = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        done = subprocess.run([python, "-c", _LRELEASE, "-silent", str(ts), "-qm", str(qm)],
                              capture_output=True, text=True)
        if done.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"kotodesk: could not compile {ts.name} with PySide6's "
                               f"lrelease: {(done.stderr or done.stdout).strip()}")
        written.append(qm)
    if not written:
        raise RuntimeError(f"kotodesk: no translations (*.ts) in {folder}")
    return written


def prepare_new_folder(root: Path, python: str = sys.executable) -> Path:
    """resources/prepared under `root`, made from `root`'s sources unless fresh."""
    folder = root / "resources" / "prepared"
    done = subprocess.run([python, "-m", "kotodesk.datafolder.prepared_build", str(folder)],
                          cwd=root, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError("kotodesk: could not prepare the new data folder's database: "
                           f"{(done.stderr or done.stdout).strip()}")
    return folder


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if version == "editable":
            return
        compile_all(Path(self.root) / "resources" / "translations")
        prepare_new_folder(Path(self.root))
