"""A coordinator working by keyboard alone: a button whose action disables, hides or
removes it (a conflict's "Use return 1" once chosen, "Accept this file" once it counts,
"Return to the default" once it is) leaves the keyboard in the list it acted on, the next
row selected, not on the window's first control (the round picker)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kotodesk.coordinator import inbox as round_inbox
from tests.ui.test_coordinator_keyboard import tab_to
from tests.ui.test_coordinator_many_units import round_of

UNITS = 3  # each with an open conflict and two held files


def press(qtbot, button) -> None:
    tab_to(qtbot, button)
    qtbot.keyClick(button, Qt.Key.Key_Space)


def activated(qtbot, window) -> None:
    window.activateWindow()  # keys and focus act in the active window
    qtbot.waitUntil(window.isActiveWindow)


def test_settling_conflicts_by_keyboard_keeps_the_keyboard_in_the_lists(qtbot, tmp_path):
    with round_of(qtbot, tmp_path, UNITS) as window:
        activated(qtbot, window)
        tab = window.conflicts
        window.tabs.setCurrentWidget(tab)
        tab.list_view.setFocus()
        first = tab.selected()
        press(qtbot, tab.buttons.itemAt(0).widget())  # Use return 1
        assert tab.list_model.rowCount() == UNITS - 1
        assert QApplication.focusWidget() is tab.list_view
        assert tab.selected() is not None and tab.selected().unit_id != first.unit_id

        press(qtbot, tab.settled.newest_button)
        assert tab.list_model.rowCount() == 0 and tab.settled.model.rowCount() == UNITS
        assert QApplication.focusWidget() is tab.settled.view  # what was just settled


def test_accepting_a_held_file_by_keyboard_keeps_the_keyboard_in_the_inbox(
        qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    with round_of(qtbot, tmp_path, UNITS) as window:
        activated(qtbot, window)
        tab = window.inbox
        held = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data(
            tab.model.RowRole).outcome == round_inbox.HELD)
        tab.view.setFocus()
        tab.view.selectRow(held)
        press(qtbot, tab.accept_button)
        assert "counts now" in tab.progress_label.text()
        assert not tab.accept_button.isEnabled()
        assert QApplication.focusWidget() is tab.view


def test_returning_a_status_to_the_default_by_keyboard_keeps_the_keyboard_in_the_list(
        qtbot, tmp_path):
    with round_of(qtbot, tmp_path, UNITS) as window:
        activated(qtbot, window)
        tab = window.statuses
        window.tabs.setCurrentWidget(tab)
        tab.show_all.setChecked(True)
        tab.view.setFocus()
        tab.view.selectRow(0)
        tab.status.setCurrentIndex(tab.status.findData("red"))
        press(qtbot, tab.set_button)
        assert "merged status set" in tab.message.text()
        press(qtbot, tab.clear_button)
        assert "back to the default" in tab.message.text()
        assert not tab.clear_button.isEnabled()
        assert QApplication.focusWidget() is tab.view
