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


def test_a_swedish_window_names_a_unit_the_same_in_every_tab(qtbot, workspace, batch,
                                                             monkeypatch):
    """The units list says "Fostrans- och utbildningssektorn": so do the line under it,
    what the review says after a decision, a completeness cell's description, and the
    conflict's heading (not the Finnish name of the same unit)."""
    from PySide6.QtWidgets import QMessageBox

    from kotodesk.storage import trust
    from kotodesk.ui.coordinator.completeness_models import NOT_RESPONSIBLE
    from kotodesk.ui.i18n import Translations
    from tests.returns_batch import HENKILOSTO

    for unit in ("kasko", "kuva", HENKILOSTO):
        trust.add(workspace.store, batch["people"][unit].certificate)
    translations = Translations()
    translations.install("sv")
    try:
        window = CoordinatorWindow(workspace, None)
        qtbot.addWidget(window)
        window.show()
        take_in(qtbot, window, [batch["folder"]])
        kasko, henkilosto = workspace.unit("kasko"), workspace.unit(HENKILOSTO)
        assert kasko.name_sv == "Fostrans- och utbildningssektorn"

        review = window.review
        row = next(r for r in range(review.model.rowCount())
                   if review.model.row(r).unit.id == "kasko")
        review.view.selectRow(row)
        assert kasko.name_sv in review.unit_label.text()
        assert kasko.name not in review.unit_label.text()
        review.decide("accepted")
        assert review.message.text().startswith(kasko.name_sv)

        matrix = window.completeness.matrix
        units = [u.unit.id for u in window.completeness.units.rows()]
        cell = next(c for c in range(matrix.columnCount())
                    if matrix.cell(units.index("kasko"), c) is not NOT_RESPONSIBLE)
        assert matrix.describe(units.index("kasko"), cell).startswith(kasko.name_sv + ": ")

        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        inbox_rows = window.inbox.model.rows()
        window.inbox.view.selectRow(next(i for i, r in enumerate(inbox_rows)
                                         if r.file_name == batch["paths"]["unsigned"].name))
        window.inbox.accept_selected()  # the unsigned copy conflicts with the signed return
        window.tabs.setCurrentWidget(window.conflicts)
        assert window.conflicts.selected().unit_id == HENKILOSTO
        heading = window.conflicts.heading.text()
        assert henkilosto.name_sv in heading and henkilosto.name not in heading
    finally:
        translations.install("en")


def test_what_the_command_line_writes_meanwhile_reaches_the_open_window(
        qtbot, coordinator, batch, home, capsys):
    """The coordinator keeps the window open and, in a terminal, takes in a return and
    sends a unit's return back (`kotodesk review`): the window shows it without being
    closed and opened again."""
    from kotodesk.ui.coordinator.completeness_models import UnitReturnsModel
    from tests.trust_support import cli_in

    take_in(qtbot, coordinator, [batch["paths"]["kasko"]])
    cli = cli_in(home, capsys)
    assert cli("review", "return", "--unit", "Kasko", "--comment", "Täydentäkää 1/1.1").code == 0
    review = coordinator.review.model

    def kasko_review() -> str:
        row = next(r for r in range(review.rowCount()) if review.row(r).unit.id == "kasko")
        return review.index(row, UnitReturnsModel.REVIEW).data()

    qtbot.waitUntil(lambda: kasko_review() == "Sent back", timeout=5000)


