"""The programmes of the data folder, as the window's picker and the importer list them."""

from __future__ import annotations

from kotodesk.storage import catalogues
from kotodesk.storage.catalogues import ProgrammeSummary
from kotodesk.workspace import Workspace

__all__ = ["ProgrammeSummary", "programmes"]


def programmes(workspace: Workspace) -> list[ProgrammeSummary]:
    """Every programme of the data folder, in load order."""
    return catalogues.list_programmes(workspace.store)
