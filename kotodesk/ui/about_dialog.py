"""Help › About kotodesk: version, build, data folder, and the licences of what is shipped
(kotodesk/datafolder/about.py gathers them from the installed packages)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from kotodesk.datafolder.about import About, Component
from kotodesk.ui.rows_model import RowsModel


class ComponentsModel(RowsModel):
    NAME, VERSION, LICENCE = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Component"), self.tr("Version"), self.tr("Licence")]

    def cell(self, c: Component, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.homepage or None
        if role == Qt.ItemDataRole.DisplayRole:
            return [c.name, c.version, c.licence][column]
        return None


class AboutDialog(QDialog):
    def __init__(self, about: About, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About kotodesk"))
        icon = QLabel()
        icon.setPixmap(self.windowIcon().pixmap(64, 64))
        title = QLabel(f"<b style='font-size:16pt'>kotodesk {about.version}</b><br>"
                       + self.tr("Status reporting on a city programme of measures"))
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(title, 1)

        build = about.build if about.build != "development" else \
            self.tr("development (not a bundle)")
        folder = QLabel(f"<a href='{QUrl.fromLocalFile(about.data_folder).toString()}'>"
                        f"{about.data_folder}</a>")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        folder.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        facts = QFormLayout()
        facts.addRow(self.tr("Build:"), QLabel(build))
        facts.addRow(self.tr("Data folder:"), folder)
        facts.addRow(self.tr("Platform:"), QLabel(f"{about.platform}, Python {about.python}"))

        self.model = ComponentsModel(about.components, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Components and their licences"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.show_licence(current.row()))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.text)
        split.setSizes([260, 240])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(facts)
        layout.addWidget(QLabel(self.tr("kotodesk is free software under the GNU GPL 3.0 or "
                                        "later. It ships these components:")))
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(780, 640)
        if about.components:
            self.table.selectRow(0)

    def show_licence(self, row: int) -> None:
        if row < 0:
            return
        c = self.model.row(row)
        parts = [f"{c.name} {c.version}: {c.licence}"]
        if c.homepage:
            parts.append(c.homepage)
        for f in c.files:
            parts += ["", f"── {f.name} ──", f.text.rstrip()]
        if not c.files:
            parts += ["", self.tr("The package carries no licence file; its licence is named "
                                  "above.")]
        self.text.setPlainText("\n".join(parts))
        self.text.moveCursor(self.text.textCursor().MoveOperation.Start)
