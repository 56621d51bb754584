"""The dialog an uncaught exception shows: what happened, that the typing was saved, and
a report the user can copy to support (loaded only when needed: not at start-up)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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


class CrashDialog(QDialog):
    def __init__(self, report: str, saved: bool, parent: QWidget | None = None,
                 damaged: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("kotodesk ran into a problem"))
        self.message = message = QLabel()
        message.setWordWrap(True)
        self._say(saved, damaged)
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

    def _say(self, saved: bool, damaged: bool) -> None:
        if saved:
            first = self.tr("What you typed has been saved.")
        else:
            first = self.tr("Some of what you typed could not be saved; the report says why.")
        if damaged:  # not a bug to report: the way back is the folder's backups
            self.message.setText(first + " " + self.tr(
                "The database in this data folder is damaged (a disk fault, or the file "
                "was changed outside kotodesk). Quit kotodesk and start it again: it offers "
                "to restore the newest backup and keeps the damaged file aside."))
        else:
            self.message.setText(first + " " + self.tr(
                "kotodesk met an error it did not expect. You can keep working, or quit "
                "and start kotodesk again. Please send the report below to your "
                "coordinator or IT support: copy it with the button."))

    def add(self, report: str, saved: bool = True, damaged: bool = False) -> None:
        self.report.appendPlainText("\n" + "-" * 60 + "\n" + report)
        if damaged or not saved:  # what the later error says outweighs the first's words
            self._say(saved, damaged)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def _quit(self) -> None:
        self.accept()
        QApplication.closeAllWindows()  # the main window saves again as it closes
        QApplication.quit()
