"""Completeness as item models: each unit's return, the units × measures matrix of
statuses, and each theme's reported/total. Status by colour, icon shape and words."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from kotodesk.coordinator.merged import Completeness, UnitReturn
from kotodesk.domain.model import Catalogue, Measure, Programme, Unit, default_colour
from kotodesk.ui.rows_model import RowsModel
from kotodesk.ui.status_icons import status_icon
from kotodesk.ui.verification_model import signed_time
from kotodesk.ui.words import level_text, unit_text

NOT_RESPONSIBLE = object()  # a matrix cell of a unit that does not answer for the measure


def short_name(unit: Unit, units: dict[str, Unit]) -> str:
    """A unit's name as people say it in a list: "Kuva: nuorisopalvelut" for
    "Kulttuurin ja vapaa-ajan toimialan nuorisopalvelut" (its division's abbreviation and
    what follows the division's name), else the name itself; in a Swedish window the
    official Swedish name when the city gives the unit one."""
    if unit_text(unit) != unit.name:
        return unit_text(unit)
    parent = units.get(unit.parent or "")
    if parent is None or not parent.abbreviation or not unit.name.startswith(parent.name):
        return unit.name
    rest = unit.name[len(parent.name):]
    rest = rest.split(" ", 1)[1] if " " in rest and not rest.startswith(" ") else rest.strip()
    return f"{parent.abbreviation}: {rest}" if rest else unit.name


def received_date(iso: str) -> str:
    """The day a file was received, in the user's locale."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso[:10]
    return QLocale().toString(moment.toLocalTime().date(), QLocale.FormatType.ShortFormat)


def status_label(programme: Programme, code: str | None) -> str:
    """The scale's label; "not reported" for no contribution, "no status given" for a
    contribution without one."""
    if code is None:
        return QApplication.translate("Status", "not reported")
    level = programme.level(code)
    return level_text(level) if level else QApplication.translate("Status", "no status given")


def tint(colour: str) -> QBrush:
    """The status colour, light enough for the icon to stand out on it."""
    c = QColor(colour)
    c.setAlpha(70)
    return QBrush(c)


class UnitReturnsModel(RowsModel):
    UNIT, RETURNED, REPORTED, REVIEW, COMMENT = range(5)
    UnitRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.units: dict[str, Unit] = {}  # the register's units, for short names

    def headers(self) -> list[str]:
        return [self.tr("Unit"), self.tr("Returned"), self.tr("Measures"), self.tr("Review"),
                self.tr("Comment to the unit")]

    def review_text(self, row: UnitReturn) -> str:
        if row.review is None:
            return ""
        return self.tr("Accepted") if row.review.state == "accepted" else self.tr("Sent back")

    def cell(self, row: UnitReturn, column: int, role: int):
        if role == self.UnitRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole and column == self.UNIT:
            return short_name(row.unit, self.units)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.UNIT:
                return unit_text(row.unit)
            if column == self.RETURNED:
                if not row.returned:
                    return self.tr("Not returned")
                if row.late is not None:  # after the deadline the coordinator gave
                    return self.tr("Returned late, signed {0}").format(
                        signed_time(row.late.signed.replace(microsecond=0).isoformat()))
                if row.unjudged:  # unsigned: its time cannot be told
                    return self.tr("Returned unsigned: not judged against the deadline")
                return self.tr("Returned {0}").format(received_date(row.last_received)) \
                    if row.last_received else self.tr("Returned")
            if column == self.REPORTED and row.unstated:
                return self.tr("{0}/{1}, {2} without status").format(
                    row.reported, row.measures, row.unstated)
            if column == self.REPORTED:
                return f"{row.reported}/{row.measures}"
            if column == self.REVIEW:
                return self.review_text(row)
            return row.review.comment if row.review else ""
        if role == Qt.ItemDataRole.DecorationRole and column == self.RETURNED:
            pixmap = QStyle.StandardPixmap.SP_DialogApplyButton if row.returned else \
                QStyle.StandardPixmap.SP_MessageBoxWarning
            return QApplication.style().standardIcon(pixmap)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.UNIT:
                return row.unit.label
            if column == self.RETURNED and row.last_received:
                if row.late is not None:
                    return self.tr("Last file received {0}; files: {1}; the first one that "
                                   "counts was signed after the deadline {2}").format(
                        signed_time(row.last_received), row.files,
                        QLocale().toString(QDate(row.late.deadline),
                                           QLocale.FormatType.ShortFormat))
                return self.tr("Last file received {0}; files: {1}").format(
                    signed_time(row.last_received), row.files)
            if column == self.REPORTED:
                said = self.tr("{0} of the {1} measures the unit answers for have its "
                               "contribution").format(row.reported, row.measures)
                return said + ("; " + self.tr(
                    "{0} of them without a status: their merged status waits for it").format(
                        row.unstated) if row.unstated else "")
            if column == self.COMMENT and row.review:
                return row.review.comment or None
        return None


class CompletenessMatrixModel(QAbstractTableModel):
    """Rows: the units of UnitReturnsModel, in the same order; columns: the measures."""

    CellRole = Qt.ItemDataRole.UserRole + 1  # the status code, None, or NOT_RESPONSIBLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state: Completeness | None = None
        self._measures: list[Measure] = []
        self._programme: Programme | None = None

    def set_state(self, state: Completeness | None, catalogue: Catalogue | None) -> None:
        self.beginResetModel()
        self._state = state
        self._measures = list(catalogue.measures()) if catalogue and state else []
        self._programme = catalogue.programme if catalogue else None
        self.endResetModel()

    def update_state(self, state: Completeness | None, catalogue: Catalogue | None,
                     units: Collection[str] | None = None) -> None:
        """Show `state`, changing only the cells that differ when the units and measures
        are the same as shown (else a reset); `units`: only their rows can differ (a
        unit's cells follow its own entries), None: any."""
        old = self._state
        measures = list(catalogue.measures()) if catalogue and state else []
        if old is None or state is None or measures != self._measures or \
                [u.unit.id for u in old.units] != [u.unit.id for u in state.units]:
            self.set_state(state, catalogue)
            return
        self._state = state
        column = {m.ref: i for i, m in enumerate(measures)}
        row = {u.unit.id: i for i, u in enumerate(state.units)}
        changed: dict[int, list[int]] = {}
        keys = set(old.cells) | set(state.cells) if units is None else {
            (u, m.ref) for u in units if u in row for m in measures}
        for key in keys:
            if old.cells.get(key, NOT_RESPONSIBLE) != state.cells.get(key, NOT_RESPONSIBLE) \
                    and key[0] in row and key[1] in column:
                changed.setdefault(row[key[0]], []).append(column[key[1]])
        for r, columns in sorted(changed.items()):
            self.dataChanged.emit(self.index(r, min(columns)), self.index(r, max(columns)))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._state is None else len(self._state.units)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._measures)

    def measure(self, column: int) -> Measure:
        return self._measures[column]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._measures[section].ref
            if role == Qt.ItemDataRole.ToolTipRole:
                m = self._measures[section]
                return f"{m.ref} {m.text}"
        elif role == Qt.ItemDataRole.DisplayRole:
            return unit_text(self._state.units[section].unit)
        return None

    def cell(self, row: int, column: int):
        key = (self._state.units[row].unit.id, self._measures[column].ref)
        return self._state.cells.get(key, NOT_RESPONSIBLE)

    def describe(self, row: int, column: int) -> str:
        unit = self._state.units[row].unit
        measure = self._measures[column]
        code = self.cell(row, column)
        what = self.tr("does not answer for this measure") if code is NOT_RESPONSIBLE \
            else status_label(self._programme, code)
        return f"{unit_text(unit)}: {what} · {measure.ref} {measure.text}"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code = self.cell(index.row(), index.column())
        if role == self.CellRole:
            return code
        if code is NOT_RESPONSIBLE:
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.describe(index.row(), index.column())
            return None
        level = self._programme.level(code) if code else None
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(code if level else None,
                               level.colour if level else default_colour(""))
        if role == Qt.ItemDataRole.BackgroundRole:
            return tint(level.colour) if level else None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(index.row(), index.column())
        return None


class ThemeProgressModel(RowsModel):
    """Rows: (theme name, measures complete, measures), the names numbered."""

    THEME, COMPLETE = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)

    def headers(self) -> list[str]:
        return [self.tr("Theme"), self.tr("Complete")]

    def cell(self, row: tuple[str, int, int], column: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        name, reported, total = row
        if column == self.THEME:
            return name
        return self.tr("{0} of {1} measures").format(reported, total)
