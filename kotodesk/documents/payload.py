"""The machine-readable content of a file that travels, as signed: kotodesk's own JSON.

A return's payload holds everything its visible table shows (programme, legend, round,
unit, each measure's catalogue texts and the unit's entry), so the table can be rebuilt
from the payload alone and compared cell by cell on verification. Every scalar is a
string, so that the canonical bytes do not depend on how a JSON library writes numbers.
"""

from __future__ import annotations

from typing import Any

from kotodesk.catalogue.rules import content_hash
from kotodesk.documents.report import LAYOUT, drawn_by
from kotodesk.domain.entries import FIELDS
from kotodesk.domain.formats import RETURN_FORMAT
from kotodesk.domain.messages import message
from kotodesk.domain.model import Catalogue, Entry, Measure, Programme, Round, Unit
from kotodesk.domain.register import Register
from kotodesk.domain.text import replace_illegal


def as_strings(value: Any) -> Any:
    """Every scalar as a string (None stays None); text made storable in .xlsx."""
    if isinstance(value, dict):
        return {str(k): as_strings(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [as_strings(v) for v in value]
    if value is None or isinstance(value, str):
        return replace_illegal(value) if isinstance(value, str) else None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def programme_part(catalogue: Catalogue, version: int) -> dict[str, Any]:
    p = catalogue.programme
    return {"id": p.id, "name": p.name, "short_name": p.short_name, "period": p.period,
            "organisation": p.organisation,
            "scale": scale_part(p),
            "catalogue": {"version": version, "hash": content_hash(catalogue)}}


def scale_part(programme: Programme) -> list[dict[str, str]]:
    """The status scale as a return carries it, and shows it (words and colours)."""
    return [{"code": s.code, "label": s.label, "colour": s.colour} for s in programme.scale]


def round_part(round_: Round) -> dict[str, Any]:
    return {"period": round_.period, "next_period": round_.next_period,
            "deadline": round_.deadline.isoformat() if round_.deadline else "",
            "title": round_.title}


def unit_part(unit: Unit) -> dict[str, Any]:
    return {"id": unit.id, "name": unit.name, "abbreviation": unit.abbreviation}


def entry_part(entry: Entry | None) -> dict[str, Any]:
    if entry is None:
        return {"status": "", "values": {}, "narrative": "", "reasons": "",
                "indicator_report": "", "author": "", "updated_at": ""}
    return {"status": entry.status or "", "values": dict(entry.values),
            "narrative": entry.narrative, "reasons": entry.reasons,
            "indicator_report": entry.indicator_report, "author": entry.author,
            "updated_at": entry.updated_at}


def measure_part(catalogue: Catalogue, measure: Measure, register: Register
                 ) -> dict[str, Any]:
    goal = catalogue.theme_of(measure).goal(measure.goal)
    return {
        "ref": measure.ref, "number": measure.number, "text": measure.text,
        "goal": {"number": goal.number, "text": goal.text} if goal else None,
        "monitoring": measure.monitoring, "responsible": measure.responsible,
        "units": [{"id": r.unit_id, "role": r.role.value,
                   "name": register.units[r.unit_id].name if r.unit_id in register.units
                   else r.unit_id} for r in measure.units],
        "indicators": [{"name": i.name, "type": i.type.value} for i in measure.indicators],
        "kind": measure.kind.value, "tags": list(measure.tags),
    }


def return_payload(*, catalogue: Catalogue, round_: Round, unit: Unit, register: Register,
                   measures: list[Measure], entries: dict[str, Entry], problems: list[str],
                   signer: dict[str, str], signed_at: str) -> dict[str, Any]:
    """A unit's return: its measures grouped by theme, each with the unit's entry."""
    themes = []
    for theme in catalogue.themes:
        rows = [{**measure_part(catalogue, m, register), "entry": entry_part(entries.get(m.ref))}
                for m in measures if m.theme == theme.position]
        if rows:
            themes.append({"position": theme.position, "name": theme.name, "measures": rows})
    return as_strings({
        "format": RETURN_FORMAT, "layout": LAYOUT, **drawn_by(),
        "programme": programme_part(catalogue, round_.catalogue_version),
        "round": round_part(round_),
        "unit": unit_part(unit),
        "signer": signer,
        "signed_at": signed_at,
        "incomplete": problems,
        "themes": themes,
    })


class PayloadError(ValueError):
    """A payload (even one with a valid signature) that does not have a return's shape."""


def check_shown(payload: dict[str, Any], programme: Programme) -> None:
    """A signed return shows its status words and colours from the scale in its own
    content, and an indicator's value only when the measure lists the indicator: the
    scale must be the programme's, each status on it, and each value shown, or the file
    would be recorded as something no one reading it saw. (An unsigned return is read
    from its cells against the catalogue: what it shows is what is read.)"""
    if payload["programme"].get("scale") != scale_part(programme):
        raise PayloadError(message("scale-shown-otherwise"))
    codes = {s.code for s in programme.scale}
    for theme in payload["themes"]:
        for measure in theme["measures"]:
            entry = measure["entry"]
            status = entry.get("status", "")
            if status and status not in codes:
                raise PayloadError(message("status-not-on-scale", ref=measure["ref"],
                                           status=repr(status)))
            indicators = measure.get("indicators")
            shown = {i.get("name") for i in indicators if isinstance(i, dict)} \
                if isinstance(indicators, list) else set()
            hidden = [name for name, value in entry.get("values", {}).items()
                      if value and name not in shown]
            if hidden:
                raise PayloadError(message("value-not-shown", ref=measure["ref"],
                                           name=repr(hidden[0])))


def _shown_as_recorded(measure: dict[str, Any], theme: dict[str, Any], seen: set[str]) -> None:
    """A row shows its measure by the theme it is listed under and its number, and is
    recorded by its ref: they must name the same measure, once. A signed file whose row
    shows measure 1.4 while its ref says 1/1.1 would be read as one report and recorded
    as another, whoever signed it."""
    ref = measure["ref"]
    if ref in seen:
        raise PayloadError(message("return-measure-twice", ref=ref))
    seen.add(ref)
    if ref != f"{theme.get('position')}/{measure.get('number')}":
        raise PayloadError(message("measure-shown-as", ref=ref,
                                   number=str(measure.get("number")),
                                   theme=str(theme.get("position"))))


_ENTRY_TEXT = FIELDS


def check_return(payload: Any) -> None:
    """Refuse a payload whose shape kotodesk would trip over, whoever signed it."""

    def need(condition: bool, what: str) -> None:
        if not condition:
            raise PayloadError(message("return-malformed", what=what))

    need(isinstance(payload, dict), "not an object")
    for key in ("programme", "round", "unit"):
        need(isinstance(payload.get(key), dict), f"no {key}")
    need(isinstance(payload["programme"].get("id"), str), "no programme id")
    need(isinstance(payload["round"].get("period"), str), "no round period")
    need(isinstance(payload.get("themes"), list), "no themes")
    seen: set[str] = set()
    for theme in payload["themes"]:
        need(isinstance(theme, dict) and isinstance(theme.get("measures"), list),
             "a theme without measures")
        for measure in theme["measures"]:
            need(isinstance(measure, dict) and isinstance(measure.get("ref"), str),
                 "a measure without ref")
            _shown_as_recorded(measure, theme, seen)
            entry = measure.get("entry")
            need(isinstance(entry, dict), f"measure {measure['ref']} has no entry")
            need(all(isinstance(entry.get(k, ""), str) for k in _ENTRY_TEXT),
                 f"measure {measure['ref']}: a text field is not text")
            values = entry.get("values", {})
            need(isinstance(values, dict) and all(
                isinstance(k, str) and isinstance(v, str) for k, v in values.items()),
                f"measure {measure['ref']}: indicator values are not text")
