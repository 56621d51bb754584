"""The coordinator drops a round's files again (after cancelling a batch, or because a
file came twice in the mail): the inbox shows each file once, with what happened to it
last, and its summary counts the files the coordinator has, not the drops."""

from __future__ import annotations

from kotodesk.coordinator import inbox as round_inbox
from kotodesk.ui.coordinator.window import CoordinatorWindow


def take_in(qtbot, window: CoordinatorWindow, paths) -> None:
    window.inbox.take_in_paths(paths)
    qtbot.waitUntil(lambda: window.inbox.run is None, timeout=20000)


def test_a_refused_file_dropped_again_is_one_row_and_counted_once(qtbot, coordinator, batch):
    paths = batch["paths"]
    take_in(qtbot, coordinator, [paths["junk"], paths["kasko"]])
    take_in(qtbot, coordinator, [paths["junk"]])  # the same picture, dropped again
    # While the second drop ran, and after it: one row for the picture.
    names = [r.file_name for r in coordinator.inbox.model.rows()]
    assert names.count(paths["junk"].name) == 1, names
    refused = [r for r in coordinator.inbox.model.rows() if r.outcome == round_inbox.REFUSED]
    assert len(refused) == 1
    assert coordinator.inbox.summary.text() == (
        "2 files: 1 accepted, 0 superseded, 0 same return again, 0 in conflict, "
        "0 held apart, 1 refused")


def test_a_refused_file_is_one_row_while_it_is_taken_in_again(qtbot, coordinator, batch):
    paths = batch["paths"]
    take_in(qtbot, coordinator, [paths["junk"]])
    counts = []
    coordinator.inbox.take_in_paths([paths["junk"]])
    coordinator.inbox.run.file_taken.connect(
        lambda _t: counts.append(coordinator.inbox.model.rowCount()))
    qtbot.waitUntil(lambda: coordinator.inbox.run is None, timeout=20000)
    assert counts == [1]
    assert coordinator.inbox.model.rowCount() == 1
