"""'Settle all for the newest return' in the coordinator's window, on a round of 60
units each with an open conflict: the time on the UI thread from the click's call to
the views shown again, against the same write without a window and against a goal of a
third of a second. Measured before the write was batched (one transaction, each stored
return parsed once: probe2-coord): 1.0 s in the window on the 2-core build machine
(2.0 s when it was busy), 0.8 s of it the write."""

from __future__ import annotations

import shutil
import time

from PySide6.QtWidgets import QApplication

from benchmarks.coordinator_round import prepare_round
from benchmarks.returns_batch import PROGRAMME
from kotodesk.datafolder.workspace import Workspace
from kotodesk.ops import coordinator
from kotodesk.ui.coordinator.window import CoordinatorWindow
from tests.support import make_identity

UNITS = 60
GOAL = 0.33


def test_prefer_newest_on_sixty_conflicts(qtbot, tmp_path, ratio):
    made = tmp_path / "made"
    prepare_round(made, UNITS, make_identity("Bench Signer"))
    shutil.copytree(made, tmp_path / "alone")
    shutil.copytree(made, tmp_path / "window")

    workspace = Workspace.open(tmp_path / "alone")
    try:
        round_ = workspace.round(None, PROGRAMME)
        units = {f.unit_id for f in coordinator.received_files(workspace, round_)}
        started = time.perf_counter()
        coordinator.prefer_newest(workspace, round_, units, "Bench")
        alone = time.perf_counter() - started
    finally:
        workspace.close()

    workspace = Workspace.open(tmp_path / "window")
    try:
        window = CoordinatorWindow(workspace, PROGRAMME)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.tabs.setCurrentWidget(window.conflicts)
        app = QApplication.instance()
        app.processEvents()
        assert window.conflicts.list_model.rowCount() == UNITS
        started = time.perf_counter()
        window.conflicts.settled.prefer_newest()
        app.processEvents()
        shown = time.perf_counter() - started
        assert window.conflicts.list_model.rowCount() == 0
        window.close()
    finally:
        workspace.close()
    ratio("prefer newest, 60 conflicts, in the window", shown, "the write alone", alone)
    ratio("prefer newest, 60 conflicts, in the window", shown, "the goal", GOAL)
