"""Worker processes for the soaks (benchmarks/soak.py, soak_travel.py): each job, a
(kind, number) line, goes to a child that answers with one JSON line; a child that dies
(an abort, a segfault, the OOM killer) or does not answer within the timeout (it is
killed) is replaced, and the job is reported lost."""

from __future__ import annotations

import argparse
import json
import os
import selectors
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
Job = tuple[str, int]


class Child:
    def __init__(self, script: Path, folder: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(script), "--worker", str(folder)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, bufsize=1, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
        self.job: Job | None = None
        self.started = 0.0

    def send(self, job: Job) -> None:
        self.job, self.started = job, time.monotonic()
        assert self.process.stdin is not None
        self.process.stdin.write(f"{job[0]} {job[1]}\n")
        self.process.stdin.flush()

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.kill()
        return self.process.wait()


def run_pool(script: Path, folder: Path, jobs: list[Job], workers: int, timeout: float,
             answered: Callable[[Job, dict], None], lost: Callable[[Job, str], None],
             progress_every: int = 1000) -> int:
    """Run every job in `workers` children of `script --worker folder`; `answered` gets
    each answer, `lost` each job whose child crashed or hung ("crash (exit N)", "hang
    (> T s)"). The number of jobs done."""
    pending = list(reversed(jobs))
    selector = selectors.DefaultSelector()
    children = [Child(script, folder) for _ in range(workers)]
    start, done, shown = time.monotonic(), 0, 0

    def feed(child: Child) -> None:
        if pending:
            child.send(pending.pop())
            selector.register(child.process.stdout, selectors.EVENT_READ, child)
        else:
            child.job = None

    for child in children:
        feed(child)
    while any(c.job for c in children):
        for key, _ in selector.select(timeout=1.0):
            child = key.data
            selector.unregister(key.fileobj)
            line = child.process.stdout.readline()
            job = child.job
            if not line:
                lost(job, f"crash (exit {child.stop()})")
                children[children.index(child)] = child = Child(script, folder)
            else:
                answered(job, json.loads(line))
            done += 1
            feed(child)
        for i, child in enumerate(children):
            if child.job and time.monotonic() - child.started > timeout:
                selector.unregister(child.process.stdout)
                job = child.job
                child.stop()
                lost(job, f"hang (> {timeout:g} s)")
                done += 1
                children[i] = Child(script, folder)
                feed(children[i])
        if done // progress_every > shown:
            shown = done // progress_every
            print(f"  {done:,} mutants, {time.monotonic() - start:,.0f} s", flush=True)
    for child in children:
        if child.process.stdin:
            child.process.stdin.close()
        child.stop()
    return done


class Tally:
    """The answers of a soak: verdicts per kind, each problem as a line, the peak memory
    of a worker (KiB)."""

    def __init__(self) -> None:
        self.verdicts: dict[str, Counter[str]] = defaultdict(Counter)
        self.failures: list[str] = []
        self.peak_kib = 0

    def answered(self, job: Job, answer: dict) -> None:
        self.verdicts[job[0]][answer["verdict"]] += 1
        self.peak_kib = max(self.peak_kib, answer["peak_kib"])
        if answer["problem"]:
            self.failures.append(f"mutant {job[0]} {job[1]} ({answer['how']}): "
                                 f"{answer['verdict']}: {answer['problem']}")

    def lost(self, job: Job, what: str) -> None:
        self.verdicts[job[0]][what.split()[0]] += 1
        self.failures.append(f"{what} on mutant {job[0]} {job[1]}")

    def total(self) -> Counter[str]:
        return sum(self.verdicts.values(), Counter())


def soak_options(parser: argparse.ArgumentParser, *, timeout: float, offset_help: str,
                 one_help: str) -> None:
    """The options every soak takes besides its count: workers, timeout, first mutant,
    the hidden --worker, and --one KIND N."""
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=timeout)
    parser.add_argument("--seed-offset", type=int, default=0, help=offset_help)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--one", nargs=2, metavar=("KIND", "N"), help=one_help)
