"""Where a user's data lives: `--home DIR`, else `KOTODESK_HOME`, else the platform's
user data folder (e.g. ~/.local/share/kotodesk, %LOCALAPPDATA%\\kotodesk)."""

from __future__ import annotations

import os
from pathlib import Path

from kotodesk.domain.errors import UsageError
from kotodesk.domain.messages import message

ENV = "KOTODESK_HOME"


def resolve_home(option: str | os.PathLike | None = None) -> Path:
    if option:
        return _resolved(Path(option).expanduser())
    if os.environ.get(ENV):
        return _resolved(Path(os.environ[ENV]).expanduser())
    from platformdirs import user_data_dir

    # Without HOME and without a user entry (a service account, a container's user id),
    # platformdirs cannot say where a home is (RuntimeError), or an older one answers with
    # a folder relative to wherever kotodesk was started.
    try:
        folder = Path(user_data_dir("kotodesk", appauthor=False, roaming=False))
    except (RuntimeError, KeyError) as exc:
        raise UsageError(message("no-home-folder", detail=str(exc))) from exc
    if not folder.is_absolute():
        raise UsageError(message("no-home-folder", detail=str(folder)))
    return folder


def _resolved(folder: Path) -> Path:
    """The folder's own path, its links followed; a path whose links loop cannot be
    followed (RuntimeError, OSError): it is kept as given, and opening it says so."""
    try:
        return folder.resolve()
    except (RuntimeError, OSError):
        return folder.absolute()
