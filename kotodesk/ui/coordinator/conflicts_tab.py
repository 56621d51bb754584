"""Conflicts: two returns of one unit say different things about a measure and neither is
clearly newer. The contributions are shown side by side; the coordinator chooses which
one speaks for the unit."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kotodesk.coordinator.merge import Conflict
from kotodesk.domain.model import Catalogue, Programme, default_colour
from kotodesk.domain.register import Register
from kotodesk.ui.coordinator.completeness_models import short_name
from kotodesk.ui.coordinator.parts import clear_layout, focus_kept, row_table
from kotodesk.ui.coordinator.settled_conflicts import SettledConflicts
from kotodesk.ui.coordinator.state import CoordinatorSession
from kotodesk.ui.rows_model import RowsModel
from kotodesk.ui.status_icons import status_icon
from kotodesk.ui.verification_model import signed_time, status_text
from kotodesk.ui.words import level_text, unit_text


class ConflictListModel(RowsModel):
    MEASURE, UNIT, FILES = range(3)
    ConflictRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.catalogue: Catalogue | None = None
        self.register: Register | None = None

    def headers(self) -> list[str]:
        return [self.tr("Measure"), self.tr("Unit"), self.tr("Files")]

    def cell(self, conflict: Conflict, column: int, role: int):
        if role == self.ConflictRole:
            return conflict
        unit = self.register.units.get(conflict.unit_id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {self.MEASURE: conflict.ref,
                    self.UNIT: short_name(unit, self.register.units) if unit
                    else conflict.unit_id,
                    self.FILES: str(len(conflict.options))}[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MEASURE:
            return self.catalogue.measure(conflict.ref).text
        return None


def _values_text(values: dict[str, str]) -> str:
    return "\n".join(f"{name}: {value}" for name, value in sorted(values.items()) if value)


class ConflictOptionsModel(QAbstractTableModel):
    """Fields as rows, the differing contributions as columns; rows that differ in bold."""

    FIELDS = ("file", "verification", "time", "status", "narrative", "reasons", "values",
              "indicator_report")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conflict: Conflict | None = None
        self._programme: Programme | None = None
        self._fields: list[str] = []

    def set_conflict(self, conflict: Conflict | None, programme: Programme | None) -> None:
        self.beginResetModel()
        self._conflict, self._programme = conflict, programme
        self._fields = [f for f in self.FIELDS if conflict is not None and any(
            self._text(f, i) for i in range(len(conflict.options)))]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._conflict is None else len(self._conflict.options)

    def field_label(self, name: str) -> str:
        return {"file": self.tr("File"), "verification": self.tr("Verification"),
                "time": self.tr("Signed or saved"), "status": self.tr("Status"),
                "narrative": self.tr("What has been done"), "reasons": self.tr("Reasons"),
                "values": self.tr("Indicator values"),
                "indicator_report": self.tr("Reporting by indicator")}[name]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.field_label(self._fields[section])
        return self.tr("Return {0}").format(section + 1)

    def _text(self, field: str, column: int) -> str:
        file, entry = self._conflict.options[column]
        if field == "file":
            return file.file_name
        if field == "verification":
            return status_text(file.status)
        if field == "time":
            return signed_time(file.order_time)
        if field == "status":
            level = self._programme.level(entry.get("status")) if self._programme else None
            return level_text(level) if level else (entry.get("status") or "")
        if field == "values":
            return _values_text(entry.get("values") or {})
        return entry.get(field) or ""

    def differs(self, row: int) -> bool:
        field = self._fields[row]
        return field not in ("file", "verification", "time") and \
            len({self._text(field, c) for c in range(self.columnCount())}) > 1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        field = self._fields[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(field, index.column())
        if role == Qt.ItemDataRole.DecorationRole and field == "status":
            code = self._conflict.options[index.column()][1].get("status") or None
            level = self._programme.level(code) if self._programme else None
            return status_icon(code if level else None,
                               level.colour if level else default_colour(""))
        if role == Qt.ItemDataRole.FontRole and self.differs(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and field != "status":  # beside its icon
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None


class ConflictsTab(QWidget):
    def __init__(self, session: CoordinatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.list_model = ConflictListModel(self)
        self.list_view = row_table(self.list_model, self.tr("Open conflicts"))
        self.list_view.horizontalHeader().setStretchLastSection(False)
        self.list_view.horizontalHeader().setSectionResizeMode(
            ConflictListModel.UNIT, QHeaderView.ResizeMode.Stretch)
        self.list_view.selectionModel().currentRowChanged.connect(self._show_selected)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.list_view, 1)
        self.settled = SettledConflicts(session)  # prefer newest; reopen a choice
        left_layout.addWidget(self.settled, 1)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.options = ConflictOptionsModel(self)
        self.options_view = QTableView()
        self.options_view.setModel(self.options)
        self.options_view.setAccessibleName(self.tr("The differing contributions"))
        self.options_view.setWordWrap(True)
        self.options_view.setTabKeyNavigation(False)  # Tab goes on to "Use return 1"
        self.options_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.options_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.options_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.hint = QLabel(self.tr("Rows in bold differ. Choose the return that speaks for "
                                   "the unit on this measure; the other stays on record."))
        self.hint.setWordWrap(True)
        self.buttons = QHBoxLayout()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.options_view, 1)
        right_layout.addWidget(self.hint)
        right_layout.addLayout(self.buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 840])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        session.round_chosen.connect(self.refresh)
        session.changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes) -> None:
        if changes.any_of("files", "choices", "trust", "rounds", "catalogue"):
            self.refresh(update=True)

    def refresh(self, update: bool = False) -> None:
        chosen = self.selected()
        conflicts = self.session.conflicts()
        catalogue = self.session.catalogue
        self.list_model.catalogue = catalogue
        self.list_model.register = self.session.workspace.register
        if update:
            self.list_model.update_rows(conflicts, key=lambda c: (c.ref, c.unit_id))
        else:
            self.list_model.set_rows(conflicts)
            self.list_view.resizeColumnToContents(ConflictListModel.MEASURE)
        self.empty.setText(self.tr("Open conflicts: {0}").format(len(conflicts)) if conflicts
                           else self.tr("No open conflicts: every unit's returns agree, or "
                                        "the newer one clearly speaks."))
        keys = [(c.ref, c.unit_id) for c in conflicts]
        if chosen is not None and (chosen.ref, chosen.unit_id) in keys:
            self.list_view.selectRow(keys.index((chosen.ref, chosen.unit_id)))
        elif conflicts:
            self.list_view.selectRow(0)
        self._show_selected()

    def selected(self) -> Conflict | None:
        index = self.list_view.currentIndex()
        return index.data(ConflictListModel.ConflictRole) if index.isValid() else None

    def _show_selected(self) -> None:
        conflict = self.selected()
        clear_layout(self.buttons)
        if conflict is None:
            self.options.set_conflict(None, None)
            self.heading.setText("")
            self.hint.setVisible(False)
            return
        catalogue = self.session.catalogue
        measure = catalogue.measure(conflict.ref)
        unit = self.session.workspace.register.units.get(conflict.unit_id)
        self.heading.setText(f"<b>{conflict.ref}</b> {html.escape(measure.text)}<br>"
                             + html.escape(self.tr("Unit: {0}").format(
                                 unit_text(unit) if unit else conflict.unit_id)))
        self.options.set_conflict(conflict, catalogue.programme)
        self.hint.setVisible(True)
        for number, (file, _entry) in enumerate(conflict.options, start=1):
            button = QPushButton(self.tr("Use return &{0}").format(number))
            button.setAccessibleName(self.tr("Use return {0}, {1}").format(number, file.file_name))
            button.clicked.connect(lambda _checked=False, f=file: self.choose(f))
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)

    def choose(self, file) -> None:
        conflict = self.selected()
        if conflict is not None:
            with focus_kept(self.list_view if self.list_model.rowCount() > 1
                            else self.settled.view):
                self.session.choose(conflict, file)
