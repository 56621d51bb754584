"""A measure's merged status as the coordinator decides it.

Several units may answer for one measure; the merged status defaults to the least
advanced of theirs (merge.owed_status: while a responsible unit has not answered, or has
answered without a status, only a status that cannot get lower stands), and the
coordinator may set another with a note. This module lists, per measure, each unit's
status, the default and the coordinator's choice, so the window can show where units
disagree and what stands.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from kotodesk.coordinator.merge import is_empty, measure_status, owed_status
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents.payload import entry_part
from kotodesk.domain.errors import UsageError
from kotodesk.domain.model import Catalogue, Entry, Measure, Round, Unit
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
        return measure_status(self.default, self.override)

    @property
    def disagree(self) -> bool:
        return len({status for _unit, status in self.by_unit if status}) > 1


def measure_statuses(workspace: Workspace, round_: Round, *,
                     catalogue: Catalogue | None = None,
                     only: Collection[str] | None = None,
                     entries: list[Entry] | None = None) -> list[MeasureStatus]:
    """Every measure of the round that has a contribution or a coordinator's status (of
    the measures `only`, when given: a view that updates the rows a write changed). A
    caller that keeps the round's `entries` and `catalogue` (ops/round_cache.py) gives
    them."""
    store = workspace.store
    if catalogue is None:
        catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    units = workspace.register.units
    by_ref: dict[str, dict[str, str]] = {}
    if entries is None:
        entries = entry_store.entries_of_round(store, round_.id)
    owed = not round_.from_report  # a published report owes no unit
    for entry in entries:
        if only is not None and entry.measure_ref not in only:
            continue
        if not is_empty(entry_part(entry)) and entry.unit_id in units:
            by_ref.setdefault(entry.measure_ref, {})[entry.unit_id] = entry.status or ""
    overrides = inbox.overrides(store, round_.id)
    out = []
    for measure in catalogue.measures():
        if only is not None and measure.ref not in only:
            continue
        given = by_ref.get(measure.ref, {})
        if not given and measure.ref not in overrides:
            continue
        responsible = measure.unit_ids()  # a list made on each call: once per measure
        named = set(responsible)
        order = [u for u in responsible if u in given] + sorted(
            u for u in given if u not in named)
        by_unit = [(units[u], given[u]) for u in order]
        lacking = [units[u] for u in responsible if u not in given and u in units] \
            if owed else []
        out.append(MeasureStatus(
            measure, by_unit, owed_status(catalogue.programme, [s for _u, s in by_unit],
                                          len(lacking), owed=owed),
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
