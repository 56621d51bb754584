"""The one way to reach files under `resources/`.

A checkout keeps them at the repository root, a wheel inside the package
(`kotodesk/resources`, see pyproject.toml), a PyInstaller bundle under `sys._MEIPASS`.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # kotodesk/, this file is in kotodesk/system/


@cache
def root() -> Path:
    candidates = [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / "register").is_dir():
            return candidate
    raise FileNotFoundError(
        "kotodesk's resources folder is missing; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def path(*parts: str) -> Path:
    return root().joinpath(*parts)
