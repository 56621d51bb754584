"""The reporting session: one unit's work on one round, between the widgets and the core.

Edits are queued and written within one second of the first unsaved change (a timer that
is not restarted by further typing, so continuous typing is still saved every second),
and at once on leaving a field, switching measure, Ctrl+S or closing. Every edit is an
undoable command on one QUndoStack. Widgets hold no data: they show what the session
says and report what the user did.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.errors import KotodeskError
from kotodesk.domain.model import Catalogue, Entry, Measure, Round
from kotodesk.domain.text import changed_span
from kotodesk.ops import entries as entry_ops
from kotodesk.ops import settings
from kotodesk.ops.entries import field_value
from kotodesk.reporting.entries import (
    EntryChanged,
    LastRound,
    can_report,
    last_round,
    previous_entries,
)
from kotodesk.reporting.validation import Problem, problems, unit_measures
from kotodesk.ui.operations import operations
from kotodesk.ui.words import error_text

SAVE_DELAY_MS = 1000
PLACE_DELAY_MS = 2000  # the measure last shown is kept this long after the switch
UNDO_PAUSE_S = 1.5  # typing after a pause this long is a new undo step


def starts_word(before: str, after: str, span: tuple[int, int, int] | None = None) -> bool:
    """Whether going from `before` to `after` begins a new word, wherever in the text it
    is typed: one Undo then takes back a word (with the space after it), not everything
    typed in the field. `span`: their changed_span, when known."""
    start, removed, inserted = span or changed_span(before, after)
    return not removed and inserted > 0 and start > 0 and before[start - 1].isspace() \
        and not after[start].isspace()


def typed(span: tuple[int, int, int]) -> bool:
    """Whether a change (its changed_span) is one key's work (a letter typed, one deleted,
    or one typed over): a paste, or a selection deleted, is an undo step of its own, and
    typing after it begins another."""
    _start, removed, inserted = span
    return removed <= 1 and inserted <= 1


class EditCommand(QUndoCommand):
    """Set one field of one measure's entry; consecutive typing in a field merges."""

    def __init__(self, session: ReportingSession, ref: str, field: str, old: str, new: str,
                 merge: bool) -> None:
        from kotodesk.ui.history_dialog import field_label

        super().__init__(QCoreApplication.translate("EditCommand", "Edit {0}")
                         .format(field_label(field)))
        self.session, self.ref, self.field = session, ref, field
        self.old, self.new, self.merge = old, new, merge
        self.span = changed_span(old, new) if merge else (0, len(old), len(new))
        self.typed = merge and typed(self.span)
        self.at = time.monotonic()

    def id(self) -> int:
        return 1 if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or (other.ref, other.field) != \
                (self.ref, self.field):
            return False
        if other.at - self.at > UNDO_PAUSE_S or not (self.typed and other.typed) \
                or starts_word(other.old, other.new, other.span):
            return False  # a word, a paste or a pause is one step
        self.new, self.at = other.new, other.at
        return True

    def redo(self) -> None:
        self.session._set(self.ref, self.field, self.new)

    def undo(self) -> None:
        self.session._set(self.ref, self.field, self.old)


