"""The user's preferences in the data folder (name, language, folders, the measure last
shown): not records other views show, so a change says nothing to them."""

from __future__ import annotations

from kotodesk.datafolder.workspace import Workspace
from kotodesk.storage import settings


def get(workspace: Workspace, key: str) -> str:
    """A preference ("" when not set)."""
    return settings.get(workspace.store, key) or ""


def put(workspace: Workspace, **values: str) -> None:
    settings.put(workspace.store, **values)
