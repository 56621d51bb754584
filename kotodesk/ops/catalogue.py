"""The programmes of the data folder, as the window's picker and the importer list them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.model import Catalogue
from kotodesk.ops.changes import Changes
from kotodesk.storage import catalogues
from kotodesk.storage.catalogues import ProgrammeSummary

if TYPE_CHECKING:
    from kotodesk.catalogue.importer import ImportReport

__all__ = ["ProgrammeSummary", "import_catalogue", "programmes"]


def programmes(workspace: Workspace) -> list[ProgrammeSummary]:
    """Every programme of the data folder, in load order."""
    return catalogues.list_programmes(workspace.store)


def import_catalogue(workspace: Workspace, path: Path, *, programme_id: str | None = None,
                     new_programme: bool = False, catalogue: Catalogue | None = None,
                     warnings: list[str] | None = None) -> tuple[ImportReport, Changes]:
    """Import a catalogue file as a new programme or the next version of one
    (catalogue_import.import_catalogue, one transaction). The importer (and the xlsx
    reader under it) is loaded here, not when the window lists the programmes."""
    from kotodesk.catalogue.importer import import_catalogue as _import_catalogue

    report = _import_catalogue(workspace.store, path, programme_id=programme_id,
                               new_programme=new_programme, catalogue=catalogue,
                               warnings=warnings)
    workspace.forget_cached()
    return report, Changes(catalogue=True)
