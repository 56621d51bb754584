"""The saved changes of one entry: who changed what, when, from what to what."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout

from kotodesk.domain.indicators import NO, YES
from kotodesk.domain.model import EntryChange
from kotodesk.ops.entries import VALUE_PREFIX


def field_label(field: str) -> str:
    """An entry field as people call it (the undo menu and the history say it so)."""
    if field.startswith(VALUE_PREFIX):
        return field[len(VALUE_PREFIX):]
    return {"status": QCoreApplication.translate("HistoryModel", "Status"),
            "narrative": QCoreApplication.translate("HistoryModel", "What has been done"),
            "reasons": QCoreApplication.translate("HistoryModel", "Reasons"),
            "indicator_report": QCoreApplication.translate("HistoryModel", "Indicator report"),
            }.get(field, field)


_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def shown_value(stored: str) -> str:
    """An indicator value as the person reads it: 12.5 as 12,5 in Finnish and Swedish,
    yes/no in the window's language."""
    if stored == YES:
        return QCoreApplication.translate("HistoryModel", "Yes")
    if stored == NO:
        return QCoreApplication.translate("HistoryModel", "No")
    if _NUMBER.fullmatch(stored):
        return stored.replace(".", QLocale().decimalPoint())
    return stored


class HistoryModel(QAbstractTableModel):
    WHEN, WHO, FIELD, OLD, NEW = range(5)

    def __init__(self, rows: list[EntryChange], parent=None, *,
                 status_labels: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._labels = status_labels or {}  # a status code -> the programme's label

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Before"),
                    self.tr("After")][section]
        return None

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
            return field_label(change.field)
        text = change.old if column == self.OLD else change.new
        if change.field == "status":
            text = self._labels.get(text, text)
        elif change.field.startswith(VALUE_PREFIX):
            text = shown_value(text)
        if not text.strip():
            return self.tr("(empty)")
        return text if role == Qt.ItemDataRole.ToolTipRole else text[:600]


class HistoryDialog(QDialog):
    def __init__(self, title: str, rows: list[EntryChange], parent=None, *,
                 status_labels: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {0}").format(title))
        self.model = HistoryModel(rows, self, status_labels=status_labels)
        view = QTableView()
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Changes"))
        # Before and after side by side in equal columns, long texts wrapped whole.
        header = view.horizontalHeader()
        for column in (HistoryModel.WHEN, HistoryModel.WHO, HistoryModel.FIELD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (HistoryModel.OLD, HistoryModel.NEW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        view.setWordWrap(True)
        view.setTabKeyNavigation(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view = view
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        from kotodesk.ui.help_dialogs import fit

        fit(self, 900, 420)
