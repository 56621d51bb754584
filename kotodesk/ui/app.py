"""Starting the application: Qt, the data folder and its lock, language, first run, window."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QLockFile, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from kotodesk import STARTED, __version__, resources
from kotodesk.errors import KotodeskError
from kotodesk.home import resolve_home
from kotodesk.storage import settings
from kotodesk.ui.i18n import Translations, system_language
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
    app.setDesktopFileName("kotodesk")  # Wayland/X11 match the window to kotodesk.desktop
    app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    icon = QIcon()
    for path in sorted(resources.path("icons").glob("kotodesk-*.png")):
        icon.addFile(str(path))
    return icon


class Controller(QObject):
    """Owns the session and the window; recreates the window when the language changes,
    so every label is built in the new language."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        from kotodesk.ui.session import ReportingSession

        self.workspace = workspace
        self.translations = Translations()
        self.session = ReportingSession(workspace)  # owned here, outlives any window
        self.window = None

    def setting(self, key: str) -> str:
        return settings.get(self.workspace.store, key)

    def start(self, lang: str | None = None, *, ask_first_run: bool = True) -> bool:
        self.translations.install(lang or self.setting("language") or system_language())
        if not self.setting("unit") and ask_first_run and not self.first_run():
            return False
        self.session.open(None, self.setting("unit") or None)
        self.show_window()
        return True

    def first_run(self) -> bool:
        from kotodesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.workspace.register, language=self.translations.language,
                                unit_id=None, name="", email="", first_run=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.save_settings(dialog.values())
        return True

    def save_settings(self, values: dict[str, str]) -> None:
        settings.put(self.workspace.store, **values)
        if values["language"] != self.translations.language:
            self.translations.install(values["language"])

    def show_window(self):
        from kotodesk.ui.main_window import MainWindow

        old = self.window
        self.window = MainWindow(self.session)
        self.window.settings_requested.connect(self.open_settings)
        self.window.programme_requested.connect(self.pick_programme)
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            old.hide()
            old.deleteLater()
        self.window.show()
        return self.window

    def open_settings(self) -> None:
        from kotodesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.workspace.register, language=self.translations.language,
            unit_id=self.setting("unit") or None, name=self.setting("user_name"),
            email=self.setting("user_email"), parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_settings(dialog.values())

    def apply_settings(self, values: dict[str, str]) -> None:
        language_changed = values["language"] != self.translations.language
        unit_changed = values["unit"] != self.setting("unit")
        self.session.flush()
        self.save_settings(values)
        if unit_changed:
            programme = self.session.catalogue.programme.id if self.session.catalogue else None
            self.session.open(programme, values["unit"] or None)
        if language_changed:
            self.show_window()

    def pick_programme(self, programme_id: str) -> None:
        settings.put(self.workspace.store, programme=programme_id)
        self.session.open(programme_id, self.session.unit_id)


def run(home: str | None = None, smoke: bool = False, lang: str | None = None) -> int:
    app = create_application()
    folder = resolve_home(home)
    try:
        workspace = Workspace.open(folder)
    except KotodeskError as exc:
        if smoke:
            print(f"kotodesk: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "kotodesk", str(exc))
        return 2
    lock = QLockFile(str(folder / "kotodesk.lock"))
    if not lock.tryLock(200):
        message = (f"kotodesk is already open with the data folder {folder}. "
                   "Switch to that window; two windows on one folder would overwrite each "
                   "other's typing.")
        print(f"kotodesk: {message}", file=sys.stderr)
        if not smoke:
            QMessageBox.information(None, "kotodesk", message)
        workspace.close()
        return 2
    controller = Controller(workspace)
    try:
        if not controller.start(lang, ask_first_run=not smoke):
            return 0
        if smoke:
            watcher = _FirstPaint(app)
            controller.window.installEventFilter(watcher)
        return app.exec()
    finally:
        controller.session.flush()
        workspace.close()
        lock.unlock()
