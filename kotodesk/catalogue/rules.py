"""Catalogue rules shared by every importer and exporter.

Each source format (the seed's table text, Excel, curated JSON) is read into the same
`Catalogue`; this module checks it, reads its responsibility texts into register units,
fingerprints its content, and writes the JSON shapes the command line prints.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from kotodesk.domain.errors import InputError
from kotodesk.domain.indicators import propose_indicators
from kotodesk.domain.messages import message
from kotodesk.domain.model import (
    DEFAULT_SCALE,
    Catalogue,
    Goal,
    Indicator,
    IndicatorType,
    Measure,
    MeasureKind,
    Programme,
    ProgrammeIndicator,
    Responsibility,
    StatusLevel,
    Theme,
    default_colour,
)
from kotodesk.domain.register import Register, slug
from kotodesk.domain.scale_words import translations_of
from kotodesk.domain.text import EXCEL_CELL_LIMIT, clean, grouped, one_line

CATALOGUE_FORMAT = "kotodesk-catalogue/1"
_PERIOD = re.compile(r"(\d{4})\s*[-–]\s*(\d{4})")


def period_of(title: str) -> str:
    """The programme period a title names ("… 2022-2025 …" -> "2022–2025")."""
    match = _PERIOD.search(title)
    return f"{match.group(1)}–{match.group(2)}" if match else ""


def programme_id_for(name: str) -> str:
    """"Uusi ohjelma 2026–2028" -> "uusi-ohjelma-2026-2028" (a dash is not dropped)."""
    return slug(re.sub("[–—]", "-", name))[:60]


# Characters that show as nothing (soft hyphen, zero-width spaces and joiners, word
# joiner, a BOM inside text): pasted into a number, "1.\u00ad2" looked like 1.2 but was
# another measure, and the text reader took the row for a continuation of the one before.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
# What the real programmes number measures with: 1.1, 4.10, 9, 11, N1 (a "Nosto"), 1a.
_NUMBER_SHAPE = re.compile(r"[A-Za-z]{0,3}\d+(?:\.\d+)*[a-z]?")


def normalise_number(number: str) -> str:
    """"3.3." and "3.3" are the same measure; "1." and "1" the same goal; characters that
    show as nothing are not part of a number."""
    return _INVISIBLE.sub("", clean(number)).rstrip(".").strip()


def visible(text: str) -> str:
    """`text` without the characters that show as nothing."""
    return _INVISIBLE.sub("", text)


def visible_first_word(cell: str) -> str:
    """The cell without the invisible characters of its first word, where a goal's or a
    measure's number stands ("1.\u00ad2 Text" -> "1.2 Text"); the rest is kept as it is."""
    end = len(cell) - len(cell.lstrip())
    while end < len(cell) and not cell[end].isspace():
        end += 1
    return _INVISIBLE.sub("", cell[:end]) + cell[end:]


def is_measure_number(number: str) -> bool:
    return _NUMBER_SHAPE.fullmatch(number) is not None


# How alike two texts of one reference must be to be one measure, its wording edited: two
# different measures of seed 001 are at most 0.55 alike (1/3.1 and 4/2.1).
SAME_MEASURE_LIKENESS = 0.75


def same_measure(before: str | None, now: str | None) -> bool:
    """Whether the text a reference had in an earlier catalogue version (`before`) and the
    one it has now are one measure: the same words, or those words edited. A measure
    renumbered or replaced leaves its reference to another measure, whose last round is
    not this one's: what was said of the one must not be shown as said of the other."""
    if before is None or now is None:
        return False
    a, b = _words(before), _words(now)
    if a == b:
        return True
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= SAME_MEASURE_LIKENESS


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


def earlier_ref(ref: str, text: str, before: dict[str, str]) -> str | None:
    """The reference a measure (`ref`, `text` now) had in an earlier catalogue version
    whose measures' texts are `before` (by reference): its own when it names the same
    measure there (same_measure), else the one reference whose text was word for word this
    one's (the measure renumbered), else None (a new measure, or not told apart)."""
    if same_measure(before.get(ref), text):
        return ref
    words = _words(text)
    moved = [r for r, t in before.items() if _words(t) == words]
    return moved[0] if len(moved) == 1 else None


