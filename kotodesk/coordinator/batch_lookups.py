"""What stays the same while a batch of received files is taken in.

A coordinator takes in hundreds of returns at once; each needs its round's catalogue and
the list of programmes, which do not change during the batch (a catalogue version is
never rewritten: an import adds the next version). Loading them once per batch, not
three times per file, was a third of the intake's database reads (issue 16). The register
is kept by the workspace itself, and the trust list is built once by the caller.

A run is made per batch (`kotodesk merge`, the window's "Take in", the benchmark); a
single file taken in without one gets a run of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.model import Catalogue
from kotodesk.storage import catalogues


@dataclass
class IntakeRun:
    """The lookups of one batch: catalogues by (programme, version), the programmes."""

    workspace: Workspace
    _catalogues: dict[tuple[str, int], Catalogue] = field(default_factory=dict, repr=False)
    _programmes: list | None = field(default=None, repr=False)

    def catalogue(self, programme_id: str, version: int) -> Catalogue:
        """The catalogue version a round uses, loaded once in the run."""
        key = (programme_id, version)
        if key not in self._catalogues:
            self._catalogues[key] = self.workspace.catalogue(programme_id, version)
        return self._catalogues[key]

    def programmes(self) -> list:
        """The data folder's programmes (catalogues.list_programmes), read once."""
        if self._programmes is None:
            self._programmes = catalogues.list_programmes(self.workspace.store)
        return self._programmes
