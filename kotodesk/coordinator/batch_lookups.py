"""What stays the same while a batch of received files is taken in.

A coordinator takes in hundreds of returns at once; each needs its round's catalogue and
the list of programmes, which do not change during the batch (a catalogue version is
never rewritten: an import adds the next version). Loading them once per batch, not
three times per file, was a third of the intake's database reads (issue 16). The register
is kept by the workspace itself, and the trust list is built once by the caller; a unit
named by a return is found through an index of the register's names, built again whenever
the register's units differ from those it was built of (Register.find reads every unit's
every name: a thousand files of a thousand units was a million comparisons).

A run is made per batch (`kotodesk merge`, the window's "Take in", the benchmark); a
single file taken in without one gets a run of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.model import Catalogue, Unit
from kotodesk.storage import catalogues


@dataclass
class IntakeRun:
    """The lookups of one batch: catalogues by (programme, version), the programmes."""

    workspace: Workspace
    _catalogues: dict[tuple[str, int], Catalogue] = field(default_factory=dict, repr=False)
    _programmes: list | None = field(default=None, repr=False)
    _units_indexed: tuple[Unit, ...] | None = field(default=None, repr=False)
    _by_name: dict[str, Unit] = field(default_factory=dict, repr=False)

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

    def unit(self, part: dict) -> Unit | None:
        """The registered unit a payload's unit part names: by its id, else as
        Register.find finds it by name (the first unit, in the register's order, having
        that id, name, abbreviation or alias, ignoring case and spacing)."""
        register = self.workspace.register
        found = register.units.get(part.get("id", ""))
        if found is not None:
            return found
        units = tuple(register.units.values())
        if units != self._units_indexed:  # equal units: the same names, the same order
            index: dict[str, Unit] = {}
            for unit in units:
                for name in (unit.id, *unit.names):
                    index.setdefault(name.casefold(), unit)  # as find compares them
            self._units_indexed, self._by_name = units, index
        key = " ".join(part.get("name", "").split()).casefold()
        return self._by_name.get(key) if key else None
