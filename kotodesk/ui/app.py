"""Starting the application: Qt, the data folder and its lock, language, first run, window."""

from __future__ import annotations

import gc
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication  # the dialogs' where used (main_window.py)

from kotodesk import STARTED, __version__
from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.errors import DamagedDatabaseError, KotodeskError
from kotodesk.ops import settings
from kotodesk.system import resources
from kotodesk.system.display import no_display
from kotodesk.system.folder_lock import lock_path
from kotodesk.system.home import resolve_home
from kotodesk.ui.crash import CrashHandler
from kotodesk.ui.i18n import Translations, system_language
from kotodesk.ui.operations import operations
from kotodesk.ui.words import error_text


class AfterFirstPaint(QObject):
    """Calls `then` with the milliseconds from the start to the window's first paint, on
    the turn of the event loop after that paint (`--smoke` prints them and quits).

    Work that can wait waits for this: a zero timer set before the event loop starts runs
    before the first paint (Qt paints once the window is exposed, which comes later), so
    the daily backup set that way held every first paint up by its imports and its look
    at the backups folder (~3 ms), and the day's first by the copy too (10 ms for a new
    folder, more with years of entries). `latest_ms`: call it then all the same, should
    the window never be painted (never exposed)."""

    def __init__(self, then: Callable[[float | None], None],
                 latest_ms: int | None = None) -> None:
        super().__init__()
        self.then = then
        self.painted = False
        self.called = False
        if latest_ms is not None:
            QTimer.singleShot(latest_ms, lambda: self._call(None))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            elapsed = (time.perf_counter() - STARTED) * 1000
            QTimer.singleShot(0, lambda: self._call(elapsed))
        return False

    def _call(self, elapsed: float | None) -> None:
        if not self.called:
            self.called = True
            self.then(elapsed)


