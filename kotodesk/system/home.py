"""Where a user's data lives: `--home DIR`, else `KOTODESK_HOME`, else the platform's
user data folder (e.g. ~/.local/share/kotodesk, %LOCALAPPDATA%\\kotodesk)."""

from __future__ import annotations

import os
from pathlib import Path

ENV = "KOTODESK_HOME"


def resolve_home(option: str | os.PathLike | None = None) -> Path:
    if option:
        return Path(option).expanduser().resolve()
    if os.environ.get(ENV):
        return Path(os.environ[ENV]).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir("kotodesk", appauthor=False, roaming=False))
