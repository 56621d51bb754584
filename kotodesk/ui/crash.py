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

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kotodesk.logs import failure_report, log_failure


class CrashDialog(QDialog):
    def __init__(self, report: str, saved: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("kotodesk ran into a problem"))
        if saved:
            first = self.tr("What you typed has been saved.")
        else:
            first = self.tr("Some of what you typed could not be saved; the report says why.")
        message = QLabel(first + " " + self.tr(
            "kotodesk met an error it did not expect. You can keep working, or quit and "
            "start kotodesk again. Please send the report below to your coordinator or IT "
            "support: copy it with the button."))
        message.setWordWrap(True)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(message, 1)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setAccessibleName(self.tr("Error report"))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = buttons.addButton(self.tr("&Quit kotodesk"),
                                             QDialogButtonBox.ButtonRole.DestructiveRole)
        self.quit_button.clicked.connect(self._quit)
        self.keep_button = buttons.addButton(self.tr("&Keep working"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.clicked.connect(self.accept)
        self.keep_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(760, 460)

    def add(self, report: str) -> None:
        self.report.appendPlainText("\n" + "-" * 60 + "\n" + report)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def _quit(self) -> None:
        self.accept()
        QApplication.closeAllWindows()  # the main window saves again as it closes
        QApplication.quit()


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
            saved, save_error = self._save()
            log_path = log_failure(self.home, exc, "unhandled error in the window")
            extra = {"Qt": qVersion(), "PySide6": pyside_version,
                     "Typing saved": "yes" if saved else f"no ({save_error})"}
            self.show(failure_report(exc, log_path, extra), saved)
        finally:
            self._handling = False

    def _save(self) -> tuple[bool, str]:
        try:
            return bool(self.save()), "edits are still waiting to be saved"
        except Exception as error:  # the failure may be in saving itself
            log_failure(self.home, error, "saving after an unhandled error failed")
            return False, f"{type(error).__name__}: {error}"

    def show(self, report: str, saved: bool) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(report)
        else:
            self.dialog = CrashDialog(report, saved, self.parent_window())
            self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
