"""Long work off the UI thread: a function runs in a QThread and reports back by signals.

The function gets a `progress(fraction)` callable and a `cancelled()` callable; results
and errors come back through queued signals, so the window never freezes and never
touches the work's objects from two threads. The database stays on the UI thread: work
that needs it reads what it needs first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class Worker(QThread):
    progressed = Signal(float, str)  # fraction done (0–1) and what is being done
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception (a KotodeskError is a message for the user)

    def __init__(self, fn: Callable[..., Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def cancelled(self) -> bool:
        return self._cancel

    def _progress(self, fraction: float, text: str = "") -> None:
        self.progressed.emit(fraction, text)

    def run(self) -> None:
        try:
            result = self._fn(self._progress, self.cancelled)
        except Exception as exc:  # reported to the UI thread, which decides what to show
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
