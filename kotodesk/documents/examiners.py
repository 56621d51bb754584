"""A batch of received files examined in child processes while this process records them.

Why: examining a return (the zip's checks, calamine's read of the cells, the seal's
signature, the visible cells against it, the appearance) is about 60 % of taking it in,
and verify.examine needs no database and changes nothing shared. Judging and recording
need the database: they stay in the process that owns it, one transaction per file, in
the files' order, exactly as without examiners (intake.take_in is given each file's
examination and the bytes it examined). On two cores a batch is taken in about twice as
fast (benchmarks/test_merge.py, "intake").

A child costs its imports (~0.3 s), so a batch of fewer than a hundred files is examined
in this process. A file that kills its examiner (a reader's abort that the
checks did not foresee) is tried once more in a fresh one and then refused unread, and
the coordinator's process goes on.

Started as system/child_process.py starts kotodesk's children (not multiprocessing).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import traceback
from collections import deque
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from kotodesk.domain.errors import InputError
from kotodesk.domain.messages import message
from kotodesk.signing.verdict import UNREADABLE, Verification
from kotodesk.system.child_process import own_command, start_child

FLAG = "--examine-child"  # packaging/launcher.py's name for main() in the bundle
MODULE = "kotodesk.documents.examiners"
# Files per child worth its start (measured: a child examining beside this process
# saves ~3.5 ms a file, and its start costs ~0.3 s).
FILES_PER_CHILD = 100
IN_FLIGHT = 3  # files sent ahead to each child, so none waits while this one records


def children_for(files: int, cores: int | None = None) -> int:
    """How many examiners a batch of `files` is worth: none for a small batch, else one
    per core beside the one this process judges and records on (at least one), at most
    one per FILES_PER_CHILD files and never more than 8."""
    cores = cores or os.cpu_count() or 1
    return min(max(1, cores - 1), files // FILES_PER_CHILD, 8)


def examined(paths: Iterable[Path], roots: Collection[str], children: int | None = None,
             command: list[str] | None = None) -> Iterator[Verification | None]:
    """One examination per path, in the paths' order (verify.examine's, with the bytes
    kept): from `children` child processes (children_for by default), or None for each
    path when the batch is examined here (take_in then examines it itself). Closing the
    iterator early lets the children go."""
    paths = [Path(p) for p in paths]
    count = children_for(len(paths)) if children is None else min(children, len(paths))
    if count <= 0:
        yield from (None for _ in paths)
        return
    try:
        pool = _Pool(count, frozenset(roots), command)
    except OSError:  # no child can be started here: the batch is examined in this process
        yield from (None for _ in paths)
        return
    done = 0
    try:
        for result in pool.examine(paths):
            done += 1
            yield result
    except _CannotRun:
        yield from (None for _ in paths[done:])
    finally:
        pool.close()


class _CannotRun(Exception):
    """The examiners die before any answer, again after a restart, or cannot be started
    again: a broken installation, not a hostile file (which dies alone, after others
    were answered). What is left is examined in this process, as a small batch is."""


class _Pool:
    """File i goes to child i % n; each child answers in the order it was asked, so the
    answer to file i is the next answer of child i % n."""

    def __init__(self, count: int, roots: frozenset[str], command: list[str] | None) -> None:
        self._roots, self._command = roots, command
        self._children = [self._start() for _ in range(count)]
        self._sent: list[deque[int]] = [deque() for _ in range(count)]
        self._answered = 0

    def _start(self):
        process = start_child(self._command or own_command(FLAG, MODULE),
                              own=self._command is None)
        pickle.dump(self._roots, process.stdin)
        process.stdin.flush()
        return process

    def examine(self, paths: list[Path]) -> Iterator[Verification]:
        n = len(self._children)
        ahead = min(len(paths), n * IN_FLIGHT)
        for index in range(ahead):
            self._send(index % n, index, paths)
        for i, path in enumerate(paths):
            child, deaths = i % n, 0
            while (answer := self._receive(child)) is None:
                status = self._restart(child)  # it died examining file i, its oldest
                deaths += 1
                if deaths == 2 and not self._answered:
                    raise _CannotRun
                if deaths == 2:  # the file kills examiners: refused, the others go on
                    self._sent[child].popleft()
                    self._resend(child, paths)
                    answer = ("stopped", status)
                    break
                self._resend(child, paths)
            else:
                self._sent[child].popleft()  # file i is answered
                self._answered += 1
            if ahead < len(paths):
                self._send(ahead % n, ahead, paths)
                ahead += 1
            yield _result(path, answer)

    def _send(self, child: int, index: int, paths: list[Path]) -> None:
        self._sent[child].append(index)
        process = self._children[child]
        try:
            pickle.dump(str(paths[index]), process.stdin)
            process.stdin.flush()
        except (BrokenPipeError, OSError):
            pass  # its death is found when its answer is read

    def _resend(self, child: int, paths: list[Path]) -> None:
        waiting, self._sent[child] = list(self._sent[child]), deque()
        for index in waiting:
            self._send(child, index, paths)

    def _receive(self, child: int) -> tuple | None:
        try:
            return pickle.load(self._children[child].stdout)
        except (EOFError, OSError, pickle.UnpicklingError):
            return None

    def _restart(self, child: int) -> int:
        dead = self._children[child]
        _end(dead, kill=True)
        try:
            self._children[child] = self._start()
        except OSError:
            raise _CannotRun from None
        return dead.returncode

    def close(self) -> None:
        for process in self._children:
            _end(process, kill=False)


def _end(process, kill: bool) -> None:
    """Let a child go (it exits when its stdin closes), or stop a dead or stuck one."""
    import subprocess

    for stream in (process.stdin, process.stdout):
        with contextlib.suppress(OSError):
            stream.close()
    if kill:
        process.kill()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


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
    answers = sys.stdout.buffer
    sys.stdout = sys.stderr
    from kotodesk.documents.verify import examine

    asked = sys.stdin.buffer
    try:
        roots = pickle.load(asked)
        while True:
            path = Path(pickle.load(asked))
            try:
                answer = _portable(examine(path, roots=roots, keep_bytes=True))
                pickle.loads(pickle.dumps(answer))
            except Exception as exc:  # a bug, not a bad file: that file's refusal
                traceback.print_exc()  # to the parent's stderr (the window's log: none)
                answer = ("error", f"{type(exc).__name__}: {exc}")
            pickle.dump(answer, answers)
            answers.flush()
    except (EOFError, BrokenPipeError):
        # Asked for nothing more (or the parent is gone): every answer went out already,
        # and an interpreter's orderly teardown is time the parent's batch would wait for.
        os._exit(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
