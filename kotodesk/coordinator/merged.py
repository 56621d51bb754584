"""A round seen by the coordinator: who has returned, what is still missing, and the
merged payload that the merged report and the meeting summary are made from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kotodesk.catalogue.rules import earlier_ref
from kotodesk.coordinator.merge import disagreement, is_empty, measure_status, owed_status
from kotodesk.coordinator.received import held_reason
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from kotodesk.documents.payload import (
    as_strings,
    entry_part,
    measure_part,
    programme_part,
    round_part,
)
from kotodesk.documents.report import COORDINATOR_SET, LAYOUT, drawn_by
from kotodesk.domain.deadlines import after_deadline, judged_deadline
from kotodesk.domain.formats import MERGED_FORMAT
from kotodesk.domain.model import WHOLE_MEASURE_LABEL, Catalogue, Entry, Measure, Round, Unit
from kotodesk.signing.checks import signing_time
from kotodesk.storage import entries as entry_store
from kotodesk.storage import inbox, measure_texts, rounds

MARKS = {verify.UNSIGNED: "allekirjoittamaton",
         verify.UNKNOWN_SIGNER: "tuntematon allekirjoittaja",
         verify.NOT_AUTHORISED: "allekirjoittajalla ei valtuutusta"}
# A file whose look changed after signing, its sealed values taken in knowingly
# (merge --accept-sealed): the values are as signed, the look was not.
APPEARANCE_MARK = "ulkoasua muutettu allekirjoituksen jälkeen"
CONFLICT_MARK = "ristiriita ratkaisematta"
NOT_STATED_NOTE = "Raportti ei ilmoita toimenpiteen tilaa."
HELD_NOTE = "Pidätetty, ei mukana"  # a held file's text is named, never merged


@dataclass
class UnitReturn:
    unit: Unit
    returned: bool
    last_received: str = ""  # ISO time of the newest accepted file
    files: int = 0
    measures: int = 0  # measures the unit answers for
    reported: int = 0  # of those, with a contribution
    review: inbox.Review | None = None
    unstated: int = 0  # of those reported, without a status (it holds the merged one back)
    late: LateReturn | None = None  # its return came after the deadline
    # Its return that counts is unsigned, and none signed came in time: whether it came
    # before the deadline cannot be told (an unsigned file has no time to trust). The
    # file's name; "" when judged, or when no deadline is.
    unjudged: str = ""


@dataclass(frozen=True)
class LateReturn:
    """A unit's first return that counts, signed after the deadline the coordinator gave
    (a correction sent late after a return in time is not a late return)."""

    file_name: str
    signed: datetime  # as Helsinki's clocks showed it
    deadline: date

    def to_dict(self) -> dict[str, str]:
        return {"file": self.file_name, "signed_at": self.signed.isoformat(),
                "deadline": self.deadline.isoformat()}


def late_return(round_: Round, files: list[inbox.ReceivedFile]) -> LateReturn | None:
    """Whether a unit's `files` (of `round_`) came late: its first return that counts
    (held ones do not), by signing time, signed after the deadline the coordinator gave.
    Not judged when one that counts has no signing time (an unsigned return)."""
    deadline = judged_deadline(round_)
    counting = [f for f in files if not held_reason(f)]
    if deadline is None or not counting or any(not f.signed_at for f in counting):
        return None
    first = min(counting, key=lambda f: f.order_time)
    signed = after_deadline(signing_time(first.signed_at), deadline)
    return LateReturn(first.file_name, signed, deadline) if signed is not None else None


def unjudged_return(round_: Round, files: list[inbox.ReceivedFile]) -> str:
    """The unsigned file that leaves a unit's lateness unknown: when a deadline is judged,
    a file that counts has no signing time, and nothing shows the unit was in time: no
    signed file that counts was signed in time, and no unsigned one was taken in here
    before the deadline ended (this folder's own clock: it was sent before that, whenever
    it was written). "" otherwise."""
    deadline = judged_deadline(round_)
    counting = [f for f in files if not held_reason(f)]
    unsigned = [f for f in counting if not f.signed_at]
    if deadline is None or not unsigned:
        return ""

    def in_time(text: str) -> bool:
        moment = signing_time(text)
        return moment is not None and after_deadline(moment, deadline) is None

    if any(in_time(f.signed_at) for f in counting if f.signed_at) or \
            any(in_time(f.received_at) for f in unsigned):
        return ""
    return min(unsigned, key=lambda f: f.order_time).file_name


@dataclass
class Completeness:
    round: Round
    units: list[UnitReturn]
    cells: dict[tuple[str, str], str | None]  # (unit id, ref) -> status ("" no status), None
    missing: list[tuple[Measure, list[Unit]]]  # measures still lacking a unit's contribution
    themes: list[tuple[str, int, int]] = field(default_factory=list)  # name, reported, total

    @property
    def missing_units(self) -> list[Unit]:
        return [u.unit for u in self.units if not u.returned]


@dataclass(frozen=True, slots=True)
class Said:
    """What `completeness` reads of an entry that says something (merged_payload keeps
    this much of a round's entries, not the entries)."""

    measure_ref: str
    unit_id: str
    status: str | None


def _has_content(entry: Entry | None) -> bool:
    return entry is not None and not is_empty(entry_part(entry))


def with_content(entries: list[Entry]) -> list[Entry]:
    """The entries that say something (a status, a value or a text)."""
    return [e for e in entries if _has_content(e)]


def _by_ref(entries: list[Entry]) -> dict[str, dict[str, Entry]]:
    out: dict[str, dict[str, Entry]] = {}
    for e in entries:
        out.setdefault(e.measure_ref, {})[e.unit_id] = e
    return out


def completeness(workspace: Workspace, round_: Round, *,
                 received: list[inbox.ReceivedFile] | None = None,
                 catalogue: Catalogue | None = None,
                 said: list[Entry] | list[Said] | None = None) -> Completeness:
    """Who has returned and what is missing; a caller that keeps the round's `received`
    files, its entries that say something (`said`: `with_content`) and `catalogue`
    between writes (ops/round_cache.py) gives them."""
    store = workspace.store
    if catalogue is None:
        catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    register = workspace.register
    if said is None:
        said = with_content(entry_store.entries_of_round(store, round_.id))
    by_ref = _by_ref(said)  # an entry is there only when it has content
    if received is None:
        received = inbox.files(store, round_.id)
    reviews = inbox.reviews(store, round_.id)
    cells: dict[tuple[str, str], str | None] = {}
    expected: dict[str, list[Measure]] = {}
    reported_by: dict[str, int] = {}
    unstated_by: dict[str, int] = {}
    missing = []
    themes = []
    for theme in catalogue.themes:
        reported_here = 0
        for measure in theme.measures:
            given = by_ref.get(measure.ref, {})
            # Its responsible units, or (a measure open to all) whoever reported it.
            units = measure.unit_ids() or list(given)
            lacking = []
            for unit_id in units:
                expected.setdefault(unit_id, []).append(measure)
                entry = given.get(unit_id)
                if entry is None:
                    cells[(unit_id, measure.ref)] = None
                    lacking.append(register.units[unit_id])
                else:
                    cells[(unit_id, measure.ref)] = entry.status or ""
                    reported_by[unit_id] = reported_by.get(unit_id, 0) + 1
                    if not entry.status:
                        unstated_by[unit_id] = unstated_by.get(unit_id, 0) + 1
            if lacking:
                missing.append((measure, lacking))
            if units and not lacking:
                reported_here += 1
        themes.append((theme.name, reported_here, len(theme.measures)))
    returns = []
    by_unit: dict[str, list[inbox.ReceivedFile]] = {}
    for f in received:
        by_unit.setdefault(f.unit_id, []).append(f)
    for unit_id in [u for u in register.units if u in expected]:
        files = by_unit.get(unit_id, [])
        measures = expected[unit_id]
        reported = reported_by.get(unit_id, 0)
        # A unit whose files are all held apart has not returned anything that counts.
        returned = any(not held_reason(f) for f in files) if received else reported > 0
        returns.append(UnitReturn(
            register.units[unit_id], returned,
            max((f.received_at for f in files), default=""), len(files), len(measures),
            reported, reviews.get(unit_id), unstated_by.get(unit_id, 0),
            late_return(round_, files), unjudged_return(round_, files)))
    return Completeness(round_, returns, cells, missing, themes)


def _marks(file: inbox.ReceivedFile) -> list[str]:
    """What the merged report says about where a contribution came from."""
    return ([MARKS[file.status]] if file.status in MARKS else []) + \
        ([APPEARANCE_MARK] if file.appearance_changed else [])


def _one(shared: dict[Any, Any], text: str) -> str:
    """`text`, or the equal text met before: one object for the words said alike."""
    return shared.setdefault(text, text)


def _contributions(catalogue: Catalogue, measure: Measure, units: dict[str, Entry],
                   register, marks: dict[int, list[str]], conflicts: set[tuple[str, str]],
                   whole: Entry | None = None, said: set[int] | None = None,
                   shared: dict[Any, Any] | None = None) -> list[dict[str, Any]]:
    """Each unit's contribution, after the report's text for the whole measure if the
    round has one (marked "scope": "measure", so that it is never taken for a unit's),
    made storable (as_strings). `said`: the ids of the round's entries that say
    something, when the caller knows. `shared` (kept by the caller from measure to
    measure) makes what contributions say alike one object each: a unit's name, a
    status, an author, an indicator's name and value (a round of a thousand units has
    tens of thousands of contributions and a few such words)."""
    shared = {} if shared is None else shared

    def one(text: str) -> str:
        return _one(shared, text)

    def stored(unit: dict[str, str], entry: Entry, tags: list[str]) -> dict[str, Any]:
        key = ("unit", unit["id"], unit["name"])
        if key not in shared:
            shared[key] = as_strings(unit)
        part = as_strings(entry_part(entry))
        part["status"], part["author"] = one(part["status"]), one(part["author"])
        part["values"] = {one(name): one(value) for name, value in part["values"].items()}
        return {"unit": shared[key], "entry": part, "marks": as_strings(tags)}

    order = measure.unit_ids() + sorted(u for u in units if u not in measure.unit_ids())
    out = []
    if whole is not None and _has_content(whole):
        out.append({**stored({"id": "", "name": WHOLE_MEASURE_LABEL}, whole, []),
                    "scope": "measure"})
    for unit_id in order:
        entry = units.get(unit_id)
        if entry is None or not (id(entry) in said if said is not None
                                 else _has_content(entry)):
            continue
        tags = list(marks.get(entry.source_file_id, []))
        if (measure.ref, unit_id) in conflicts:
            tags.append(CONFLICT_MARK)
        unit = register.units[unit_id]
        out.append(stored({"id": unit.id, "name": unit.name}, entry, tags))
    return out


def missing_note(lacking: list[str], withheld: bool, unstated: list[str] = ()) -> str:
    """What the merged status says while responsible units have not answered (or, the
    `unstated`, answered without a status); `withheld` when the units that answered gave
    a status that cannot stand without the others."""
    if not lacking and not unstated:
        return ""
    note = " ".join(filter(None, [
        f"Osuus puuttuu: {', '.join(lacking)}." if lacking else "",
        f"Tila puuttuu: {', '.join(unstated)}." if unstated else ""]))
    if withheld:  # a unit that answered without a status has answered, but not said it
        said = "ilmoittaneet tilansa" if unstated else "vastanneet"
        note += f" Yhdistetty tila annetaan, kun kaikki vastuutahot ovat {said}."
    return note


def merged_payload(workspace: Workspace, round_: Round, signer: dict[str, str],
                   signed_at: str, *, conflicts: set[tuple[str, str]] | None = None
                   ) -> dict[str, Any]:
    """Every measure of the round with each unit's contribution and the merged status."""
    store = workspace.store
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    register = workspace.register
    wholes = {t.measure_ref: t for t in measure_texts.texts_of_round(store, round_.id)}
    received = inbox.files(store, round_.id)
    marks = {f.id: _marks(f) for f in received if _marks(f)}
    overrides = inbox.overrides(store, round_.id)
    held = _held_notes(workspace, round_, received, catalogue)
    programme = catalogue.programme
    # A round read from a published report: its texts speak for each measure as a whole,
    # so no responsible unit is missing from it.
    owed = not round_.from_report
    themes = []
    shared: dict[Any, Any] = {}  # see _contributions
    said: list[Said] = []  # what completeness needs of the entries that say something
    for theme in catalogue.themes:
        # A theme's entries at a time: a round of a thousand units holds one theme's
        # entries beside the payload, not all of them.
        entries = entry_store.entries_of_measures(store, round_.id,
                                                  [m.ref for m in theme.measures])
        by_ref = _by_ref(entries)
        saying = {id(e) for e in entries if _has_content(e)}
        said += [Said(_one(shared, e.measure_ref), _one(shared, e.unit_id),
                      e.status and _one(shared, e.status)) for e in entries if id(e) in saying]
        rows = []
        for measure in theme.measures:
            contributions = _contributions(catalogue, measure, by_ref.get(measure.ref, {}),
                                           register, marks, conflicts or set(),
                                           wholes.get(measure.ref), saying, shared)
            by_unit = [(c["unit"]["name"], c["entry"]["status"]) for c in contributions]
            answered = {c["unit"]["id"] for c in contributions}
            lacking = [register.units[u].name for u in measure.unit_ids()
                       if u not in answered and u in register.units] if owed else []
            unstated = [unit for unit, s in by_unit if not s] if owed else []
            override = overrides.get(measure.ref)
            status = measure_status(owed_status(
                programme, [s for _, s in by_unit], len(lacking), owed=owed), override)
            withheld = not status and any(s for _, s in by_unit)
            note = " ".join(filter(None, [missing_note(lacking, withheld, unstated),
                                          disagreement(programme, by_unit)]))
            if override is not None:
                note = "; ".join(filter(None, [f"{COORDINATOR_SET}. {override.note}"
                                               .strip(), note]))
            elif round_.from_report and not status and contributions:
                note = NOT_STATED_NOTE
            note = "; ".join(filter(None, [note, *held.get(measure.ref, [])]))
            # Made storable row by row, so that the raw rows are let go as they go.
            rows.append({**as_strings(measure_part(catalogue, measure, register)),
                         "contributions": contributions, "status": as_strings(status),
                         "status_note": as_strings(note)})
        themes.append({"position": theme.position, "name": theme.name, "measures": rows})
    state = completeness(workspace, round_, received=received, catalogue=catalogue,
                         said=said)
    previous = rounds.get_round(store, round_.previous_round_id) \
        if round_.previous_round_id else None
    payload = as_strings({
        "format": MERGED_FORMAT, "layout": LAYOUT, **drawn_by(),
        "programme": programme_part(catalogue, round_.catalogue_version),
        "round": round_part(round_),
        "signer": signer, "signed_at": signed_at,
        "themes": None,  # below: its rows are made storable already
        "missing_units": [{"id": u.id, "name": u.name, "email": u.email}
                          for u in state.missing_units],
        "returns": {"received": sum(1 for u in state.units if u.returned),
                    "expected": len(state.units),
                    "late": [{"unit": u.unit.name, **u.late.to_dict()}
                             for u in state.units if u.late is not None],
                    **unjudged_part(state)},
        "previous": _previous_statuses(workspace, previous, catalogue) if previous else None,
    })
    payload["themes"] = [{"position": as_strings(theme["position"]),
                          "name": as_strings(theme["name"]), "measures": theme["measures"]}
                         for theme in themes]
    return payload


def _held_notes(workspace: Workspace, round_: Round, received: list[inbox.ReceivedFile],
                catalogue: Catalogue) -> dict[str, list[str]]:
    """Per measure, a line for each held file that says something other than what was
    merged: the report shows that it exists and why it does not count, never its text.
    Only the units with a file that does not count are judged (`received`: the round's
    files, in the order received), with the round's `catalogue`."""
    from kotodesk.coordinator.merge import content_of
    from kotodesk.coordinator.received import entries_of, held_reason, unit_files

    by_unit: dict[str, list[inbox.ReceivedFile]] = {}
    for f in received:
        by_unit.setdefault(f.unit_id, []).append(f)
    holding = [unit for unit, files in by_unit.items() if any(held_reason(f) for f in files)]
    choices = inbox.choices(workspace.store, round_.id) if holding else {}
    judged_units = {unit: unit_files(workspace, round_, unit, choices, files=by_unit[unit],
                                     catalogue=catalogue) for unit in holding}
    notes: dict[str, list[str]] = {}
    for unit_id, judged in judged_units.items():
        unit = workspace.register.units[unit_id]
        merged = {e.measure_ref: e for e in entry_store.entries_of_round(
            workspace.store, round_.id, unit_id)}
        for file in judged.files:
            if file.id not in judged.held:
                continue
            why = MARKS.get(file.status, file.status)
            for ref, entry in entries_of(inbox.payload(workspace.store, file.id)).items():
                current = merged.get(ref)
                if is_empty(entry) or ref in judged.not_merged.get(file.id, []) or (
                        current is not None and
                        content_of(entry_part(current)) == content_of(entry)):
                    continue
                notes.setdefault(ref, []).append(
                    f"{HELD_NOTE}: {unit.name}, {why} ({file.file_name})")
    return notes


def _previous_statuses(workspace: Workspace, previous: Round, now: Catalogue
                       ) -> dict[str, Any]:
    """The previous round's merged status per measure, for "change since last round",
    by the references of this round's catalogue (`now`): a measure renumbered since is
    compared with what it was, one that is new or replaced with nothing
    (catalogue.rules.earlier_ref).

    Only stated statuses are there: kotodesk keeps no status that a report did not state
    (round_files.py), so "" is "no status", never a guess. `source` names the report the
    round was read from ("" for a round merged in kotodesk), so that the summary can say
    what it compares against."""
    store = workspace.store
    catalogue = workspace.catalogue(previous.programme_id, previous.catalogue_version)
    by_ref = _by_ref(entry_store.entries_of_round(store, previous.id))
    wholes = {t.measure_ref: t for t in measure_texts.texts_of_round(store, previous.id)}
    overrides = inbox.overrides(store, previous.id)
    units = workspace.register.units
    owed = not previous.from_report  # as that round's own outputs reckoned its statuses
    statuses = {}
    for measure in catalogue.measures():
        override = overrides.get(measure.ref)
        answered = {u: e for u, e in by_ref.get(measure.ref, {}).items() if _has_content(e)}
        said = [e.status or "" for e in answered.values()]
        if measure.ref in wholes:
            said.append(wholes[measure.ref].status or "")
        lacking = sum(1 for u in measure.unit_ids() if u not in answered and u in units) \
            if owed else 0
        statuses[measure.ref] = measure_status(
            owed_status(catalogue.programme, said, lacking, owed=owed), override)
    # Which of them the coordinator set (`status set`): the change since that round marks
    # them as the coordinator's, not as what the units said.
    set_by = {ref for ref in overrides if ref in statuses}
    if catalogue is not now:  # by the references this round's measures had then
        before = {m.ref: m.text for m in catalogue.measures()}
        then_of = {m.ref: then for m in now.measures()
                   if (then := earlier_ref(m.ref, m.text, before)) in statuses}
        statuses = {ref: statuses[then] for ref, then in then_of.items()}
        set_by = {ref for ref, then in then_of.items() if then in set_by}
    return {"period": previous.period, "statuses": statuses, "source": previous.source,
            "set_by_coordinator": sorted(set_by)}


def unjudged_part(state: Completeness) -> dict[str, list[dict[str, str]]]:
    """The returns whose lateness cannot be told ({"unjudged": [...]}, each unit, file
    and deadline), or nothing: a payload without them draws as one before them did."""
    deadline = judged_deadline(state.round)  # a unit is unjudged only when there is one
    unjudged = [{"unit": u.unit.name, "file": u.unjudged, "deadline": deadline.isoformat()}
                for u in state.units if u.unjudged]
    return {"unjudged": unjudged} if unjudged else {}
