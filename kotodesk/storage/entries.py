"""Entries (round × measure × unit) with their indicator values and edit history.

Field names: "status", "narrative", "reasons", "indicator_report", and "value:<indicator
name>" for an indicator's value. The history keeps who changed which field when, from what
to what; bursts of autosaves by one person within a minute are one history step, so a
narrative typed over two minutes is not 120 steps.
"""

from __future__ import annotations

from datetime import datetime

from kotodesk.domain.entries import FIELDS, VALUE_PREFIX
from kotodesk.domain.model import Entry, EntryChange
from kotodesk.storage.db import Store
from kotodesk.system.clock import now

COALESCE_SECONDS = 60


def _entries(store: Store, where: str, params: tuple) -> list[Entry]:
    rows = store.query(f"SELECT * FROM entry WHERE {where} ORDER BY id", params)
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    values: dict[int, dict[str, str]] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        for v in store.query(f"SELECT * FROM entry_value WHERE entry_id IN "
                             f"({','.join('?' * len(part))})", tuple(part)):
            values.setdefault(v["entry_id"], {})[v["indicator"]] = v["value"]
    return [Entry(round_id=r["round_id"], measure_ref=r["measure_ref"], unit_id=r["unit_id"],
                  status=r["status"], values=values.get(r["id"], {}), narrative=r["narrative"],
                  reasons=r["reasons"], indicator_report=r["indicator_report"],
                  author=r["author"], updated_at=r["updated_at"],
                  source_file_id=r["source_file_id"]) for r in rows]


def load_entry(store: Store, round_id: int, ref: str, unit_id: str) -> Entry | None:
    found = _entries(store, "round_id = ? AND measure_ref = ? AND unit_id = ?",
                     (round_id, ref, unit_id))
    return found[0] if found else None


def entries_of_round(store: Store, round_id: int, unit_id: str | None = None) -> list[Entry]:
    if unit_id is None:
        return _entries(store, "round_id = ?", (round_id,))
    return _entries(store, "round_id = ? AND unit_id = ?", (round_id, unit_id))


def entries_of_measures(store: Store, round_id: int, refs: list[str]) -> list[Entry]:
    """The round's entries of the measures `refs` (a theme's, say), by id (within each
    500 refs)."""
    found: list[Entry] = []
    for start in range(0, len(refs), 500):
        part = tuple(refs[start:start + 500])
        found += _entries(store, f"round_id = ? AND measure_ref IN "
                                 f"({','.join('?' * len(part))})", (round_id, *part))
    return found


def entries_of_measure(store: Store, round_id: int, ref: str) -> list[Entry]:
    return _entries(store, "round_id = ? AND measure_ref = ?", (round_id, ref))


def move_entries(store: Store, round_id: int, moves: dict[str, str]) -> None:
    """File a round's entries (every unit's) under other references: {old: new}. The new
    references may be old ones of other entries moved too (1.3 -> 1.2 while 1.2 -> 1.2
    (v1)); the caller's write transaction holds both steps."""
    for old in moves:
        store.conn.execute("UPDATE entry SET measure_ref = ? WHERE round_id = ? AND "
                           "measure_ref = ?", ("\x00" + old, round_id, old))
    for old, new in moves.items():
        store.conn.execute("UPDATE entry SET measure_ref = ? WHERE round_id = ? AND "
                           "measure_ref = ?", (new, round_id, "\x00" + old))


def field_value(entry: Entry | None, field: str) -> str:
    if entry is None:
        return ""
    if field.startswith(VALUE_PREFIX):
        return entry.values.get(field[len(VALUE_PREFIX):], "")
    return getattr(entry, field) or ""


def save_fields(store: Store, round_id: int, ref: str, unit_id: str,
                changes: dict[str, str], author: str, at: str | None = None
                ) -> dict[str, tuple[str, str]]:
    """Write changed fields of one entry in one transaction; returns {field: (old, new)}
    for the fields whose value actually changed."""
    at = at or now()
    changed: dict[str, tuple[str, str]] = {}
    with store.write():
        row = store.query_one("SELECT id FROM entry WHERE round_id = ? AND measure_ref = ? "
                              "AND unit_id = ?", (round_id, ref, unit_id))
        if row is None:
            entry_id = store.conn.execute(
                "INSERT INTO entry (round_id, measure_ref, unit_id, author, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (round_id, ref, unit_id, author, at, at)).lastrowid
            current = None
        else:
            entry_id = row["id"]
            current = load_entry(store, round_id, ref, unit_id)
        for field, new in changes.items():
            old = field_value(current, field)
            if old == new:
                continue
            changed[field] = (old, new)
            if field.startswith(VALUE_PREFIX):
                name = field[len(VALUE_PREFIX):]
                if new:
                    store.conn.execute(
                        "INSERT INTO entry_value (entry_id, indicator, value) VALUES (?, ?, ?) "
                        "ON CONFLICT (entry_id, indicator) DO UPDATE SET value = excluded.value",
                        (entry_id, name, new))
                else:
                    store.conn.execute("DELETE FROM entry_value WHERE entry_id = ? AND "
                                       "indicator = ?", (entry_id, name))
            elif field in FIELDS:
                store.conn.execute(f"UPDATE entry SET {field} = ? WHERE id = ?",
                                   (new if new or field != "status" else None, entry_id))
            else:
                raise ValueError(f"unknown entry field {field!r}")
            _record(store, entry_id, field, old, new, author, at)
        if changed:
            store.conn.execute("UPDATE entry SET updated_at = ?, author = ? WHERE id = ?",
                               (at, author, entry_id))
    return changed


def _record(store: Store, entry_id: int, field: str, old: str, new: str, author: str,
            at: str) -> None:
    last = store.query_one("SELECT id, old, author, at FROM entry_history WHERE entry_id = ? "
                           "AND field = ? ORDER BY id DESC LIMIT 1", (entry_id, field))
    if last is not None and last["author"] == author and same_burst(last["at"], at):
        if last["old"] == new:
            store.conn.execute("DELETE FROM entry_history WHERE id = ?", (last["id"],))
        else:
            store.conn.execute("UPDATE entry_history SET new = ?, at = ? WHERE id = ?",
                               (new, at, last["id"]))
        return
    store.conn.execute("INSERT INTO entry_history (entry_id, field, old, new, author, at) "
                       "VALUES (?, ?, ?, ?, ?, ?)", (entry_id, field, old, new, author, at))


def same_burst(earlier: str, later: str) -> bool:
    """Whether an edit at `later` joins the history step last written at `earlier`: less
    than a minute after it. One that seems to come before it (a clock set back) is a step
    of its own, else all the work of the hour after the clock went back would fold into
    one step, and the text saved before it would be gone from the history."""
    try:
        seconds = (datetime.fromisoformat(later) - datetime.fromisoformat(earlier)
                   ).total_seconds()
    except ValueError:
        return False
    return 0 <= seconds < COALESCE_SECONDS


def history(store: Store, round_id: int, ref: str, unit_id: str) -> list[EntryChange]:
    rows = store.query(
        "SELECT h.* FROM entry_history h JOIN entry e ON e.id = h.entry_id WHERE e.round_id = ?"
        " AND e.measure_ref = ? AND e.unit_id = ? ORDER BY h.id", (round_id, ref, unit_id))
    return [EntryChange(r["field"], r["old"], r["new"], r["author"], r["at"]) for r in rows]
