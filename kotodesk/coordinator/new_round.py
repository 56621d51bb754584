"""Opening a round: the next monitoring period of a programme, on its newest catalogue.

The round before becomes the new round's previous round (its merged entries travel in the
round package as the units' "last round" texts) and is closed, unless the coordinator
keeps it open to take in late returns. What closing does to the open round's entries is
said before it is done (`open_rounds`), and a closed round can be opened again
(`reopen_round`): nothing is lost by opening a round by mistake.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.errors import UsageError
from kotodesk.domain.messages import message
from kotodesk.domain.model import Round
from kotodesk.domain.periods import period_key, period_label
from kotodesk.storage import catalogues, rounds
from kotodesk.system.clock import now


def open_new_round(workspace: Workspace, programme_id: str, period: str, deadline: date, *,
                   next_period: str = "", keep_open: bool = False) -> Round:
    store = workspace.store
    label = period_label(period)
    if not label:
        raise UsageError(message("round-period-missing"))
    for given in (label, period_label(next_period)):
        _refuse_unshown(given)
    existing = rounds.list_rounds(store, programme_id)
    same = next((r for r in existing if period_key(r.period) == period_key(label)), None)
    if same is not None:
        raise UsageError(message("round-exists", programme=programme_id, period=same.period,
                                 state=message(f"round-state-{same.state}")))
    with store.write():
        if not keep_open:
            for r in existing:
                if r.state == "open":
                    rounds.set_state(store, r.id, "closed")
        return rounds.add_round(store, programme_id,
                                catalogues.latest_version(store, programme_id), label,
                                next_period=period_label(next_period), deadline=deadline,
                                previous_round_id=existing[-1].id if existing else None,
                                opened_at=now())


# A character that draws as nothing, or moves text about: a period names the round in
# every file that travels, its file names and the summary, and openpyxl refuses control
# characters in a cell (a round opened with one could not have its package written).
_UNSHOWN = {"Cc", "Cf", "Cs", "Zl", "Zp"}


def _refuse_unshown(period: str) -> None:
    at = next((i for i, c in enumerate(period) if unicodedata.category(c) in _UNSHOWN), None)
    if at is not None:
        shown = "".join("\ufffd" if unicodedata.category(c) in _UNSHOWN else c for c in period)
        raise UsageError(message("round-period-unwritable", period=shown, at=at + 1))


@dataclass(frozen=True)
class OpenRound:
    """A round that is open now, with what it holds: what closing it would freeze."""

    round: Round
    entries: int  # entries with anything in them
    units: int  # units that have entered something


def open_rounds(workspace: Workspace, programme_id: str) -> list[OpenRound]:
    """The programme's open rounds and how much has been entered in each."""
    found = []
    for r in rounds.list_rounds(workspace.store, programme_id):
        if r.state != "open":
            continue
        found.append(OpenRound(r, *rounds.entry_counts(workspace.store, r.id)))
    return found


def reopen_round(workspace: Workspace, round_id: int, *, keep_others_open: bool = False
                 ) -> list[Round]:
    """Open a closed round again, so that its entries can be changed. The programme's other
    open rounds are closed (the window and `entry` commands work on one open round),
    unless `keep_others_open`; returns the rounds that were closed."""
    store = workspace.store
    target = rounds.get_round(store, round_id)
    if target is None:
        raise UsageError(f"no round {round_id}")
    if target.from_report:  # the city's published words: read, never changed here
        raise UsageError(message("round-from-report", period=target.period))
    closed = []
    with store.write():
        if not keep_others_open:
            for r in rounds.list_rounds(store, target.programme_id):
                if r.state == "open" and r.id != target.id:
                    rounds.set_state(store, r.id, "closed")
                    closed.append(r)
        rounds.set_state(store, target.id, "open")
    return closed


def change_deadline(workspace: Workspace, round_id: int, deadline: date) -> Round:
    """Give an open round another deadline (one typed wrong, or extended): returns and the
    summary are judged late against it from now on. Packages already sent carry the old
    one until the units take in a new package. A closed round's is its record: it is
    opened again first. A round not opened in this folder (the embedded one, a report's,
    one from a coordinator's package) is judged by no deadline here, and this folder's
    date on it would be nobody's."""
    store = workspace.store
    target = rounds.get_round(store, round_id)
    if target is None:
        raise UsageError(f"no round {round_id}")
    refusal = deadline_refusal(target)
    if refusal:
        raise UsageError(refusal)
    rounds.set_deadline(store, round_id, deadline)
    return rounds.get_round(store, round_id)


def deadline_refusal(round_: Round) -> str:
    """Why `round_`'s deadline may not be changed here (change_deadline), or "": the one
    rule the command and the window's Change deadline both go by."""
    if round_.from_report:
        return message("round-from-report", period=round_.period)
    if round_.state != "open":
        return message("round-closed-deadline", period=round_.period)
    if not round_.opened_at:
        return message("round-deadline-not-opened-here", period=round_.period)
    return ""
