"""A unit's entries written together: the merge of its returns in a few statements.

Taking in a return rewrites up to every entry of its unit. Written field by field
(entries.save_fields) that was about 700 statements a file; here the unit's entries, their
values and the last history step of each field are read in three queries, the changes
worked out in Python with the same rules (a field that did not change is not written; a
change by the same author within a minute joins that author's last history step), and
written with one executemany per kind of statement, inside the caller's transaction. An
entry's own columns (its fields, who changed it last and when, its source file) are set in
one UPDATE per entry, not one per column, and a new entry is inserted with them: a first
return of a unit changed four columns of fifty entries after inserting them, two hundred
statements that were a tenth of the intake's time (issue 16).
"""

from __future__ import annotations

from dataclasses import dataclass

from kotodesk.domain.entries import FIELDS, VALUE_PREFIX
from kotodesk.storage.db import Store
from kotodesk.storage.entries import same_burst
from kotodesk.system.clock import now

_KEEP = object()  # EntryWrite.source_file_id: leave the entry's source as it is


@dataclass(frozen=True)
class EntryWrite:
    """New values for one entry's fields (as entries.save_fields takes them), who wrote
    them and when, and the received file the entry now comes from (None: no file)."""

    ref: str
    fields: dict[str, str]
    author: str
    at: str | None = None
    source_file_id: int | object | None = _KEEP


def save_unit_entries(store: Store, round_id: int, unit_id: str,
                      writes: list[EntryWrite]) -> int:
    """Write the unit's entries in one transaction; returns how many fields changed."""
    if not writes:
        return 0
    unit = (round_id, unit_id)
    with store.write() as conn:
        ids = _entry_ids(store, unit)
        stamp = now()
        new = [w for w in writes if w.ref not in ids]
        if new:
            _insert_entries(conn, round_id, unit_id, new, stamp)
            ids = _entry_ids(store, unit)
        new_ids = {ids[w.ref] for w in new}
        current = _current(store, unit)
        last = {(r["entry_id"], r["field"]): r for r in store.query(
            "SELECT h.id, h.entry_id, h.field, h.old, h.author, h.at FROM entry_history h "
            "JOIN (SELECT MAX(id) AS id FROM entry_history WHERE entry_id IN (SELECT id FROM "
            "entry WHERE round_id = ? AND unit_id = ?) GROUP BY entry_id, field) m "
            "ON m.id = h.id", unit)}
        columns: dict[int, dict[str, object]] = {}  # entry id -> its columns to set
        upserts, deletes, inserts, updates, removed = ([] for _ in range(5))
        changed = 0
        for w in writes:
            entry_id = ids[w.ref]
            at = w.at or stamp
            # A new entry was inserted with its columns set; it had no fields before.
            before = current.get(entry_id, {}) if entry_id not in new_ids else {}
            touched_here = False
            for field, value in w.fields.items():
                old = before.get(field, "")
                if old == value:
                    continue
                if field.startswith(VALUE_PREFIX):
                    name = field[len(VALUE_PREFIX):]
                    (upserts.append((entry_id, name, value)) if value
                     else deletes.append((entry_id, name)))
                elif field in FIELDS:
                    if entry_id not in new_ids:
                        columns.setdefault(entry_id, {})[field] = \
                            value if value or field != "status" else None
                else:
                    raise ValueError(f"unknown entry field {field!r}")
                step = last.get((entry_id, field))
                if step is not None and step["author"] == w.author and \
                        same_burst(step["at"], at):
                    (removed.append((step["id"],)) if step["old"] == value
                     else updates.append((value, at, step["id"])))
                else:
                    inserts.append((entry_id, field, old, value, w.author, at))
                changed += 1
                touched_here = True
            if entry_id in new_ids:
                continue
            if touched_here:
                columns.setdefault(entry_id, {}).update(updated_at=at, author=w.author)
            if w.source_file_id is not _KEEP:
                columns.setdefault(entry_id, {})["source_file_id"] = w.source_file_id
        _update_entries(conn, columns)
        _many(conn, "INSERT INTO entry_value (entry_id, indicator, value) VALUES (?, ?, ?) "
              "ON CONFLICT (entry_id, indicator) DO UPDATE SET value = excluded.value", upserts)
        _many(conn, "DELETE FROM entry_value WHERE entry_id = ? AND indicator = ?", deletes)
        _many(conn, "INSERT INTO entry_history (entry_id, field, old, new, author, at) "
              "VALUES (?, ?, ?, ?, ?, ?)", inserts)
        _many(conn, "UPDATE entry_history SET new = ?, at = ? WHERE id = ?", updates)
        _many(conn, "DELETE FROM entry_history WHERE id = ?", removed)
    return changed


def _insert_entries(conn, round_id: int, unit_id: str, new: list[EntryWrite],
                    stamp: str) -> None:
    """The new entries, each with the columns the writes set, as an INSERT and then the
    updates below would leave them (a field with no value keeps its default), entries
    with the same columns in one executemany."""
    by_columns: dict[tuple[str, ...], list[tuple]] = {}
    for w in new:
        values: dict[str, object] = {"round_id": round_id, "measure_ref": w.ref,
                                     "unit_id": unit_id, "author": w.author,
                                     "created_at": w.at or stamp, "updated_at": w.at or stamp}
        # an unknown field is refused by the caller's loop, and the transaction undone
        values.update((f, v) for f, v in w.fields.items() if f in FIELDS and v)
        if w.source_file_id is not _KEEP:
            values["source_file_id"] = w.source_file_id
        by_columns.setdefault(tuple(values), []).append(tuple(values.values()))
    for names, rows in by_columns.items():
        conn.executemany(f"INSERT INTO entry ({', '.join(names)}) "
                         f"VALUES ({', '.join('?' * len(names))})", rows)


def _update_entries(conn, columns: dict[int, dict[str, object]]) -> None:
    """One UPDATE per entry, the entries that set the same columns in one executemany
    (the column names are this module's own: FIELDS, updated_at, author, source_file_id)."""
    by_columns: dict[tuple[str, ...], list[tuple]] = {}
    for entry_id, values in columns.items():
        names = tuple(values)
        by_columns.setdefault(names, []).append((*values.values(), entry_id))
    for names, rows in by_columns.items():
        conn.executemany(f"UPDATE entry SET {', '.join(f'{n} = ?' for n in names)} "
                         "WHERE id = ?", rows)


def _many(conn, sql: str, rows: list[tuple]) -> None:
    if rows:
        conn.executemany(sql, rows)


def _entry_ids(store: Store, unit: tuple[int, str]) -> dict[str, int]:
    return {r["measure_ref"]: r["id"] for r in store.query(
        "SELECT id, measure_ref FROM entry WHERE round_id = ? AND unit_id = ?", unit)}


def _current(store: Store, unit: tuple[int, str]) -> dict[int, dict[str, str]]:
    """Each entry's fields as save_fields compares them ("" for no status)."""
    found: dict[int, dict[str, str]] = {}
    for r in store.query("SELECT id, status, narrative, reasons, indicator_report FROM entry "
                         "WHERE round_id = ? AND unit_id = ?", unit):
        found[r["id"]] = {f: r[f] or "" for f in FIELDS}
    for r in store.query("SELECT v.entry_id, v.indicator, v.value FROM entry_value v JOIN "
                         "entry e ON e.id = v.entry_id WHERE e.round_id = ? AND e.unit_id = ?",
                         unit):
        found[r["entry_id"]][VALUE_PREFIX + r["indicator"]] = r["value"]
    return found
