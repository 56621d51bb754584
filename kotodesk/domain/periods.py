"""A round's monitoring period as people type it ("5/2022 - 5/2023", "5/2022–5/2023"):
how kotodesk writes it, and the one key by which two spellings are the same period."""

from __future__ import annotations

_DASHES = str.maketrans({"–": "-", "—": "-"})


def period_label(text: str) -> str:
    """How a period is written: single spaces, an en dash ("1–6/2024")."""
    return " ".join(text.split()).replace("-", "–")


def period_key(text: str) -> str:
    """The same for every spelling of one period: no spaces, any dash, any case."""
    return "".join(text.split()).translate(_DASHES).casefold()
