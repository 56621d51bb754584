"""The coordinator's window by keyboard and the items of issue 15 it owns: a settled
conflict reopened and settled again, "prefer newest" in the window, the review table's
Tab, a coordinator's key made in Settings and seen by the Outputs tab at once, and the
package-import prompt that reads cleanly."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kotodesk.signing import keys
from kotodesk.storage import entries as entry_store
from kotodesk.storage import inbox, trust
from tests.returns_batch import HENKILOSTO

# The coordinator tests' fixtures (a batch of real signed returns, the window):
from tests.ui.test_coordinator import take_in

PASSPHRASE = "koordinaattori-2024"


def tab_to(qtbot, widget, limit: int = 40) -> None:
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.text()}")


def settle_unsigned_conflict(qtbot, coordinator, batch, workspace, monkeypatch):
    trust.add(workspace.store, batch["people"][HENKILOSTO].certificate, units=[HENKILOSTO],
              confirmed=True)
    take_in(qtbot, coordinator, [batch["folder"]])
    inbox_tab = coordinator.inbox
    row = next(i for i, r in enumerate(inbox_tab.model.rows())
               if r.file_name == batch["paths"]["unsigned"].name)
    inbox_tab.view.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(inbox_tab.accept_button, Qt.MouseButton.LeftButton)
    tab = coordinator.conflicts
    coordinator.tabs.setCurrentWidget(tab)
    assert tab.list_model.rowCount() == 1
    return tab


def test_a_settled_conflict_is_reopened_and_settled_again_and_newest_wins(
        qtbot, coordinator, batch, workspace, monkeypatch):
    tab = settle_unsigned_conflict(qtbot, coordinator, batch, workspace, monkeypatch)
    settled = tab.settled
    assert settled.newest_button.isEnabled() and not settled.reopen_button.isEnabled()
    options = tab.options
    unsigned = next(c for c in range(2) if options.index(0, c).data()
                    == batch["paths"]["unsigned"].name)
    qtbot.mouseClick(tab.buttons.itemAt(unsigned).widget(), Qt.MouseButton.LeftButton)
    assert tab.list_model.rowCount() == 0
    assert settled.model.rowCount() == 1
    assert settled.model.index(0, 2).data() == batch["paths"]["unsigned"].name
    assert not settled.newest_button.isEnabled()  # nothing open to settle

    coordinator.activateWindow()  # shortcuts act in the active window
    qtbot.waitUntil(coordinator.isActiveWindow)
    tab_to(qtbot, settled.reopen_button)
    qtbot.keyClick(settled.reopen_button, Qt.Key.Key_Space)
    assert tab.list_model.rowCount() == 1  # open again
    assert settled.model.rowCount() == 0
    assert "2/3.1 is open again" in settled.message.text()

    tab_to(qtbot, settled.newest_button)
    qtbot.keyClick(settled.newest_button, Qt.Key.Key_Space)
    assert tab.list_model.rowCount() == 0
    assert "1 conflict settled" in settled.message.text()
    round_ = workspace.round()
    [(key, file_id)] = inbox.choices(workspace.store, round_.id).items()
    assert key == ("2/3.1", HENKILOSTO)
    saved = entry_store.load_entry(workspace.store, round_.id, "2/3.1", HENKILOSTO)
    assert saved.source_file_id == file_id  # the newest return speaks for the unit


def test_tab_leaves_the_review_table_for_the_comment(qtbot, coordinator):
    review = coordinator.review
    coordinator.tabs.setCurrentWidget(review)
    coordinator.activateWindow()
    qtbot.waitUntil(coordinator.isActiveWindow)
    review.view.setFocus()
    qtbot.keyClick(review.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is review.comment


def test_a_coordinators_key_made_in_settings_is_seen_by_the_outputs_tab(
        qtbot, coordinator, workspace, monkeypatch):
    from kotodesk.ui.keys_dialog import KeysDialog
    from kotodesk.ui.new_key_dialog import NewKeyDialog

    outputs = coordinator.outputs
    assert not outputs.write_button.isEnabled()
    assert "Settings › Signing key and trust" in outputs.signer.text()
    dialog = KeysDialog(workspace)
    qtbot.addWidget(dialog)
    assert not dialog.make_button.isHidden()

    errors = []

    def fill() -> None:
        made = QApplication.activeModalWidget()
        if not isinstance(made, NewKeyDialog):
            QTimer.singleShot(20, fill)
            return
        try:
            type_in(made)
        except BaseException as exc:  # raised below, not lost in Qt's event loop
            errors.append(exc)
            made.reject()

    def type_in(made) -> None:
        made.name.setFocus()
        made.name.selectAll()
        qtbot.keyClicks(made.name, "Kirsi Koordinaattori")
        qtbot.keyClicks(made.passphrase, "lyhyt")
        qtbot.keyClick(made.passphrase, Qt.Key.Key_Return)
        assert "8 characters" in made.message.text() and made.isVisible()
        made.passphrase.clear()
        qtbot.keyClicks(made.passphrase, PASSPHRASE)
        qtbot.keyClicks(made.repeat, PASSPHRASE)
        qtbot.keyClick(made.repeat, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    dialog.make_button.click()
    if errors:
        raise errors[0]
    assert keys.has_identity(workspace.home)
    assert dialog.make_button.isHidden()
    assert "Kirsi Koordinaattori" in dialog.own.text()
    assert "Kirsi Koordinaattori" in outputs.signer.text()  # without reopening the window
    assert outputs.passphrase.isEnabled()
    own = keys.describe(keys.own_certificate(workspace.home)).fingerprint
    assert trust.get(workspace.store, own) is not None


def test_the_package_prompt_reads_cleanly(qtbot, monkeypatch):
    from kotodesk.documents import verify
    from kotodesk.ui import package_import

    result = verify.Verification(file=None, status=verify.UNKNOWN)
    result.signer, result.email = "Kirsi Koordinaattori", "kirsi.koordinaattori@hel.fi"
    result.fingerprint = ":".join(f"{i:02X}" for i in range(32))
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.text(), box.informativeText(), box.textFormat(),
                     box.defaultButton().text()))
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, answer)
    assert package_import.confirm_trust(None, result) is False  # Escape: not trusted
    [(text, info, text_format, default)] = seen
    assert text == "Trust Kirsi Koordinaattori as your coordinator?"
    assert "E-mail: kirsi.koordinaattori@hel.fi" in info
    assert "<" not in text + info and "()" not in text + info
    assert text_format == Qt.TextFormat.PlainText
    assert "00:01:02:03:04:05:06:07\n08:09" in info
    assert default == "&Do not trust"