def meant_otherwise(catalogue: Catalogue, sent: dict[str, str]
                    ) -> list[tuple[str, str, str]]:
    """The references a file made on some catalogue uses for other measures than
    `catalogue`'s: (ref, the file's text, this catalogue's text) where the file gives a
    measure text that is not this one's, nor this one's edited (same_measure). A return
    made on another version of the catalogue, where 1.4 was another measure, would
    otherwise be filed as what was said of this 1.4."""
    here = {m.ref: m.text for m in catalogue.measures()}
    return [(ref, text, here[ref]) for ref, text in sent.items()
            if text and ref in here and text != here[ref]
            and not same_measure(text, here[ref])]


def check(catalogue: Catalogue, path: Path | str | None = None) -> None:
    """Refuse a catalogue a report could not be keyed on: no measures, duplicate numbers."""
    if not catalogue.themes or not any(t.measures for t in catalogue.themes):
        raise InputError(message("no-measures"), path=path)
    for theme in catalogue.themes:
        if not theme.name:
            raise InputError(message("theme-without-name", position=theme.position), path=path)
        seen: set[str] = set()
        for measure in theme.measures:
            if not measure.number:
                raise InputError(message("measure-of-theme-without-number",
                                         theme=repr(theme.name)), path=path)
            if not is_measure_number(measure.number):
                raise InputError(message("measure-number-odd-in-theme", number=repr(
                    measure.number), theme=repr(theme.name)), path=path)
            if measure.number in seen:
                raise InputError(message("measure-number-twice", number=measure.number,
                                         theme=repr(theme.name)), path=path)
            seen.add(measure.number)
            for column, text in (("Toimenpiteet", measure.text),
                                 ("Seuranta", measure.monitoring),
                                 ("Vastuutahot", measure.responsible),
                                 ("Huomautus", measure.note)):
                if len(text) > EXCEL_CELL_LIMIT:  # it could not travel in a round package
                    raise InputError(message(
                        "measure-cell-too-long", number=measure.number, theme=repr(theme.name),
                        column=column, length=grouped(len(text)),
                        limit=grouped(EXCEL_CELL_LIMIT)), path=path)


def resolve_units(catalogue: Catalogue, register: Register,
                  warnings: list[str] | None = None) -> list[str]:
    """Read every responsibility text into register units; add unknown names as units.

    Returns the names that were added, for the import report, each with the measures and
    the Vastuutahot text it was read from (`new_unit_sources`). A text read only with
    spaces or hyphens inside a name ignored ("Kas ko" as Kasko) is said in `warnings`.
    """
    added: list[str] = []
    for measure in catalogue.measures():
        units, unmatched = register.normalise(measure.responsible)
        extra = []
        for name, role in unmatched:
            unit = register.find(name)
            if unit is None:
                unit = register.new_unit(name)
                added.append(name)
            extra.append(Responsibility(unit.id, role))
        measure.units = _first_per_unit((*units, *extra))
        if warnings is not None and units and register.loosely_read(measure.responsible):
            warnings.append(message(
                "units-read-loosely", ref=measure.ref, text=repr(one_line(measure.responsible)),
                units=", ".join(register.units[r.unit_id].name for r in units)))
    for i, indicator in enumerate(catalogue.programme_indicators):
        units, _ = register.normalise(indicator.responsible)
        catalogue.programme_indicators[i] = replace(
            indicator, unit_id=units[0].unit_id if units else None)
    return added


def new_unit_sources(catalogue: Catalogue, register: Register, names: list[str]
                     ) -> list[dict]:
    """For each unit added (`names`, as resolve_units returned them): the measures that
    name it and their Vastuutahot texts, so the coordinator sees where it came from."""
    ids = {n: u.id for n in names if (u := register.find(n)) is not None}
    sources = []
    for name in names:
        found = [m for m in catalogue.measures()
                 if any(r.unit_id == ids.get(name) for r in m.units)]
        sources.append({"unit": name, "measures": [m.ref for m in found],
                        "texts": list(dict.fromkeys(one_line(m.responsible) for m in found))})
    return sources


