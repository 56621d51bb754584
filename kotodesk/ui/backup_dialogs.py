"""File › Back up…, Restore from backup…, Export all data…: the dialogs and their flow.

The core (kotodesk/datafolder/backup.py, export_all.py) does the work; this module asks for files,
shows what a backup holds before anything is replaced, and reports what happened. The
swap of the database itself belongs to the Controller, which owns the Workspace.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kotodesk.datafolder.backup import BackupSummary, RoundSummary
from kotodesk.datafolder.backup import folder as backup_folder
from kotodesk.domain.errors import DamagedDatabaseError
from kotodesk.ui.rows_model import RowsModel


def local_time(iso: str) -> str:
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso
    return QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)


class RoundsModel(RowsModel):
    PROGRAMME, PERIOD, STATE, ENTRIES, UNITS = range(5)

    def __init__(self, rounds: list[RoundSummary], names: dict[str, str], parent=None) -> None:
        super().__init__(rounds, parent)
        self._names = names

    def headers(self) -> list[str]:
        return [self.tr("Programme"), self.tr("Round"), self.tr("State"), self.tr("Entries"),
                self.tr("Units")]

    def cell(self, r: RoundSummary, column: int, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.ENTRIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.PROGRAMME:
            return self._names.get(r.programme, r.programme)
        if column == self.STATE:
            return self.tr("open") if r.state == "open" else self.tr("closed")
        return [None, r.period, None, r.entries, r.units][column]


class RestoreDialog(QDialog):
    """What the backup holds, and a clear Restore button; nothing changes on Cancel."""

    def __init__(self, summary: BackupSummary, home: Path, parent: QWidget | None = None,
                 damaged: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        facts = QFormLayout()
        facts.addRow(self.tr("File:"), _selectable(summary.file))
        facts.addRow(self.tr("Last change:"),
                     QLabel(local_time(summary.last_change) if summary.last_change
                            else self.tr("none")))
        facts.addRow(self.tr("Contents:"), QLabel(self.tr(
            "{0} programmes, {1} rounds, {2} entries, {3} saved changes").format(
            len(summary.programmes), len(summary.rounds), summary.entries, summary.changes)))
        facts.addRow(self.tr("Schema version:"), QLabel(summary.schema))
        names = {p["id"]: p["name"] for p in summary.programmes}
        self.model = RoundsModel(summary.rounds, names, self)
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Rounds in the backup"))
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(
            RoundsModel.PROGRAMME, QHeaderView.ResizeMode.Stretch)
        warning = QLabel(self.tr(
            "Restoring replaces the damaged database with the contents of the backup. The "
            "damaged file is not deleted: it is kept aside in {0} as "
            "kotodesk-damaged-….sqlite3.").format(home) if damaged else self.tr(
            "Restoring replaces all data in this kotodesk with the contents of the backup. "
            "The current data is first saved to {0}, so this can be undone by restoring "
            "that file.").format(backup_folder(home)))
        warning.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("&Restore"),
                                                QDialogButtonBox.ButtonRole.DestructiveRole)
        self.restore_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(table, 1)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.resize(760, 420)


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def ask_backup_target(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("BackupDialogs", "Back up"),
        f"kotodesk-backup-{date.today().isoformat()}.sqlite3",
        QCoreApplication.translate("BackupDialogs", "kotodesk backup (*.sqlite3);;All files (*)"))
    if not name:
        return None
    return Path(name) if Path(name).suffix else Path(name + ".sqlite3")


def ask_backup_source(parent: QWidget, home: Path) -> Path | None:
    start = backup_folder(home) if backup_folder(home).is_dir() else Path.home()
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("BackupDialogs", "Restore from backup"), str(start),
        QCoreApplication.translate("BackupDialogs", "kotodesk backup (*.sqlite3);;All files (*)"))
    return Path(name) if name else None


def ask_export_target(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("BackupDialogs", "Export all data"),
        f"kotodesk-all-data-{date.today().isoformat()}.xlsx",
        QCoreApplication.translate("BackupDialogs", "Excel workbook (*.xlsx)"))
    if not name:
        return None
    return Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")


def warn(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def offer_restore_at_start(home: Path, problem: DamagedDatabaseError) -> bool:
    """The data folder's database was found damaged as kotodesk started (before any
    window): DamagedAtStart. True when a backup was restored and the folder can be
    opened again; False when the person closes."""
    return DamagedAtStart().offer(home, problem)


class DamagedAtStart(QObject):
    """Say in the window's language that the database is damaged, offer the newest
    backup that can be read (or another file), show what it holds, and restore it, the
    damaged file kept aside (backup.restore)."""

    def offer(self, home: Path, problem: DamagedDatabaseError) -> bool:
        import sqlite3

        from kotodesk.datafolder.backup import inspect, newest_readable, oddity, restore
        from kotodesk.domain.errors import KotodeskError
        from kotodesk.system.folder_lock import hold
        from kotodesk.ui.words import error_text
        from kotodesk.ui.words import said as said_

        title = self.tr("Restore from backup")
        newest = newest_readable(home)
        while True:
            box = QMessageBox(QMessageBox.Icon.Critical, "kotodesk", self.tr(
                "The database in {0} is damaged and cannot be read.").format(home))
            if newest is not None:
                said = self.tr(
                    "kotodesk keeps backups of it. The newest that can be read was made {0}; "
                    "you see what it holds before anything is replaced. The damaged file is "
                    "kept aside, not deleted.").format(local_time(newest[0].created.isoformat()))
                odd = oddity(*newest)
                if odd:  # the only one that can be read: offered, with what is odd
                    said += "\n\n" + self.tr("Note about that backup: {0}.").format(said_(odd))
            else:
                said = self.tr(
                    "No backup of it that can be read was found in {0}. If you made one "
                    "(File › Back up…), choose it; the damaged file is kept aside, not "
                    "deleted.").format(backup_folder(home))
            box.setInformativeText(said + "\n\n" + self.tr("SQLite says: {0}").format(
                problem.detail))
            newest_button = box.addButton(self.tr("Restore the newest backup…"),
                                          QMessageBox.ButtonRole.AcceptRole) if newest else None
            choose = box.addButton(self.tr("Choose a backup…"),
                                   QMessageBox.ButtonRole.ActionRole)
            box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(newest_button or choose)
            box.exec()
            clicked = box.clickedButton()
            if newest is not None and clicked is newest_button:
                source, summary = newest[0].path, newest[1]
            elif clicked is choose:
                source = ask_backup_source(None, home)
                if source is None:
                    continue
                try:
                    summary = inspect(source)
                except (KotodeskError, OSError) as exc:
                    warn(None, title, error_text(exc))
                    continue
            else:
                return False
            if RestoreDialog(summary, home, damaged=True).exec() \
                    != QDialog.DialogCode.Accepted:
                continue
            try:
                with hold(home, "restore a backup"):
                    result = restore(home, source)
            except (KotodeskError, OSError, sqlite3.Error) as exc:
                warn(None, title, error_text(exc))
                continue
            QMessageBox.information(None, "kotodesk", self.tr(
                "Restored {0}. The damaged database is kept as {1}.").format(
                source, result.set_aside or result.safety_backup or "-"))
            return True
