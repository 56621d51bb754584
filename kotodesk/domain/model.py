"""The domain as plain data: programme, catalogue, register, round, entry.

No behaviour that needs storage or Qt lives here, so the command line, the tests and the
UI share one vocabulary. A measure is identified by programme, theme position and number
(`ref` "2/1.1"), because measure numbers repeat across themes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class IndicatorType(StrEnum):
    YES_NO = "yes_no"
    PERCENT = "percent"
    COUNT = "count"
    NUMBER = "number"
    TEXT = "text"


class Role(StrEnum):
    LEAD = "lead"
    PARTNER = "partner"


class MeasureKind(StrEnum):
    MEASURE = "measure"
    HIGHLIGHT = "highlight"  # "Nosto"/"Esittelyssä": a showcased project, no indicator


@dataclass(frozen=True)
class StatusLevel:
    """One level of a programme's status scale: its code, its label and its colour."""

    code: str
    label: str
    colour: str
    # The programme's own wordings in other languages, e.g. (("sv", "…"), ("en", "…")):
    # a window in that language shows them; the label stays the programme's words.
    translations: tuple[tuple[str, str], ...] = ()


NOT_REPORTED_COLOUR = "#9e9e9e"

# The legend (Lukuohje) of the 2019 report, most advanced first.
DEFAULT_SCALE: tuple[StatusLevel, ...] = (
    StatusLevel("green", "Käynnistynyt ja etenee aikataulussa", "#2e7d32"),
    StatusLevel("yellow", "Käynnistynyt, mutta jäljessä aikataulusta", "#f9a825"),
    StatusLevel("red", "Ei käynnistynyt / ei käynnistetä", "#c62828"),
)
_DEFAULT_COLOURS = {level.code: level.colour for level in DEFAULT_SCALE}


def default_colour(code: str) -> str:
    return _DEFAULT_COLOURS.get(code, NOT_REPORTED_COLOUR)


@dataclass(frozen=True)
class Programme:
    """A programme of measures and the status scale its reports use."""

    id: str
    name: str
    short_name: str = ""
    period: str = ""
    organisation: str = "Helsingin kaupunki"
    scale: tuple[StatusLevel, ...] = DEFAULT_SCALE

    def level(self, code: str | None) -> StatusLevel | None:
        return next((lvl for lvl in self.scale if lvl.code == code), None)

    def rank(self, code: str | None) -> int:
        """Position on the scale, 0 the most advanced; unreported ranks last."""
        codes = [lvl.code for lvl in self.scale]
        return codes.index(code) if code in codes else len(codes)


@dataclass(frozen=True)
class Indicator:
    """A measure's indicator: what is reported against it, and of what type."""

    name: str
    type: IndicatorType
    wording: str = ""  # the monitoring text this indicator was read from, verbatim


@dataclass(frozen=True)
class Responsibility:
    """A unit's part in a measure: the lead, or a partner."""

    unit_id: str
    role: Role = Role.LEAD


@dataclass(frozen=True)
class Goal:
    """A goal of a theme, by its number within the theme."""

    number: str
    text: str


@dataclass
class Measure:
    """A measure of the catalogue, identified by its theme and number (`ref`)."""

    theme: int  # 1-based position of its theme in the programme
    number: str
    text: str
    goal: str | None = None  # the goal's number; None for a measure without goal
    monitoring: str = ""
    indicators: tuple[Indicator, ...] = ()
    responsible: str = ""  # the source's Vastuutahot wording
    units: tuple[Responsibility, ...] = ()
    tags: tuple[str, ...] = ()
    kind: MeasureKind = MeasureKind.MEASURE
    note: str = ""

    @property
    def ref(self) -> str:
        return f"{self.theme}/{self.number}"

    @property
    def title(self) -> str:
        """The text's first line: the whole text in a table catalogue, the title where a
        text is a title and a description (the Mukana slides)."""
        return self.text.split("\n", 1)[0]

    def unit_ids(self) -> list[str]:
        return [r.unit_id for r in self.units]


