"""One coordinator action in the window: the views change the rows it changed (no model is
reset), and the unit's window in the same application keeps its undo history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kotodesk.coordinator import inbox as round_inbox
from kotodesk.storage import inbox, settings, trust
from kotodesk.ui.coordinator.statuses_tab import MeasureStatusModel
from kotodesk.ui.coordinator.window import CoordinatorWindow
from tests.returns_batch import HENKILOSTO, SHARED
from tests.ui.test_coordinator import take_in

TAIL = " Raportti: https://www.hel.fi/kotoutuminen (2023)."
TYPED = ("Syksyn koulutuksiin osallistui 128 työntekijää; Malmin ja Kontulan ryhmät "
         "täyttyivät, ja palautteen mukaan 87 % koki saaneensa työkaluja työhönsä.")


def models(window: CoordinatorWindow) -> dict:
    return {"inbox": window.inbox.model, "conflicts": window.conflicts.list_model,
            "units": window.completeness.units, "matrix": window.completeness.matrix,
            "themes": window.completeness.themes, "review": window.review.model,
            "statuses": window.statuses.model}


class Signals:
    """Which models were reset, and which rows of which model changed."""

    def __init__(self, window: CoordinatorWindow) -> None:
        self.resets: list[str] = []
        self.changed: dict[str, set[int]] = {}
        for name, model in models(window).items():
            model.modelReset.connect(lambda name=name: self.resets.append(name))
            model.dataChanged.connect(
                lambda top, bottom, _roles=(), name=name: self.changed.setdefault(
                    name, set()).update(range(top.row(), bottom.row() + 1)))


@pytest.fixture
def received(qtbot, coordinator, batch):
    """The coordinator's window with the batch taken in."""
    take_in(qtbot, coordinator, [batch["folder"]])
    return coordinator


def test_setting_a_merged_status_changes_that_row_only(qtbot, received, workspace):
    coordinator = received
    tab = coordinator.statuses
    coordinator.tabs.setCurrentWidget(tab)
    refs = [r.measure.ref for r in tab.model.rows()]
    row = refs.index(SHARED)
    tab.view.selectRow(next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(
        r, 0).data(MeasureStatusModel.StatusRole).measure.ref == SHARED))
    signals = Signals(coordinator)
    tab.status.setCurrentIndex(tab.status.findData("green"))
    tab.note.setText("Kuva on jo aloittanut; Kaskon osuus alkaa syksyllä.")
    qtbot.mouseClick(tab.set_button, Qt.MouseButton.LeftButton)

    assert signals.resets == []
    assert signals.changed == {"statuses": {row}}
    assert "(set by you)" in tab.model.index(row, MeasureStatusModel.MERGED).data()
    assert tab.selected().measure.ref == SHARED  # the selection stays
    assert inbox.overrides(workspace.store, workspace.round().id)[SHARED].status == "green"


def test_accepting_a_held_return_changes_its_rows_only(qtbot, received, batch, monkeypatch):
    coordinator = received
    from PySide6.QtWidgets import QMessageBox

    tab = coordinator.inbox
    coordinator.tabs.setCurrentWidget(coordinator.completeness)  # seen after the batch
    coordinator.tabs.setCurrentWidget(tab)
    names = [r.file_name for r in tab.model.rows()]
    held = names.index(batch["paths"][HENKILOSTO].name)
    assert tab.model.row(held).outcome == round_inbox.HELD
    tab.view.selectRow(held)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    signals = Signals(coordinator)
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)

    assert signals.resets == []
    assert held in signals.changed["inbox"]
    assert tab.model.row(held).outcome == round_inbox.ACCEPTED
    assert [r.file_name for r in tab.model.rows()] == names  # no row moved
    # Its unit's cells of the matrix changed, and no other unit's row, once the
    # completeness tab is shown (a hidden tab applies what it heard then).
    assert "matrix" not in signals.changed
    coordinator.tabs.setCurrentWidget(coordinator.completeness)
    units = [u.unit.id for u in coordinator.completeness.units.rows()]
    assert signals.changed["matrix"] == {units.index(HENKILOSTO)}
    assert coordinator.completeness.units.row(units.index(HENKILOSTO)).reported > 0


