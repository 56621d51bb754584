"""Loading a completed round from a curated "kotodesk-round/1" file (resources/).

A report is taken as it reads, and nothing is added that it does not say:

- **Whose text.** A text the report names a unit for is that unit's entry; so is the text
  of a measure with one responsible unit (the report's row names it). The text of a
  measure with several responsible units speaks for the measure as a whole: it is kept as
  the measure's text (storage/measure_texts.py), shown beside every responsible unit as
  what the report said, never as one unit's own.
- **Status.** Only a status the report's own words state (`status_basis` quotes them); a
  report that states none leaves it empty, and the round is marked as read from a report,
  so that "empty" reads "not stated in the report".
- **Indicator values.** One value per indicator, when the report gives one figure for the
  round's period that the indicator's type can hold. Several figures of one indicator, a
  figure for another period, or one the type cannot hold are kept as the report writes
  them, with their periods, as text in "Raportointi mittarin mukaan", with a note saying
  why they are not the indicator's value. Values read from the narrative rather than from
  a reporting column are listed as such.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from kotodesk.domain.entries import VALUE_PREFIX
from kotodesk.domain.errors import InputError
from kotodesk.domain.indicators import YES, IndicatorValueError, parse_value
from kotodesk.domain.messages import message
from kotodesk.domain.model import WHOLE_MEASURE, Catalogue, Indicator, IndicatorType, Measure, Round
from kotodesk.domain.register import Register
from kotodesk.domain.text import clean, one_line
from kotodesk.storage import measure_texts, rounds
from kotodesk.storage.db import Store
from kotodesk.storage.entries import save_fields
from kotodesk.system.clock import now

ROUND_FORMAT = "kotodesk-round/1"
TYPE_WORDS = {IndicatorType.YES_NO: "kyllä/ei", IndicatorType.PERCENT: "%",
              IndicatorType.COUNT: "lkm", IndicatorType.NUMBER: "luku",
              IndicatorType.TEXT: "teksti"}


def report_name(data: dict, path: Path) -> str:
    """How the round names the report it was read from: its title, else its period."""
    return clean(data.get("title", "")) or f"Raportti {clean(data.get('period', ''))}".strip() \
        or path.name


def _unit_for(entry: dict, measure: Measure, register: Register, path: Path) -> str:
    """The unit whose own text this is, or WHOLE_MEASURE."""
    if entry.get("unit"):
        units, _ = register.normalise(entry["unit"])
        named = [u.unit_id for u in units if u.unit_id in measure.unit_ids()]
        if not named:
            raise InputError(message("round-unit-not-responsible", ref=measure.ref,
                                     unit=repr(entry["unit"])), path=path)
        return named[0]
    if len(measure.units) == 1:
        return measure.units[0].unit_id
    return WHOLE_MEASURE


def _quoted_in(evidence: str, text: str) -> bool:
    """Whether every piece of a quote ("… " marks a cut) stands in `text`."""
    pieces = [one_line(p) for p in evidence.split("…") if one_line(p)]
    flat = one_line(text)
    return bool(pieces) and all(p in flat for p in pieces)


def _as_written(indicator: Indicator, item: dict) -> str:
    value = str(item["value"])
    if indicator.type is IndicatorType.YES_NO:
        value = {YES: "kyllä", "no": "ei"}.get(value, value)
    period = clean(item.get("period", ""))
    return f"{value} ({period})" if period else value


def _values(entry: dict, measure: Measure, path: Path) -> tuple[dict[str, str], str]:
    """Indicator values keyed by our indicator names (the file quotes the monitoring
    clause), and the "Raportointi mittarin mukaan" text: the report's own, then what
    could not be one typed value, then which values were read from the narrative."""
    grouped: dict[str, tuple[Indicator, list[dict]]] = {}
    for item in entry.get("indicator_values", []):
        clause = one_line(item["indicator"])
        indicator = next((i for i in measure.indicators if clause and (
            clause in one_line(i.wording) or one_line(i.wording) in clause)), None)
        if indicator is None:
            raise InputError(message("round-value-not-indicator", ref=measure.ref,
                                     clause=repr(clause)), path=path)
        grouped.setdefault(indicator.name, (indicator, []))[1].append(item)
    values: dict[str, str] = {}
    lines: list[str] = []
    own = clean(entry.get("indicator_report", ""))
    from_narrative: list[str] = []
    for name, (indicator, items) in grouped.items():
        if not all(_quoted_in(item.get("evidence", ""), own) for item in items):
            from_narrative.append(name)
        fits = [_fits(indicator, item) for item in items]
        if len(items) == 1 and not items[0].get("period") and fits[0] is not None:
            values[name] = fits[0]
            continue
        why = []
        if len(items) > 1:
            why.append(f"{len(items)} lukua")
        elif items[0].get("period"):
            why.append("luku on eri ajanjaksolta kuin kierros")
        if None in fits:
            why.append(f"mittarin tyyppi on {TYPE_WORDS[indicator.type]}")
        shown = "; ".join(_as_written(indicator, item) for item in items)
        lines.append(f"{name}: {shown} [kirjattu tekstinä: {'; '.join(why)}]")
    if from_narrative:
        which = "" if len(from_narrative) == len(grouped) else ": " + "; ".join(from_narrative)
        lines.append("[Luettu sanallisesta kuvauksesta, ei Raportointi mittarin mukaan "
                     f"-sarakkeesta{which}]")
    return values, "\n".join(filter(None, [own, *lines]))


def _fits(indicator: Indicator, item: dict) -> str | None:
    """The stored form of the item's value, or None when the type cannot hold it."""
    try:
        return parse_value(indicator.type, str(item["value"]))
    except IndicatorValueError:
        return None


