"""The coordinator corrects or extends the deadline of a round they opened, in the window
(Outputs): the round keeps the new one, the package text says the round has a deadline,
and a round's record that is not theirs to change (closed, or not opened in this folder)
cannot be changed from here. The CLI test judges lateness by the changed deadline
(tests/core/test_cli_rounds.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from kotodesk.ui.words import local_date
from tests.ui.test_coordinator import answer_dialog


def _set(outputs, qtbot, day: dt.date) -> None:
    outputs.round_deadline.setDate(QDate(day.year, day.month, day.day))
    qtbot.mouseClick(outputs.deadline_button, Qt.MouseButton.LeftButton)


def test_the_deadline_of_a_round_opened_here_is_changed_in_the_window(qtbot, coordinator,
                                                                     workspace):
    outputs = coordinator.outputs
    coordinator.tabs.setCurrentWidget(outputs)
    embedded = coordinator.session.round
    assert embedded.state == "open" and not embedded.opened_at
    # The embedded round came with kotodesk: no coordinator's deadline to change.
    assert not outputs.deadline_button.isEnabled()

    first = dt.date.today() + dt.timedelta(days=14)
    outputs.period.setText("1–6/2024")
    outputs.deadline.setDate(QDate(first.year, first.month, first.day))
    answer_dialog(qtbot, "Open 1–6/2024 and close 6–12/2023")
    qtbot.mouseClick(outputs.open_button, Qt.MouseButton.LeftButton)
    assert coordinator.session.round.period == "1–6/2024"
    assert outputs.deadline_button.isEnabled() and outputs.round_deadline.isEnabled()
    assert outputs.round_deadline.date() == QDate(first.year, first.month, first.day)

    later = first + dt.timedelta(days=7)
    _set(outputs, qtbot, later)
    assert workspace.round().deadline == later
    assert coordinator.session.round.deadline == later
    said = outputs.message.text()
    assert said.startswith("Round 1–6/2024: the deadline is now ")
    assert f"the deadline is now {local_date(later)} (it was {local_date(first)})" in said
    assert "Write the round package again" in said
    assert "its deadline" in outputs.package_text.text()

    closed = next(i for i in range(coordinator.rounds.count())
                  if coordinator.rounds.itemText(i) == "6–12/2023 (closed)")
    coordinator.rounds.setCurrentIndex(closed)
    coordinator.rounds.activated.emit(closed)  # as a choice in the list does
    assert coordinator.session.round.period == "6–12/2023"
    assert not outputs.deadline_button.isEnabled()
    assert not outputs.round_deadline.isEnabled()


def test_a_return_whose_lateness_cannot_be_told_says_so_in_the_completeness_view(
        qtbot, workspace):
    """The window's completeness view said "Returned" for a unit whose counting return
    is unsigned and came in after the deadline: as if in time. It says that it was not
    judged, in the window's language."""
    from kotodesk.coordinator.merged import UnitReturn
    from kotodesk.ui.coordinator.completeness_models import UnitReturnsModel
    from kotodesk.ui.i18n import Translations

    model = UnitReturnsModel()
    model.units = workspace.register.units
    row = UnitReturn(workspace.register.units["kasko"], True, "2026-12-07T10:00:00+00:00",
                     1, 4, 4, unjudged="kasko.xlsx")
    translations = Translations()
    try:
        for language, said in (("en", "Returned unsigned: not judged against the deadline"),
                               ("fi", "Palautettu, allekirjoittamaton: määräajan suhteen "
                                      "arvioimatta"),
                               ("sv", "Inlämnad, inte undertecknad: inte bedömd mot sista "
                                      "dagen")):
            translations.install(language)
            assert model.cell(row, model.RETURNED, Qt.ItemDataRole.DisplayRole) == said
    finally:
        translations.install("en")
