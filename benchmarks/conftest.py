"""Benchmarks report ratios against a baseline measured in the same run, never absolute
wall-clock limits: `python3 dev.py bench` prints them in a table at the end."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_RESULTS: list[tuple[str, float, str, float, str]] = []


@pytest.fixture
def ratio():
    """Record `subject` seconds against `baseline` seconds for the summary table."""

    def record(name: str, subject: float, baseline_name: str, baseline: float,
               unit: str = "s") -> float:
        """`unit` "s" (seconds, printed as ms) or "MiB"."""
        _RESULTS.append((name, subject, baseline_name, baseline, unit))
        return subject / baseline

    return record


def wall(cmd: list[str], env: dict | None = None, repeat: int = 7) -> float:
    """Median wall time of running a command to completion."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def to_first_line(cmd: list[str], env: dict | None = None) -> float:
    """Seconds from starting a process to its first line of output (then it may finish)."""
    started = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.communicate()
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, cmd)
    return elapsed


def median_time(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def pytest_terminal_summary(terminalreporter):
    if not _RESULTS:
        return
    tr = terminalreporter
    tr.section("kotodesk: ratios against same-run baselines")
    tr.write_line(f"{'measurement':<44} {'median':>10}  {'baseline':<34} {'median':>10} "
                  f"{'ratio':>7}")
    for name, subject, base_name, base, unit in _RESULTS:
        scale, shown = (1000, "ms") if unit == "s" else (1, unit)
        tr.write_line(f"{name:<44} {subject * scale:>8.1f}{shown:<3} {base_name:<34} "
                      f"{base * scale:>8.1f}{shown:<3} {subject / base:>6.2f}×")


PYTHON = sys.executable


@pytest.fixture(scope="module")
def identity():
    from kotodesk.signing import keys

    return keys.new_identity(name="Anna Testaaja", email="anna.testaaja@hel.fi",
                             unit="Kasvatuksen ja koulutuksen toimiala",
                             organisation="Helsingin kaupunki")


@pytest.fixture(scope="module")
def payload(tmp_path_factory, identity):
    """A unit's return of 50 filled measures, made from a real one (benchmarks.generate)."""
    from benchmarks.generate import return_payload
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.documents import report
    from kotodesk.reporting import returns
    from kotodesk.signing import sealing as signing

    workspace = Workspace.open(tmp_path_factory.mktemp("home"))
    try:
        base = returns.gather(workspace, workspace.round("5/2022-5/2023"),
                              workspace.unit("kasko"), signing.signer_part(identity))
    finally:
        workspace.close()
    generated = return_payload(base, 50)
    assert len(report.from_payload(generated).rows()) == 50
    return generated
