"""Opening and reopening rounds: each one transaction that says what it changed."""

from __future__ import annotations

from datetime import date

from kotodesk.coordinator import new_round
from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.model import Round
from kotodesk.ops.changes import Changes
from kotodesk.storage import rounds as round_store


def open_round(workspace: Workspace, programme_id: str, period: str, deadline: date, *,
               next_period: str = "", keep_open: bool = False) -> tuple[Round, Changes]:
    """A new round of the programme; the open one is closed unless `keep_open`."""
    made = new_round.open_new_round(workspace, programme_id, period, deadline,
                                    next_period=next_period, keep_open=keep_open)
    return made, Changes(rounds=True)


def reopen_round(workspace: Workspace, round_id: int, *, keep_others_open: bool = False
                 ) -> tuple[list[Round], Changes]:
    """Open a closed round again; the rounds that were closed for it."""
    closed = new_round.reopen_round(workspace, round_id, keep_others_open=keep_others_open)
    return closed, Changes(rounds=True)


def change_deadline(workspace: Workspace, round_id: int, deadline: date
                    ) -> tuple[Round, Changes]:
    """Another deadline for an open round; the round as it is now."""
    changed = new_round.change_deadline(workspace, round_id, deadline)
    return changed, Changes(rounds=True, round_id=round_id)


def close_round(workspace: Workspace, round_id: int) -> Changes:
    """Close a round: its entries stay, to be read, and it can be reopened."""
    round_store.set_state(workspace.store, round_id, "closed")
    return Changes(rounds=True, round_id=round_id)


def rounds_of(workspace: Workspace, programme_id: str) -> list[Round]:
    """The programme's rounds, oldest first."""
    return round_store.list_rounds(workspace.store, programme_id)


def get_round(workspace: Workspace, round_id: int) -> Round | None:
    return round_store.get_round(workspace.store, round_id)


def open_round_of(workspace: Workspace, programme_id: str) -> Round | None:
    """The programme's open round, if it has one."""
    return round_store.open_round(workspace.store, programme_id)
