"""The saved changes of one entry: who changed what, when, from what to what."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout

from kotodesk.model import EntryChange
from kotodesk.storage.entries import VALUE_PREFIX


class HistoryModel(QAbstractTableModel):
    WHEN, WHO, FIELD, OLD, NEW = range(5)

    def __init__(self, rows: list[EntryChange], parent=None) -> None:
        super().__init__(parent)
        self._rows = rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Before"),
                    self.tr("After")][section]
        return None

    def field_name(self, field: str) -> str:
        if field.startswith(VALUE_PREFIX):
            return field[len(VALUE_PREFIX):]
        return {"status": self.tr("Status"), "narrative": self.tr("What has been done"),
                "reasons": self.tr("Reasons"),
                "indicator_report": self.tr("Indicator report")}.get(field, field)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        change = self._rows[index.row()]
        column = index.column()
        if column == self.WHEN:
            when = QDateTime.fromString(change.at, Qt.DateFormat.ISODateWithMs).toLocalTime()
            return QLocale().toString(when, QLocale.FormatType.ShortFormat)
        if column == self.WHO:
            return change.author
        if column == self.FIELD:
            return self.field_name(change.field)
        text = change.old if column == self.OLD else change.new
        return text if role == Qt.ItemDataRole.ToolTipRole else " ".join(text.split())[:200]


class HistoryDialog(QDialog):
    def __init__(self, title: str, rows: list[EntryChange], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {0}").format(title))
        self.model = HistoryModel(rows, self)
        view = QTableView()
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Changes"))
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(900, 420)
