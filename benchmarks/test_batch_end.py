"""The end of a batch of 240 units' signed returns in the coordinator's window: the time
on the UI thread from the last file recorded to the views drawn again (IntakeRun._finish
and one turn of the event loop), with the returns inbox shown (where a batch is dropped
and watched) and with the merged statuses shown (the heaviest tab), against a goal of a
tenth of a second, as thread CPU time and as wall time (the build machine is shared).

Before probe2-coord, the same run on a busy 2-core machine: inbox shown 534 ms CPU,
1,813 ms wall; statuses shown 708 ms CPU, 1,989 ms wall. After: 180 ms / 644 ms and
577 ms / 1,731 ms: the hidden tabs wait until shown, and the statuses tab works out
only the column a cell asks for."""

from __future__ import annotations

import shutil
import time

import pytest
from PySide6.QtWidgets import QApplication

from benchmarks.returns_batch import PERIOD, PROGRAMME, catalogue, write_returns
from kotodesk.catalogue.rules import content_hash
from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.register import Unit
from kotodesk.storage import catalogues, rounds, trust, units
from kotodesk.ui.coordinator import intake_run
from kotodesk.ui.coordinator.window import CoordinatorWindow
from tests.support import make_identity

UNITS = 240
GOAL = 0.1


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A coordinator's data folder whose register holds the returns' 240 units (their
    ids as the returns state them), their signer trusted for them all; the returns."""
    root = tmp_path_factory.mktemp("batch-end")
    identity = make_identity("Bench Signer", unit="Kaupunginkanslia")
    workspace = Workspace.open(root / "home")
    try:
        register = workspace.register
        for i in range(UNITS):
            register.units[f"bench-{i}"] = Unit(id=f"bench-{i}", name=f"Yksikkö {i}")
        units.save_register(workspace.store, register)
        workspace.forget_cached()
        programme = catalogue()
        version = catalogues.save_catalogue(workspace.store, programme,
                                            content_hash=content_hash(programme))
        rounds.add_round(workspace.store, PROGRAMME, version, PERIOD)
        trust.add(workspace.store, identity.certificate, role="unit",
                  units=[f"bench-{i}" for i in range(UNITS)], confirmed=True)
    finally:
        workspace.close()
    write_returns(root / "files", UNITS, identity)
    return root


def _finish(qtbot, made, tmp_path, tab: str, monkeypatch) -> tuple[float, float]:
    home = tmp_path / tab
    shutil.copytree(made / "home", home)
    timed: list[tuple[float, float]] = []
    finish = intake_run.IntakeRun._finish

    def measured(run):
        wall, cpu = time.perf_counter(), time.thread_time()
        finish(run)
        QApplication.instance().processEvents()  # the views drawn again
        timed.append((time.perf_counter() - wall, time.thread_time() - cpu))

    monkeypatch.setattr(intake_run.IntakeRun, "_finish", measured)
    workspace = Workspace.open(home)
    try:
        window = CoordinatorWindow(workspace, PROGRAMME)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        window.tabs.setCurrentWidget(getattr(window, tab))
        window.inbox.take_in_paths([made / "files"])
        qtbot.waitUntil(lambda: window.inbox.run is None, timeout=300_000)
        assert window.inbox.model.rowCount() == UNITS
        assert len(workspace.store.query("SELECT id FROM entry")) >= UNITS * 40, \
            window.inbox.summary.text()
        window.close()
    finally:
        workspace.close()
    return timed[0]


def test_the_end_of_a_batch_of_240_units(qtbot, made, tmp_path, monkeypatch, ratio):
    for tab in ("inbox", "statuses"):
        wall, cpu = _finish(qtbot, made, tmp_path, tab, monkeypatch)
        ratio(f"batch end, 240 units, {tab} shown (CPU)", cpu, "the goal", GOAL)
        ratio(f"batch end, 240 units, {tab} shown (wall)", wall, "the goal", GOAL)
