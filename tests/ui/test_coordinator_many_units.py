"""A measure that every unit answers for (as the Mukana programme's are): the merged
statuses tab keeps it one readable row, counting the units by status, and names each
unit where the coordinator asks for it (the cell's tooltip)."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt

from benchmarks.coordinator_round import prepare_round
from benchmarks.returns_batch import PROGRAMME
from kotodesk.datafolder.workspace import Workspace
from kotodesk.ui.coordinator.statuses_tab import MeasureStatusModel
from kotodesk.ui.coordinator.window import CoordinatorWindow
from kotodesk.ui.i18n import Translations
from tests.support import make_identity

UNITS = 40


@contextmanager
def round_of(qtbot, tmp_path, unit_count: int):
    """The coordinator's window, in English, on a round of `unit_count` units' returns
    (benchmarks/coordinator_round.py: each unit with an open conflict)."""
    home = tmp_path / "home"
    prepare_round(home, unit_count, make_identity("Bench Signer"))
    workspace = Workspace.open(home)
    Translations().install("en")
    window = CoordinatorWindow(workspace, PROGRAMME)
    qtbot.addWidget(window)
    try:
        window.show()
        yield window
    finally:
        window.close()  # before its database, as the application closes them
        workspace.close()


def test_a_measure_forty_units_answer_for_is_one_readable_row(qtbot, tmp_path):
    with round_of(qtbot, tmp_path, UNITS) as window:
        tab = window.statuses
        window.tabs.setCurrentWidget(tab)
        tab.show_all.setChecked(True)
        index = tab.proxy.index(0, MeasureStatusModel.UNITS)
        row = index.data(MeasureStatusModel.StatusRole)
        assert len(row.by_unit) == UNITS
        lines = index.data().splitlines()
        assert len(lines) <= 4, lines
        assert lines[0] == f"{UNITS} units"
        counted = sum(int(line.rsplit(": ", 1)[1]) for line in lines[1:])
        assert counted == UNITS
        named = index.data(Qt.ItemDataRole.ToolTipRole).splitlines()
        assert len(named) == UNITS and all(": " in line for line in named)
        # The measure's own row fits in the view: its number and status can be seen.
        assert tab.view.rowHeight(0) < tab.view.viewport().height() // 2
