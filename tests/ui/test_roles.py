"""A contact person cannot open or close rounds by accident: the window knows whose data
folder it is, opening a round that closes another asks first, a closed round can be
reopened, and "Write and sign" leaves the focus where a few keys do no harm."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from kotodesk.datafolder.roles import COORDINATOR, UNIT, current_role
from kotodesk.storage import settings
from kotodesk.ui.coordinator.window import CoordinatorWindow
from kotodesk.ui.settings_dialog import SettingsDialog
from tests.ui.test_coordinator import answer_dialog


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_a_units_window_offers_no_coordinator_actions(qtbot, controller):
    window = controller.window
    assert controller.role() == UNIT  # a unit chosen, nothing received: a unit's folder
    assert "&Coordinator" not in menu_titles(window)
    assert not window.coordinator_action.isEnabled() and not window.import_action.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert controller.coordinator is None  # Ctrl+Shift+C does nothing here

    controller.apply_settings({"language": "en", "role": COORDINATOR,
                               "unit": controller.setting("unit"), "user_name": "Anna",
                               "user_email": ""})
    assert "&Coordinator" in menu_titles(window)
    window.coordinator_action.trigger()
    assert controller.coordinator is not None and controller.coordinator.isVisible()

    controller.apply_settings({"language": "en", "role": UNIT,
                               "unit": controller.setting("unit"), "user_name": "Anna",
                               "user_email": ""})
    assert controller.coordinator is None  # its window went with the role
    assert "&Coordinator" not in menu_titles(window)


def test_the_role_is_chosen_at_first_run_and_a_coordinator_needs_no_unit(qtbot, workspace):
    dialog = SettingsDialog(workspace.register, language="en", unit_id=None, name="",
                            email="", first_run=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.role.currentData() == UNIT and not ok.isEnabled()  # a unit needs its unit
    dialog.role.setCurrentIndex(dialog.role.findData(COORDINATOR))
    assert ok.isEnabled()
    assert dialog.values()["role"] == COORDINATOR and dialog.values()["unit"] == ""
    settings.put(workspace.store, **dialog.values())
    assert current_role(workspace.store) == COORDINATOR


def test_opening_a_round_asks_first_and_a_closed_round_can_be_reopened(qtbot, workspace):
    from kotodesk.reporting.entries import apply_edits

    round_ = workspace.round()
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(workspace.store, catalogue, round_, "kasko", "1/1.1",
                {"narrative": "Puolivalmis teksti"}, "Anna")
    office = CoordinatorWindow(workspace, None)
    qtbot.addWidget(office)
    outputs = office.outputs
    outputs.period.setText("1–6/2024")
    assert not office.reopen_action.isEnabled()  # the open round is shown

    asked = answer_dialog(qtbot, "Cancel")
    qtbot.mouseClick(outputs.open_button, Qt.MouseButton.LeftButton)
    assert "closes round 6–12/2023: its 1 entries from 1 units can then be read but no " \
           "longer changed" in asked[0]
    assert workspace.round().id == round_.id  # cancelled: nothing happened

    answer_dialog(qtbot, "Open 1–6/2024 and close 6–12/2023")
    qtbot.mouseClick(outputs.open_button, Qt.MouseButton.LeftButton)
    assert workspace.round().period == "1–6/2024"
    assert office.reopen_action.shortcut() == QKeySequence("Ctrl+Shift+R")

    office.session.choose_round(round_.id)
    assert office.reopen_action.isEnabled()
    asked = answer_dialog(qtbot, "Reopen 6–12/2023")
    office.reopen_action.trigger()
    assert "Round 1–6/2024 is open now (0 entries from 0 units). It will be closed" in asked[0]
    assert workspace.round().id == round_.id  # the unit's half-finished entries are back
    assert [r.state for r in office.session.rounds()][-2:] == \
        ["open", "closed"]
    assert office.rounds.currentText() == "6–12/2023 (open)"


def test_a_round_read_from_a_published_report_is_not_offered_for_reopening(qtbot, workspace):
    office = CoordinatorWindow(workspace, None)
    qtbot.addWidget(office)
    report = workspace.round("5/2022–5/2023")
    office.session.choose_round(report.id)
    assert report.from_report and report.state == "closed"
    assert not office.reopen_action.isEnabled()


def test_the_completeness_view_says_a_unit_returned_late(qtbot, workspace):
    """A unit's first return that counts, signed after the deadline the coordinator gave:
    "Returned late" where the coordinator reads who has returned, not only in the inbox."""
    from datetime import date, datetime, timedelta, timezone

    from kotodesk.coordinator.merged import LateReturn, UnitReturn
    from kotodesk.ui.coordinator.completeness_models import UnitReturnsModel

    kasko = workspace.register.units["kasko"]
    signed = datetime(2026, 6, 3, 9, 15, tzinfo=timezone(timedelta(hours=3)))
    late = LateReturn("kasko.xlsx", signed, date(2026, 5, 31))
    model = UnitReturnsModel()
    model.set_rows([UnitReturn(kasko, True, "2026-06-03T06:20:00+00:00", 1, 20, 20,
                               late=late),
                    UnitReturn(workspace.register.units["kuva"], True,
                               "2026-05-30T06:20:00+00:00", 1, 11, 11)])
    shown = model.index(0, UnitReturnsModel.RETURNED).data()
    assert shown.startswith("Returned late, signed ") and "26" in shown, shown
    tip = model.index(0, UnitReturnsModel.RETURNED).data(Qt.ItemDataRole.ToolTipRole)
    assert "the first one that counts was signed after the deadline" in tip
    assert model.index(1, UnitReturnsModel.RETURNED).data().startswith("Returned ")
    assert "late" not in model.index(1, UnitReturnsModel.RETURNED).data()