def _first_per_unit(responsibilities: tuple[Responsibility, ...]) -> tuple[Responsibility, ...]:
    first: dict[str, Responsibility] = {}
    for r in responsibilities:
        first.setdefault(r.unit_id, r)
    return tuple(first.values())


# -- the curated JSON format ("kotodesk-catalogue/1") ------------------------------------


_COLOUR = re.compile(r"#?[0-9A-Fa-f]{6}")


def status_level(code: str, label: str, colour: str, **more) -> StatusLevel:
    """A level of a programme's status scale as a file gives it, or InputError (without a
    place: the caller adds it): every file kotodesk writes fills a status cell with its
    colour (#rrggbb; a colour Excel writes without "#" is taken) and labels it in words."""
    if not label:
        raise InputError(message("status-without-label", status=repr(code)))
    colour = colour or default_colour(code)
    if not _COLOUR.fullmatch(colour):
        raise InputError(message("status-colour-odd", status=repr(code), colour=repr(colour)))
    return StatusLevel(code=code, label=label, colour=colour if colour.startswith("#")
                       else f"#{colour}", **more)


def programme_from_dict(data: dict, programme_id: str | None = None,
                        path: Path | str | None = None) -> Programme:
    try:
        scale = tuple(
            status_level(str(level["code"]), clean(level.get("label", "")),
                         clean(level.get("colour") or ""),
                         translations=translations_of(level))
            for level in data.get("scale") or []
        ) or DEFAULT_SCALE
    except InputError as exc:
        raise InputError(exc.problem, path=path) from None
    name = clean(data.get("name", ""))
    return Programme(
        id=programme_id or data.get("id") or programme_id_for(name),
        name=name,
        short_name=clean(data.get("short_name", "")),
        period=clean(data.get("period", "")) or period_of(name),
        organisation=clean(data.get("organisation", "")) or "Helsingin kaupunki",
        scale=scale,
    )


def programme_to_dict(programme: Programme) -> dict:
    return {
        "id": programme.id,
        "name": programme.name,
        "short_name": programme.short_name,
        "period": programme.period,
        "organisation": programme.organisation,
        "scale": [
            {"code": lvl.code, "label": lvl.label, "colour": lvl.colour,
             **({"translations": dict(lvl.translations)} if lvl.translations else {})}
            for lvl in programme.scale
        ],
    }


def _measure_from_dict(data: dict, theme: int, goal: str | None) -> Measure:
    monitoring = clean(data.get("monitoring", ""))
    if "indicators" in data:
        indicators = tuple(
            Indicator(clean(i["name"]), IndicatorType(i.get("type", "text")),
                      clean(i.get("wording", "")))
            for i in data["indicators"]
        )
    else:
        indicators = propose_indicators(monitoring)
    return Measure(
        theme=theme,
        number=normalise_number(str(data["number"])),
        text=clean(data.get("text", "")),
        goal=goal,
        monitoring=monitoring,
        indicators=indicators,
        responsible=clean(data.get("responsible", "")),
        tags=tuple(clean(t) for t in data.get("tags", []) if clean(t)),
        kind=MeasureKind(data.get("kind", "measure")),
        note=clean(data.get("note", "")),
    )


def catalogue_from_dict(data: dict, *, path: Path | str | None = None,
                        programme_id: str | None = None) -> Catalogue:
    if not isinstance(data, dict) or data.get("format") != CATALOGUE_FORMAT:
        raise InputError(message("not-a-catalogue", format=repr(CATALOGUE_FORMAT)), path=path)
    try:
        programme = programme_from_dict(data["programme"], programme_id, path)
        themes = []
        for position, t in enumerate(data["themes"], start=1):
            theme = Theme(position=position, name=clean(t["name"]), note=clean(t.get("note", "")))
            for g in t.get("goals", []):
                goal = Goal(normalise_number(str(g["number"])), clean(g.get("text", "")))
                theme.goals.append(goal)
                theme.measures.extend(
                    _measure_from_dict(m, position, goal.number) for m in g.get("measures", [])
                )
            theme.measures.extend(_measure_from_dict(m, position, None)
                                  for m in t.get("measures", []))
            themes.append(theme)
        indicators = [
            ProgrammeIndicator(clean(i["name"]), clean(i.get("responsible", "")),
                               clean(i.get("source", "")), section=clean(i.get("section", "")))
            for i in data.get("programme_indicators", [])
        ]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(message("catalogue-malformed", detail=repr(exc)), path=path) from None
    catalogue = Catalogue(programme, themes, indicators, title=clean(data.get("title", "")),
                          source=clean(data.get("source", "")))
    check(catalogue, path)
    return catalogue


