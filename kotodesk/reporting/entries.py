"""Editing a unit's entry: every edit is checked against the catalogue, saved in one
transaction, and answered with what changed, so each view refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass

from kotodesk.catalogue.rules import earlier_ref
from kotodesk.domain.entries import TEXT_FIELDS, VALUE_PREFIX, can_report
from kotodesk.domain.errors import UsageError
from kotodesk.domain.indicators import IndicatorValueError, parse_value
from kotodesk.domain.model import Catalogue, Entry, Measure, Round
from kotodesk.domain.text import storable
from kotodesk.storage import catalogues, measure_texts, rounds
from kotodesk.storage import entries as entry_store
from kotodesk.storage.db import Store
from kotodesk.system.clock import now


@dataclass(frozen=True)
class EntryChanged:
    """What one saved edit changed in one unit's entry: each field, old and new."""

    round_id: int
    ref: str
    unit_id: str
    fields: dict[str, tuple[str, str]]  # field -> (old, new)
    at: str


def check_edit(catalogue: Catalogue, measure: Measure, field: str, value: str) -> str:
    """The stored form of `value` for `field`, or UsageError saying what is wrong."""
    value = storable(value)
    if field == "status":
        codes = [level.code for level in catalogue.programme.scale]
        if value and value not in codes:
            raise UsageError(f"status {value!r} is not on the programme's scale "
                             f"({', '.join(codes)})")
        return value
    if field.startswith(VALUE_PREFIX):
        name = field[len(VALUE_PREFIX):]
        indicator = next((i for i in measure.indicators if i.name == name), None)
        if indicator is None:
            raise UsageError(f"measure {measure.ref} has no indicator {name!r}")
        try:
            return parse_value(indicator.type, value)
        except IndicatorValueError as exc:
            raise UsageError(f"measure {measure.ref}, indicator {name!r}: {exc}") from None
    if field in TEXT_FIELDS:
        return value
    raise UsageError(f"unknown field {field!r}")


def apply_edits(store: Store, catalogue: Catalogue, round_: Round, unit_id: str, ref: str,
                edits: dict[str, str], author: str) -> EntryChanged:
    if round_.state != "open":
        raise UsageError(f"round {round_.period} is closed; its entries cannot be changed")
    try:
        measure = catalogue.measure(ref)
    except KeyError:
        raise UsageError(f"no measure {ref} in {catalogue.programme.name}") from None
    if not can_report(measure, unit_id):
        raise UsageError(f"unit {unit_id} is not responsible for measure {ref}")
    stored = {field: check_edit(catalogue, measure, field, value)
              for field, value in edits.items()}
    at = now()
    changed = entry_store.save_fields(store, round_.id, ref, unit_id, stored, author, at)
    return EntryChanged(round_.id, ref, unit_id, changed, at)


def find_indicator(measure: Measure, query: str):
    """An indicator by 1-based position, exact name, or unique name prefix (any case)."""
    query = query.strip()
    if query.isdigit() and 1 <= int(query) <= len(measure.indicators):
        return measure.indicators[int(query) - 1]
    key = query.casefold()
    exact = [i for i in measure.indicators if i.name.casefold() == key]
    if exact:
        return exact[0]
    hits = [i for i in measure.indicators if i.name.casefold().startswith(key)]
    if len(hits) == 1:
        return hits[0]
    names = "; ".join(f"{n}. {i.name}" for n, i in enumerate(measure.indicators, start=1))
    raise UsageError(f"measure {measure.ref} has no single indicator {query!r}; its "
                     f"indicators: {names or 'none'}")


def ref_before(store: Store, round_: Round, before: Round, ref: str) -> str | None:
    """The reference measure `ref` of `round_` had in round `before`
    (catalogue.rules.earlier_ref): a catalogue version between the rounds may have
    renumbered or replaced it. None: it was not there."""
    if (before.programme_id, before.catalogue_version) == \
            (round_.programme_id, round_.catalogue_version):
        return ref
    now = catalogues.measure_texts(store, round_.programme_id, round_.catalogue_version)
    if ref not in now:
        return None
    return earlier_ref(ref, now[ref], catalogues.measure_texts(
        store, before.programme_id, before.catalogue_version))


def previous_entries(store: Store, round_: Round, ref: str) -> list[Entry]:
    """Last round's entries for a measure: the report's text for the measure as a whole
    first (unit WHOLE_MEASURE), then every unit's, under the reference it had then
    (ref_before); none when it was not in that round's catalogue."""
    if round_.previous_round_id is None:
        return []
    before = rounds.get_round(store, round_.previous_round_id)
    then = None if before is None else ref_before(store, round_, before, ref)
    if then is None:
        return []
    whole = measure_texts.text_of_measure(store, round_.previous_round_id, then)
    merged = rounds.merged_pairs(store, round_.previous_round_id)
    return ([whole] if whole else []) + [
        e for e in entry_store.entries_of_measure(store, round_.previous_round_id, then)
        if merged is None or (e.measure_ref, e.unit_id) in merged]


@dataclass(frozen=True)
class LastRound:
    """Last round's texts for one measure as one unit sees them beside its editor."""

    round: Round
    own: Entry | None  # the unit's own entry: the only text it may copy as its own
    whole: Entry | None  # what the report said for the measure as a whole
    others: tuple[Entry, ...]  # other units' entries
    # The unit's own text of that round that the coordinator's package did not carry as
    # merged (a draft never sent, a return not merged): its own, but not the round's.
    unmerged: Entry | None = None

    @property
    def empty(self) -> bool:
        return (self.own is None and self.whole is None and not self.others
                and self.unmerged is None)


def last_round(store: Store, round_: Round, ref: str, unit_id: str | None) -> LastRound | None:
    """Last round's texts for `ref`, split by who said them; None without a last round,
    nothing when the measure was not in it (ref_before)."""
    if round_.previous_round_id is None:
        return None
    before = rounds.get_round(store, round_.previous_round_id)
    if before is None:
        return None
    then = ref_before(store, round_, before, ref)
    if then is None:
        return LastRound(before, None, None, ())
    found = entry_store.entries_of_measure(store, before.id, then)
    merged = rounds.merged_pairs(store, before.id)
    unmerged = None
    if merged is not None:  # the round as the package carried it, and the rest apart
        mine = [e for e in found if (e.measure_ref, e.unit_id) not in merged
                and e.unit_id == unit_id and has_content(e)]
        unmerged = mine[0] if mine else None
        found = [e for e in found if (e.measure_ref, e.unit_id) in merged]
    own = next((e for e in found if unit_id is not None and e.unit_id == unit_id), None)
    return LastRound(before, own, measure_texts.text_of_measure(store, before.id, then),
                     tuple(e for e in found if e is not own), unmerged)


def has_content(entry: Entry) -> bool:
    """Whether an entry says anything: a status, a value or a text."""
    return bool(entry.status or any(entry.values.values()) or entry.narrative.strip()
                or entry.reasons.strip() or entry.indicator_report.strip())
