"""A unit's entries: the edit (checked, one transaction, the author recorded by one rule)
and the reads the editor and `entry show` need."""

from __future__ import annotations

__all__ = ["FIELDS", "VALUE_PREFIX", "edit_entry", "field_value", "history", "load_entry",
           "unit_entries", "whole_measure_texts"]

from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.entries import FIELDS, VALUE_PREFIX
from kotodesk.domain.model import Catalogue, Entry, EntryChange, Round
from kotodesk.ops import people
from kotodesk.ops.changes import Changes
from kotodesk.reporting.entries import EntryChanged, apply_edits
from kotodesk.storage import entries as entry_store
from kotodesk.storage import measure_texts

# The entry's field vocabulary (kotodesk.domain.entries), for views that name a field.
field_value = entry_store.field_value


def edit_entry(workspace: Workspace, catalogue: Catalogue, round_: Round, unit_id: str,
               ref: str, edits: dict[str, str], *, author: str | None = None
               ) -> tuple[EntryChanged, Changes]:
    """Save a unit's edits of one entry (checked against the catalogue). The author is
    `author` when given, else by people.editor_name: the same rule in the window and on
    the command line."""
    change = apply_edits(workspace.store, catalogue, round_, unit_id, ref, edits,
                         people.editor_name(workspace, author))
    return change, Changes(entries=bool(change.fields), round_id=round_.id,
                           measures=frozenset({ref}), units=frozenset({unit_id}))


def unit_entries(workspace: Workspace, round_id: int, unit_id: str | None = None
                 ) -> list[Entry]:
    """The round's entries of one unit (None: every unit's)."""
    return entry_store.entries_of_round(workspace.store, round_id, unit_id)


def load_entry(workspace: Workspace, round_id: int, ref: str, unit_id: str) -> Entry | None:
    return entry_store.load_entry(workspace.store, round_id, ref, unit_id)


def whole_measure_texts(workspace: Workspace, round_id: int) -> list[Entry]:
    """What a round's report said for measures as a whole (not one unit's own words)."""
    return measure_texts.texts_of_round(workspace.store, round_id)


def merged_pairs(workspace: Workspace, round_id: int) -> set[tuple[str, str]] | None:
    """On a unit's side, the (measure, unit) entries of a round that the coordinator's
    round package carried as merged; None for a round no package told of."""
    from kotodesk.storage import rounds

    return rounds.merged_pairs(workspace.store, round_id)


def history(workspace: Workspace, round_id: int, ref: str, unit_id: str) -> list[EntryChange]:
    return entry_store.history(workspace.store, round_id, ref, unit_id)