@dataclass
class Theme:
    """A theme of the programme: its goals and its measures."""

    position: int
    name: str
    goals: list[Goal] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    note: str = ""

    def goal(self, number: str | None) -> Goal | None:
        return next((g for g in self.goals if g.number == number), None)


@dataclass(frozen=True)
class ProgrammeIndicator:
    """An indicator of the programme as a whole, not of one measure."""

    name: str
    responsible: str = ""
    source: str = ""
    unit_id: str | None = None
    # Where the source states it when that is not the programme's own list of indicators:
    # e.g. a theme's table whose Mittarit column is "koko ohjelmaa koskevat".
    section: str = ""


@dataclass
class Catalogue:
    """A programme's measures, by theme, as one version of its catalogue holds them."""

    programme: Programme
    themes: list[Theme] = field(default_factory=list)
    programme_indicators: list[ProgrammeIndicator] = field(default_factory=list)
    title: str = ""  # the source document's title line
    source: str = ""  # where the catalogue came from and how it was made

    def measures(self) -> Iterator[Measure]:
        for theme in self.themes:
            yield from theme.measures

    def measure(self, ref: str) -> Measure:
        for m in self.measures():
            if m.ref == ref:
                return m
        raise KeyError(ref)

    def theme_of(self, measure: Measure) -> Theme:
        return self.themes[measure.theme - 1]


@dataclass(frozen=True)
class Unit:
    """A unit of the organisation register, with every name it is known by."""

    id: str
    name: str
    abbreviation: str = ""
    parent: str | None = None
    kind: str = "unit"  # "division", "central" (city executive office), "unit"
    aliases: tuple[str, ...] = ()
    email: str = ""
    name_sv: str = ""  # the official Swedish name (Helsingfors stad), when it has one

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the unit is found by: Finnish, Swedish, abbreviation, aliases."""
        return tuple(n for n in (self.name, self.name_sv, self.abbreviation, *self.aliases)
                     if n)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.abbreviation})" if self.abbreviation else self.name


@dataclass(frozen=True)
class Round:
    """A reporting round of a programme: its monitoring period, deadline and state."""

    id: int
    programme_id: str
    catalogue_version: int
    period: str  # the monitoring period, e.g. "5/2022–5/2023"
    next_period: str = ""
    deadline: date | None = None
    state: str = "open"  # "open" or "closed"
    previous_round_id: int | None = None
    title: str = ""
    # The report a completed round was read from ("" for a round kept in kotodesk): in it,
    # an empty status means the report stated none, not that a unit has yet to report.
    source: str = ""
    opened_at: str = ""  # when the coordinator opened it (ISO); "" when not recorded

    @property
    def from_report(self) -> bool:
        return bool(self.source)


WHOLE_MEASURE = ""  # Entry.unit_id of a text that speaks for the measure as a whole
# How the city's documents name such a text where a unit's name stands.
WHOLE_MEASURE_LABEL = "Koko toimenpide (raportin teksti)"


@dataclass
class Entry:
    """One unit's entry; or, with unit_id WHOLE_MEASURE, what a round's report says for the
    measure as a whole (the coordinator's merged text, never one unit's own)."""

    round_id: int
    measure_ref: str
    unit_id: str
    status: str | None = None
    values: dict[str, str] = field(default_factory=dict)  # indicator name -> canonical text
    narrative: str = ""
    reasons: str = ""
    indicator_report: str = ""  # free-text "Raportointi mittarin mukaan" of older reports
    author: str = ""
    updated_at: str = ""
    source_file_id: int | None = None  # coordinator: the received return it came from

    @property
    def whole_measure(self) -> bool:
        return self.unit_id == WHOLE_MEASURE


@dataclass(frozen=True)
class EntryChange:
    """One saved change of one field, for the entry's history."""

    field: str
    old: str
    new: str
    author: str
    at: str
