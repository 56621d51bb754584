"""The coordinator's window on a real database with real signed returns: the inbox takes a
batch in off the UI thread, conflicts are settled side by side, completeness, review,
merged statuses and the signed outputs."""

from __future__ import annotations

import itertools
import re

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kotodesk.coordinator import inbox as round_inbox
from kotodesk.coordinator import signed_outputs
from kotodesk.coordinator.merged import merged_payload
from kotodesk.datafolder.roles import COORDINATOR, UNIT, current_role
from kotodesk.documents import verify
from kotodesk.signing import keys
from kotodesk.storage import entries as entry_store
from kotodesk.storage import inbox, settings, trust
from kotodesk.ui import signer_dialog
from kotodesk.ui.coordinator import inbox_tab
from kotodesk.ui.coordinator.completeness_models import NOT_RESPONSIBLE, UnitReturnsModel
from kotodesk.ui.coordinator.inbox_model import InboxModel
from kotodesk.ui.coordinator.statuses_tab import MeasureStatusModel
from kotodesk.ui.coordinator.window import CoordinatorWindow
from kotodesk.ui.i18n import Translations
from kotodesk.ui.signer_dialog import SignerDialog
from tests.returns_batch import HENKILOSTO, SHARED
from tests.support import make_identity

PASSPHRASE = "koordinaattori-2024"


def take_in(qtbot, window, paths) -> None:
    window.inbox.take_in_paths(paths)
    qtbot.waitUntil(lambda: window.inbox.run is None, timeout=20000)


def rows_by_file(window) -> dict[str, round_inbox.InboxRow]:
    return {r.file_name: r for r in window.inbox.model.rows()}


def test_a_dropped_folder_is_taken_in_and_each_file_says_what_happened(qtbot, coordinator,
                                                                       batch, workspace):
    paths = batch["paths"]
    seen = []
    coordinator.inbox.take_in_paths([batch["folder"]])
    coordinator.inbox.run.file_taken.connect(seen.append)
    assert coordinator.inbox.progress.isVisible()  # shown while the batch runs
    qtbot.waitUntil(lambda: coordinator.inbox.run is None, timeout=20000)
    assert len(seen) == 6 and not coordinator.inbox.progress.isVisible()
    # The junk file was looked at, not taken in: the count says so.
    assert coordinator.inbox.progress_label.text() == (
        "Files taken in: 5; refused: 1 (the column What happened says why).")

    rows = rows_by_file(coordinator)
    kasko = rows[paths["kasko"].name]
    assert (kasko.status, kasko.outcome, kasko.unit) == (
        verify.VALID, round_inbox.ACCEPTED, "Kasvatuksen ja koulutuksen toimiala")
    pdf = rows[paths["kasko_pdf"].name]  # the .pdf beside the .xlsx: the same return
    assert (pdf.status, pdf.outcome, pdf.detail) == (verify.VALID, round_inbox.SAME,
                                                      paths["kasko"].name)
    # An unknown signer's return and an unsigned one are held apart, not merged.
    assert rows[paths[HENKILOSTO].name].status == verify.UNKNOWN_SIGNER
    assert rows[paths[HENKILOSTO].name].outcome == round_inbox.HELD
    assert rows[paths["unsigned"].name].status == verify.UNSIGNED
    assert rows[paths["unsigned"].name].outcome == round_inbox.HELD
    junk = rows[paths["junk"].name]
    assert junk.outcome == round_inbox.REFUSED and "zip" in junk.detail

    model = coordinator.inbox.model
    row = next(i for i, r in enumerate(model.rows()) if r.file_name == paths["junk"].name)
    outcome = model.index(row, InboxModel.OUTCOME)
    assert outcome.data().startswith("Refused: ")
    assert outcome.data(Qt.ItemDataRole.DecorationRole) is not None  # icon and word
    assert model.index(row, InboxModel.RESULT).data() == "Unreadable"
    # A file name or unit the column elides is read whole in the tooltip.
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(row, InboxModel.FILE).data(tip) == str(paths["junk"])
    kasko_row = next(i for i, r in enumerate(model.rows())
                     if r.file_name == paths["kasko"].name)
    assert model.index(kasko_row, InboxModel.UNIT).data(tip) == (
        "Kasvatuksen ja koulutuksen toimiala")
    assert "<" in model.index(kasko_row, InboxModel.SIGNER).data(tip)
    held = next(i for i, r in enumerate(model.rows()) if r.file_name == paths["unsigned"].name)
    assert model.index(held, InboxModel.OUTCOME).data() == (
        "Held, not merged: the return is unsigned")
    assert coordinator.inbox.summary.text() == (
        "6 files: 2 accepted, 0 superseded, 1 same return again, 0 in conflict, "
        "2 held apart, 1 refused")
    round_ = workspace.round()
    assert len(inbox.files(workspace.store, round_.id)) == 5  # the refused one is not kept
    assert coordinator.tabs.tabText(1) == "&Conflicts"
    assert entry_store.load_entry(workspace.store, round_.id, "2/3.1", HENKILOSTO) is None

    # The same file again changes nothing and is no refusal.
    take_in(qtbot, coordinator, [paths["kasko"]])
    assert coordinator.inbox.progress_label.text() == "Files taken in: 1."
    assert not any("already received" in r.detail for r in coordinator.inbox.model.rows())
    assert len(coordinator.inbox.model.rows()) == 6
    assert len(inbox.files(workspace.store, round_.id)) == 5


