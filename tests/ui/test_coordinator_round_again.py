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


def test_the_inbox_sorts_by_signing_time_in_time_order(qtbot, coordinator, workspace,
                                                        unit_home, tmp_path):
    """Sorted by the Signed column, returns come in the order they were signed, though
    their shown dates sort otherwise as text ("1.12.2025" before "30.11.2025")."""
    from PySide6.QtCore import Qt

    from kotodesk.storage import trust
    from kotodesk.ui.coordinator.inbox_model import InboxModel
    from tests.returns_batch import fill_unit
    from tests.trust_support import KASKO, KUVA, person, return_payload, write_signed

    people = {"kasko": person("Kalle Kasko", KASKO, made_days_ago=3000),
              "kuva": person("Vilma Kuva", KUVA, made_days_ago=3000)}
    for identity in people.values():
        trust.add(workspace.store, identity.certificate)
    files = []
    for unit, day in (("kasko", "2025-12-01"), ("kuva", "2025-11-30"), ("kasko", "2025-12-02")):
        fill_unit(unit_home, unit, 3)
        payload = return_payload(unit_home, unit, people[unit],
                                 signed_at=f"{day}T10:00:00+02:00")
        files.append(write_signed(payload, people[unit], tmp_path / f"{unit}-{day}.xlsx"))
    coordinator.session.workspace.forget_cached()
    take_in(qtbot, coordinator, files)
    view = coordinator.inbox.view
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.sortByColumn(InboxModel.SIGNED, order)
        shown = [view.model().index(r, InboxModel.FILE).data()
                 for r in range(view.model().rowCount())]
        expected = ["kuva-2025-11-30.xlsx", "kasko-2025-12-01.xlsx", "kasko-2025-12-02.xlsx"]
        assert shown == (expected if order == Qt.SortOrder.AscendingOrder
                         else expected[::-1]), [
            view.model().index(r, InboxModel.SIGNED).data() for r in range(3)]
