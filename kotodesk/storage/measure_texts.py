"""What a round's report says for a measure as a whole, apart from the units' entries.

An old report gives one text per measure. Where the measure has several responsible units
and the report does not name the one that wrote it, the text is the measure's merged text
(the coordinator's), shown beside every responsible unit as what the report said: filing
it under one unit would make it that unit's own words, to be copied into its next return.
"""

from __future__ import annotations

import json

from kotodesk.domain.model import WHOLE_MEASURE, Entry
from kotodesk.storage.db import Store


def save_text(store: Store, round_id: int, ref: str, *, status: str | None, narrative: str,
              reasons: str = "", indicator_report: str = "",
              values: dict[str, str] | None = None, author: str = "", at: str = "") -> None:
    """Write (or replace) the measure's text in the round."""
    with store.write():
        store.conn.execute(
            "INSERT OR REPLACE INTO measure_text (round_id, measure_ref, status, narrative, "
            "reasons, indicator_report, indicator_values, author, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (round_id, ref, status or None, narrative, reasons, indicator_report,
             json.dumps(values or {}, ensure_ascii=False, sort_keys=True), author, at))


def _entry(row) -> Entry:
    return Entry(round_id=row["round_id"], measure_ref=row["measure_ref"],
                 unit_id=WHOLE_MEASURE, status=row["status"],
                 values=json.loads(row["indicator_values"] or "{}"),
                 narrative=row["narrative"], reasons=row["reasons"],
                 indicator_report=row["indicator_report"], author=row["author"],
                 updated_at=row["updated_at"])


def texts_of_round(store: Store, round_id: int) -> list[Entry]:
    """The round's texts for whole measures, as entries whose unit is WHOLE_MEASURE."""
    return [_entry(r) for r in store.query(
        "SELECT * FROM measure_text WHERE round_id = ? ORDER BY rowid", (round_id,))]


def text_of_measure(store: Store, round_id: int, ref: str) -> Entry | None:
    row = store.query_one("SELECT * FROM measure_text WHERE round_id = ? AND measure_ref = ?",
                          (round_id, ref))
    return _entry(row) if row else None
