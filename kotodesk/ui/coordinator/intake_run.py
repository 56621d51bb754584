"""Taking in a batch of returns without freezing the window.

A worker thread finds the files (folders are searched) and verifies each one, which
needs no database; each result comes back to the UI thread as it is ready, where the
file is recorded (the database stays on the UI thread). Cancel stops both: files
already recorded stay recorded, each in its own transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kotodesk import round_inbox, verify
from kotodesk.logs import logger
from kotodesk.ui.coordinator.state import CoordinatorSession
from kotodesk.ui.worker import Worker


def check(path: Path, trusted: set[str], home: Path) -> verify.Verification:
    """verify_file, but a failure on one hostile file is that file's result, not the
    batch's end (the traceback goes to the log)."""
    try:
        return verify.verify_file(path, trusted)
    except Exception as exc:
        logger(home).error("verifying %s failed", path, exc_info=exc)
        return verify.Verification(path, verify.UNREADABLE,
                                   f"could not be checked ({type(exc).__name__}: {exc})")


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
        self.cancelled = False
        self.error = ""
        self.worker: Worker | None = None
        self.verified.connect(self._record, Qt.ConnectionType.QueuedConnection)
        self.counted.connect(self._count, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        trusted = self.session.trusted()
        self._trusted = trusted
        paths, home = self.paths, self.session.workspace.home

        def work(_progress, cancelled):
            files = round_inbox.return_files(paths)
            self.counted.emit(len(files))
            for path in files:
                if cancelled():
                    break
                self.verified.emit(check(path, trusted, home))

        self.worker = Worker(work, self)
        self.worker.succeeded.connect(self._worker_done)
        self.worker.failed.connect(self._worker_failed)
        self.worker.start()

    def cancel(self) -> None:
        self.cancelled = True
        if self.worker is not None:
            self.worker.cancel()

    def wait(self) -> None:
        if self.worker is not None:
            self.worker.wait()

    @Slot(int)
    def _count(self, total: int) -> None:
        self.total = total
        self.progressed.emit(self.done, self.total, "")

    @Slot(object)
    def _record(self, result: verify.Verification) -> None:
        if self.cancelled:
            return
        taken = self.session.record(result, self._trusted)
        self.done += 1
        self.file_taken.emit(taken)
        self.progressed.emit(self.done, self.total, result.file.name)

    @Slot(object)
    def _worker_done(self, _result) -> None:
        self.session.files_recorded()
        self.finished.emit(self.done, self.total, self.cancelled)

    @Slot(object)
    def _worker_failed(self, exc: Exception) -> None:
        # Finding the files failed (e.g. a folder vanished): what was recorded stays.
        logger(self.session.workspace.home).error("intake failed", exc_info=exc)
        self.error = str(exc)
        self.session.files_recorded()
        self.finished.emit(self.done, self.total, True)