def _no_display(lang: str | None) -> int:
    """Said in the person's language, where Qt would abort the process (exit code 134)
    with its own message about platform plugins: no window can open without a display."""
    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    Translations().install(lang or system_language())
    print("kotodesk: " + QCoreApplication.translate(
        "Controller", "there is no display to open the window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set). Start kotodesk from a desktop session; the command line "
        "works without one (kotodesk --help)."), file=sys.stderr)
    return 2


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
        self.coordinator = None  # the coordinator's window, made on first use
        self.session.context_changed.connect(self._coordinator_follows)
        operations(workspace).executed.connect(self._executed)

    def setting(self, key: str) -> str:
        return settings.get(self.workspace, key)

    def role(self) -> str:
        """roles.UNIT or roles.COORDINATOR: which actions the window offers."""
        from kotodesk.datafolder.roles import current_role

        return current_role(self.workspace.store)

    def start(self, lang: str | None = None, *, ask_first_run: bool = True) -> bool:
        from kotodesk.datafolder.roles import role_chosen

        self.translations.install(lang or self.setting("language") or system_language())
        first = not self.setting("unit") and not role_chosen(self.workspace.store)
        if first and ask_first_run and not self.first_run():
            return False
        self.session.open(self.remembered_programme(), self.setting("unit") or None)
        self.show_window()
        return True

    def remembered_programme(self) -> str | None:
        """The programme last picked in the window; None (the programme of the open round)
        when none was picked or it is gone."""
        from kotodesk.ops.catalogue import programmes

        chosen = self.setting("programme")
        known = {p.id for p in programmes(self.workspace)}
        return chosen if chosen in known else None

    def first_run(self) -> bool:
        from PySide6.QtWidgets import QDialog

        from kotodesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.workspace.register, language=self.translations.language,
                                unit_id=None, name="", email="", role=self.role(),
                                first_run=True, switch_language=self.translations.install)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.save_settings(dialog.values())
        return True

    def save_settings(self, values: dict[str, str]) -> None:
        settings.put(self.workspace, **values)
        if values["language"] != self.translations.language:
            self.translations.install(values["language"])

    def show_window(self):
        from kotodesk.ui.main_window import MainWindow

        old = self.window
        self.window = MainWindow(self.session)
        self.window.settings_requested.connect(self.open_settings)
        self.window.programme_requested.connect(self.pick_programme)
        self.window.backup_requested.connect(self.back_up)
        self.window.restore_requested.connect(self.ask_restore)
        self.window.export_all_requested.connect(self.export_all)
        self.window.about_requested.connect(self.show_about)
        self.window.coordinator_requested.connect(self.open_coordinator)
        self.window.set_role(self.role())
        coordinator_shown = self.close_coordinator()  # it goes with the old window
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            old.hide()
            old.deleteLater()
        else:
            from kotodesk.ui.window_geometry import restore

            restore(self.window, self.workspace)  # where it was last closed
        self.window.show()
        if coordinator_shown:
            self.open_coordinator()  # again, in the new language
        return self.window

    def open_settings(self) -> None:
        from PySide6.QtWidgets import QDialog

        from kotodesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.workspace.register, language=self.translations.language,
            unit_id=self.setting("unit") or None, name=self.setting("user_name"),
            email=self.setting("user_email"), role=self.role(), parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_settings(dialog.values())

    def apply_settings(self, values: dict[str, str]) -> None:
        from kotodesk.datafolder.roles import COORDINATOR

        language_changed = values["language"] != self.translations.language
        unit_changed = values["unit"] != self.setting("unit")
        self.session.flush()
        self.save_settings(values)
        if unit_changed:
            programme = self.session.catalogue.programme.id if self.session.catalogue else None
            self.session.open(programme, values["unit"] or None)
        if language_changed:
            self.show_window()
        else:
            self.window.set_role(self.role())
        if self.role() != COORDINATOR:
            self.close_coordinator()  # a unit's window has no coordinator's window

    def open_coordinator(self):
        """Show the coordinator's window on the programme of the main window (a window
        of its own that closes with the main window)."""
        from kotodesk.ui.coordinator.window import CoordinatorWindow

        if self.coordinator is None:
            catalogue = self.session.catalogue
            self.coordinator = CoordinatorWindow(
                self.workspace, catalogue.programme.id if catalogue else None, self.window)
        self.coordinator.show()
        self.coordinator.raise_()
        self.coordinator.activateWindow()
        return self.coordinator

    def close_coordinator(self) -> bool:
        """Stop the coordinator's work and let its window go; whether it was shown."""
        coordinator, self.coordinator = self.coordinator, None
        if coordinator is None:
            return False
        shown = coordinator.isVisible()
        coordinator.close()
        return shown

    def _coordinator_follows(self) -> None:
        if self.coordinator is not None and self.session.catalogue is not None:
            self.coordinator.follow_programme(self.session.catalogue.programme.id)

    def _executed(self, changes, initiator) -> None:
        """A write elsewhere (the coordinator's window, the key dialog) changed entries or
        the files they come from: the unit's window shows them."""
        if initiator is not self.session and changes.any_of("entries", "files", "choices",
                                                             "rounds"):
            self.reload_session(changes)

    def reload_session(self, changes=None) -> None:
        """The coordinator changed entries (`changes`, kotodesk/ops): the main window shows
        them. The unit's round and unit stay, so only the changed entries are read again
        and the undo history is kept; a new or reopened round is opened afresh."""
        session = self.session
        catalogue = session.catalogue
        if changes is not None and not changes.rounds and session.round is not None:
            if changes.in_round(session.round.id) and (
                    session.unit_id is None or changes.touches_unit(session.unit_id)
                    or session.closed):
                session.reload_entries(changes.measures)
            return
        session.open(catalogue.programme.id if catalogue else None, session.unit_id)

    def pick_programme(self, programme_id: str) -> None:
        settings.put(self.workspace, programme=programme_id)
        self.session.open(programme_id, self.session.unit_id)

    # -- backup, restore, export, about (kotodesk/datafolder/backup.py does the work) -------------

    def back_up(self) -> None:
        from kotodesk.datafolder.backup import backup_database
        from kotodesk.ui.backup_dialogs import ask_backup_target

        self._write_file(ask_backup_target,
                         lambda target: backup_database(self.workspace.store, target),
                         self.tr("Back up"), self.tr("Backed up to {0}"))

    def export_all(self) -> None:
        from kotodesk.reporting.export_all import export_all
        from kotodesk.ui.backup_dialogs import ask_export_target

        self._write_file(ask_export_target,
                         lambda target: export_all(self.workspace.store, target),
                         self.tr("Export all data"), self.tr("Wrote {0}"))

    def _write_file(self, ask, write, title: str, done: str) -> None:
        """Ask for a file, save the typing, write; a failure is a message, not a crash."""
        from kotodesk.ui.backup_dialogs import warn

        target = ask(self.window)
        if target is None:
            return
        self.session.flush()
        try:
            write(target)
        except (KotodeskError, OSError, sqlite3.Error) as exc:
            warn(self.window, title, self._failure_said(exc))
            return
        self.window.statusBar().showMessage(done.format(target), 8000)

    def _failure_said(self, exc: BaseException) -> str:
        """A write that met a damaged page marks the folder (so the next start checks every
        page and offers the backups) and says what to do in the window's words, not
        SQLite's or the command line's; any other failure is said as it is."""
        from kotodesk.datafolder.damage import noted_damage
        from kotodesk.domain.errors import DamagedDatabaseError

        if not noted_damage(self.workspace.home, exc):
            return error_text(exc)
        detail = exc.detail if isinstance(exc, DamagedDatabaseError) else str(exc)
        logging.getLogger("kotodesk").info("database damaged: %s", detail)  # SQLite's words
        return self.tr("The database in {0} is damaged and cannot be read. Close "
                       "kotodesk and start it again: it offers the newest backup kotodesk "
                       "kept, and keeps the damaged file aside.").format(self.workspace.home)

    def ask_restore(self) -> None:
        from PySide6.QtWidgets import QDialog

        from kotodesk.datafolder.backup import inspect
        from kotodesk.ui.backup_dialogs import RestoreDialog, ask_backup_source, warn

        source = ask_backup_source(self.window, self.workspace.home)
        if source is None:
            return
        try:
            summary = inspect(source)
        except (KotodeskError, OSError) as exc:
            warn(self.window, self.tr("Restore from backup"), error_text(exc))
            return
        if RestoreDialog(summary, self.workspace.home, self.window).exec() \
                != QDialog.DialogCode.Accepted:
            return
        try:
            result = self.restore(source)
        except (KotodeskError, OSError, sqlite3.Error) as exc:
            warn(self.window, self.tr("Restore from backup"), error_text(exc))
            return
        self.window.statusBar().showMessage(
            self.tr("Restored {0}; the previous data is in {1}").format(
                source, result.safety_backup or "-"), 15000)

    def restore(self, source: Path):
        """Replace the database under the open window: save the typing, close the
        Workspace, restore (which keeps a safety copy), reopen, rebuild the window.
        The window's QLockFile stays held throughout, so no other kotodesk gets in."""
        from kotodesk.datafolder.backup import restore
        from kotodesk.ui.session import ReportingSession

        self.session.flush()
        coordinator_shown = self.close_coordinator()  # it holds the old workspace
        home = self.workspace.home
        self.workspace.close()
        try:
            return restore(home, source)
        finally:
            self.workspace = Workspace.open(home)  # upgrades an older backup's schema
            self.session = ReportingSession(self.workspace)
            self.session.context_changed.connect(self._coordinator_follows)
            operations(self.workspace).executed.connect(self._executed)
            self.translations.install(self.setting("language") or self.translations.language)
            self.session.open(self.remembered_programme(), self.setting("unit") or None)
            self.show_window()
            if coordinator_shown:
                self.open_coordinator()

    def daily_backup(self) -> None:
        from kotodesk.datafolder.backup import daily_backup
        from kotodesk.datafolder.logs import log_failure

        try:
            daily_backup(self.workspace.store, self.workspace.home)
        except (KotodeskError, OSError, sqlite3.Error) as exc:  # never stops the work
            log_failure(self.workspace.home, exc, "daily backup failed")
            if self.window is not None:
                self.window.statusBar().showMessage(
                    self.tr("The daily backup failed: {0}").format(error_text(exc)), 15000)

    def show_about(self) -> None:
        from kotodesk.datafolder.about import gather
        from kotodesk.ui.about_dialog import AboutDialog

        AboutDialog(gather(self.workspace.home), self.window).exec()


