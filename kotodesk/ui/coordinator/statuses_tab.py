"""Merged statuses: where the units answering for a measure disagree, the default (the
least advanced unit's status) and the coordinator's own choice with a note."""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kotodesk.coordinator.statuses import MeasureStatus
from kotodesk.domain.errors import KotodeskError
from kotodesk.domain.model import Programme, Unit, default_colour
from kotodesk.domain.text import shortened
from kotodesk.ui.coordinator.completeness_models import short_name, status_label
from kotodesk.ui.coordinator.parts import FormDrafts, WhenShown, focus_kept, row_table
from kotodesk.ui.coordinator.state import CoordinatorSession
from kotodesk.ui.rows_model import RowsModel
from kotodesk.ui.status_icons import status_icon
from kotodesk.ui.words import error_text, level_text


def _icon(programme: Programme, code: str):
    level = programme.level(code)
    return status_icon(code if level else None, level.colour if level else default_colour(""))


MANY_UNITS = 8  # more units than this answering for a measure: counted by status


class MeasureStatusModel(RowsModel):
    MEASURE, UNITS, DEFAULT, MERGED, NOTE = range(5)
    StatusRole = Qt.ItemDataRole.UserRole + 1
    AttentionRole = Qt.ItemDataRole.UserRole + 2  # units disagree, or the coordinator set it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.programme: Programme | None = None
        self.units: dict[str, Unit] = {}  # the register's units, for short names

    def headers(self) -> list[str]:
        return [self.tr("Measure"), self.tr("Units' statuses"), self.tr("Default"),
                self.tr("Merged status"), self.tr("Note")]

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.NOTE + 1  # asked for each cell: not translated

    def units_text(self, row: MeasureStatus, every: bool = False) -> str:
        """Each unit and its status; where many units answer (every unit, as in the
        Mukana programme), how many gave each status, unless `every` is asked for: a row
        of a line per unit would be taller than the view."""
        if len(row.by_unit) > MANY_UNITS and not every:
            counts = Counter(status or "" for _unit, status in row.by_unit)
            return "\n".join([self.tr("{0} units").format(len(row.by_unit))] + [
                f"{status_label(self.programme, code)}: {counts[code]}"
                for code in sorted(counts, key=self.programme.rank)])
        return "\n".join(f"{unit.abbreviation or short_name(unit, self.units)}: "
                         f"{status_label(self.programme, status or '')}"
                         for unit, status in row.by_unit)

    def merged_text(self, row: MeasureStatus) -> str:
        label = status_label(self.programme, row.status)
        return self.tr("{0} (set by you)").format(label) if row.override else label

    def cell(self, row: MeasureStatus, column: int, role: int):
        if role == self.StatusRole:
            return row
        if role == self.AttentionRole:
            return row.disagree or row.override is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # The asked column's text only: the units' one, counted over 240 units, was
            # worked out for every cell the view sized (a fifth of a batch's end).
            if column == self.MEASURE:
                return f"{row.measure.ref} {shortened(row.measure.text, 110)}"
            if column == self.UNITS:
                return self.units_text(row)
            if column == self.DEFAULT:
                return status_label(self.programme, row.default)
            if column == self.MERGED:
                return self.merged_text(row)
            return row.override.note if row.override else ""
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.DEFAULT:
                return _icon(self.programme, row.default)
            if column == self.MERGED:
                return _icon(self.programme, row.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MEASURE:
            return row.measure.text
        if role == Qt.ItemDataRole.ToolTipRole and column == self.UNITS:
            return self.units_text(row, every=True)
        return None


class AttentionFilter(QSortFilterProxyModel):
    """Only the measures that need the coordinator's eye, unless all are asked for."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show_all = False

    def set_show_all(self, show_all: bool) -> None:
        self.beginFilterChange()
        self.show_all = show_all
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        return self.show_all or bool(self.sourceModel().index(row, 0, parent).data(
            MeasureStatusModel.AttentionRole))


class StatusesTab(QWidget):
    def __init__(self, session: CoordinatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        intro = QLabel(self.tr(
            "When the units answering for a measure disagree, the merged status defaults to "
            "the least advanced one. You can set it yourself, with a note for the meeting."))
        intro.setWordWrap(True)
        self.show_all = QCheckBox(self.tr("Show every measure with a contri&bution"))
        self.show_all.setAccessibleName(self.tr("Show every measure with a contribution"))
        self.model = MeasureStatusModel(self)
        self.proxy = AttentionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.show_all.toggled.connect(self._show_all)
        self.view = row_table(self.proxy, self.tr("Merged statuses"))
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(MeasureStatusModel.MEASURE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((MeasureStatusModel.UNITS, 350), (MeasureStatusModel.DEFAULT, 190),
                              (MeasureStatusModel.MERGED, 220), (MeasureStatusModel.NOTE, 150)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._show_selected)
        self.empty = QLabel()

        self.selected_label = QLabel()
        self.selected_label.setWordWrap(True)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Merged status"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note for the meeting"))
        self.note.setPlaceholderText(self.tr("Why this status, e.g. what the units said"))
        self.set_button = QPushButton(self.tr("S&et merged status"))
        self.set_button.clicked.connect(self.set_status)
        self.clear_button = QPushButton(self.tr("Return to the &default"))
        self.clear_button.clicked.connect(self.clear_status)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Merged s&tatus:"), self.status)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.show_all)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.selected_label)
        layout.addLayout(form)
        layout.addLayout(buttons)

        # A status chosen and a note typed stay through refreshes and a look at another
        # measure, until set (parts.FormDrafts).
        self.drafts = FormDrafts(lambda: (self.status.currentData(), self.note.text()),
                                 self._put_form, session.round_id)
        self.status.currentIndexChanged.connect(self.drafts.edited)
        self.note.textChanged.connect(self.drafts.edited)
        self.when_shown = WhenShown(self, self._changed)
        session.round_chosen.connect(self.refresh)
        session.changed.connect(self.when_shown.heard)
        self.refresh()

    def _put_form(self, value: tuple[str | None, str]) -> None:
        status, note = value
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.note.setText(note)

    def _changed(self, changes) -> None:
        """Change the rows of the measures a write changed (all, when it is not known)."""
        if not changes.any_of("statuses", "entries", "files", "choices", "trust", "rounds",
                              "catalogue"):
            return
        if changes.measures is None or changes.any_of("rounds", "catalogue"):
            self.refresh(update=True)
            return
        if not changes.measures:
            return
        chosen = self.selected()
        rows = {r.measure.ref: r for r in self.session.measure_statuses(changes.measures)}
        missing = self.model.replace_rows(rows, key=lambda r: r.measure.ref)
        gone = [r for r in self.model.rows() if r.measure.ref in changes.measures
                and r.measure.ref not in rows]
        if missing or gone:  # a measure gained or lost its row: work out the list again
            self.refresh(update=True)
            return
        self._select(chosen.measure.ref if chosen else None)
        self._update_empty()
        for ref in changes.measures:
            self._resize_row(ref)

    def _resize_row(self, ref: str) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(MeasureStatusModel.StatusRole).measure.ref == ref:
                self.view.resizeRowToContents(r)
                return

    def refresh(self, update: bool = False) -> None:
        self.when_shown.forget()
        chosen = self.selected()
        programme = self.session.catalogue.programme
        self.drafts.pause()  # the list of statuses is made again, not chosen from
        self.status.clear()
        for level in programme.scale:
            self.status.addItem(status_icon(level.code, level.colour), level_text(level),
                                level.code)
        self.model.programme = programme
        self.model.units = self.session.workspace.register.units
        if update:
            self.model.update_rows(self.session.measure_statuses(),
                                   key=lambda r: r.measure.ref)
        else:
            self.model.set_rows(self.session.measure_statuses())
        self._select(chosen.measure.ref if chosen else None)
        self._update_empty()
        self.view.resizeRowsToContents()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.when_shown.shown()
        self.view.resizeRowsToContents()  # the measure column has its width now

    def _show_all(self, on: bool) -> None:
        chosen = self.selected()
        self.proxy.set_show_all(on)
        self._select(chosen.measure.ref if chosen else None)
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty.setVisible(self.proxy.rowCount() == 0)
        self.empty.setText(self.tr("No measure needs your decision: where several units "
                                   "answered, they agree."))

    def _select(self, ref: str | None) -> None:
        for r in range(self.proxy.rowCount()):
            if ref is None or self.proxy.index(r, 0).data(
                    MeasureStatusModel.StatusRole).measure.ref == ref:
                self.view.selectRow(r)
                break
        self._show_selected()

    def selected(self) -> MeasureStatus | None:
        index = self.view.currentIndex()
        return index.data(MeasureStatusModel.StatusRole) if index.isValid() else None

    def _show_selected(self, *_args) -> None:
        row = self.selected()
        for widget in (self.status, self.note, self.set_button):
            widget.setEnabled(row is not None)
        self.clear_button.setEnabled(row is not None and row.override is not None)
        if row is None:
            self.selected_label.setText("")
            return
        self.selected_label.setText(f"<b>{html.escape(row.measure.ref)}</b> "
                                    f"{html.escape(row.measure.text)}")
        # As the form can show it: a status off the list shows as the list's first.
        status = row.status if self.status.findData(row.status) >= 0 else \
            self.status.itemData(0)
        self.drafts.show(row.measure.ref, (status, row.override.note if row.override else ""))

    def set_status(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            self.session.set_status(row.measure.ref, self.status.currentData(),
                                    self.note.text())
        except KotodeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.drafts.sent(row.measure.ref)
        self._show_selected()
        self.message.setText(self.tr("{0}: merged status set.").format(row.measure.ref))

    def clear_status(self) -> None:
        row = self.selected()
        if row is None:
            return
        with focus_kept(self.view):  # the row may leave the list, and the button go grey
            self.session.set_status(row.measure.ref, None, "")
        self.drafts.sent(row.measure.ref)
        self._show_selected()
        self.message.setText(self.tr("{0}: back to the default.").format(row.measure.ref))