def _measure_to_dict(m: Measure) -> dict:
    return {
        "number": m.number,
        "text": m.text,
        "monitoring": m.monitoring,
        "indicators": [
            {"name": i.name, "type": i.type.value, "wording": i.wording} for i in m.indicators
        ],
        "responsible": m.responsible,
        "tags": list(m.tags),
        "kind": m.kind.value,
        "note": m.note,
    }


def catalogue_to_dict(catalogue: Catalogue) -> dict:
    """The curated JSON form; `catalogue_from_dict` reads it back unchanged."""
    themes = []
    for theme in catalogue.themes:
        goals = [
            {"number": g.number, "text": g.text,
             "measures": [_measure_to_dict(m) for m in theme.measures if m.goal == g.number]}
            for g in theme.goals
        ]
        themes.append({
            "name": theme.name,
            "note": theme.note,
            "goals": goals,
            "measures": [_measure_to_dict(m) for m in theme.measures if m.goal is None],
        })
    return {
        "format": CATALOGUE_FORMAT,
        "programme": programme_to_dict(catalogue.programme),
        "title": catalogue.title,
        "source": catalogue.source,
        "themes": themes,
        "programme_indicators": [_programme_indicator_to_dict(i)
                                 for i in catalogue.programme_indicators],
    }


def _programme_indicator_to_dict(indicator: ProgrammeIndicator) -> dict:
    """The section only where one is stated, so that a catalogue without sections keeps
    the content hash it had before sections existed."""
    data = {"name": indicator.name, "responsible": indicator.responsible,
            "source": indicator.source}
    if indicator.section:
        data["section"] = indicator.section
    return data


def content_hash(catalogue: Catalogue) -> str:
    """Fingerprint of what a report is keyed on; provenance notes do not count."""
    data = catalogue_to_dict(catalogue)
    data.pop("source")
    data.pop("title")
    data["programme"].pop("id")
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    import hashlib

    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def show_dict(catalogue: Catalogue, register: Register) -> dict:
    """The `catalogue show --json` shape of PRODUCT.md (measures without a goal sit in a
    goal whose number and text are null)."""

    def unit_names(m: Measure) -> list[str]:
        return [register.units[r.unit_id].name if r.unit_id in register.units else r.unit_id
                for r in m.units]

    def measure(m: Measure) -> dict:
        return {
            "ref": m.ref,
            "number": m.number,
            "text": m.text,
            "monitoring": m.monitoring,
            "indicators": [{"name": i.name, "type": i.type.value} for i in m.indicators],
            "units": unit_names(m),
            "lead": [register.units[r.unit_id].name for r in m.units
                     if r.role.value == "lead" and r.unit_id in register.units],
            "responsible": m.responsible,
            "tags": list(m.tags),
            "kind": m.kind.value,
        }

    themes = []
    for theme in catalogue.themes:
        goals = [
            {"number": g.number, "text": g.text,
             "measures": [measure(m) for m in theme.measures if m.goal == g.number]}
            for g in theme.goals
        ]
        loose = [measure(m) for m in theme.measures if m.goal is None]
        if loose:
            goals.append({"number": None, "text": None, "measures": loose})
        themes.append({"position": theme.position, "name": theme.name, "goals": goals})
    return {
        "programme": programme_to_dict(catalogue.programme),
        "themes": themes,
        "programme_indicators": [
            {"name": i.name, "responsible": i.responsible, "source": i.source,
             "section": i.section,
             "unit": register.units[i.unit_id].name if i.unit_id in register.units else None}
            for i in catalogue.programme_indicators
        ],
    }
