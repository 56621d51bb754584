"""Which received return speaks for a unit on each measure: the merge rules of PRODUCT.md.

Contributions are keyed by (measure, unit). Only returns that count take part: those of
trusted signers, and held files the coordinator accepted one by one (intake.py decides,
and passes one file for each set of copies). For one unit:
- a signed return supersedes every older signed return: signing times order them, and
  of two signed at the same moment the one taken in later wins;
- a signed return that arrived after a newer one (signed earlier, taken in later) is
  superseded on arrival and marked out of order, so the coordinator sees it;
- an accepted unsigned return, whose time is only claimed by the workbook, is compared
  measure by measure with the current winner: where the contents differ, that is a
  conflict the coordinator resolves, unless they chose already (`--prefer newest`
  chooses for them).

Pure functions over plain values, so the rules are tested without files or a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from kotodesk.domain.entries import CONTENT
from kotodesk.domain.model import Programme
from kotodesk.domain.received import ReceivedFile
from kotodesk.signing.checks import signing_time


def content_of(entry: dict[str, Any]) -> tuple:
    """What a contribution says (who typed it and when does not matter)."""
    return tuple(tuple(sorted(entry.get(k, {}).items())) if k == "values" else entry.get(k, "")
                 for k in CONTENT)


def is_empty(entry: dict[str, Any]) -> bool:
    return not any(entry.get(k) for k in CONTENT)


@dataclass(frozen=True)
class Candidate:
    file: ReceivedFile
    entries: dict[str, dict[str, Any]]  # measure ref -> the return's entry


@dataclass
class Conflict:
    unit_id: str
    ref: str
    options: list[tuple[ReceivedFile, dict[str, Any]]]  # each differing file and its entry


@dataclass
class Resolution:
    winners: dict[tuple[str, str], tuple[ReceivedFile, dict[str, Any]]] = field(
        default_factory=dict)  # (ref, unit) -> the file that speaks and its entry
    superseded: dict[int, int] = field(default_factory=dict)  # file id -> newer file id
    conflicts: list[Conflict] = field(default_factory=list)
    out_of_order: set[int] = field(default_factory=set)  # signed earlier, taken in later


_NEVER = datetime.min.replace(tzinfo=UTC)


def moment(file: ReceivedFile) -> datetime:
    """When the return was made: its signing time (else the workbook's own time), as a
    moment, not as text: "+02:00" and "Z" order correctly."""
    return signing_time(file.order_time) or _NEVER


def order_key(file: ReceivedFile) -> tuple[datetime, int]:
    """Newest last: the moment it was made, then intake order."""
    return moment(file), file.id


def _newest_first(candidates: list[Candidate]) -> list[Candidate]:
    return sorted(candidates, key=lambda c: order_key(c.file), reverse=True)


def resolve_unit(candidates: list[Candidate], choices: dict[tuple[str, str], int]
                 ) -> Resolution:
    """The winners, superseded files and open conflicts of one unit's returns (each
    candidate counts; copies are left out by the caller)."""
    result = Resolution()
    originals = list(candidates)
    if not originals:
        return result
    unit_id = originals[0].file.unit_id
    signed = _newest_first([c for c in originals if c.file.signed_at])
    base = None
    contenders = [c for c in originals if not c.file.signed_at]
    if signed:
        base = signed[0]
        for older in signed[1:]:
            result.superseded[older.file.id] = base.file.id
        for i, c in enumerate(signed):  # newest first: any newer one taken in before it?
            if any(newer.file.id < c.file.id for newer in signed[:i]):
                result.out_of_order.add(c.file.id)
    by_id = {c.file.id: c for c in originals}
    refs = list(dict.fromkeys(ref for c in originals for ref in c.entries))
    for ref in refs:
        options = [c for c in ([base] if base else []) + contenders if ref in c.entries]
        if not options:
            continue
        distinct: dict[tuple, Candidate] = {}
        for c in options:
            distinct.setdefault(content_of(c.entries[ref]), c)
        chosen_id = choices.get((ref, unit_id))
        if chosen_id in by_id and ref in by_id[chosen_id].entries:
            winner = by_id[chosen_id]
        elif len(distinct) == 1:
            winner = next(iter(distinct.values()))
        else:
            result.conflicts.append(Conflict(unit_id, ref, [
                (c.file, c.entries[ref]) for c in distinct.values()]))
            winner = base or next(iter(distinct.values()))  # shown, marked, until resolved
        result.winners[(ref, unit_id)] = (winner.file, winner.entries[ref])
    speaking = {f.id for f, _ in result.winners.values()}
    in_conflict = {f.id for c in result.conflicts for f, _ in c.options}
    lead = base.file.id if base else (next(iter(speaking)) if speaking else None)
    for c in contenders:
        if c.file.id not in speaking and c.file.id not in in_conflict and lead is not None:
            result.superseded[c.file.id] = lead
    return result


class SetStatus(Protocol):
    """A status the coordinator set for a measure (storage.inbox.StatusOverride)."""

    status: str


def measure_status(default: str, override: SetStatus | None) -> str:
    """The merged status that stands for a measure: the one the coordinator set, else
    `default`, what the rule below makes of the units' statuses."""
    return override.status if override is not None else default


def merged_status(programme: Programme, statuses: list[str], missing: int = 0) -> str:
    """The least advanced of the units' statuses (unreported ones do not count).

    A responsible unit that has not answered (`missing` of them) could be at any level,
    so while one is missing the least advanced is known only when a given status is the
    scale's last level already; otherwise there is no merged status ("": not reported)
    until every unit has answered or the coordinator sets one. A measure is never shown
    further along than every responsible unit has said."""
    given = [s for s in statuses if s]
    if not given:
        return ""
    least = max(given, key=programme.rank)
    if missing and programme.scale and least != programme.scale[-1].code:
        return ""
    return least


def disagreement(programme: Programme, by_unit: list[tuple[str, str]]) -> str:
    """"Kasko: Käynnistynyt …; Kuva: …" when the units' statuses differ, else ""."""
    given = [(unit, status) for unit, status in by_unit if status]
    if len({status for _, status in given}) < 2:
        return ""
    labels = {level.code: level.label for level in programme.scale}
    return "Yksiköiden tilat eroavat: " + "; ".join(
        f"{unit}: {labels.get(status, status)}" for unit, status in given)


def owed_status(programme: Programme, statuses: list[str], lacking: int, *,
                owed: bool) -> str:
    """merged_status of a measure in a round: `statuses` of the units that answered,
    `lacking` responsible units that have not. In a round the units owe (`owed`: any
    but one read from a published report), a unit that answered without a status could
    be at any level too, so it holds the merged status back as a missing unit does; in a
    report's round the report's status for the whole measure stands."""
    unstated = sum(1 for s in statuses if not s) if owed else 0
    return merged_status(programme, statuses, missing=lacking + unstated)
