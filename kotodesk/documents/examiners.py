"""A batch of received files examined in child processes while this process records them.

Why: examining a return (the zip's checks, calamine's read of the cells, the seal's
signature, the visible cells against it, the appearance) is about 60 % of taking an .xlsx
in and nearly all of taking a .pdf copy in (~160 ms), and verify.examine needs no
database and changes nothing shared. Judging and recording need the database: they stay
in the process that owns it, one transaction per file, in the files' order, exactly as
without examiners (intake.take_in is given each file's examination and the bytes it
examined). On two cores: 1,000 .xlsx returns 12.8 -> 8.1 s (benchmarks/test_merge.py),
a round of 30 units' .xlsx and .pdf copies examined in 4.6 -> 2.8 s; with one examiner
per core, each yielding to this process (children_for), the 1,000 in ~6.9 -> ~5.7 s.

A child costs its imports (~0.3 s), so for speed a small batch (fewer than a hundred .xlsx
files, or four .pdf files) would be examined in this process. The window, `verify`,
`merge` and `package import` ask for a child anyway (`isolate`): the coordinator's
commonest batch is one attachment dropped alone, and a reader's abort on it would end the
window or the command, so they pay the child's start (about what the first examination
here pays for its own imports); `merge --jobs 0` does not. A file that kills its
examiner (a reader's abort that the checks did not foresee), or holds it for over a
minute, is tried once more in a fresh one and then refused unread, and the coordinator's
process goes on.

Started as system/child_process.py starts kotodesk's children (not multiprocessing).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import queue
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path

from kotodesk.domain.errors import InputError
from kotodesk.domain.messages import message
from kotodesk.signing.verdict import UNREADABLE, Verification
from kotodesk.system.child_process import (
    end_child,
    ignore_interrupts,
    own_command,
    start_child,
)

FLAG = "--examine-child"  # packaging/launcher.py's name for main() in the bundle
MODULE = "kotodesk.documents.examiners"
# Files per child worth its start (measured: a child examining beside this process
# saves ~3.5 ms a file, and its start costs ~0.3 s).
FILES_PER_CHILD = 100
PDF_WEIGHT = 25  # a .pdf's check against an .xlsx's (~160 ms against ~6.5 ms)
IN_FLIGHT = 3  # files sent ahead to each child, so none waits while this one records
# Answers kept waiting for a slower file before them, at most (per child): bounds memory.
AHEAD_PER_CHILD = 16
# The longest one file may take (a .pdf of the largest size takes a few seconds): a child
# that takes longer is stopped, and the file tried once more, then refused.
FILE_SECONDS = 60.0
# A child's first words, before it reads a file: from then on, a death is a file's doing.
READY = ("ready",)
# How much an examiner yields to this process (POSIX nice; below normal on Windows): the
# process that judges and records is the batch's serial stage, and the window's.
EXAMINER_NICENESS = 10


def children_for(paths: Sequence[Path], cores: int | None = None) -> int:
    """How many examiners a batch is worth. Its work is counted in .xlsx files (a .pdf
    counts PDF_WEIGHT): none below FILES_PER_CHILD, else one per core, at most one per
    FILES_PER_CHILD and never more than 8. The examiners run at a lower priority than
    this process (EXAMINER_NICENESS), so one per core leaves the recording (the serial
    stage: every file's transaction waits for it) a core whenever it is ready, and the
    examiners the rest: with one per core beside it (as before), a core sat idle while
    this process waited on the disk, and the examiner was the bottleneck (1,000 .xlsx
    returns on two cores: ~7.0 -> ~6.5 ms a file)."""
    cores = cores or os.cpu_count() or 1
    pdfs = sum(1 for p in paths if Path(p).suffix.lower() == ".pdf")
    work = len(paths) - pdfs + PDF_WEIGHT * pdfs
    return min(cores, work // FILES_PER_CHILD, 8)


def examined(paths: Iterable[Path], roots: Collection[str], children: int | None = None,
             command: list[str] | None = None, keep_bytes: bool = True,
             seconds: float = FILE_SECONDS, isolate: bool = False
             ) -> Iterator[Verification | None]:
    """One examination per path, in the paths' order (verify.examine's, with the bytes
    kept unless `keep_bytes` is false: intake records them, a check only shows its
    verdicts): from `children` child processes (children_for by default, and at least
    one with `isolate`, however small the batch), or None for each path when the batch
    is examined here (the caller examines it itself; also when no child can start).
    Closing the iterator early lets the children go."""
    paths = [Path(p) for p in paths]
    count = children_for(paths) if children is None else children
    count = min(max(count, 1) if isolate else count, len(paths))
    if count <= 0:
        yield from (None for _ in paths)
        return
    try:
        pool = _Pool(count, (frozenset(roots), keep_bytes), command, seconds)
    except OSError:  # no child can be started here: the batch is examined in this process
        yield from (None for _ in paths)
        return
    done = 0
    try:
        for result in pool.examine(paths):
            done += 1
            yield result
    except _CannotRun as stop:  # what is left is examined by the caller, but not a
        for index in range(done, len(paths)):  # file that stopped a child already
            answer = stop.refused.get(index)
            yield None if answer is None else _result(paths[index], answer)
    finally:
        pool.close()


class _CannotRun(Exception):
    """The examiners die before they are ready to read a file (READY), twice, or cannot
    be started again: a broken installation, not a hostile file (a child dies of one
    only after it said it was ready). What is left is examined in this process, as a
    small batch is, except the files in `refused` (index: answer): a file whose child
    died on it is refused, never handed to the process that must not die."""

    def __init__(self, refused: dict[int, tuple] | None = None) -> None:
        super().__init__()
        self.refused = refused or {}


class _Child:
    """One examiner process and the thread that reads its answers into the pool's queue
    (a thread per pipe: waiting on several pipes at once is not portable to Windows)."""

    def __init__(self, slot: int, command: list[str], own: bool, asked: tuple,
                 answers: queue.SimpleQueue) -> None:
        self.process = start_child(command, own=own, below_normal=True)
        self.sent: deque[int] = deque()  # the files it was asked for, oldest first
        self.since = 0.0  # when it began its oldest file (time.monotonic)
        self.timed_out = False  # stopped for taking too long over its oldest file
        self.ready = False  # it said READY: it runs, and reads the files it is sent
        pickle.dump(asked, self.process.stdin)  # the roots, whether to keep the bytes
        self.process.stdin.flush()
        self.reader = threading.Thread(target=self._read, args=(slot, answers), daemon=True,
                                       name=f"kotodesk-examiner-{slot}")
        self.reader.start()

    def _read(self, slot: int, answers: queue.SimpleQueue) -> None:
        while True:
            try:
                answer = pickle.load(self.process.stdout)
            except (EOFError, OSError, ValueError, pickle.UnpicklingError):
                answers.put((slot, self, None))  # it died (or was let go)
                return
            if self.ready:
                answers.put((slot, self, answer))
            elif answer == READY:  # set before its death or answers reach the pool
                self.ready = True
            else:  # not an examiner speaking: as one that died before it was ready
                answers.put((slot, self, None))
                return

    def send(self, index: int, path: Path) -> None:
        if not self.sent:
            self.since = time.monotonic()
        self.sent.append(index)
        try:
            pickle.dump(str(path), self.process.stdin)
            self.process.stdin.flush()
        except (BrokenPipeError, OSError, ValueError):
            pass  # its death reaches the queue from its reader

    def end(self, kill: bool) -> int:
        """Let it go, or stop it (system.child_process.end_child); its reader meets the
        end of the pipe. The exit code."""
        return end_child(self.process, kill, self.reader)


class _Pool:
    """Each child is kept IN_FLIGHT files ahead and given the next file as it answers
    one, so a child that drew the slow files (a .pdf takes ~25 times an .xlsx) does not
    hold the others up; the answers are handed on in the files' order, and no more than
    AHEAD_PER_CHILD files a child past the next one to hand on are asked for."""

    def __init__(self, count: int, asked: tuple, command: list[str] | None,
                 seconds: float = FILE_SECONDS) -> None:
        self._asked, self._command, self._seconds = asked, command, seconds
        self._answers: queue.SimpleQueue = queue.SimpleQueue()
        self._children: list[_Child] = []
        self._failed_starts = 0  # children that died before they were ready
        try:
            for slot in range(count):
                self._children.append(self._start(slot))
        except OSError:
            self.close()
            raise

    def _start(self, slot: int) -> _Child:
        return _Child(slot, self._command or own_command(FLAG, MODULE),
                      self._command is None, self._asked, self._answers)

    def examine(self, paths: list[Path]) -> Iterator[Verification]:
        limit = len(self._children) * AHEAD_PER_CHILD
        asked, handed = 0, 0
        done: dict[int, tuple] = {}
        deaths: dict[int, int] = {}
        idle: list[int] = []

        def ask(slot: int) -> None:
            nonlocal asked
            if asked < len(paths) and asked - handed < limit:
                self._children[slot].send(asked, paths[asked])
                asked += 1
            else:
                idle.append(slot)

        for _ in range(IN_FLIGHT):
            for slot in range(len(self._children)):
                ask(slot)
        while handed < len(paths):
            if handed in done:
                yield _result(paths[handed], done.pop(handed))
                handed += 1
                waiting, idle[:] = idle[:], []
                for slot in waiting:
                    ask(slot)
                continue
            try:
                slot, child, answer = self._answers.get(timeout=self._patience())
            except queue.Empty:
                self._stop_the_stuck()  # their deaths come through the queue
                continue
            if child is not self._children[slot]:
                continue  # the last words of a child already replaced
            if answer is not None:
                done[child.sent.popleft()] = answer
                child.since = time.monotonic()  # its next file (if any) begins
                ask(slot)
                continue
            status = child.end(kill=True)
            if not child.ready or not child.sent:
                # It died before it could read a file (twice: the installation is
                # broken), or asked for nothing: no file to blame. A fresh one takes
                # over what it was sent. The first file of a batch may well be the
                # hostile one: it is refused like any other, never examined here.
                if not child.ready:
                    self._failed_starts += 1
                    if self._failed_starts == 2:
                        raise _CannotRun
                self._children[slot] = fresh = self._restarted(slot)
                for index in child.sent:
                    fresh.send(index, paths[index])
                if not fresh.sent:
                    ask(slot)
                continue
            # It died examining its oldest file: that file is tried once more in a fresh
            # child, then refused; the files it had not reached go to the fresh one.
            culprit = child.sent[0]
            deaths[culprit] = deaths.get(culprit, 0) + 1
            verdict = ("slow", self._seconds) if child.timed_out else ("stopped", status)
            try:
                self._children[slot] = fresh = self._restarted(slot)
            except _CannotRun:  # no second try: refused on its first death
                raise _CannotRun({culprit: verdict}) from None
            if deaths[culprit] == 2:
                child.sent.popleft()
                done[culprit] = verdict
            for index in child.sent:
                fresh.send(index, paths[index])
            if not fresh.sent:
                ask(slot)

    def _restarted(self, slot: int) -> _Child:
        try:
            return self._start(slot)
        except OSError:  # it could start before: the installation changed under us
            raise _CannotRun from None

    def _patience(self) -> float:
        """How long to wait for an answer before looking for a child stuck on a file."""
        busy = [c.since for c in self._children if c.sent]
        if not busy:
            return 1.0
        return min(1.0, max(0.01, min(busy) + self._seconds - time.monotonic()))

    def _stop_the_stuck(self) -> None:
        """A child that has spent FILE_SECONDS on one file is stopped, as one that died
        on it: its file is tried once more, then refused (a hang is as bad as a crash)."""
        now = time.monotonic()
        for child in self._children:
            if child.sent and not child.timed_out and now - child.since > self._seconds:
                child.timed_out = True
                with contextlib.suppress(OSError):
                    child.process.kill()

    def close(self) -> None:
        for child in self._children:
            child.end(kill=False)


def _result(path: Path, answer: tuple) -> Verification:
    kind = answer[0]
    if kind == "done":
        result, certificate = answer[1], answer[2]
        if certificate is not None:
            from cryptography import x509

            result.certificate = x509.load_der_x509_certificate(certificate)
        return result
    if kind == "stopped":
        return refused_unread(path, message("examiner-stopped", status=answer[1]))
    if kind == "slow":
        return refused_unread(path, message("examiner-timeout", seconds=f"{answer[1]:g}"))
    return refused_unread(path, message("examine-failed", detail=answer[1]))


def refused_unread(path: Path, why: str) -> Verification:
    """A file whose examination failed (raised, or stopped its process), refused as
    unreadable on the bytes it holds now: intake.take_in lets such a result stand rather
    than examine the file again in the process that records (which it might stop)."""
    from kotodesk.documents.verify import read_received

    refused = Verification(path, UNREADABLE, why)
    try:
        refused.data = read_received(path)
        refused.sha256 = hashlib.sha256(refused.data).hexdigest()
    except InputError as exc:
        refused.message = exc.problem
    return refused


def _portable(result: Verification) -> tuple:
    """A result that crosses the pipe: a certificate goes as its DER bytes."""
    certificate = result.certificate
    if certificate is not None:
        from cryptography.hazmat.primitives.serialization import Encoding

        result.certificate = None
        certificate = certificate.public_bytes(Encoding.DER)
    return ("done", result, certificate)


def main() -> int:
    """The child: read the roots, then examine each path sent until stdin closes. Its
    stdout carries only the answers: anything a library prints goes to stderr."""
    ignore_interrupts()
    if hasattr(os, "nice"):  # Windows: started below normal already (start_child)
        with contextlib.suppress(OSError):
            os.nice(EXAMINER_NICENESS)
    answers = sys.stdout.buffer
    sys.stdout = sys.stderr
    from kotodesk.documents.verify import examine

    asked = sys.stdin.buffer
    try:
        roots, keep_bytes = pickle.load(asked)
        answers.write(pickle.dumps(READY))  # it runs: what stops it now is a file's doing
        answers.flush()
        while True:
            path = Path(pickle.load(asked))
            try:  # pickled here, so that what cannot cross is this file's refusal too
                answer = pickle.dumps(_portable(
                    examine(path, roots=roots, keep_bytes=keep_bytes)))
            except Exception as exc:  # a bug, not a bad file: that file's refusal
                traceback.print_exc()  # to the parent's stderr (the window's log: none)
                answer = pickle.dumps(("error", f"{type(exc).__name__}: {exc}"))
            answers.write(answer)
            answers.flush()
    except (EOFError, BrokenPipeError):
        # Asked for nothing more (or the parent is gone): every answer went out already,
        # and an interpreter's orderly teardown is time the parent's batch would wait for.
        os._exit(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
