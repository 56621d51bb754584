"""A round as the coordinator's views read it, kept between writes.

Judging a round's received files (received.py) reads and parses every stored return;
with a thousand returns that is most of a second. The views of one window share one
`RoundCache`: each stored return is parsed once (keyed by the hash of its bytes), each
unit's files are judged once, and a write's `Changes` drops only what it touched (the
units whose files or choices changed), so one action costs what it changed, not what
the round holds.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from kotodesk.coordinator.inbox import InboxRow, InboxState, inbox_state, refused_rows
from kotodesk.coordinator.intake import Intake
from kotodesk.coordinator.merge import Conflict, Resolution
from kotodesk.coordinator.merged import Completeness, completeness, with_content
from kotodesk.coordinator.received import UnitFiles, unit_files
from kotodesk.coordinator.statuses import MeasureStatus, measure_statuses
from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.model import Catalogue, Entry, Round
from kotodesk.domain.received import ReceivedFile
from kotodesk.ops.changes import Changes
from kotodesk.storage import entries as entry_store
from kotodesk.storage import inbox

JUDGING = ("files", "choices", "trust", "rounds", "catalogue")  # kinds that re-judge files


class RoundCache:
    """One round's received files, judged, for the views of one window."""

    def __init__(self, workspace: Workspace, round_: Round) -> None:
        self.workspace = workspace
        self.round = round_
        self._catalogue: Catalogue | None = None
        self._payloads: dict[str, dict[str, Any]] = {}  # file sha256 -> its payload
        self._files: dict[str, list[ReceivedFile]] | None = None  # unit id -> its files
        self._judged: dict[str, UnitFiles] = {}
        self._rows: dict[str, dict[int, InboxRow]] = {}  # unit -> its files' inbox rows
        self._choices: dict[tuple[str, str], int] | None = None
        self._entries: dict[str, list[Entry]] | None = None  # unit id -> its entries
        self._said: dict[str, list[Entry]] = {}  # unit id -> its entries with content
        self._conflicts: list[Conflict] | None = None
        self._completeness: Completeness | None = None

    # -- what a write changed ------------------------------------------------------------

    def apply(self, changes: Changes) -> None:
        """Forget what `changes` may have changed, and nothing else."""
        if not changes.in_round(self.round.id):
            return
        if changes.catalogue:
            self._catalogue = None
        if changes.any_of(*JUDGING):
            self._conflicts = None
            if changes.choices or changes.units is None:
                self._choices = None
            if changes.units is None or self._files is None:
                self._files, self._judged, self._rows = None, {}, {}
            else:
                bulk = _many(changes.units, self._files)
                if bulk:
                    self._files = self._read_files()
                for unit_id in changes.units:
                    if not bulk:
                        self._files[unit_id] = inbox.files(self.workspace.store,
                                                           self.round.id, unit_id)
                    self._judged.pop(unit_id, None)
                    self._rows.pop(unit_id, None)
                self._files = {u: f for u, f in self._files.items() if f}
        if changes.any_of(*JUDGING, "entries"):
            # Many units' entries (a batch's) are read again when asked for, in one go:
            # the window's views that show them may not be shown.
            if changes.units is None or self._entries is None or \
                    _many(changes.units, self._entries):
                self._entries, self._said = None, {}
            else:
                for unit_id in changes.units:
                    self._entries[unit_id] = entry_store.entries_of_round(
                        self.workspace.store, self.round.id, unit_id)
                    self._said.pop(unit_id, None)
        if changes.any_of(*JUDGING, "entries", "reviews"):
            self._completeness = None

    # -- reading -------------------------------------------------------------------------

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = self.workspace.catalogue(self.round.programme_id,
                                                       self.round.catalogue_version)
        return self._catalogue

    def payload(self, file: ReceivedFile) -> dict[str, Any]:
        """A stored return's payload, parsed once for all the files of the same bytes."""
        found = self._payloads.get(file.file_sha256)
        if found is None:
            found = self._payloads[file.file_sha256] = inbox.payload(self.workspace.store,
                                                                     file.id)
        return found

    def remember(self, file_sha256: str, payload: dict[str, Any]) -> None:
        """A return just recorded, as its sealed payload was verified: what the database's
        JSON gives back (intake._payloads relies on the same), so judging the batch at its
        end parses none of the files it took in again (a third of the window's pause)."""
        if file_sha256:
            self._payloads.setdefault(file_sha256, payload)

    def files(self) -> list[ReceivedFile]:
        """Every file received for the round, in the order received."""
        return sorted((f for files in self._by_unit().values() for f in files),
                      key=lambda f: f.id)

    def _by_unit(self) -> dict[str, list[ReceivedFile]]:
        if self._files is None:
            self._files = self._read_files()
        return self._files

    def _read_files(self) -> dict[str, list[ReceivedFile]]:
        by_unit: dict[str, list[ReceivedFile]] = {}
        for f in inbox.files(self.workspace.store, self.round.id):
            by_unit.setdefault(f.unit_id, []).append(f)
        return by_unit

    def _by_unit_entries(self) -> dict[str, list[Entry]]:
        if self._entries is None:
            self._entries = self._read_entries()
        return self._entries

    def _read_entries(self) -> dict[str, list[Entry]]:
        by_unit: dict[str, list[Entry]] = {}
        for e in entry_store.entries_of_round(self.workspace.store, self.round.id):
            by_unit.setdefault(e.unit_id, []).append(e)
        return by_unit

    def entries(self) -> list[Entry]:
        """The round's entries (every unit's), read once and then per changed unit."""
        return [e for entries in self._by_unit_entries().values() for e in entries]

    def said(self) -> list[Entry]:
        """The round's entries that say something, worked out once per unit."""
        by_unit = self._by_unit_entries()
        for unit_id, entries in by_unit.items():
            if unit_id not in self._said:
                self._said[unit_id] = with_content(entries)
        return [e for unit_id in by_unit for e in self._said[unit_id]]

    def measure_statuses(self, refs: Collection[str] | None = None) -> list[MeasureStatus]:
        """Each measure's merged status (of the measures `refs`, when given)."""
        return measure_statuses(self.workspace, self.round, catalogue=self.catalogue,
                                only=refs, entries=self.entries())

    def choices(self) -> dict[tuple[str, str], int]:
        if self._choices is None:
            self._choices = inbox.choices(self.workspace.store, self.round.id)
        return self._choices

    def judged(self) -> dict[str, UnitFiles]:
        """Every unit's received files, judged (units in the order their first file came)."""
        by_unit = self._by_unit()
        order = sorted(by_unit, key=lambda u: by_unit[u][0].id)
        for unit_id in order:
            if unit_id not in self._judged:
                self._judged[unit_id] = unit_files(
                    self.workspace, self.round, unit_id, self.choices(),
                    files=by_unit[unit_id], payload_of=self.payload,
                    catalogue=self.catalogue)
        return {u: self._judged[u] for u in order}

    def resolutions(self) -> dict[str, Resolution]:
        return {unit: judged.resolution for unit, judged in self.judged().items()}

    def conflicts(self) -> list[Conflict]:
        """The round's open conflicts, worked out once per change of files or choices."""
        if self._conflicts is None:
            self._conflicts = [c for r in self.resolutions().values() for c in r.conflicts]
        return self._conflicts

    def inbox_state(self, taken: Iterable[Intake] = ()) -> InboxState:
        """The returns inbox: a row per received file (worked out again only for the
        units a write changed), then the refused files among `taken`."""
        taken = list(taken)
        judged = self.judged()
        for unit_id, files in self._by_unit().items():
            if unit_id not in self._rows:
                ids = {f.id for f in files}
                state = inbox_state(self.workspace, self.round,
                                    [t for t in taken if t.accepted and t.file_id in ids],
                                    judged={unit_id: judged[unit_id]}, files=files)
                self._rows[unit_id] = {row.file_id: row for row in state.rows}
        rows = [self._rows[f.unit_id][f.id] for f in self.files()]
        return InboxState(rows + refused_rows(taken),
                          self.conflicts())

    def completeness(self) -> Completeness:
        if self._completeness is None:
            self._completeness = completeness(self.workspace, self.round,
                                              received=self.files(),
                                              catalogue=self.catalogue,
                                              said=self.said())
        return self._completeness


def _many(units: Collection[str], kept: dict[str, list]) -> bool:
    """Whether a write changed so many units (a batch of returns taken in) that reading
    the round once is quicker than reading each unit: a query per unit of 240 took
    0.4 s of the window's pause at the end of a batch, one for the round a tenth of it."""
    return len(units) > max(8, len(kept) // 4)