def test_a_real_drop_event_takes_the_files_in(qtbot, coordinator, batch):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(batch["paths"]["kasko"])),
                  QUrl.fromLocalFile(str(batch["paths"]["kuva"]))])
    tab = coordinator.inbox
    centre = QPointF(tab.rect().center())
    # QDragEnterEvent takes a QPoint (PySide6 6.11), QDropEvent a QPointF.
    enter = QDragEnterEvent(centre.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(tab, enter)
    assert enter.isAccepted()
    drop = QDropEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    drop.ignore()
    QApplication.sendEvent(tab, drop)
    assert drop.isAccepted() and tab.run is not None
    qtbot.waitUntil(lambda: tab.run is None, timeout=20000)
    assert {r.file_name: r.outcome for r in tab.model.rows()} == {
        batch["paths"]["kasko"].name: round_inbox.ACCEPTED,
        batch["paths"]["kuva"].name: round_inbox.ACCEPTED}

    text_only = QMimeData()
    text_only.setText("not a file")
    refused = QDragEnterEvent(centre.toPoint(), Qt.DropAction.CopyAction, text_only,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    refused.ignore()
    QApplication.sendEvent(tab, refused)
    assert not refused.isAccepted()


def test_cancel_leaves_the_files_recorded_so_far(qtbot, coordinator, batch, workspace):
    tab = coordinator.inbox
    tab.take_in_paths([batch["folder"]])
    taken = []

    def cancel_after_two(intake):
        taken.append(intake)
        if len(taken) == 2:
            qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)

    tab.run.file_taken.connect(cancel_after_two)
    qtbot.waitUntil(lambda: tab.run is None, timeout=20000)
    # One of the two was refused: it was looked at, not taken in.
    assert tab.progress_label.text() == ("Cancelled after 2 of 6 files: 1 taken in, 1 "
                                         "refused; the rest were not touched.")
    recorded = inbox.files(workspace.store, workspace.round().id)
    assert [f.file_name for f in recorded] == [t.file.name for t in taken if t.accepted]
    assert len(tab.model.rows()) == 2  # the recorded file and the refused one


def test_the_event_loop_gets_a_turn_between_files(qtbot, coordinator, batch):
    """Files are recorded one per turn of the event loop (a repaint or a click on Cancel
    can come between any two), and the worker never runs far ahead."""
    from kotodesk.ui.coordinator.intake_run import AHEAD

    events, backlog = [], []
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: events.append("turn"))
    tab = coordinator.inbox
    tab.take_in_paths([batch["folder"]])
    tab.run.file_taken.connect(lambda _t: (events.append("file"),
                                           backlog.append(len(tab.run._pending))))
    ticker.start()
    qtbot.waitUntil(lambda: tab.run is None, timeout=20000)
    ticker.stop()
    files = [i for i, e in enumerate(events) if e == "file"]
    assert len(files) == 6
    assert all("turn" in events[a + 1:b] for a, b in itertools.pairwise(files))
    assert max(backlog) < AHEAD


