"""A measure's merged status as the coordinator decides it.

Several units may answer for one measure; the merged status defaults to the least
advanced of theirs (merge.merged_status: while a responsible unit has not answered, only
a status that cannot get lower stands), and the coordinator may set another with a
note. This module lists, per measure, each unit's status, the default and the
coordinator's choice, so the window can show where units disagree and what stands.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kotodesk.coordinator.merge import is_empty, merged_status
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents.payload import entry_part
from kotodesk.domain.errors import UsageError
from kotodesk.domain.model import Measure, Round, Unit
from kotodesk.storage import entries as entry_store
from kotodesk.storage import inbox
from kotodesk.storage.inbox import StatusOverride


@dataclass
class MeasureStatus:
    measure: Measure
    by_unit: list[tuple[Unit, str]]  # each contributing unit and its status ("" none given)
    default: str  # the least advanced status ("" when no unit gave one, or it waits for one)
    override: StatusOverride | None = None
    lacking: list[Unit] = field(default_factory=list)  # responsible units yet to answer

    @property
    def status(self) -> str:
        """The merged status that stands: the coordinator's, else the default."""
        return self.override.status if self.override else self.default

    @property
    def disagree(self) -> bool:
        return len({status for _unit, status in self.by_unit if status}) > 1


def measure_statuses(workspace: Workspace, round_: Round) -> list[MeasureStatus]:
    """Every measure of the round that has a contribution or a coordinator's status."""
    store = workspace.store
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    units = workspace.register.units
    by_ref: dict[str, dict[str, str]] = {}
    entries = entry_store.entries_of_round(store, round_.id)
    owed = not round_.from_report  # a published report owes no unit
    for entry in entries:
        if not is_empty(entry_part(entry)) and entry.unit_id in units:
            by_ref.setdefault(entry.measure_ref, {})[entry.unit_id] = entry.status or ""
    overrides = inbox.overrides(store, round_.id)
    out = []
    for measure in catalogue.measures():
        given = by_ref.get(measure.ref, {})
        if not given and measure.ref not in overrides:
            continue
        order = [u for u in measure.unit_ids() if u in given] + sorted(
            u for u in given if u not in measure.unit_ids())
        by_unit = [(units[u], given[u]) for u in order]
        lacking = [units[u] for u in measure.unit_ids() if u not in given and u in units] \
            if owed else []
        out.append(MeasureStatus(
            measure, by_unit, merged_status(catalogue.programme, [s for _u, s in by_unit],
                                            missing=len(lacking)),
            overrides.get(measure.ref), lacking))
    return out


def set_merged_status(workspace: Workspace, round_: Round, ref: str, status: str | None,
                      note: str, by: str) -> None:
    """The coordinator's merged status of a measure; None returns it to the default."""
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    if status is not None and catalogue.programme.level(status) is None:
        codes = ", ".join(level.code for level in catalogue.programme.scale)
        raise UsageError(f"status {status!r} is not on the programme's scale ({codes})")
    inbox.set_override(workspace.store, round_.id, ref, status, note.strip(), by)