def _restored_at_start(folder: Path, problem: DamagedDatabaseError) -> Workspace | None:
    """The folder's database is damaged: offer its backups (backup_dialogs), and open it
    again once one is restored; None when the person closes instead."""
    from PySide6.QtWidgets import QMessageBox

    from kotodesk.ui.backup_dialogs import offer_restore_at_start

    if not offer_restore_at_start(folder, problem):
        return None
    try:
        return Workspace.open(folder)
    except KotodeskError as exc:
        QMessageBox.critical(None, "kotodesk", error_text(exc))
        return None


def _lock_refused(folder: Path) -> str:
    """Why the lock file could not be made when no other kotodesk holds it (a full or
    read-only disk), asked again the core's way, which names the reason; "" when it is
    held after all."""
    from kotodesk.domain.errors import UsageError, WriteError, unwritable
    from kotodesk.system.folder_lock import hold
    from kotodesk.ui.words import said

    try:
        with hold(folder, "open the window"):
            return ""
    except UsageError:
        return ""
    except WriteError as exc:
        return said(unwritable(folder, exc.reason, folder=True))


def run(home: str | None = None, smoke: bool = False, lang: str | None = None) -> int:
    if sys.platform.startswith("linux") and no_display(os.environ):
        return _no_display(lang)
    app = create_application()
    # The messages before the window (a folder that cannot be opened, one already open)
    # speak the system's language, or the folder's own choice once it can be read.
    translations = Translations()
    translations.install(lang or system_language())
    try:
        folder = resolve_home(home)
        workspace = Workspace.open(folder)
    except DamagedDatabaseError as exc:
        if smoke:
            print(f"kotodesk: {exc}", file=sys.stderr)
            return 2
        workspace = _restored_at_start(folder, exc)
        if workspace is None:
            return 2
    except KotodeskError as exc:
        if smoke:
            print(f"kotodesk: {exc}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "kotodesk", error_text(exc))
        return 2
    chosen = lang or settings.get(workspace, "language")
    if chosen and chosen != translations.language:
        translations.install(chosen)
    lock = QLockFile(str(lock_path(folder)))
    if not lock.tryLock(200):
        message = _lock_refused(folder) if lock.error() != QLockFile.LockError.LockFailedError \
            else ""
        message = message or QCoreApplication.translate(
            "Controller", "kotodesk is already open with the data folder {0}. Switch to that "
            "window; two windows on one folder would overwrite each other's typing."
        ).format(folder)
        print(f"kotodesk: {message}", file=sys.stderr)
        if not smoke:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(None, "kotodesk", message)
        workspace.close()
        return 2
    controller = Controller(workspace)
    controller.translations = translations  # start() switches them, leaving none behind
    crashes = CrashHandler(folder, lambda: controller.session.flush(),
                           lambda: controller.window)
    crashes.install()
    try:
        if not controller.start(lang, ask_first_run=not smoke):
            return 0
        if smoke:
            def finish(elapsed: float | None) -> None:
                print(f"{elapsed:.0f}")
                sys.stdout.flush()
                gc.enable()  # as the window does (below): the exit is timed as a user's
                app.quit()

            watcher = AfterFirstPaint(finish)
        else:
            def painted(_ms: float | None) -> None:
                gc.enable()  # paused for the start by cli.main
                controller.daily_backup()

            watcher = AfterFirstPaint(painted, latest_ms=10_000)
        controller.window.installEventFilter(watcher)
        return app.exec()
    finally:
        crashes.uninstall()
        controller.close_coordinator()  # its worker threads end before the database closes
        controller.session.flush()
        controller.workspace.close()
        lock.unlock()