def _status(entry: dict, catalogue: Catalogue, measure: Measure, path: Path) -> str:
    status = entry.get("status") or ""
    if status and catalogue.programme.level(status) is None:
        raise InputError(message("round-status-off-scale", ref=measure.ref,
                                 status=repr(status)), path=path)
    if status and not clean(entry.get("status_basis", "")):
        raise InputError(message("round-status-without-basis", ref=measure.ref), path=path)
    return status


def load_round_file(store: Store, catalogue: Catalogue, version: int, path: Path,
                    register: Register, *, state: str = "closed",
                    previous_round_id: int | None = None) -> Round:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != ROUND_FORMAT:
        raise InputError(message("not-a-round-file", format=ROUND_FORMAT), path=path)
    author = report_name(data, path)
    with store.write():
        round_ = rounds.add_round(
            store, catalogue.programme.id, version, clean(data["period"]),
            next_period=clean(data.get("next_period", "")), state="open",
            previous_round_id=previous_round_id, title=clean(data.get("title", "")),
            source=author)
        fill_round(store, catalogue, round_.id, data, register, path)
        rounds.set_state(store, round_.id, state)
    return rounds.get_round(store, round_.id)


def fill_round(store: Store, catalogue: Catalogue, round_id: int, data: dict,
               register: Register, path: Path) -> None:
    """Write the file's entries into a round (the caller holds the transaction)."""
    author = report_name(data, path)
    at = data.get("saved_at") or None
    seen: set[tuple[str, str]] = set()
    for entry in data["entries"]:
        try:
            measure = catalogue.measure(entry["measure"])
        except KeyError:
            raise InputError(message("round-unknown-measure", ref=entry["measure"]),
                             path=path) from None
        unit_id = _unit_for(entry, measure, register, path)
        if (measure.ref, unit_id) in seen:
            twice = "round-two-texts-unit" if unit_id else "round-two-texts-measure"
            raise InputError(message(twice, ref=measure.ref), path=path)
        seen.add((measure.ref, unit_id))
        values, report = _values(entry, measure, path)
        status = _status(entry, catalogue, measure, path)
        narrative = clean(entry.get("narrative", ""))
        reasons = clean(entry.get("reasons", ""))
        if unit_id == WHOLE_MEASURE:
            measure_texts.save_text(store, round_id, measure.ref, status=status,
                                    narrative=narrative, reasons=reasons,
                                    indicator_report=report, values=values, author=author,
                                    at=at or now())
            continue
        fields = {"status": status, "narrative": narrative, "reasons": reasons,
                  "indicator_report": report}
        fields.update({VALUE_PREFIX + k: v for k, v in values.items()})
        save_fields(store, round_id, measure.ref, unit_id, fields, author, at=at)


def parse_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