def test_a_comment_being_written_survives_what_happens_meanwhile(qtbot, coordinator, batch,
                                                                home, capsys):
    """The coordinator writes a long comment to Kasko; meanwhile a terminal sends Kuva's
    return back (the window looks again every 2 s), the coordinator looks at Kuva's row
    and comes back: the comment was replaced by the stored one each time (empty), and
    the text typed so far was lost."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kotodesk.ui.coordinator.completeness_models import UnitReturnsModel
    from tests.trust_support import cli_in
    from tests.ui.endurance_typist import type_into

    take_in(qtbot, coordinator, [batch["paths"]["kasko"], batch["paths"]["kuva"]])
    tab = coordinator.review
    coordinator.tabs.setCurrentWidget(tab)

    def select(unit_id: str) -> None:
        tab.view.selectRow(next(r for r in range(tab.model.rowCount())
                                if tab.model.row(r).unit.id == unit_id))

    select("kasko")
    draft = "Mittarin 1/2.3 luvut puuttuvat; lisätkää myös syksyn ryhmien osallistujamäärät"
    type_into(QApplication.instance(), tab.comment, draft)
    cli = cli_in(home, capsys)
    assert cli("review", "return", "--unit", "Kuva", "--comment", "Täydentäkää 1/1.1").code == 0
    assert coordinator.session.look_again()  # what the 2-second check does
    assert tab.model.index(next(r for r in range(tab.model.rowCount())
                                if tab.model.row(r).unit.id == "kuva"),
                           UnitReturnsModel.REVIEW).data() == "Sent back"
    assert tab.selected().unit.id == "kasko" and tab.comment.toPlainText() == draft

    select("kuva")  # the other unit's stored comment, then back to the draft
    assert tab.comment.toPlainText() == "Täydentäkää 1/1.1"
    select("kasko")
    assert tab.comment.toPlainText() == draft
    qtbot.mouseClick(tab.return_button, Qt.MouseButton.LeftButton)
    from kotodesk.storage import inbox

    ws = coordinator.session.workspace
    assert inbox.reviews(ws.store, coordinator.session.round.id)["kasko"].comment == draft
    assert tab.comment.toPlainText() == draft


def test_a_merged_status_being_chosen_survives_a_command_line_write(qtbot, coordinator,
                                                                  batch, home, capsys):
    """The coordinator picks green for a measure the units disagree on and writes the
    note; a terminal sets another measure's status meanwhile: the form went back to the
    default status and an empty note."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kotodesk.storage import inbox
    from tests.trust_support import cli_in
    from tests.ui.endurance_typist import type_into

    take_in(qtbot, coordinator, [batch["paths"]["kasko"], batch["paths"]["kuva"]])
    tab = coordinator.statuses
    coordinator.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)
    ref = tab.selected().measure.ref
    other = next(m.ref for m in coordinator.session.catalogue.measures() if m.ref != ref)
    tab.status.setCurrentIndex(tab.status.findData("green"))
    note = "Kuva on jo aloittanut; Kaskon ryhmät alkavat tammikuussa"
    type_into(QApplication.instance(), tab.note, note)
    cli = cli_in(home, capsys)
    assert cli("status", "set", "--measure", other, "--status", "yellow", "--note",
               "Päätetty kokouksessa").code == 0
    assert coordinator.session.look_again()
    assert tab.selected().measure.ref == ref
    assert (tab.status.currentData(), tab.note.text()) == ("green", note)
    qtbot.mouseClick(tab.set_button, Qt.MouseButton.LeftButton)
    ws = coordinator.session.workspace
    stored = inbox.overrides(ws.store, coordinator.session.round.id)[ref]
    assert (stored.status, stored.note) == ("green", note)


def test_a_batch_goes_to_the_round_it_was_dropped_on_when_another_is_chosen_meanwhile(
        qtbot, coordinator, batch, workspace):
    """The coordinator drops the returns on the open round, then looks at last round while
    they are taken in: every file still goes to the round it was dropped on."""
    from kotodesk.storage import inbox

    open_round = workspace.round()
    closed = next(r for r in coordinator.session.rounds() if r.id != open_round.id)
    paths = batch["paths"]
    files = [paths["kasko"], paths["kuva"], paths["kasko_pdf"]]
    coordinator.inbox.take_in_paths(files)
    run = coordinator.inbox.run
    run.file_taken.connect(lambda _t: coordinator.session.round.id == open_round.id
                           and coordinator.rounds.activated.emit(
                               coordinator.rounds.findData(closed.id)))
    qtbot.waitUntil(lambda: coordinator.inbox.run is None, timeout=20000)
    assert coordinator.session.round.id == closed.id
    received = {f.file_name for f in inbox.files(workspace.store, open_round.id)}
    assert received == {paths["kasko"].name, paths["kuva"].name, paths["kasko_pdf"].name}
    assert inbox.files(workspace.store, closed.id) == []


def test_last_rounds_return_dropped_on_the_new_round_says_whose_round_it_is(
        qtbot, coordinator, batch, workspace):
    """A return taken in last round, dropped again once the next round is open (a unit
    sent its old file instead of the new one): the new round's inbox says the file is for
    last round, instead of "Files taken in: 1" over an empty inbox."""
    import datetime

    from kotodesk.storage import inbox

    kasko = batch["paths"]["kasko"]
    take_in(qtbot, coordinator, [kasko])
    last = coordinator.session.round
    new = coordinator.session.open_round("1–6/2024", datetime.date(2024, 8, 31), "7–12/2024",
                                         False)
    assert coordinator.session.round.id == new.id
    take_in(qtbot, coordinator, [kasko])
    rows = coordinator.inbox.model.rows()
    assert [(r.file_name, r.outcome) for r in rows] == [(kasko.name, round_inbox.REFUSED)]
    assert rows[0].detail == (f"a return for another round ({last.period}; expected "
                              "1–6/2024)")
    assert coordinator.inbox.summary.text() == (
        "1 files: 0 accepted, 0 superseded, 0 same return again, 0 in conflict, "
        "0 held apart, 1 refused")
    assert inbox.files(workspace.store, new.id) == []
    assert len(inbox.files(workspace.store, last.id)) == 1
