"""When a round's deadline ends: at midnight in Helsinki after the deadline day, whatever
the time zone of the computer that signs or of the one that checks.

A round's deadline is a date (`round new --deadline 2025-03-30`): the city means the
whole of that day in Helsinki. Signing times carry their own offset (a laptop in New
York writes -04:00), so a return is late when its moment is at or after that midnight.
Finland keeps the EU's summer time (since 1996: from 01:00 UTC on the last Sunday of
March to 01:00 UTC on the last Sunday of October); midnight is never inside a change, so
the offset of a midnight is that of its date: +03:00 in summer, +02:00 otherwise. Written
out rather than read from the system's time-zone data, which a Windows Python lacks.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kotodesk.domain.model import Round


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def helsinki_offset(moment: datetime) -> timedelta:
    """Helsinki's offset from UTC at `moment` (an aware datetime)."""
    utc = moment.astimezone(UTC)
    starts = datetime.combine(_last_sunday(utc.year, 3), datetime.min.time(), UTC) \
        + timedelta(hours=1)
    ends = datetime.combine(_last_sunday(utc.year, 10), datetime.min.time(), UTC) \
        + timedelta(hours=1)
    return timedelta(hours=3 if starts <= utc < ends else 2)


def in_helsinki(moment: datetime) -> datetime:
    """`moment` as Helsinki's clocks showed it."""
    return moment.astimezone(timezone(helsinki_offset(moment)))


def deadline_end(deadline: date) -> datetime:
    """The moment the deadline day ends in Helsinki (its next midnight), in UTC."""
    midnight = deadline + timedelta(days=1)
    summer = _last_sunday(midnight.year, 3) < midnight <= _last_sunday(midnight.year, 10)
    offset = timezone(timedelta(hours=3 if summer else 2))
    return datetime.combine(midnight, datetime.min.time(), offset).astimezone(UTC)


def after_deadline(moment: datetime | None, deadline: date | None) -> datetime | None:
    """`moment` (a signing time, aware) as Helsinki's clocks showed it when it is at or
    after the end of the `deadline` day; else None (in time, no deadline, no time)."""
    if deadline is None or moment is None or moment < deadline_end(deadline):
        return None
    return in_helsinki(moment)


def judged_deadline(round_: Round) -> date | None:
    """The deadline a round's returns are judged late against: one the coordinator gave
    when opening the round (`round new`, which records when). A round no coordinator
    opened here (the embedded one, a report's) has none: a date on it is not the
    coordinator's."""
    return round_.deadline if round_.opened_at else None