def test_the_units_undo_history_survives_a_coordinator_action(qtbot, controller, batch):
    settings.put(controller.workspace.store, role="coordinator")
    window = controller.window
    window.set_role("coordinator")
    session = window.session
    window.measures.select("2/3.2")
    box = window.editor.narrative
    box.setFocus()
    box.insertPlainText(TYPED)  # pasted from the unit's notes, then typed on
    qtbot.keyClicks(box, TAIL)
    session.flush()
    steps = session.undo_stack.count()
    assert steps >= 1 and session.value("2/3.2", "narrative") == TYPED + TAIL

    window.coordinator_action.trigger()
    office = controller.coordinator
    qtbot.addWidget(office)
    trust.add(controller.workspace.store, batch["people"][HENKILOSTO].certificate,
              units=[HENKILOSTO], confirmed=True)
    take_in(qtbot, office, [batch["paths"][HENKILOSTO]])  # merges the unit's own entries

    assert session.status("2/3.1") == "green"  # the unit's window shows the merged entry
    assert session.undo_stack.count() == steps and session.undo_stack.canUndo()
    merged = session.value("2/3.2", "narrative")
    assert merged != TYPED + TAIL  # the return speaks for the unit now
    assert window.editor.narrative.toPlainText() == merged  # and the editor shows it
    while session.undo_stack.canUndo():  # the unit's own typing can still be undone
        session.undo_stack.undo()
    assert session.value("2/3.2", "narrative") == ""
    while session.undo_stack.canRedo():
        session.undo_stack.redo()
    assert session.value("2/3.2", "narrative") == TYPED + TAIL


def test_an_entry_the_unit_saves_reaches_the_coordinators_completeness(qtbot, controller):
    """The unit's window and the coordinator's window of one data folder hear each
    other's writes through one signal: the unit's cells change, nothing is reset."""
    from tests.ui.conftest import UNIT

    settings.put(controller.workspace.store, role="coordinator")
    window = controller.window
    window.set_role("coordinator")
    window.coordinator_action.trigger()
    office = controller.coordinator
    qtbot.addWidget(office)
    units = [u.unit.id for u in office.completeness.units.rows()]
    row = units.index(UNIT)
    before = office.completeness.units.row(row).reported
    signals = Signals(office)

    window.measures.select("2/3.3")
    window.session.edit("2/3.3", "narrative", TYPED)
    window.session.flush()
    office.tabs.setCurrentWidget(office.completeness)

    assert signals.resets == []
    assert signals.changed["matrix"] == {row}
    assert office.completeness.units.row(row).reported == before + 1
    ref_column = [office.completeness.matrix.measure(c).ref
                  for c in range(office.completeness.matrix.columnCount())].index("2/3.3")
    assert office.completeness.matrix.cell(row, ref_column) == ""  # reported, no status


def test_a_batch_taken_in_on_the_inbox_leaves_the_hidden_tabs_until_shown(
        qtbot, coordinator, batch, workspace):
    """The end of a batch refreshes the tab shown, not the five behind it (with 240
    units, working out and drawing their rows was most of the window's pause): each
    applies what it heard when it is shown, and then shows what a new window shows."""
    signals = Signals(coordinator)
    statements: list[str] = []
    workspace.store.conn.set_trace_callback(statements.append)
    take_in(qtbot, coordinator, [batch["folder"]])
    workspace.store.conn.set_trace_callback(None)
    assert coordinator.tabs.currentWidget() is coordinator.inbox
    hidden = ("units", "matrix", "themes", "review", "statuses")
    assert not [name for name in signals.resets if name in hidden]
    assert not [name for name in signals.changed if name in hidden]
    # Nor were the round's entries read for them, the whole round at once.
    assert not [s for s in statements if s.startswith("SELECT * FROM entry WHERE round_id")
                and "unit_id" not in s]

    fresh = CoordinatorWindow(workspace, None)
    qtbot.addWidget(fresh)
    for tab in (coordinator.completeness, coordinator.review, coordinator.statuses):
        coordinator.tabs.setCurrentWidget(tab)
    assert not [name for name in signals.resets if name in hidden]  # rows changed, not reset
    shown, new = models(coordinator), models(fresh)
    for name in hidden:
        assert [shown[name].index(r, c).data() for r in range(shown[name].rowCount())
                for c in range(shown[name].columnCount())] == \
            [new[name].index(r, c).data() for r in range(new[name].rowCount())
             for c in range(new[name].columnCount())], name
    assert coordinator.statuses.model.rowCount() > 0
    assert any(u.returned for u in coordinator.completeness.units.rows())
    fresh.close()