def test_a_conflict_is_settled_side_by_side(qtbot, coordinator, batch, workspace,
                                            monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    trust.add(workspace.store, batch["people"][HENKILOSTO].certificate, units=[HENKILOSTO],
              confirmed=True)
    take_in(qtbot, coordinator, [batch["folder"]])
    # The unsigned copy is held until the coordinator accepts it in the inbox.
    inbox_tab_ = coordinator.inbox
    row = next(i for i, r in enumerate(inbox_tab_.model.rows())
               if r.file_name == batch["paths"]["unsigned"].name)
    inbox_tab_.view.selectRow(row)
    assert inbox_tab_.accept_button.isEnabled() and not inbox_tab_.trust_button.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(inbox_tab_.accept_button, Qt.MouseButton.LeftButton)
    assert "the return is unsigned" in asked[0]
    tab = coordinator.conflicts
    coordinator.tabs.setCurrentWidget(tab)
    assert tab.list_model.rowCount() == 1
    conflict = tab.selected()
    assert (conflict.ref, conflict.unit_id) == ("2/3.1", HENKILOSTO)
    options = tab.options
    assert options.columnCount() == 2
    fields = [options.headerData(r, Qt.Orientation.Vertical) for r in range(options.rowCount())]
    narrative = fields.index("What has been done")
    texts = {options.index(narrative, c).data() for c in range(2)}
    assert "Käsin muutettu: malli valmis." in texts
    assert options.index(narrative, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert options.index(fields.index("Status"), 0).data(Qt.ItemDataRole.FontRole) is None

    unsigned = next(c for c in range(2) if options.index(0, c).data()
                    == batch["paths"]["unsigned"].name)
    button = tab.buttons.itemAt(unsigned).widget()
    assert button.accessibleName().startswith(f"Use return {unsigned + 1}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    round_ = workspace.round()
    saved = entry_store.load_entry(workspace.store, round_.id, "2/3.1", HENKILOSTO)
    assert saved.narrative == "Käsin muutettu: malli valmis."
    assert tab.list_model.rowCount() == 0
    assert coordinator.tabs.tabText(1) == "&Conflicts"
    outcomes = {r.file_name: r.outcome for r in coordinator.inbox.model.rows()}
    assert outcomes[batch["paths"]["unsigned"].name] == round_inbox.ACCEPTED


def test_completeness_shows_each_units_status_and_copies_a_reminder(qtbot, coordinator,
                                                                    batch, workspace):
    take_in(qtbot, coordinator, [batch["folder"]])
    tab = coordinator.completeness
    coordinator.tabs.setCurrentWidget(tab)
    units = [tab.units.index(r, 0).data(UnitReturnsModel.UnitRole).unit.id
             for r in range(tab.units.rowCount())]
    refs = [tab.matrix.headerData(c, Qt.Orientation.Horizontal)
            for c in range(tab.matrix.columnCount())]
    assert len(refs) == 47 and tab.matrix.rowCount() == len(units)
    kasko, sotepe = units.index("kasko"), units.index("sotepe")
    shared = tab.matrix.index(kasko, refs.index(SHARED))
    assert shared.data(tab.matrix.CellRole) == "red"
    assert shared.data(Qt.ItemDataRole.DecorationRole) is not None  # shape, not colour alone
    # the default scale in the window's language (English here)
    assert "Not started / will not be started" in shared.data(Qt.ItemDataRole.ToolTipRole)
    assert shared.data(Qt.ItemDataRole.BackgroundRole) is not None
    missing = tab.matrix.index(sotepe, refs.index(SHARED))
    assert missing.data(tab.matrix.CellRole) is None  # expected, not returned
    assert "not reported" in missing.data(Qt.ItemDataRole.AccessibleTextRole)
    henkilosto = units.index(HENKILOSTO)
    assert tab.matrix.index(henkilosto, refs.index("1/1.1")).data(tab.matrix.CellRole) \
        is NOT_RESPONSIBLE
    returned = tab.units.index(kasko, UnitReturnsModel.RETURNED).data()
    assert returned.startswith("Returned ")
    assert tab.units.index(sotepe, UnitReturnsModel.RETURNED).data() == "Not returned"
    assert tab.units.index(kasko, UnitReturnsModel.REPORTED).data() == "20/20"
    themes = [tab.themes.index(r, 1).data() for r in range(tab.themes.rowCount())]
    assert len(themes) == 4 and all(" of " in t for t in themes)

    tab.matrix_view.setCurrentIndex(shared)
    assert tab.cell_text.text().startswith(
        "Kasvatuksen ja koulutuksen toimiala: Not started / will not be started · 1/1.1 ")
    assert tab.units_view.currentIndex().row() == kasko

    QApplication.clipboard().clear()
    qtbot.mouseClick(tab.reminder_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    # In the window's language, as Remind by e-mail… writes its drafts (it was Finnish in
    # every window).
    assert text.startswith("Reminder: Helsingin kaupungin kotoutumisen")
    assert "The return is still missing from these units:" in text
    assert "- Sosiaali-, terveys- ja pelastustoimiala" in text
    assert "Kasvatuksen ja koulutuksen toimiala" not in text
    Translations().install("sv")
    try:
        text = tab.reminder_text()
    finally:
        Translations().install("en")
    assert text.startswith("Påminnelse: Helsingin kaupungin kotoutumisen")
    assert "- Social-, hälsovårds- och räddningssektorn" in text


def test_review_sends_a_return_back_only_with_a_comment(qtbot, coordinator, batch, workspace):
    take_in(qtbot, coordinator, [batch["paths"]["kasko"]])
    tab = coordinator.review
    coordinator.tabs.setCurrentWidget(tab)
    units = [tab.model.index(r, 0).data(UnitReturnsModel.UnitRole).unit.id
             for r in range(tab.model.rowCount())]
    tab.view.selectRow(units.index("kasko"))
    qtbot.mouseClick(tab.return_button, Qt.MouseButton.LeftButton)
    assert "comment" in tab.message.text()
    round_ = workspace.round()
    assert inbox.reviews(workspace.store, round_.id) == {}
    tab.comment.setPlainText("Mittarin 1/2.3 luvut puuttuvat.")
    qtbot.mouseClick(tab.return_button, Qt.MouseButton.LeftButton)
    review = inbox.reviews(workspace.store, round_.id)["kasko"]
    assert (review.state, review.comment, review.reviewed_by) == (
        "returned", "Mittarin 1/2.3 luvut puuttuvat.", "Kirsi Koordinaattori")
    row = units.index("kasko")
    assert tab.model.index(row, UnitReturnsModel.REVIEW).data() == "Sent back"
    assert tab.selected().unit.id == "kasko"  # the selection stays after the refresh
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    assert inbox.reviews(workspace.store, round_.id)["kasko"].state == "accepted"


def test_merged_status_is_set_with_a_note_and_returned_to_the_default(qtbot, coordinator,
                                                                      batch, workspace):
    take_in(qtbot, coordinator, [batch["paths"]["kasko"], batch["paths"]["kuva"]])
    tab = coordinator.statuses
    coordinator.tabs.setCurrentWidget(tab)
    shown = [tab.proxy.index(r, 0).data(MeasureStatusModel.StatusRole)
             for r in range(tab.proxy.rowCount())]
    assert shown and all(s.disagree for s in shown)  # only where the units disagree
    row = next(i for i, s in enumerate(shown) if s.measure.ref == SHARED)
    tab.view.selectRow(row)
    assert tab.selected().default == "red"
    assert "Kasko: Not started" in tab.proxy.index(row, MeasureStatusModel.UNITS).data()
    tab.status.setCurrentIndex(tab.status.findData("green"))
    tab.note.setText("Kuva on jo aloittanut.")
    qtbot.mouseClick(tab.set_button, Qt.MouseButton.LeftButton)
    round_ = workspace.round()
    override = inbox.overrides(workspace.store, round_.id)[SHARED]
    assert (override.status, override.note) == ("green", "Kuva on jo aloittanut.")
    assert tab.selected().measure.ref == SHARED
    assert "(set by you)" in tab.proxy.index(tab.view.currentIndex().row(),
                                             MeasureStatusModel.MERGED).data()
    payload = merged_payload(workspace, round_, {}, "")
    merged = next(m for t in payload["themes"] for m in t["measures"] if m["ref"] == SHARED)
    assert merged["status"] == "green"

    assert tab.clear_button.isEnabled()
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert SHARED not in inbox.overrides(workspace.store, round_.id)

    tab.show_all.setChecked(True)
    assert tab.proxy.rowCount() > len(shown)


def test_trusting_an_unknown_signer_after_the_fingerprint_makes_their_files_valid(
        qtbot, coordinator, batch, workspace, monkeypatch):
    take_in(qtbot, coordinator, [batch["paths"][HENKILOSTO]])
    tab = coordinator.inbox
    tab.view.selectRow(0)
    assert tab.trust_button.isEnabled()
    fingerprint = batch["people"][HENKILOSTO].info.fingerprint
    assert fingerprint in tab.details.text()
    asked = []

    def ask(parent, register, certificate, **chosen):
        dialog = SignerDialog(register, certificate, parent=parent, **chosen)
        qtbot.addWidget(dialog)
        asked.append(keys.describe(certificate).fingerprint)
        assert fingerprint in dialog.about.text()
        return dialog.choice()

    monkeypatch.setattr(signer_dialog, "ask_signer", ask)
    qtbot.mouseClick(tab.trust_button, Qt.MouseButton.LeftButton)
    assert asked == [fingerprint]
    signer = trust.get(workspace.store, fingerprint)
    assert (signer.how, signer.role, signer.units, signer.confirmed) == (
        "accepted", "unit", ("kanslia",), True)  # as proposed from the certificate
    [received] = inbox.files(workspace.store, workspace.round().id)
    assert received.status == verify.VALID
    assert tab.model.rows()[0].outcome == round_inbox.ACCEPTED
    qtbot.waitUntil(lambda: tab.model.rows()[0].verification.status == verify.VALID,
                    timeout=10000)
    assert tab.model.rows()[0].status == verify.VALID


def test_outputs_write_the_signed_merged_report_off_the_ui_thread(qtbot, coordinator, batch,
                                                                  workspace, tmp_path):
    identity = keys.new_identity(name="Kirsi Koordinaattori", email="kirsi@hel.fi",
                                 unit="Kaupunginkanslia", organisation="Helsingin kaupunki")
    keys.save_identity(workspace.home, identity, PASSPHRASE)
    take_in(qtbot, coordinator, [batch["paths"]["kasko"]])
    tab = coordinator.outputs
    coordinator.tabs.setCurrentWidget(tab)
    tab.refresh()
    assert tab.write_button.isEnabled()
    tab.folder.setText(str(tmp_path / "out"))
    tab.want_pdf.setChecked(False)
    tab.passphrase.setText("wrong passphrase")
    qtbot.mouseClick(tab.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.worker is None, timeout=20000)
    assert "Wrong passphrase" in tab.message.text()

    in_the_way = tmp_path / "tiedosto"  # a file where the folder should be: said, not Errno
    in_the_way.write_text("ei kansio", encoding="utf-8")
    tab.folder.setText(str(in_the_way))
    tab.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(tab.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.worker is None, timeout=20000)
    assert f"{in_the_way}/yhdistetty_" in tab.message.text()
    assert "(it is a file, not a folder)" in tab.message.text()
    assert in_the_way.read_text(encoding="utf-8") == "ei kansio"

    tab.folder.setText(str(tmp_path / "out"))
    tab.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(tab.write_button, Qt.MouseButton.LeftButton)
    assert not tab.write_button.isEnabled()  # while the worker signs
    qtbot.waitUntil(lambda: tab.worker is None, timeout=20000)
    [written] = list((tmp_path / "out").glob("*.xlsx"))
    assert written.name.startswith("yhdistetty_")
    assert str(written) in tab.message.text()
    result = verify.verify_file(written, {identity.info.fingerprint})
    assert (result.status, result.kind) == (verify.VALID, "kotodesk-merged/1")
    assert tab.passphrase.text() == ""

    # Written beside the returns and dropped with them: set aside, not a refused return
    # (the command line's merge did so; the window counted it refused).
    take_in(qtbot, coordinator, [written, batch["paths"]["kasko"]])
    assert coordinator.inbox.progress_label.text() == (
        "Files taken in: 1; refused: 0; set aside as kotodesk's own reports, not returns: 1 "
        "(the column What happened says why).")
    row = rows_by_file(coordinator)[written.name]
    assert row.outcome == round_inbox.SET_ASIDE
    shown = next(i for i, r in enumerate(coordinator.inbox.model.rows()) if r is row)
    assert coordinator.inbox.model.index(shown, InboxModel.OUTCOME).data().startswith(
        "Set aside: a merged report or meeting summary of round")
    assert coordinator.inbox.summary.text().endswith(", 1 set aside (not returns)")


def test_a_new_round_and_its_package_reach_the_unit_window(qtbot, batch, tmp_path, monkeypatch,
                                                           window):
    """The coordinator (own data folder) opens a round and writes its package; the unit's
    window takes it in, shows the new round and the coordinator's comment."""
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.ui import package_import

    coord_ws = Workspace.open(tmp_path / "coordinator")
    try:
        identity = keys.new_identity(name="Kirsi Koordinaattori", email="kirsi@hel.fi",
                                     unit="Kaupunginkanslia", organisation="Helsingin kaupunki")
        keys.save_identity(coord_ws.home, identity, PASSPHRASE)
        trust.add(coord_ws.store, batch["people"][HENKILOSTO].certificate,
                  units=[HENKILOSTO], confirmed=True)
        office = CoordinatorWindow(coord_ws, None)
        qtbot.addWidget(office)
        take_in(qtbot, office, [batch["paths"][HENKILOSTO]])
        review = office.review
        units = [review.model.index(r, 0).data(UnitReturnsModel.UnitRole).unit.id
                 for r in range(review.model.rowCount())]
        review.view.selectRow(units.index(HENKILOSTO))
        review.comment.setPlainText("Lisätkää rekrytointien luvut.")
        qtbot.mouseClick(review.return_button, Qt.MouseButton.LeftButton)

        outputs = office.outputs
        assert outputs.period.text() == "2024"  # the open round's next period
        outputs.next_period.setText("2025")
        asked = answer_dialog(qtbot, "Open 2024 and close 6–12/2023")
        qtbot.mouseClick(outputs.open_button, Qt.MouseButton.LeftButton)
        assert "closes round 6–12/2023" in asked[0]
        assert office.session.round.period == "2024"
        assert office.rounds.currentText() == "2024 (open)"
        assert "6–12/2023 (closed)" in [office.rounds.itemText(i)
                                        for i in range(office.rounds.count())]
        outputs.folder.setText(str(tmp_path / "out"))
        outputs.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(outputs.package_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: outputs.worker is None, timeout=20000)
        [package] = list((tmp_path / "out").glob("kierrospaketti_*.xlsx"))
        office.close()
    finally:
        coord_ws.close()

    asked = []
    monkeypatch.setattr(package_import, "confirm_trust",
                        lambda _parent, result: asked.append(result.fingerprint) or True)
    window.take_in_package(package)
    assert asked == [identity.info.fingerprint]
    assert window.session.round.period == "2024"
    assert "2024" in window.windowTitle()
    assert "Lisätkää rekrytointien luvut." in window.header.text()
    assert "sent your last return back" in window.header.text()
    assert "2024" in window.statusBar().currentMessage()
    result = window.package_result  # stays until the person closes it (issue 15)
    assert result.isVisible() and "2024" in result.text()
    result.close()
    # The previous round's merged entry is now the unit's "last round" text.
    previous = window.session.previous("2/3.1")
    assert previous and previous[0].narrative.startswith("2/3.1: ")


def be_coordinator(controller) -> None:
    settings.put(controller.workspace.store, role="coordinator")
    controller.window.set_role("coordinator")


def answer_dialog(qtbot, button: str) -> list[str]:
    """Press `button` in the next modal message box; the box's text is appended to the
    returned list (so a test can say what was asked)."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        asked.append(box.text())
        # A standard button is found by its name too: its text is in whatever language
        # Qt's own translations (left by an earlier test) give it.
        found = [b for b in box.buttons() if b.text().replace("&", "") == button
                 or box.standardButton(b).name == button]
        if len(found) != 1:  # fail the test (the box is closed), never hang it
            asked.append(f"no single button {button!r} among "
                         f"{[b.text() for b in box.buttons()]}")
            box.reject()
            return
        found[0].click()

    QTimer.singleShot(0, press)
    return asked


def test_the_coordinator_window_opens_from_the_main_window_and_reloads_it(
        qtbot, controller, batch):
    be_coordinator(controller)
    window = controller.window
    window.coordinator_action.trigger()
    office = controller.coordinator
    qtbot.addWidget(office)
    assert office.isVisible()
    assert window.coordinator_action.shortcut().toString() == "Ctrl+Shift+C"
    assert window.session.status("2/3.1") is None
    trust.add(controller.workspace.store, batch["people"][HENKILOSTO].certificate)
    take_in(qtbot, office, [batch["paths"][HENKILOSTO]])
    assert window.session.status("2/3.1") == "green"  # the main window shows merged entries
    window.coordinator_action.trigger()
    assert controller.coordinator is office  # one coordinator window


def test_every_tab_holds_its_layout_at_1280_by_720(qtbot, coordinator, batch):
    take_in(qtbot, coordinator, [batch["folder"]])
    coordinator.inbox.view.selectRow(2)
    completeness = coordinator.completeness
    completeness.matrix_view.setCurrentIndex(completeness.matrix.index(6, 0))  # a long text
    coordinator.statuses.view.selectRow(0)
    for index in range(coordinator.tabs.count()):
        coordinator.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        hint = coordinator.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720, coordinator.tabs.tabText(index)
    assert (coordinator.width(), coordinator.height()) == (1280, 720)


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def test_every_tab_can_be_worked_from_the_keyboard(qtbot, coordinator, batch):
    """Alt+letter reaches each tab and each button or field on it, with no letter twice;
    every input and view has an accessible name."""
    take_in(qtbot, coordinator, [batch["folder"]])
    tabs = [coordinator.tabs.tabText(i) for i in range(coordinator.tabs.count())]
    for index in range(coordinator.tabs.count()):
        coordinator.tabs.setCurrentIndex(index)
        page = coordinator.tabs.currentWidget()
        letters = [mnemonic(t) for t in [*tabs, "&Round:"]]
        for widget in page.findChildren(QWidget):
            if not widget.isVisibleTo(coordinator):
                continue
            labelled = isinstance(widget, QLabel) and widget.buddy() is not None
            if isinstance(widget, QAbstractButton) or labelled:
                letters.append(mnemonic(widget.text()))
            inner = isinstance(widget, QHeaderView) or isinstance(
                widget.parent(), QComboBox | QAbstractSpinBox)  # parts of a named control
            if isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QAbstractItemView
                          | QDateEdit) and not inner:
                assert widget.accessibleName(), (tabs[index], widget)
        letters = [x for x in letters if x]
        assert len(letters) == len(set(letters)), (tabs[index], sorted(letters))


def test_the_coordinator_window_is_rebuilt_in_a_new_language_and_closes_with_the_main(
        qtbot, controller):
    be_coordinator(controller)
    controller.window.coordinator_action.trigger()
    first = controller.coordinator
    assert first.tabs.tabText(0) == "Returns &inbox"
    controller.apply_settings({"language": "fi", "unit": controller.setting("unit"),
                               "user_name": "Anna", "user_email": ""})
    second = controller.coordinator
    assert second is not first and second.isVisible()
    assert second.parent() is controller.window  # goes when the main window goes
    assert controller.close_coordinator() and controller.coordinator is None


def test_closing_mid_batch_stops_the_work_and_the_window_opens_again_ready(
        qtbot, coordinator, batch, workspace):
    tab = coordinator.inbox
    tab.take_in_paths([batch["folder"]])
    taken = []
    tab.run.file_taken.connect(lambda t: taken.append(t) or coordinator.close())
    qtbot.waitUntil(lambda: tab.run is None, timeout=20000)
    qtbot.wait(50)  # whatever the worker had sent is delivered now, and ignored
    assert len(taken) == 1
    assert tab.progress_label.text().startswith("Stopped when the window closed: 1 of 6")
    assert len(inbox.files(workspace.store, workspace.round().id)) <= 1
    coordinator.show()
    take_in(qtbot, coordinator, [batch["paths"]["kuva"]])
    assert batch["paths"]["kuva"].name in {r.file_name for r in tab.model.rows()}


def test_a_file_that_is_no_round_package_is_refused_on_the_unit_side(window, batch,
                                                                      monkeypatch):
    from kotodesk.ui import package_import

    warnings, asked = [], []
    monkeypatch.setattr(package_import.QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(package_import, "confirm_trust",
                        lambda _parent, result: asked.append(result) or False)
    period = window.session.round.period
    window.take_in_package(batch["paths"]["junk"])
    assert warnings and "lounaslista.xlsx" in warnings[0]
    window.take_in_package(batch["paths"]["kuva"])  # genuine, unknown signer, not a package
    assert len(asked) == 1 and len(warnings) == 1  # declined at the fingerprint: nothing more
    assert window.session.round.period == period


def _aborting_reader(monkeypatch, signed, killer):
    """`signed` copied to `killer`, whose examiner child really dies of SIGABRT on it (as
    a reader's abort would); the list `here` records every file examined in this (the
    window's) process instead."""
    import shutil
    import sys

    from kotodesk.documents import examiners
    from tests.core.test_examiners import KILLER

    shutil.copy(signed, killer)
    monkeypatch.setattr(examiners, "own_command", lambda *_: [sys.executable, "-c", KILLER])
    here, examine = [], verify.examine
    monkeypatch.setattr(verify, "examine",
                        lambda path, *a, **k: here.append(path) or examine(path, *a, **k))
    return killer, here


def test_a_package_that_kills_its_reader_is_refused_and_the_unit_window_goes_on(
        window, batch, monkeypatch, tmp_path):
    """Whatever arrives as a round package is examined in a child process: here the real
    child dies (SIGABRT, as a reader's abort would) on the file, which is refused with
    that reason; the unit's window goes on and examined nothing itself."""
    from kotodesk.ui import package_import

    killer, here = _aborting_reader(monkeypatch, batch["paths"]["kuva"],
                                    tmp_path / "tappaja-kierrospaketti.xlsx")
    warnings, asked = [], []
    monkeypatch.setattr(package_import.QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(package_import, "confirm_trust",  # read, it would ask: refuse
                        lambda _parent, result: asked.append(result) or False)
    period = window.session.round.period
    window.take_in_package(killer)
    assert asked == []
    assert len(warnings) == 1 and "stopped the checking process twice" in warnings[0]
    assert str(killer) in warnings[0] or killer.name in warnings[0]
    assert here == []
    assert window.isVisible() and window.session.round.period == period


@pytest.mark.skipif(not signed_outputs.pdf_available(),
                    reason="kotodesk.documents.summary_pdf is not in this version yet")
def test_outputs_write_the_meeting_summary_too(qtbot, coordinator, batch, workspace,
                                               tmp_path):
    identity = make_identity("Kirsi Koordinaattori")
    keys.save_identity(workspace.home, identity, PASSPHRASE)
    take_in(qtbot, coordinator, [batch["folder"]])
    tab = coordinator.outputs
    tab.refresh()
    assert tab.want_pdf.isEnabled() and tab.want_pdf.isChecked()
    tab.folder.setText(str(tmp_path))
    tab.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(tab.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.worker is None, timeout=60000)
    [pdf] = list(tmp_path.glob("kokousyhteenveto_*.pdf"))
    result = verify.verify_file(pdf, {identity.info.fingerprint})
    assert result.status == verify.VALID, result.message


def test_the_sealed_values_of_a_file_whose_look_changed_are_taken_in_knowingly(
        qtbot, coordinator, batch, workspace, tmp_path, monkeypatch):
    # Kasko's return with a row hidden after signing: values as signed, look changed.
    import re
    import zipfile

    original = batch["paths"]["kasko"]
    hidden = tmp_path / original.name
    with zipfile.ZipFile(original) as zin, zipfile.ZipFile(hidden, "w",
                                                           zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet2.xml":
                data = re.sub(rb'<row r="5"', b'<row r="5" hidden="1"', data, count=1)
            zout.writestr(info, data)
    take_in(qtbot, coordinator, [hidden])
    tab = coordinator.inbox
    tab.view.selectRow(0)
    row = tab._selected()
    assert row.status == verify.MODIFIED and row.verification.values_intact
    assert "values unchanged, appearance changed" in tab.details.text()
    assert tab.sealed_button.isEnabled() and not tab.trust_button.isEnabled()
    asked = []
    monkeypatch.setattr(inbox_tab.QMessageBox, "question", lambda _parent, title, text:
                        asked.append(text) or inbox_tab.QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.sealed_button, Qt.MouseButton.LeftButton)
    assert asked and "only in how it looks" in asked[0]
    [received] = inbox.files(workspace.store, workspace.round().id)
    # Its signer is trusted for Kasko: it counts, marked as changed in appearance.
    assert received.status == verify.VALID and received.appearance_changed
    assert received.file_name == hidden.name
    assert tab.progress_label.text().startswith("taken in knowingly")
    assert [r.file_name for r in tab.model.rows()] == [hidden.name]


def test_after_write_and_sign_the_focus_is_on_the_button_not_the_new_round_form(
        qtbot, coordinator, batch, workspace, tmp_path):
    identity = keys.new_identity(name="Kirsi Koordinaattori", email="kirsi@hel.fi",
                                 unit="Kaupunginkanslia", organisation="Helsingin kaupunki")
    keys.save_identity(workspace.home, identity, PASSPHRASE)
    take_in(qtbot, coordinator, [batch["paths"]["kasko"]])
    tab = coordinator.outputs
    coordinator.tabs.setCurrentWidget(tab)
    coordinator.activateWindow()
    qtbot.waitUntil(coordinator.isActiveWindow)
    tab.refresh()
    tab.folder.setText(str(tmp_path / "out"))
    tab.want_pdf.setChecked(False)
    tab.passphrase.setText(PASSPHRASE)
    tab.write_button.setFocus()
    qtbot.keyClick(tab.write_button, Qt.Key.Key_Space)
    seen = []
    qtbot.waitUntil(lambda: seen.append(QApplication.focusWidget()) or tab.worker is None,
                    timeout=20000)
    form = tab.open_button.parentWidget()
    assert not any(w is not None and form.isAncestorOf(w) for w in seen)
    assert QApplication.focusWidget() is tab.write_button
    before = tab.period.text()
    qtbot.keyClicks(QApplication.focusWidget(), "99")  # a few keys: no new round
    assert workspace.round().period == "6–12/2023" and tab.period.text() == before


def test_an_older_folder_that_received_returns_is_a_coordinators(qtbot, coordinator, batch,
                                                                  workspace):
    assert current_role(workspace.store) == UNIT
    take_in(qtbot, coordinator, [batch["paths"]["kasko"]])
    assert current_role(workspace.store) == COORDINATOR



def _examiner_children() -> list[str]:
    """The command lines of this process's children that are intake examiners."""
    import os
    from pathlib import Path

    found = []
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        for pid in (task / "children").read_text().split():
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
            if b"kotodesk.documents.examiners" in cmdline:
                found.append(cmdline.decode())
    return found


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"),
                    reason="reads the process's children from /proc")
def test_a_large_batch_is_examined_beside_the_window_and_each_file_says_what_happened(
        qtbot, coordinator, batch, workspace, tmp_path):
    """A folder of 120 files (each file of the batch under 20 names): large enough to be
    examined in a child process (documents.examiners) while the UI thread records; each
    file's outcome is what a small batch gives it, and the child is gone afterwards."""
    import shutil

    paths = batch["paths"]
    folder = tmp_path / "postilaatikko"
    folder.mkdir()
    kinds = ("kasko", "kasko_pdf", "kuva", HENKILOSTO, "unsigned", "junk")
    for i in range(20):
        for kind in kinds:
            shutil.copy(paths[kind], folder / f"{i:02}-{paths[kind].name}")
    children, taken = [], []

    def first_file(intake):
        taken.append(intake)
        if len(taken) == 1:
            children.extend(_examiner_children())

    coordinator.inbox.take_in_paths([folder])
    coordinator.inbox.run.file_taken.connect(first_file)
    qtbot.waitUntil(lambda: coordinator.inbox.run is None, timeout=60000)
    from kotodesk.documents.examiners import children_for

    wanted = children_for(sorted(folder.iterdir()))  # 20 .pdf files: one per core
    assert wanted >= 1 and len(children) == wanted, children
    assert len(taken) == 120
    outcome = {t.file.name: (t.accepted, t.already, t.status) for t in taken}
    for i in range(20):
        first = i == 0
        assert outcome[f"{i:02}-{paths['kasko'].name}"] == (True, not first, verify.VALID)
        assert outcome[f"{i:02}-{paths['unsigned'].name}"] == (True, not first,
                                                                verify.UNSIGNED)
        assert outcome[f"{i:02}-{paths['junk'].name}"] == (False, False, verify.UNREADABLE)
    assert len(inbox.files(workspace.store, workspace.round().id)) == 5
    assert not _examiner_children()


def test_verify_files_checks_pdf_copies_beside_the_window(qtbot, coordinator, batch, workspace,
                                                          tmp_path):
    """Verify files… on a handful of .pdf copies (worth examiner processes: one .pdf is
    ~25 .xlsx files' work) shows each one's judged verdict, and leaves no process."""
    import shutil

    from kotodesk.documents.examiners import children_for
    from kotodesk.ui.verify_dialog import VerifyDialog

    files = []
    for i in range(5):
        files.append(tmp_path / f"{i}-{batch['paths']['kasko_pdf'].name}")
        shutil.copy(batch["paths"]["kasko_pdf"], files[-1])
    files.append(batch["paths"]["junk"])
    assert children_for(files) >= 1
    dialog = VerifyDialog(workspace, files)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(files), timeout=60000)
    assert [r.status for r in dialog.model.rows()] == [verify.VALID] * 5 + [verify.UNREADABLE]
    assert not _examiner_children()


def test_a_file_dropped_alone_that_kills_its_reader_leaves_the_window_standing(
        qtbot, coordinator, batch, workspace, tmp_path, monkeypatch):
    """The coordinator's commonest batch is one attachment. It is examined in a child
    process, not in the window's: here the real child really dies (SIGABRT, as a reader's
    abort would) on the attachment, which is refused, and the window takes the next
    attachment in, also examined beside it. Were either examined in the window's own
    process, `here` would hold it (and a real abort would have ended the window)."""
    from kotodesk.ui.verify_dialog import VerifyDialog

    killer, here = _aborting_reader(monkeypatch, batch["paths"]["kasko"],
                                    tmp_path / "tappaja.xlsx")

    take_in(qtbot, coordinator, [killer])
    (row,) = coordinator.inbox.model.rows()
    assert row.status == verify.UNREADABLE
    outcome = coordinator.inbox.proxy.index(0, InboxModel.OUTCOME)
    said = outcome.data(Qt.ItemDataRole.ToolTipRole) or outcome.data()
    assert "stopped the checking process twice" in said, said
    take_in(qtbot, coordinator, [batch["paths"]["kuva"]])
    assert rows_by_file(coordinator)[batch["paths"]["kuva"].name].status == verify.VALID

    dialog = VerifyDialog(workspace, [killer])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=30000)
    (verdict,) = dialog.model.rows()
    assert verdict.status == verify.UNREADABLE
    assert verdict.message.code == "examiner-stopped"
    assert here == []
    assert not _examiner_children()


def test_a_correction_sent_under_the_same_name_is_told_apart_by_its_signing_time(
        qtbot, coordinator, batch, workspace, unit_home, tmp_path, cli, monkeypatch):
    """A unit's correction comes as the same attachment name as its first return (the
    export names a return by unit, programme and round): the inbox and `merge` said
    'Superseded by palautus.xlsx' of palautus.xlsx. They name the other file's signing
    time where its name alone does not tell it apart."""
    import datetime as dt

    from kotodesk.reporting.entries import apply_edits
    from tests.trust_support import KASKO, person, return_payload, write_signed

    kaisa = person("Kaisa Kasko", KASKO)  # a key made a month ago
    trust.add(workspace.store, kaisa.certificate, units=["kasko"], confirmed=True)
    round_ = unit_home.round()
    catalogue = unit_home.catalogue(round_.programme_id, round_.catalogue_version)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    files = []
    for hours, status in ((5, "yellow"), (2, "green")):
        apply_edits(unit_home.store, catalogue, round_, "kasko", "1/1.1", {"status": status},
                    "Kaisa")
        signed = (now - dt.timedelta(hours=hours)).isoformat()
        folder = tmp_path / f"posti-{hours}"
        folder.mkdir()
        files.append(write_signed(return_payload(unit_home, "kasko", kaisa, signed_at=signed),
                                  kaisa, folder / "palautus.xlsx"))
    take_in(qtbot, coordinator, files)
    model = coordinator.inbox.model
    [first] = [r for r in model.rows() if r.outcome == round_inbox.SUPERSEDED]
    from kotodesk.ui.verification_model import signed_time

    later = signed_time((now - dt.timedelta(hours=2)).isoformat())
    assert model.outcome_text(first) == f"Superseded by palautus.xlsx signed {later}"

    listed = cli("inbox")
    assert (f"superseded (palautus.xlsx signed {(now - dt.timedelta(hours=2)).isoformat()})"
            in listed.out), listed.out
    monkeypatch.setenv("KOTODESK_PASSPHRASE", PASSPHRASE)
    assert cli("key", "new", "--name", "Kirsi", "--email", "k@hel.fi", "--unit",
               "kanslia-maahanmuutto").code == 0
    made = cli("merge", "--pdf", str(tmp_path / "yhteenveto.pdf"))
    assert made.code in (0, 1), made.err
    assert (f"Superseded: palautus.xlsx signed {(now - dt.timedelta(hours=5)).isoformat()} "
            f"by the one signed {(now - dt.timedelta(hours=2)).isoformat()}") in made.out, made.out


def test_a_unit_that_answered_without_a_status_is_not_counted_as_complete(qtbot, coordinator,
                                                                         workspace):
    """Completeness read 'Reported 8/8' for a unit that left two statuses out (a full
    round's Kymp), while the merged status of those measures waited for them: the count
    says how many lack a status, whole (not elided), and its tool tip why that matters."""
    from kotodesk.coordinator.merged import completeness
    from kotodesk.reporting.entries import apply_edits
    from kotodesk.ui.coordinator.completeness_models import ThemeProgressModel

    round_ = workspace.round()
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(workspace.store, catalogue, round_, "kasko", SHARED,
                {"narrative": "Käynnissä; tila puuttuu vielä."}, "Kaisa")
    apply_edits(workspace.store, catalogue, round_, "kasko", "2/2.3", {"status": "green"},
                "Kaisa")
    [kasko] = [u for u in completeness(workspace, round_).units if u.unit.id == "kasko"]
    assert (kasko.reported, kasko.unstated) == (2, 1)
    tab = coordinator.completeness
    coordinator.tabs.setCurrentWidget(tab)
    tab.session.choose_round(round_.id)  # read the entries written beside the window
    tab.refresh()
    row = [tab.units.index(r, 0).data(UnitReturnsModel.UnitRole).unit.id
           for r in range(tab.units.rowCount())].index("kasko")
    shown = tab.units.index(row, UnitReturnsModel.REPORTED)
    assert shown.data() == f"2/{kasko.measures}, 1 without status"
    assert "1 of them without a status" in shown.data(Qt.ItemDataRole.ToolTipRole)
    metrics = tab.units_view.fontMetrics()
    assert tab.units_view.columnWidth(UnitReturnsModel.REPORTED) > \
        metrics.horizontalAdvance(shown.data())
    for r in range(tab.themes.rowCount()):
        words = tab.themes.index(r, ThemeProgressModel.COMPLETE).data()
        assert tab.themes_view.columnWidth(ThemeProgressModel.COMPLETE) > \
            metrics.horizontalAdvance(words), words


def test_the_round_package_is_not_said_to_carry_a_deadline_the_round_has_not(coordinator):
    # The embedded round has no deadline (migration 0010); the outputs tab said the
    # package carried "the round and its deadline".
    assert coordinator.session.round.deadline is None
    said = coordinator.outputs.package_text.text()
    assert "(it has no deadline)" in said and "its deadline" not in said
