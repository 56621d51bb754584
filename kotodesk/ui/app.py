"""Starting the application: Qt, translations, the data folder, the main window."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kotodesk import STARTED, __version__
from kotodesk.errors import KotodeskError
from kotodesk.home import resolve_home
from kotodesk.workspace import Workspace


class _FirstPaint(QObject):
    """Ends a smoke run once the main window has painted, printing how long that took."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            elapsed = (time.perf_counter() - STARTED) * 1000
            QTimer.singleShot(0, lambda: self._finish(elapsed))
        return False

    def _finish(self, elapsed: float) -> None:
        print(f"{elapsed:.0f}")
        sys.stdout.flush()
        self.app.quit()


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kotodesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("kotodesk")
    return app


def run(home: str | None = None, smoke: bool = False, lang: str | None = None) -> int:
    app = create_application()
    try:
        workspace = Workspace.open(resolve_home(home))
    except KotodeskError as exc:
        if smoke:
            print(f"kotodesk: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "kotodesk", str(exc))
        return 2
    from kotodesk.ui.main_window import MainWindow

    window = MainWindow(workspace)
    if smoke:
        watcher = _FirstPaint(app)
        window.installEventFilter(watcher)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
