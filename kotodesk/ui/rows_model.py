"""A read-only table model over a list of rows, for the small tables of dialogs and the
coordinator's lists (set_rows shows new rows, add appends one, update_rows changes only the
rows that differ, so a view keeps its selection, scroll position and row heights)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    """Subclasses give headers() (translated column titles) and cell(row, column)."""

    def __init__(self, rows: list[Any], parent=None) -> None:
        super().__init__(parent)
        self._rows = rows

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: list[Any], key: Callable[[Any], Hashable]) -> bool:
        """Show `rows`, telling the views only what changed: rows whose key is gone are
        removed, new keys inserted where they stand, rows that differ changed in place.
        Falls back to a reset when the kept rows changed their order (or keys repeat);
        returns whether it had to."""
        rows = list(rows)
        new_keys = [key(r) for r in rows]
        old_keys = [key(r) for r in self._rows]
        wanted, had = set(new_keys), set(old_keys)
        if len(wanted) != len(new_keys) or len(had) != len(old_keys) or \
                [k for k in old_keys if k in wanted] != [k for k in new_keys if k in had]:
            self.set_rows(rows)
            return True
        for index in range(len(old_keys) - 1, -1, -1):  # from the end: indexes stay put
            if old_keys[index] not in wanted:
                self.beginRemoveRows(QModelIndex(), index, index)
                del self._rows[index]
                del old_keys[index]
                self.endRemoveRows()
        last = self.columnCount() - 1
        for index, (k, row) in enumerate(zip(new_keys, rows, strict=True)):
            if index >= len(old_keys) or old_keys[index] != k:
                self.beginInsertRows(QModelIndex(), index, index)
                self._rows.insert(index, row)
                old_keys.insert(index, k)
                self.endInsertRows()
            elif self._rows[index] != row:
                self._rows[index] = row
                self.dataChanged.emit(self.index(index, 0), self.index(index, last))
        return False

    def replace_rows(self, changed: dict[Hashable, Any], key: Callable[[Any], Hashable]
                     ) -> list[Hashable]:
        """Put the rows of `changed` (by key) in place of the shown ones, each announced
        with dataChanged; the keys that are not shown (for the caller to add)."""
        at = {key(r): i for i, r in enumerate(self._rows)}
        last = self.columnCount() - 1
        for k, row in changed.items():
            index = at.get(k)
            if index is not None and self._rows[index] != row:
                self._rows[index] = row
                self.dataChanged.emit(self.index(index, 0), self.index(index, last))
        return [k for k in changed if k not in at]

    def row_changed(self, number: int) -> None:
        """The row at `number` changed in place: its cells are read again (the views keep
        their selection, which a reset would lose)."""
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def add(self, row: Any) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(self._rows[index.row()], index.column(), role)
