"""A report as people read it: the table of seed 002, built from a signed payload.

The .xlsx and the .pdf writers render this document and nothing else, and verification
rebuilds it from the payload to compare with what a file shows. A unit's return has one
contribution per measure; a merged report has one per responsible unit that answered.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kotodesk.domain.indicators import display_value
from kotodesk.domain.model import NOT_REPORTED_COLOUR, IndicatorType, StatusLevel

# The column headers of seed 002, in the city's own words.
COLUMNS = ("Tavoitteet", "Toimenpiteet", "Seuranta", "Toteutuksen vastuutahot", "Tila",
           "Raportointi mittarin mukaan",
           "Mitä on tehty? Lyhyt kuvaus tai linkki kuvaukseen. Mikäli ei toteudu, perustelut.")
NOT_REPORTED = StatusLevel("", "Ei raportoitu", NOT_REPORTED_COLOUR)
REASONS_LABEL = "Perustelut"
# How a payload is laid out in a workbook; recorded in each payload kotodesk signs, so that
# a file signed before a layout change still verifies against the layout it was written in.
# 1: one sheet row per contribution. 2: long text continues on following rows, and a
# merged report lists the responsible units that have not answered.
LAYOUT = 2
# How this kotodesk draws the pages of a return's and a meeting summary's PDF; recorded in
# each payload it signs beside the layout. A PDF is verified by drawing its pages again from
# its sealed content (documents.pdf_visible), which only a kotodesk drawing the same pages
# can do: the number goes up whenever the words on the pages change (the test
# tests/core/test_pages_version.py fails until it does), so that a PDF drawn by another
# version is said to be that, and a PDF drawn by this one whose words differ was changed.
# A payload without the number was drawn before it was recorded: by this drawing or an
# earlier one.
# 1: as recorded from stop 33. 2: a meeting summary names the unsigned returns that count
# and whose lateness cannot be told (a payload without them draws as under 1).
PAGES = 2


def drawn_by() -> dict[str, str]:
    """What a signed payload records of the kotodesk that drew its pages."""
    from kotodesk import __version__

    return {"pages": str(PAGES), "made_by": f"kotodesk {__version__}"}


_MADE_BY = re.compile(r"kotodesk [0-9A-Za-z.+-]{1,24}")


def recorded_number(payload: dict[str, Any], key: str, default: int) -> int:
    """A layout or pages number as a payload records it (`default` when it records none;
    0 when what it records is no such number: the signer's own text, never trusted)."""
    value = str(payload.get(key, default))
    return int(value) if value.isdecimal() and len(value) < 4 else 0


def made_by(payload: dict[str, Any]) -> str:
    """The kotodesk version a payload says made it, when that reads as one (it is the
    signer's text: anything else is not repeated to a reader), else ""."""
    value = payload.get("made_by")
    return value if isinstance(value, str) and _MADE_BY.fullmatch(value) else ""


@dataclass(frozen=True)
class Contribution:
    """One unit's entry for one measure."""

    unit: str  # the unit's name as shown
    status: StatusLevel
    values: tuple[tuple[str, str], ...]  # (indicator name, value as a Finnish reader writes it)
    indicator_report: str
    narrative: str
    reasons: str
    author: str = ""
    updated_at: str = ""
    marks: tuple[str, ...] = ()  # e.g. "allekirjoittamaton" (unsigned) in a merged report

    @property
    def reporting(self) -> str:
        """The "Raportointi mittarin mukaan" cell: each indicator's value, then free text."""
        lines = [f"{name}: {value}" for name, value in self.values if value]
        if self.indicator_report:
            lines.append(self.indicator_report)
        return "\n".join(lines)

    @property
    def description(self) -> str:
        """The "Mitä on tehty?" cell: the narrative, then the reasons when given."""
        parts = [self.narrative] if self.narrative else []
        if self.reasons:
            parts.append(f"{REASONS_LABEL}: {self.reasons}")
        return "\n\n".join(parts)


# The note a merged status carries when the coordinator set it (`status set`), not the rule
# over the units' statuses.
COORDINATOR_SET = "Koordinaattorin asettama tila"


@dataclass(frozen=True)
class Row:
    ref: str
    number: str
    text: str
    goal: str  # "1. Goal text", or "" for a measure without a goal
    monitoring: str
    responsible: str  # the responsible units' names, lead first
    status: StatusLevel  # the unit's status (return) or the merged status
    contributions: tuple[Contribution, ...]
    note: str = ""  # the coordinator's note on a merged status, or a disagreement
    tags: tuple[str, ...] = ()
    lacking: tuple[str, ...] = ()  # merged report: responsible units that have not answered

    @property
    def measure(self) -> str:
        return f"{self.number} {self.text}"


@dataclass(frozen=True)
class Section:
    position: int
    name: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Document:
    kind: str  # "return", "merged" or "package"
    programme: str
    scale: tuple[StatusLevel, ...]
    period: str
    next_period: str
    unit: str  # the returning unit; "" in a merged report
    signer: str  # "Name <email>"
    signed_at: str  # ISO 8601
    sections: tuple[Section, ...]
    incomplete: tuple[str, ...] = ()  # what the unit had not filled in when it signed
    missing_units: tuple[str, ...] = ()  # merged report: units that have not returned
    extra: dict[str, str] = field(default_factory=dict)  # more facts for the first sheet
    layout: int = LAYOUT

    @property
    def title(self) -> str:
        if self.kind == "return":
            return f"{self.programme}: {self.unit}"
        if self.kind == "package":
            return f"{self.programme}: seurantakierros {self.period}"
        return f"{self.programme}: koottu raportti"

    @property
    def period_line(self) -> str:
        """As the seed's header says it: "Seurannan aikaväli 5/2022–5/2023, seuraava …"."""
        line = f"Seurannan aikaväli {self.period}"
        return f"{line}, seuraava {self.next_period}" if self.next_period else line

    def rows(self) -> list[Row]:
        return [row for section in self.sections for row in section.rows]

    def counts(self) -> list[tuple[StatusLevel, int]]:
        """Measures per status level, the scale's order, not reported last."""
        tally = Counter(row.status.code for row in self.rows())
        return [(level, tally.get(level.code, 0)) for level in (*self.scale, NOT_REPORTED)]

    def section_counts(self, section: Section) -> list[tuple[StatusLevel, int]]:
        tally = Counter(row.status.code for row in section.rows)
        return [(level, tally.get(level.code, 0)) for level in (*self.scale, NOT_REPORTED)]


def _level(scale: tuple[StatusLevel, ...], code: str | None) -> StatusLevel:
    return next((lvl for lvl in scale if lvl.code == code), NOT_REPORTED)


def _contribution(scale, unit: str, entry: dict[str, Any], indicators: list[dict],
                  marks: tuple[str, ...] = ()) -> Contribution:
    values = entry.get("values", {})
    shown = tuple(
        (ind["name"], display_value(IndicatorType(ind["type"]), values.get(ind["name"], "")))
        for ind in indicators
    )
    return Contribution(
        unit=unit, status=_level(scale, entry.get("status")), values=shown,
        indicator_report=entry.get("indicator_report", ""),
        narrative=entry.get("narrative", ""), reasons=entry.get("reasons", ""),
        author=entry.get("author", ""), updated_at=entry.get("updated_at", ""), marks=marks)


def _responsible(measure: dict[str, Any]) -> str:
    names = [u["name"] for u in measure.get("units", [])]
    return "\n".join(names) if names else measure.get("responsible", "")


def _lacking(measure: dict[str, Any], contributions: tuple[Contribution, ...]
             ) -> tuple[str, ...]:
    """The responsible units of a measure that have no contribution, the catalogue's
    order (a measure open to all lacks no one)."""
    answered = {c.unit for c in contributions}
    return tuple(u["name"] for u in measure.get("units", ()) if u["name"] not in answered)


def from_payload(payload: dict[str, Any]) -> Document:
    """The document a return or merged payload describes (pure: same payload, same
    document)."""
    programme = payload["programme"]
    layout = str(payload.get("layout", 1))
    layout = int(layout) if layout.isdecimal() and len(layout) < 4 else 1
    kind = payload["format"].split("/")[0].removeprefix("kotodesk-")
    scale = tuple(StatusLevel(s["code"], s["label"], s["colour"]) for s in programme["scale"])
    unit = payload.get("unit") or {}
    sections = []
    for theme in payload["themes"]:
        rows = []
        for m in theme["measures"]:
            goal = m.get("goal")
            if "contributions" in m:
                contributions = tuple(
                    _contribution(scale, c["unit"]["name"], c["entry"], m["indicators"],
                                  tuple(c.get("marks", ())))
                    for c in m["contributions"])
                status = _level(scale, m.get("status"))
            else:
                contributions = (_contribution(scale, unit.get("name", ""), m["entry"],
                                               m["indicators"]),)
                status = contributions[0].status
            rows.append(Row(
                ref=m["ref"], number=m["number"], text=m["text"],
                goal=f"{goal['number']}. {goal['text']}".strip() if goal else "",
                monitoring=m.get("monitoring", ""), responsible=_responsible(m),
                status=status, contributions=contributions, note=m.get("status_note", ""),
                tags=tuple(m.get("tags", ())),
                lacking=_lacking(m, contributions) if kind == "merged" else (),
            ))
        sections.append(Section(int(theme["position"]), theme["name"], tuple(rows)))
    signer = payload.get("signer") or {}
    signer_text = signer.get("name", "")
    if signer.get("email"):
        signer_text = f"{signer_text} <{signer['email']}>"
    round_ = payload["round"]
    extra = {}
    if kind == "package":
        deadline = round_.get("deadline", "")
        if deadline:
            year, month, day = deadline.split("-")
            extra["Määräaika"] = f"{int(day)}.{int(month)}.{year}"
        previous = (payload.get("previous") or {}).get("period")
        extra["Taulukoissa"] = (f"edellisen kierroksen ({previous}) tila ja kuvaukset"
                                if previous else "ohjelman toimenpiteet")
    return Document(
        kind=kind,
        programme=programme["name"], scale=scale, period=round_["period"],
        next_period=round_.get("next_period", ""), unit=unit.get("name", ""),
        signer=signer_text, signed_at=payload.get("signed_at", ""),
        sections=tuple(sections), incomplete=tuple(payload.get("incomplete", ())),
        missing_units=tuple(u["name"] for u in payload.get("missing_units", ())),
        extra=extra, layout=layout,
    )
