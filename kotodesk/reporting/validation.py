"""What is still missing before a unit's return is complete.

The editor's panel, the export dialog and the command line all use these rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kotodesk.domain.entries import VALUE_PREFIX, can_report
from kotodesk.domain.model import Catalogue, Entry, MeasureKind, Programme


@dataclass(frozen=True)
class Problem:
    """One item missing from a return: a measure's field that must be filled in."""

    ref: str
    field: str  # "status", "narrative", "reasons" or "value:<indicator name>"

    def describe(self) -> str:
        if self.field.startswith(VALUE_PREFIX):
            return f"{self.ref}: no value for indicator {self.field[len(VALUE_PREFIX):]!r}"
        return {
            "status": f"{self.ref}: no status",
            "narrative": f"{self.ref}: no description of what has been done",
            "reasons": f"{self.ref}: reasons are required for this status",
        }[self.field]


_FINNISH = {"status": "tila", "narrative": "kuvaus siitä, mitä on tehty",
            "reasons": "perustelut"}


def in_finnish(found: list[Problem]) -> list[str]:
    """One line per measure, in the language of the city's files: "2/1.1: tila, kuvaus …"."""
    by_ref: dict[str, list[str]] = {}
    for problem in found:
        if problem.field.startswith(VALUE_PREFIX):
            what = f"mittarin arvo ”{problem.field[len(VALUE_PREFIX):]}”"
        else:
            what = _FINNISH[problem.field]
        by_ref.setdefault(problem.ref, []).append(what)
    return [f"{ref}: puuttuu {', '.join(items)}" for ref, items in by_ref.items()]


def reasons_required(programme: Programme, status: str | None) -> bool:
    """Reasons are required at the scale's last level (red: not started)."""
    return bool(status) and status == programme.scale[-1].code


def reasons_offered(programme: Programme, status: str | None) -> bool:
    return bool(status) and status != programme.scale[0].code


def unit_measures(catalogue: Catalogue, unit_id: str):
    """The measures a unit answers for (measures without responsible units excluded)."""
    return [m for m in catalogue.measures() if m.units and can_report(m, unit_id)]


def problems(catalogue: Catalogue, unit_id: str, entries: Mapping[str, Entry]) -> list[Problem]:
    found: list[Problem] = []
    programme = catalogue.programme
    measures = unit_measures(catalogue, unit_id)
    refs = {m.ref for m in measures}
    # A measure open to any unit counts once the unit has started an entry for it.
    measures += [m for m in catalogue.measures() if not m.units and m.ref in entries
                 and m.ref not in refs]
    for measure in measures:
        entry = entries.get(measure.ref)
        if entry is None or not entry.status:
            found.append(Problem(measure.ref, "status"))
        if entry is None or not entry.narrative.strip():
            found.append(Problem(measure.ref, "narrative"))
        if entry is not None and reasons_required(programme, entry.status) \
                and not entry.reasons.strip():
            found.append(Problem(measure.ref, "reasons"))
        if measure.kind is MeasureKind.HIGHLIGHT:
            continue
        for indicator in measure.indicators:
            if entry is None or not entry.values.get(indicator.name):
                found.append(Problem(measure.ref, VALUE_PREFIX + indicator.name))
    return found