class ReportingSession(QObject):
    entry_changed = Signal(str, str)  # (ref, field): a value changed in the session
    entry_saved = Signal(object)  # EntryChanged: a change reached the database
    save_failed = Signal(str)  # why a save did not happen, for the user
    dirty_changed = Signal(bool)  # whether unsaved edits are waiting
    measure_requested = Signal(str)  # undo/redo or validation wants this measure shown
    context_changed = Signal()  # programme, round or unit changed: reload views

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.catalogue: Catalogue | None = None
        self.round: Round | None = None
        self.unit_id: str | None = None
        self.entries: dict[str, Entry] = {}
        self._pending: dict[tuple[str, str], str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._place: dict[str, str] | None = None  # the measure last shown, not yet written
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(PLACE_DELAY_MS)
        self._place_timer.timeout.connect(self._save_place)
        self.last_saved_at: str | None = None
        self._shown: str | None = None

    # -- context -------------------------------------------------------------------------

    def open(self, programme_id: str | None, unit_id: str | None) -> None:
        """Show the open round of a programme for a unit (None: no unit chosen yet)."""
        self.flush()
        ws = self.workspace
        programme_id = ws.programme_id(programme_id)
        try:
            self.round = ws.round(None, programme_id, or_latest=True)
        except KotodeskError:  # a programme nobody has opened a round for yet
            self.round = None
        version = self.round.catalogue_version if self.round else None
        self.catalogue = ws.catalogue(programme_id, version)
        self.unit_id = unit_id
        self.entries = self._load_entries()
        self.undo_stack.clear()
        self.context_changed.emit()

    def reload_entries(self, refs: Collection[str] | None = None) -> list[str]:
        """Another writer (the coordinator's window) changed saved entries: read them
        again and show what differs, field by field. The undo history and the edits not
        saved yet stay; `refs` narrows the measures to look at (None: all). Returns the
        measures whose entry changed."""
        if self.round is None:
            return []
        fresh = self._load_entries()
        changed = []
        for ref in sorted(set(fresh) | set(self.entries)):
            if refs is not None and ref not in refs:
                continue
            old, new = self.entries.get(ref), fresh.get(ref)
            if old == new:
                continue
            changed.append(ref)
            if new is None:
                del self.entries[ref]
            else:
                self.entries[ref] = new
            names = {*entry_ops.FIELDS, *(entry_ops.VALUE_PREFIX + name for name in
                                            {*(old.values if old else {}),
                                             *(new.values if new else {})})}
            for name in sorted(names):
                if field_value(old, name) != field_value(new, name):
                    self.entry_changed.emit(ref, name)
        return changed

    def _load_entries(self) -> dict[str, Entry]:
        """The unit's entries in an open round. A closed round is there to be read: every
        measure shows the unit's own entry where it has one, else what the report said
        for the measure as a whole, else the first unit's."""
        if self.round is None:
            return {}
        ws = self.workspace
        if self.round.state == "open":
            if self.unit_id is None:
                return {}
            return {e.measure_ref: e for e in
                    entry_ops.unit_entries(ws, self.round.id, self.unit_id)}
        shown: dict[str, Entry] = {}
        for e in entry_ops.unit_entries(ws, self.round.id):
            if e.measure_ref not in shown or e.unit_id == self.unit_id:
                shown[e.measure_ref] = e
        for whole in entry_ops.whole_measure_texts(ws, self.round.id):
            current = shown.get(whole.measure_ref)
            if current is None or current.unit_id != self.unit_id:
                shown[whole.measure_ref] = whole
        return shown

    @property
    def closed(self) -> bool:
        return self.round is not None and self.round.state != "open"

    @property
    def editable(self) -> bool:
        return self.round is not None and self.round.state == "open" and self.unit_id is not None

    def can_edit(self, measure: Measure) -> bool:
        return self.editable and can_report(measure, self.unit_id)

    # -- reading -------------------------------------------------------------------------

    def value(self, ref: str, field: str) -> str:
        """The field as the user sees it: a pending edit, else what is saved."""
        if (ref, field) in self._pending:
            return self._pending[(ref, field)]
        return field_value(self.entries.get(ref), field)

    def status(self, ref: str) -> str | None:
        return self.value(ref, "status") or None

    def previous(self, ref: str) -> list[Entry]:
        if self.round is None:
            return []
        return previous_entries(self.workspace.store, self.round, ref)

    def last_round(self, ref: str) -> LastRound | None:
        """Last round's texts for a measure, split by who said them (entries.last_round)."""
        if self.round is None:
            return None
        return last_round(self.workspace.store, self.round, ref, self.unit_id)

    def history(self, ref: str):
        if self.round is None or self.unit_id is None:
            return []
        return entry_ops.history(self.workspace, self.round.id, ref, self.unit_id)

    def problems(self) -> list[Problem]:
        if self.catalogue is None or self.unit_id is None or not self.editable:
            return []
        return problems(self.catalogue, self.unit_id, self._current_entries())

    def own_measures(self) -> list[Measure]:
        if self.catalogue is None or self.unit_id is None:
            return []
        return unit_measures(self.catalogue, self.unit_id)

    def _current_entries(self) -> dict[str, Entry]:
        merged = dict(self.entries)
        for (ref, field), value in self._pending.items():
            entry = merged.get(ref) or Entry(self.round.id, ref, self.unit_id)
            entry = Entry(entry.round_id, ref, entry.unit_id, entry.status, dict(entry.values),
                          entry.narrative, entry.reasons, entry.indicator_report)
            if field.startswith(entry_ops.VALUE_PREFIX):
                entry.values[field[len(entry_ops.VALUE_PREFIX):]] = value
            else:
                setattr(entry, field, value or (None if field == "status" else ""))
            merged[ref] = entry
        return merged

    @property
    def dirty(self) -> bool:
        return bool(self._pending)

    # -- editing -------------------------------------------------------------------------

    def edit(self, ref: str, field: str, value: str, *, merge: bool = False) -> None:
        """The user changed a field: an undoable command, saved within a second. Nothing
        happens where the unit cannot edit (a closed round, another unit's measure)."""
        if self.catalogue is None or not self.can_edit(self.catalogue.measure(ref)):
            return
        old = self.value(ref, field)
        if old == value:
            return
        self.undo_stack.push(EditCommand(self, ref, field, old, value, merge))

    def _set(self, ref: str, field: str, value: str) -> None:
        was_dirty = self.dirty
        self._pending[(ref, field)] = value
        if not self._timer.isActive():
            self._timer.start()
        if not was_dirty:
            self.dirty_changed.emit(True)
        self.entry_changed.emit(ref, field)
        if ref != self._shown:  # undo or redo of an edit made on another measure
            self.measure_requested.emit(ref)

    def shown(self, ref: str | None) -> None:
        """The editor now shows `ref`: save what was typed elsewhere, remember the place.

        The place is written with the next save, PLACE_DELAY_MS later, or at close: a
        commit per switch (synchronous=FULL) took a sixth of a measure switch, and a
        person paging through measures needs only the last one kept."""
        self._save_edits()
        self._shown = ref
        if ref and self.round is not None and self.unit_id:
            self._place = {f"last_measure:{self.round.id}:{self.unit_id}": ref}
            self._place_timer.start()

    def _save_place(self) -> None:
        self._place_timer.stop()
        place, self._place = self._place, None
        if place:  # a convenience: a database that cannot be written now loses only it
            with contextlib.suppress(KotodeskError, sqlite3.Error):
                settings.put(self.workspace, **place)

    def coordinator_review(self) -> tuple[str, str] | None:
        """The coordinator's (state, comment) on this unit's last return, as the round
        package brought it."""
        if self.catalogue is None or not self.unit_id:
            return None
        text = settings.get(self.workspace,
                            f"review:{self.catalogue.programme.id}:{self.unit_id}")
        if not text:
            return None
        state, _, comment = text.partition("\n")
        return state, comment

    def last_measure(self) -> str | None:
        if self.round is None or not self.unit_id:
            return None
        return settings.get(self.workspace,
                            f"last_measure:{self.round.id}:{self.unit_id}") or None

    def flush(self) -> bool:
        """Write every pending edit (and the measure last shown) now; True when nothing
        is left unsaved."""
        self._save_place()
        return self._save_edits()

    def _save_edits(self) -> bool:
        self._timer.stop()
        if not self._pending or self.catalogue is None or self.round is None \
                or self.unit_id is None:
            return not self._pending
        pending, self._pending = self._pending, {}
        by_ref: dict[str, dict[str, str]] = {}
        for (ref, field), value in pending.items():
            by_ref.setdefault(ref, {})[field] = value
        for ref, edits in by_ref.items():
            try:
                change, changes = entry_ops.edit_entry(self.workspace, self.catalogue,
                                                       self.round, self.unit_id, ref, edits)
            except KotodeskError as exc:
                for field, value in edits.items():  # keep them; try again on the next save
                    self._pending.setdefault((ref, field), value)
                self.save_failed.emit(error_text(exc))  # said in the window's language
                continue
            self._apply(change)
            operations(self.workspace).announce(changes, self)
        if not self._pending:
            self.dirty_changed.emit(False)
        return not self._pending

    def _apply(self, change: EntryChanged) -> None:
        entry = entry_ops.load_entry(self.workspace, change.round_id, change.ref,
                                     change.unit_id)
        if entry is not None:
            self.entries[change.ref] = entry
        self.last_saved_at = change.at
        self.entry_saved.emit(change)
