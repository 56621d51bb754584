"""Who did it: the name recorded on an edit, a choice, a status or a review."""

from __future__ import annotations

from kotodesk.datafolder.workspace import Workspace
from kotodesk.storage import settings

COORDINATOR = "koordinaattori"  # recorded when a coordinator has not given a name


def user_name(workspace: Workspace) -> str:
    """The name the user gave in the settings ("" none)."""
    return settings.get(workspace.store, "user_name") or ""


def coordinator_name(workspace: Workspace) -> str:
    """The author of a coordinator's write: the user's name, else "koordinaattori"."""
    return user_name(workspace) or COORDINATOR


def editor_name(workspace: Workspace, given: str | None = None) -> str:
    """The author of an entry edit, in the window and on the command line alike: the name
    given for this edit (`entry set --author`), else the user's name, else the login
    name (a person, where the window used to record the unit's id)."""
    if given:
        return given
    return user_name(workspace) or _login()


def _login() -> str:
    import getpass  # (and termios with it) when an author is first needed, not at start-up

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container, a service account)
        return "kotodesk"
