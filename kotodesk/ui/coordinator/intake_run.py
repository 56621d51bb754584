"""Taking in a batch of returns without freezing the window.

A worker thread finds the files (folders are searched) and examines each one's bytes
(verify.examine, in child processes: ui.examining), which needs
no database; each result comes back to the UI thread, where
the file is judged (revocations, trust anchors) and recorded: the database and the trust
list stay on the UI thread. Recording takes longer than verifying, so the
results would pile up in the event queue and be recorded in one long stretch, with no
paint or click in between: instead the UI thread records one file per turn of the event
loop (a zero timer), and the worker waits while AHEAD results are not recorded yet.
Cancel stops both: files already recorded stay recorded, each in its own transaction.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from kotodesk.coordinator import inbox as round_inbox
from kotodesk.datafolder.logs import logger
from kotodesk.documents import verify
from kotodesk.signing.trust_list import TrustList
from kotodesk.ui.coordinator.state import CoordinatorSession
from kotodesk.ui.examining import examinations
from kotodesk.ui.words import error_text
from kotodesk.ui.worker import Worker

AHEAD = 8  # files verified but not recorded yet, at most


class IntakeRun(QObject):
    counted = Signal(int)  # how many files the batch holds (folders searched)
    verified = Signal(object)  # a Verification, emitted on the worker thread
    file_taken = Signal(object)  # the Intake of one file, recorded or refused
    progressed = Signal(int, int, str)  # files done, files in all, the last file's name
    finished = Signal(int, int, bool)  # files done, files in all, whether cancelled

    def __init__(self, session: CoordinatorSession, paths: Iterable[Path],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.paths = [Path(p) for p in paths]
        self.total = 0
        self.done = 0
        self.refused = 0  # of the files done, those not recorded (the Outcome says why)
        self.set_aside = 0  # of the files done, kotodesk's own reports (not returns)
        self.cancelled = False
        self.stopped = False  # the window is going: deliver nothing more
        self.error = ""
        self.worker: Worker | None = None
        # The round the files were dropped on: they go there, whichever is shown meanwhile.
        self.round = session.round
        self._trusted = TrustList()
        self._pending: deque[verify.Verification] = deque()
        self._room = threading.Semaphore(AHEAD)
        self._worker_done = False
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._step)
        self.verified.connect(self._queue, Qt.ConnectionType.QueuedConnection)
        self.counted.connect(self._count, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self._trusted = self.session.trusted()
        roots = frozenset(self._trusted)  # judging may add to the list: not read over there
        paths, home, room = self.paths, self.session.workspace.home, self._room

        def work(_progress, cancelled):
            files = round_inbox.return_files(paths)
            self.counted.emit(len(files))
            # Every batch, one dropped file too, is examined in child processes
            # (ui.examining): this thread only hands their results on, and a file that
            # stops its examiner is refused instead of ending the window.
            with closing(examinations(files, roots, home, keep_bytes=True)) as results:
                for result in results:
                    while not room.acquire(timeout=0.05):
                        if cancelled():
                            return
                    if cancelled():
                        return
                    self.verified.emit(result)

        self.worker = Worker(work, self)
        self.worker.succeeded.connect(self._worker_finished)
        self.worker.failed.connect(self._worker_failed)
        self.worker.start()

    def cancel(self) -> None:
        self.cancelled = True
        if self.worker is not None:
            self.worker.cancel()

    def stop(self) -> None:
        """Cancel, wait for the worker, and ignore what it already sent."""
        self.cancel()
        self.stopped = True
        if self.worker is not None:
            self.worker.wait()

    @Slot(int)
    def _count(self, total: int) -> None:
        if self.stopped:
            return
        self.total = total
        self.progressed.emit(self.done, self.total, "")

    @Slot(object)
    def _queue(self, result: verify.Verification) -> None:
        if self.stopped:
            return
        self._pending.append(result)
        if not self._step_timer.isActive():
            self._step_timer.start()

    def _step(self) -> None:
        """Record one file, then give the event loop a turn before the next."""
        if self.stopped:
            return
        if self._pending:
            result = self._pending.popleft()
            self._room.release()
            if not self.cancelled:
                taken = self.session.record(result, self._trusted, self.round)
                self.done += 1
                self.set_aside += taken.set_aside  # kotodesk's own reports: no refusal
                self.refused += not taken.accepted and not taken.set_aside
                self.file_taken.emit(taken)
                if self.stopped:  # the window closed in between
                    return
                self.progressed.emit(self.done, self.total, result.file.name)
        if self._pending:
            self._step_timer.start()
        elif self._worker_done:
            self._finish()

    @Slot(object)
    def _worker_finished(self, _result) -> None:
        if self.stopped:
            return
        self._worker_done = True
        if not self._pending:
            self._finish()

    @Slot(object)
    def _worker_failed(self, exc: Exception) -> None:
        # Finding the files failed (e.g. a folder vanished): what was recorded stays.
        logger(self.session.workspace.home).error("intake failed", exc_info=exc)
        self.error = error_text(exc)
        self._worker_finished(None)

    def _finish(self) -> None:
        self.worker.wait()
        self.session.files_recorded(self.round)
        self.finished.emit(self.done, self.total, self.cancelled)
