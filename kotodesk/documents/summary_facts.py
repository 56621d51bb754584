"""What the meeting summary says beyond the measures' table: how statuses changed since
the previous round, and which units still owe which measures.

Pure functions over the merged payload's document, so that what a meeting reads is
tested without drawing a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kotodesk.documents.report import COORDINATOR_SET, NOT_REPORTED, Document, Row
from kotodesk.domain.model import StatusLevel


@dataclass(frozen=True)
class StatusChange:
    row: Row
    before: StatusLevel
    after: StatusLevel
    improved: bool  # moved up the scale (towards its first, most advanced level)
    # Set by the coordinator (`status set`) rather than said by the units: last round's
    # status, and this round's.
    before_by_coordinator: bool = False
    after_by_coordinator: bool = False


@dataclass
class RoundChange:
    """Each measure's merged status against the previous round's, on the scale's rank.

    Only measures with a status in both rounds are compared; a measure without a status
    now, or without one last round (new in this catalogue, not reported then, or a report
    that stated none), is counted apart, because "not reported" is no level of progress.
    The previous statuses are the stated ones only: kotodesk keeps no estimate that could
    be counted as one."""

    previous_period: str
    changes: list[StatusChange] = field(default_factory=list)  # in the catalogue's order
    unchanged: int = 0
    not_reported_now: int = 0
    no_previous: int = 0
    previous_source: str = ""  # the report the previous round was read from, if it was
    stated_before: int = 0  # measures of this round with a stated status last round
    measures: int = 0  # measures of this round

    @property
    def compared(self) -> str:
        """What the section compares against, in the meeting's words."""
        if self.previous_source:
            against = (f"Verrataan kierroksen {self.previous_period} tiloihin sellaisina kuin "
                       f"raportti \u201d{self.previous_source}\u201d ne ilmoittaa.")
        else:
            against = (f"Verrataan kierroksen {self.previous_period} yhdistettyihin tiloihin "
                       "(yksiköiden ilmoittamat tai koordinaattorin asettamat).")
        return (f"{against} Vain ilmoitettuja tiloja verrataan: edellisellä kierroksella tila "
                f"on ilmoitettu {self.stated_before} toimenpiteelle {self.measures}:stä; "
                "ilmoittamatonta tilaa ei arvioida eikä lasketa. Parantunut ja heikentynyt "
                "tilan järjestyksen mukaan (selitteessä ylin on edennein).")

    @property
    def improved(self) -> list[StatusChange]:
        return [c for c in self.changes if c.improved]

    @property
    def worsened(self) -> list[StatusChange]:
        return [c for c in self.changes if not c.improved]


def round_change(document: Document, previous: dict[str, Any] | None) -> RoundChange | None:
    """The change since `previous` ({period, statuses {ref: code}}), None without one."""
    if not previous:
        return None
    ranks = {level.code: rank for rank, level in enumerate(document.scale)}
    levels = {level.code: level for level in document.scale}
    before_of = previous.get("statuses") or {}
    set_before = set(previous.get("set_by_coordinator") or ())
    change = RoundChange(previous.get("period", ""), previous_source=previous.get("source", ""))
    for row in document.rows():
        before = before_of.get(row.ref, "")
        change.measures += 1
        change.stated_before += before in ranks
        if row.status.code not in ranks:
            change.not_reported_now += 1
        elif before not in ranks:
            change.no_previous += 1
        elif before == row.status.code:
            change.unchanged += 1
        else:
            change.changes.append(StatusChange(
                row, levels[before], row.status, ranks[row.status.code] < ranks[before],
                before_by_coordinator=row.ref in set_before,
                after_by_coordinator=row.note.startswith(COORDINATOR_SET)))
    return change


@dataclass(frozen=True)
class UnitOwes:
    unit: str
    returned: bool
    refs: tuple[str, ...]  # measures the unit answers for and has no contribution on


def lacking(payload: dict[str, Any]) -> dict[str, list[str]]:
    """Per measure, its responsible units (in the catalogue's order) that have not
    contributed. A measure open to all (no responsible unit) lacks no one."""
    out: dict[str, list[str]] = {}
    for theme in payload["themes"]:
        for measure in theme["measures"]:
            answered = {c["unit"]["name"] for c in measure.get("contributions", ())}
            names = [u["name"] for u in measure.get("units", ()) if u["name"] not in answered]
            if names:
                out[measure["ref"]] = names
    return out


def still_owed(payload: dict[str, Any], document: Document) -> list[UnitOwes]:
    """Per unit, the measures it is responsible for and has not contributed to: units
    that have not returned first, then the others, each in the order the catalogue
    first names them."""
    missing = set(document.missing_units)
    owed: dict[str, list[str]] = {}
    for ref, units in lacking(payload).items():
        for unit in units:
            owed.setdefault(unit, []).append(ref)
    for unit in document.missing_units:
        owed.setdefault(unit, [])
    rows = [UnitOwes(unit, unit not in missing, tuple(refs)) for unit, refs in owed.items()]
    return sorted(rows, key=lambda r: r.returned)  # stable: the catalogue's order kept


def without_status(payload: dict[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
    """Per unit (in the order the catalogue first names them), the measures it answered
    without a status. A measure with a report's text for the whole of it is left out:
    the report's status (or its silence) speaks for the measure."""
    out: dict[str, list[str]] = {}
    for theme in payload["themes"]:
        for measure in theme["measures"]:
            contributions = measure.get("contributions", ())
            if any(c.get("scope") == "measure" for c in contributions):
                continue
            for c in contributions:
                if not c["entry"].get("status"):
                    out.setdefault(c["unit"]["name"], []).append(measure["ref"])
    return [(unit, tuple(refs)) for unit, refs in out.items()]


def reported(counts: list[tuple[StatusLevel, int]]) -> int:
    """How many of the counted measures have a status."""
    return sum(n for level, n in counts if level != NOT_REPORTED)


def shares(counts: list[int]) -> list[int]:
    """Each count's whole per cent of their sum, adding up to 100 (largest remainders
    get the odd points): rounded one by one, 16, 13, 14 and 4 of 47 read 34 + 28 + 30 + 9
    = 101 %, which a steering group reading the cover takes for an error. Each share
    still differs from its exact value by less than one point."""
    total = sum(counts)
    if not total:
        return [0] * len(counts)
    exact = [100 * c / total for c in counts]
    whole = [int(e) for e in exact]
    by_remainder = sorted(range(len(counts)), key=lambda i: whole[i] - exact[i])
    for i in by_remainder[:100 - sum(whole)]:
        whole[i] += 1
    return whole
