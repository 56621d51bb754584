"""Reporting rounds (seurantakierrokset) of a programme."""

from __future__ import annotations

from datetime import date

from kotodesk.domain.model import Round
from kotodesk.storage import settings
from kotodesk.storage.db import Store
from kotodesk.system.clock import now


def _round(row) -> Round:
    return Round(
        id=row["id"], programme_id=row["programme_id"], catalogue_version=row["version"],
        period=row["period"], next_period=row["next_period"],
        deadline=date.fromisoformat(row["deadline"]) if row["deadline"] else None,
        state=row["state"], previous_round_id=row["previous_round_id"], title=row["title"],
        source=row["source"],
        opened_at=row["opened_at"] or "",
    )


_SELECT = ("SELECT r.*, v.version FROM round r JOIN catalogue_version v ON v.id = r.version_id")


def add_round(store: Store, programme_id: str, version: int, period: str, *,
              next_period: str = "", deadline: date | None = None, state: str = "open",
              previous_round_id: int | None = None, title: str = "", source: str = "",
              opened_at: str | None = None) -> Round:
    """A new round; `source` is the report a completed round was read from (see Round);
    `opened_at` is when the coordinator opened it (signing times of its returns may not be
    earlier), None for rounds that were not opened here."""
    with store.write():
        version_id = store.query_one(
            "SELECT id FROM catalogue_version WHERE programme_id = ? AND version = ?",
            (programme_id, version))["id"]
        cursor = store.conn.execute(
            "INSERT INTO round (programme_id, version_id, period, next_period, deadline, state,"
            " previous_round_id, title, created_at, source, opened_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (programme_id, version_id, period, next_period,
             deadline.isoformat() if deadline else None, state, previous_round_id, title, now(),
             source, opened_at))
        return get_round(store, cursor.lastrowid)


def get_round(store: Store, round_id: int) -> Round | None:
    row = store.query_one(f"{_SELECT} WHERE r.id = ?", (round_id,))
    return _round(row) if row else None


def list_rounds(store: Store, programme_id: str | None = None) -> list[Round]:
    if programme_id is None:
        rows = store.query(f"{_SELECT} ORDER BY r.programme_id, r.id")
    else:
        rows = store.query(f"{_SELECT} WHERE r.programme_id = ? ORDER BY r.id", (programme_id,))
    return [_round(r) for r in rows]


def open_round(store: Store, programme_id: str) -> Round | None:
    """The programme's open round (the newest, if several are open)."""
    row = store.query_one(f"{_SELECT} WHERE r.programme_id = ? AND r.state = 'open' "
                          "ORDER BY r.id DESC LIMIT 1", (programme_id,))
    return _round(row) if row else None


def set_state(store: Store, round_id: int, state: str) -> None:
    with store.write():
        store.conn.execute("UPDATE round SET state = ? WHERE id = ?", (state, round_id))


def set_deadline(store: Store, round_id: int, deadline: date) -> None:
    with store.write():
        store.conn.execute("UPDATE round SET deadline = ? WHERE id = ?",
                           (deadline.isoformat(), round_id))


def set_source(store: Store, round_id: int, source: str) -> None:
    """Mark a completed round as read from a report (see Round.source)."""
    with store.write():
        store.conn.execute("UPDATE round SET source = ? WHERE id = ?", (source, round_id))


def entry_counts(store: Store, round_id: int) -> tuple[int, int]:
    """(entries, units that made them) of a round."""
    row = store.query_one("SELECT COUNT(*), COUNT(DISTINCT unit_id) FROM entry "
                          "WHERE round_id = ?", (round_id,))
    return row[0], row[1]


_MERGED = "round-merged:"  # + a round's id: the (measure, unit) pairs a package carried


def set_merged_pairs(store: Store, round_id: int, pairs: set[tuple[str, str]]) -> None:
    """On a unit's side: the (measure, unit) entries of a round that the coordinator's round
    package carried as merged. An entry of the round not among them (a draft never sent,
    or a return that was not merged) is the unit's own text, not the round's."""
    import json

    settings.put(store, **{f"{_MERGED}{round_id}": json.dumps(sorted(pairs))})


def merged_pairs(store: Store, round_id: int) -> set[tuple[str, str]] | None:
    """set_merged_pairs' pairs; None for a round no package told of (the coordinator's
    own rounds, a round read from a report)."""
    import json

    value = settings.get(store, f"{_MERGED}{round_id}")
    return {(ref, unit) for ref, unit in json.loads(value)} if value else None
