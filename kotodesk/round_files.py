"""Loading a completed round from a curated "kotodesk-round/1" file (resources/).

Old reports hold one text per measure, not one per unit; such a text is stored as the
entry of the measure's first responsible unit (or of the unit the file names), which is
where "last round" lookups and merged reports find it.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from kotodesk.errors import InputError
from kotodesk.indicators import IndicatorValueError, parse_value
from kotodesk.model import Catalogue, IndicatorType, Measure, Round
from kotodesk.register import Register
from kotodesk.storage import rounds
from kotodesk.storage.db import Store
from kotodesk.storage.entries import VALUE_PREFIX, save_fields
from kotodesk.text import clean, one_line

ROUND_FORMAT = "kotodesk-round/1"
FALLBACK_UNIT = "kanslia-maahanmuutto"  # the coordinating unit, for measures nobody owns


def _unit_for(entry: dict, measure: Measure, register: Register) -> str:
    if entry.get("unit"):
        units, _ = register.normalise(entry["unit"])
        if units:
            return units[0].unit_id
    return measure.units[0].unit_id if measure.units else FALLBACK_UNIT


def _values(entry: dict, measure: Measure) -> tuple[dict[str, str], str]:
    """Indicator values keyed by our indicator names (the file quotes the monitoring
    clause), and a readable "Raportointi mittarin mukaan" text of them."""
    values: dict[str, str] = {}
    unplaced: list[str] = []
    for item in entry.get("indicator_values", []):
        clause = one_line(item["indicator"])
        for indicator in measure.indicators:
            wording = one_line(indicator.wording)
            if clause and (clause in wording or wording in clause):
                value = str(item["value"])
                if indicator.type is IndicatorType.TEXT:  # curated "yes" on a free-text
                    value = {"yes": "kyllä", "no": "ei"}.get(value, value)  # indicator
                try:
                    values[indicator.name] = parse_value(indicator.type, value)
                except IndicatorValueError:
                    unplaced.append(f"{indicator.name}: {item['value']}")
                break
        else:
            unplaced.append(f"{clause}: {item['value']}")
    report = "\n".join(filter(None, [clean(entry.get("indicator_report", "")), *unplaced]))
    return values, report


def load_round_file(store: Store, catalogue: Catalogue, version: int, path: Path,
                    register: Register, *, state: str = "closed",
                    previous_round_id: int | None = None) -> Round:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != ROUND_FORMAT:
        raise InputError(f"not a kotodesk round file ({ROUND_FORMAT})", path=path)
    author = clean(data.get("title")) or path.name
    with store.write():
        round_ = rounds.add_round(
            store, catalogue.programme.id, version, clean(data["period"]),
            next_period=clean(data.get("next_period", "")), state="open",
            previous_round_id=previous_round_id, title=clean(data.get("title", "")))
        for entry in data["entries"]:
            try:
                measure = catalogue.measure(entry["measure"])
            except KeyError:
                raise InputError(f"entry for unknown measure {entry['measure']}",
                                 path=path) from None
            values, report = _values(entry, measure)
            fields = {"status": entry.get("status") or "",
                      "narrative": clean(entry.get("narrative", "")),
                      "reasons": clean(entry.get("reasons", "")),
                      "indicator_report": report}
            fields.update({VALUE_PREFIX + k: v for k, v in values.items()})
            save_fields(store, round_.id, measure.ref, _unit_for(entry, measure, register),
                        fields, author, at=data.get("saved_at"))
        rounds.set_state(store, round_.id, state)
    return rounds.get_round(store, round_.id)


def parse_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
