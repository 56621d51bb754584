"""A round's deadline ends at midnight in Helsinki after the deadline day, across the
summer-time changes and whatever the time zone of the computers; a return signed after it
is said to be late in the inbox."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kotodesk.coordinator import inbox as round_inbox
from kotodesk.coordinator import intake
from kotodesk.coordinator.new_round import open_new_round
from kotodesk.domain.deadlines import after_deadline, deadline_end, in_helsinki
from kotodesk.signing.checks import signing_time
from kotodesk.storage import rounds
from tests.returns_batch import fill
from tests.support import make_identity, write_return_xlsx

ZONES = ["UTC", "Europe/Helsinki", "America/New_York"]


@pytest.fixture(params=ZONES)
def machine_zone(request, monkeypatch):
    """The computer's own time zone (TZ), which must change nothing."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def late(text: str, deadline: date) -> bool:
    return after_deadline(signing_time(text), deadline) is not None


def test_the_deadline_day_ends_at_helsinki_midnight_across_summer_time(machine_zone):
    # The last Sundays of March 2025 and October 2024: the clocks change that night.
    assert deadline_end(date(2025, 3, 29)) == datetime(2025, 3, 29, 22, tzinfo=UTC)
    assert deadline_end(date(2025, 3, 30)) == datetime(2025, 3, 30, 21, tzinfo=UTC)
    assert deadline_end(date(2024, 10, 26)) == datetime(2024, 10, 26, 21, tzinfo=UTC)
    assert deadline_end(date(2024, 10, 27)) == datetime(2024, 10, 27, 22, tzinfo=UTC)
    # 23:59:59 on the deadline day in Helsinki is in time; a second later is not.
    assert not late("2025-03-30T23:59:59+03:00", date(2025, 3, 30))
    assert late("2025-03-31T00:00:00+03:00", date(2025, 3, 30))
    assert not late("2024-10-27T23:59:59+02:00", date(2024, 10, 27))
    assert late("2024-10-28T00:00:00+02:00", date(2024, 10, 27))
    # Signed in New York on the deadline day's afternoon: already past midnight in Helsinki.
    assert not late("2025-03-30T16:59:59-04:00", date(2025, 3, 30))
    assert late("2025-03-30T17:00:00-04:00", date(2025, 3, 30))
    # A laptop on UTC: 21:59:59Z on 27 October 2024 is 23:59:59 in Helsinki.
    assert not late("2024-10-27T21:59:59+00:00", date(2024, 10, 27))
    assert late("2024-10-27T22:00:00Z", date(2024, 10, 27))
    assert after_deadline(signing_time("2024-10-27T22:00:00Z"), date(2024, 10, 27)) \
        .isoformat() == "2024-10-28T00:00:00+02:00"
    assert after_deadline(signing_time("2024-10-27T22:00:00Z"), None) is None
    assert after_deadline(None, date(2024, 10, 27)) is None


def test_helsinki_time_is_the_time_zone_databases_for_ten_years():
    helsinki = ZoneInfo("Europe/Helsinki")
    day = date(2020, 1, 1)
    while day < date(2031, 1, 1):
        expected = datetime.combine(day + timedelta(days=1), datetime.min.time(), helsinki)
        assert deadline_end(day) == expected.astimezone(UTC), day
        for hour in (0, 1, 2, 3, 12):
            moment = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=hour)
            assert in_helsinki(moment).utcoffset() == moment.astimezone(helsinki).utcoffset()
        day += timedelta(days=1)


def test_the_inbox_says_a_return_signed_after_the_deadline_is_late(workspace, unit_home,
                                                                   tmp_path, machine_zone):
    person = make_identity("Kaisa Kasko")
    embedded = workspace.round()
    # The embedded round has no deadline: the city's documents give none (migration 0010).
    assert embedded.deadline is None and not embedded.opened_at
    round_ = open_new_round(workspace, embedded.programme_id, "1–6/2024", date(2024, 8, 31))
    unit_round = open_new_round(unit_home, embedded.programme_id, "1–6/2024",
                                date(2024, 8, 31))
    assert unit_round.period == round_.period
    today = in_helsinki(datetime.now(UTC)).date()
    fill(unit_home, "kasko", "3/1.1", status="green", narrative="Valmis.")
    path = tmp_path / "kasko.xlsx"
    write_return_xlsx(unit_home, "kasko", person, path)
    assert intake.take_in(workspace, path, {person.info.fingerprint}).accepted

    def notes(deadline: date) -> list[str]:
        with workspace.store.write():
            workspace.store.conn.execute("UPDATE round SET deadline = ? WHERE id = ?",
                                         (deadline.isoformat(), round_.id))
        again = rounds.get_round(workspace.store, round_.id)
        [row] = round_inbox.inbox_state(workspace, again).rows
        return [str(n) for n in row.notes]

    assert notes(today) == []  # signed today in Helsinki: in time
    [note] = notes(today - timedelta(days=1))
    assert note.startswith(f"late: signed {today.isoformat()} ")
    assert note.endswith(f"Helsinki time, after the deadline "
                         f"{(today - timedelta(days=1)).isoformat()} (midnight in Helsinki)")


def test_nothing_is_late_against_the_embedded_rounds_assumed_deadline(workspace, unit_home,
                                                                      tmp_path):
    """A deadline on a round no coordinator opened (as first start wrote the assumed
    31.1.2024 before migration 0010, where a coordinator's round later kept that date) is
    not the coordinator's: nothing is judged late against it."""
    with workspace.store.write():
        workspace.store.conn.execute("UPDATE round SET deadline = '2024-01-31' WHERE id = ?",
                                     (workspace.round().id,))
    assert workspace.round().deadline == date(2024, 1, 31)
    person = make_identity("Kaisa Kasko")
    fill(unit_home, "kasko", "3/1.1", status="green", narrative="Valmis.")
    path = tmp_path / "kasko.xlsx"
    write_return_xlsx(unit_home, "kasko", person, path)
    assert intake.take_in(workspace, path, {person.info.fingerprint}).accepted
    [row] = round_inbox.inbox_state(workspace, workspace.round()).rows
    assert row.notes == []
