"""An uncaught exception in the window: save the typing, log it, tell the user calmly.

PySide6 hands an exception raised in a slot or event handler to sys.excepthook and goes on
running, so the hook is the one place to catch what nothing else did. In that order:
the session's pending edits are written (what the user typed matters most), the traceback
goes to the rotating log in the data folder, and a dialog shows a report the user can
copy to support. One dialog at a time: further errors are appended to it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, qVersion

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kotodesk.ui.crash_dialog import CrashDialog


class CrashHandler(QObject):
    """Installed as sys.excepthook while the window runs."""

    def __init__(self, home: Path, save: Callable[[], bool],
                 parent_window: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self.home, self.save, self.parent_window = home, save, parent_window
        self.dialog: CrashDialog | None = None
        self._previous = None
        self._handling = False

    def install(self) -> None:
        self._previous, sys.excepthook = sys.excepthook, self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous or sys.__excepthook__

    def handle(self, kind, exc: BaseException, tb) -> None:
        if issubclass(kind, KeyboardInterrupt) or self._handling:
            (self._previous or sys.__excepthook__)(kind, exc, tb)
            return
        self._handling = True
        try:
            exc = exc.with_traceback(tb)
            from kotodesk.datafolder.logs import failure_report, log_failure

            saved, save_error = self._save()
            log_path = log_failure(self.home, exc, "unhandled error in the window")
            extra = {"Qt": qVersion(), "PySide6": pyside_version,
                     "Typing saved": "yes" if saved else f"no ({save_error})"}
            from kotodesk.datafolder.damage import noted_damage

            # Damaged: the next start checks every page and offers the backups.
            damaged = noted_damage(self.home, exc)
            self.show(failure_report(exc, log_path, extra), saved, damaged)
        finally:
            self._handling = False

    def _save(self) -> tuple[bool, str]:
        try:
            return bool(self.save()), "edits are still waiting to be saved"
        except Exception as error:  # the failure may be in saving itself
            from kotodesk.datafolder.logs import log_failure

            log_failure(self.home, error, "saving after an unhandled error failed")
            return False, f"{type(error).__name__}: {error}"

    def show(self, report: str, saved: bool, damaged: bool = False) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(report, saved, damaged)
        else:
            from kotodesk.ui.crash_dialog import CrashDialog

            self.dialog = CrashDialog(report, saved, self.parent_window(), damaged)
            self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
