"""The time kotodesk records when something is written: UTC, ISO 8601, milliseconds.

One clock for every record (entries, catalogues, rounds, the inbox, the trust list), so
times compare as text. A signing time is another matter: signing/sealing.py's `now_iso`
states the signer's local time with its offset, as the files show it."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")
