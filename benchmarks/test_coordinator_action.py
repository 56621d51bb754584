"""One coordinator action in the window (accept a held return, choose a conflict's file,
set a merged status) with 100 and with 1,000 returns in the round: the time on the UI
thread from the click's call to the views shown again, median of several actions.

Each is reported against the write alone (the same operation on the same database, no
window) and against the same action with 100 returns: a round of 1,000 returns holds ten
times as many units, each with the same ten returns, so the returns the action does not
touch grow tenfold while what it changes stays the same. The goal is at most 50 ms, not
growing with the returns that did not change (shown as a ratio to 50 ms: benchmarks
report, they do not fail on a busy machine). Measured before the operations layer (main
at c88d4ca, the same rounds): 0.45–0.53 s with 100 returns, 4.8–8.5 s with 1,000.
"""

from __future__ import annotations

import shutil
import statistics
import time

import pytest
from PySide6.QtWidgets import QApplication

from benchmarks.coordinator_round import PER_UNIT, prepare_round
from kotodesk.datafolder.workspace import Workspace
from kotodesk.ops import coordinator
from kotodesk.ui.coordinator.window import CoordinatorWindow
from tests.support import make_identity

SIZES = (100, 1000)
ACTIONS = 7  # each on another unit, measure or file
GOAL = 0.050


@pytest.fixture(scope="module")
def rounds(tmp_path_factory):
    signer = make_identity("Bench Signer")
    made = {}
    for size in SIZES:
        home = tmp_path_factory.mktemp(f"round-{size}")
        made[size] = (home, prepare_round(home, size // PER_UNIT, signer))
    return made


def _actions(workspace, prepared, session=None):
    """The three actions, each a list of ACTIONS calls (through the window's session, or
    straight to the operations)."""
    round_ = workspace.round(None, "bench-programme")
    by = "Kirsi Koordinaattori"
    units = prepared.units[:ACTIONS]
    files = {f.unit_id: f for f in _conflict_files(workspace, round_, units)}
    refs = [m.ref for m in workspace.catalogue(round_.programme_id).measures()][:ACTIONS]
    if session is None:
        return {
            "accept": [lambda u=u: coordinator.accept_file(workspace, round_,
                                                           prepared.held[u][0], by)
                       for u in units],
            "choose": [lambda u=u: coordinator.choose_file(workspace, round_, "1/1.1", u,
                                                           files[u].id, by) for u in units],
            "status": [lambda r=r: coordinator.set_status(workspace, round_, r, "yellow",
                                                          "Yksiköt ovat eri mieltä.", by)
                       for r in refs]}
    conflicts = {c.unit_id: c for c in session.conflicts()}
    return {
        "accept": [lambda u=u: session.accept(prepared.held[u][0]) for u in units],
        "choose": [lambda u=u: session.choose(conflicts[u], files[u]) for u in units],
        "status": [lambda r=r: session.set_status(r, "yellow", "Yksiköt ovat eri mieltä.")
                   for r in refs]}


def _conflict_files(workspace, round_, units):
    """The accepted unsigned copy of each unit: the file to choose in its conflict."""
    from kotodesk.storage import inbox

    return [f for u in units for f in inbox.files(workspace.store, round_.id, u)
            if f.accepted_at]


def _median(calls, after=lambda: None) -> float:
    times = []
    for call in calls:
        started = time.perf_counter()
        call()
        after()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _check_done(workspace, prepared) -> None:
    """The actions did what they say: held files count, conflicts settled, statuses set."""
    from kotodesk.storage import inbox

    round_ = workspace.round(None, "bench-programme")
    for unit in prepared.units[:ACTIONS]:
        assert inbox.get_file(workspace.store, prepared.held[unit][0]).accepted_at
    assert set(inbox.choices(workspace.store, round_.id)) == {
        ("1/1.1", unit) for unit in prepared.units[:ACTIONS]}
    assert len(inbox.overrides(workspace.store, round_.id)) == ACTIONS


def _measure(home, prepared, tmp_path, window: bool, qtbot=None) -> dict[str, float]:
    copy = tmp_path / ("window" if window else "write")
    shutil.copytree(home, copy)
    workspace = Workspace.open(copy)
    try:
        if not window:
            results = {name: _median(calls) for name, calls in
                       _actions(workspace, prepared).items()}
            _check_done(workspace, prepared)
            return results
        office = CoordinatorWindow(workspace, "bench-programme")
        qtbot.addWidget(office)
        office.show()
        qtbot.waitExposed(office)
        app = QApplication.instance()
        results = {}
        for name, calls in _actions(workspace, prepared, office.session).items():
            app.processEvents()
            results[name] = _median(calls, after=app.processEvents)
        _check_done(workspace, prepared)
        office.close()
        return results
    finally:
        workspace.close()


def test_one_coordinator_action_costs_what_it_changed(qtbot, rounds, tmp_path, ratio):
    timed = {}
    for size, (home, prepared) in rounds.items():
        alone = _measure(home, prepared, tmp_path / f"{size}", window=False)
        shown = _measure(home, prepared, tmp_path / f"{size}", window=True, qtbot=qtbot)
        timed[size] = (alone, shown)
    small, large = SIZES
    for name in ("accept", "choose", "status"):
        alone, shown = timed[large][0][name], timed[large][1][name]
        ratio(f"{name} in the window, {large} returns", shown, f"the write alone, {large}",
              alone)
        ratio(f"{name} in the window, {large} returns", shown, f"the same, {small} returns",
              timed[small][1][name])
        ratio(f"{name} in the window, {large} returns", shown, "the goal", GOAL)
