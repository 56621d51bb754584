"""Opening a round: the next monitoring period of a programme, on its newest catalogue.

The round before becomes the new round's previous round (its merged entries travel in the
round package as the units' "last round" texts) and is closed, unless the coordinator
keeps it open to take in late returns.
"""

from __future__ import annotations

from datetime import date

from kotodesk.errors import UsageError
from kotodesk.model import Round
from kotodesk.storage import catalogues, rounds
from kotodesk.storage.catalogues import now
from kotodesk.workspace import Workspace


def period_label(text: str) -> str:
    """How a period is written: single spaces, an en dash ("1–6/2024")."""
    return " ".join(text.split()).replace("-", "–")


def open_new_round(workspace: Workspace, programme_id: str, period: str, deadline: date, *,
                   next_period: str = "", keep_open: bool = False) -> Round:
    store = workspace.store
    label = period_label(period)
    if not label:
        raise UsageError("give the monitoring period, e.g. 1–6/2024")
    existing = rounds.list_rounds(store, programme_id)
    if any(r.period == label for r in existing):
        raise UsageError(f"{programme_id} already has a round {label}")
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
