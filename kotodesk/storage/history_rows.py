"""Every entry's history in one query, for the all-data export."""

from __future__ import annotations

from kotodesk.storage.db import Store


def all_history(store: Store) -> list[dict]:
    rows = store.query(
        "SELECT h.at, e.round_id, e.measure_ref, e.unit_id, h.field, h.old, h.new, h.author "
        "FROM entry_history h JOIN entry e ON e.id = h.entry_id ORDER BY h.at, h.id")
    return [dict(r) for r in rows]
