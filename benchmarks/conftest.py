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

_RESULTS: list[tuple[str, float, str, float]] = []


@pytest.fixture
def ratio():
    """Record `subject` seconds against `baseline` seconds for the summary table."""

    def record(name: str, subject: float, baseline_name: str, baseline: float) -> float:
        _RESULTS.append((name, subject, baseline_name, baseline))
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
    for name, subject, base_name, base in _RESULTS:
        tr.write_line(f"{name:<44} {subject * 1000:>8.1f}ms  {base_name:<34} "
                      f"{base * 1000:>8.1f}ms {subject / base:>6.2f}×")


PYTHON = sys.executable
