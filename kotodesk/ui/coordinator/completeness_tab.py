"""Completeness: who has returned and when, the units × measures matrix of statuses, each
theme's progress, and a reminder text for the units that have not returned."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kotodesk.domain.errors import KotodeskError
from kotodesk.domain.model import NOT_REPORTED_COLOUR
from kotodesk.mail import round_mail
from kotodesk.ui import mail_drafts
from kotodesk.ui.coordinator import mail_actions
from kotodesk.ui.coordinator.completeness_models import (
    CompletenessMatrixModel,
    ThemeProgressModel,
    UnitReturnsModel,
)
from kotodesk.ui.coordinator.parts import WhenShown, clear_layout, row_table
from kotodesk.ui.coordinator.state import CoordinatorSession
from kotodesk.ui.status_icons import status_icon
from kotodesk.ui.words import error_text, level_text

CELL = 24  # px: a matrix cell, and every row of the units beside it
UNIT_WIDTH = 240  # px: the units' names beside the matrix, at least


class RotatedHeader(QHeaderView):
    """Column headers written bottom-up, so that many narrow measure columns fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultSectionSize(CELL)
        self.setMinimumSectionSize(CELL)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setSectionsClickable(False)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(self.fontMetrics().horizontalAdvance("4/1.10") + 14)
        return hint

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = section
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        text = self.model().headerData(section, Qt.Orientation.Horizontal) or ""
        metrics = self.fontMetrics()
        painter.translate(rect.center().x() + (metrics.ascent() - metrics.descent()) / 2,
                          rect.bottom() - 6)
        painter.rotate(-90)
        painter.drawText(0, 0, text)
        painter.restore()


class IconOnlyDelegate(QStyledItemDelegate):
    """The cell's background and selection as usual, its icon centred."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        icon = QIcon(opt.icon)  # a copy: the option's own is cleared next
        opt.icon = QIcon()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not icon.isNull():
            target = QRect(0, 0, 16, 16)
            target.moveCenter(option.rect.center())
            icon.paint(painter, target)


class CompletenessTab(QWidget):
    def __init__(self, session: CoordinatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.units = UnitReturnsModel(self)
        self.units_view = row_table(self.units, self.tr("Units and their returns"))
        for column in (UnitReturnsModel.REVIEW, UnitReturnsModel.COMMENT):
            self.units_view.setColumnHidden(column, True)
        self.units_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.units_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.units_view.verticalHeader().setDefaultSectionSize(CELL)
        widths = {UnitReturnsModel.UNIT: UNIT_WIDTH, UnitReturnsModel.RETURNED: 160,
                  UnitReturnsModel.REPORTED: 80}
        for column, width in widths.items():
            self.units_view.setColumnWidth(column, width)
        self.units_view.setFixedWidth(sum(widths.values()) + 4)

        self.matrix = CompletenessMatrixModel(self)
        self.matrix_view = QTableView()
        self.matrix_view.setModel(self.matrix)
        self.matrix_view.setAccessibleName(self.tr("Statuses by unit and measure"))
        header = RotatedHeader(self.matrix_view)
        self.matrix_view.setHorizontalHeader(header)
        self.matrix_view.verticalHeader().setVisible(False)
        self.matrix_view.verticalHeader().setDefaultSectionSize(CELL)
        self.matrix_view.setItemDelegate(IconOnlyDelegate(self.matrix_view))
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.units_view.horizontalHeader().setFixedHeight(header.sizeHint().height())
        self.matrix_view.horizontalHeader().setFixedHeight(header.sizeHint().height())
        self.units_view.verticalScrollBar().valueChanged.connect(
            self.matrix_view.verticalScrollBar().setValue)
        self.matrix_view.verticalScrollBar().valueChanged.connect(
            self.units_view.verticalScrollBar().setValue)
        self.matrix_view.selectionModel().currentChanged.connect(self._cell_changed)
        self.units_view.selectionModel().currentRowChanged.connect(self._unit_changed)
        grid = QHBoxLayout()
        grid.setSpacing(0)
        grid.addWidget(self.units_view)
        grid.addWidget(self.matrix_view, 1)

        self.cell_text = QLabel()
        self.cell_text.setWordWrap(True)
        self.cell_text.setSizePolicy(QSizePolicy.Policy.Ignored,
                                     QSizePolicy.Policy.Preferred)  # long texts must not widen
        self.cell_text.setAccessibleName(self.tr("Selected cell"))
        self.cell_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.themes = ThemeProgressModel(self)
        self.themes_view = QTableView()
        self.themes_view.setModel(self.themes)
        self.themes_view.setAccessibleName(self.tr("Themes reported"))
        self.themes_view.verticalHeader().setVisible(False)
        self.themes_view.verticalHeader().setDefaultSectionSize(CELL)
        self.themes_view.horizontalHeader().setSectionResizeMode(
            ThemeProgressModel.THEME, QHeaderView.ResizeMode.Stretch)
        self.themes_view.setColumnWidth(ThemeProgressModel.COMPLETE, 130)

        self.legend = QVBoxLayout()
        self.legend.setSpacing(2)
        self.reminder_button = QPushButton(self.tr("Co&py reminder"))
        self.reminder_button.setAccessibleName(
            self.tr("Copy a reminder for the units that have not returned"))
        self.reminder_button.clicked.connect(self.copy_reminder)
        self.remind_button = QPushButton(self.tr("R&emind by e-mail…"))
        self.remind_button.setAccessibleName(
            self.tr("Write an e-mail draft to each unit that has not returned"))
        self.remind_button.clicked.connect(lambda: self.remind())
        self.reminder_note = QLabel()
        self.reminder_note.setWordWrap(True)
        reminder = QVBoxLayout()
        reminder.addWidget(self.reminder_button, 0, Qt.AlignmentFlag.AlignLeft)
        reminder.addWidget(self.remind_button, 0, Qt.AlignmentFlag.AlignLeft)
        reminder.addWidget(self.reminder_note)
        reminder.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.themes_view, 3)
        bottom.addLayout(self.legend, 2)
        bottom.addLayout(reminder, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        layout.addWidget(self.cell_text)
        layout.addLayout(bottom)

        self.when_shown = WhenShown(self, self._changed)
        session.round_chosen.connect(self.refresh)
        session.changed.connect(self.when_shown.heard)
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.when_shown.shown()

    def _changed(self, changes) -> None:
        if changes.any_of("files", "choices", "entries", "reviews", "trust", "rounds",
                          "catalogue"):
            self.refresh(update=True, changed=changes.units)

    def _fit_counts(self) -> None:
        """The count columns as wide as their words ("8/8, 2 ilman tilaa", "12/12
        toimenpidettä"), never narrower than set at the start: elided, they hid what
        a count says. So the units' names, up to a third more than set at the start: the
        Swedish window elided "Stadskansliets ko…ikationsavdelning" and "Social-,
        hälsovår… räddningssektorn". The units' table grows by as much."""
        view, counts, unit = self.units_view, UnitReturnsModel.REPORTED, UnitReturnsModel.UNIT
        view.setColumnWidth(unit, min(UNIT_WIDTH * 4 // 3,
                                      max(UNIT_WIDTH, view.sizeHintForColumn(unit))))
        view.setColumnWidth(counts, max(80, view.sizeHintForColumn(counts)))
        view.setFixedWidth(sum(view.columnWidth(c) for c in (
            unit, UnitReturnsModel.RETURNED, counts)) + 4)
        complete = ThemeProgressModel.COMPLETE
        self.themes_view.setColumnWidth(
            complete, max(130, self.themes_view.sizeHintForColumn(complete)))

    def refresh(self, update: bool = False, changed=None) -> None:
        """Show the round's completeness; with `update`, change only what differs (in the
        rows of the `changed` units, when known)."""
        self.when_shown.forget()
        self.state = state = self.session.completeness()
        catalogue = self.session.catalogue
        self.units.units = self.session.workspace.register.units
        units = state.units if state else []
        themes = [(f"{number}. {name}", reported, total) for number, (
            name, reported, total) in enumerate(state.themes if state else [], start=1)]
        if update:
            self.units.update_rows(units, key=lambda u: u.unit.id)
            self.matrix.update_state(state, catalogue, changed)
            self.themes.update_rows(themes, key=lambda t: t[0])
        else:
            self.units.set_rows(units)
            self.matrix.set_state(state, catalogue)
            self.themes.set_rows(themes)
        self.themes_view.setFixedHeight(self.themes_view.horizontalHeader().sizeHint().height()
                                        + CELL * self.themes.rowCount() + 4)
        self._fit_counts()
        self._fill_legend(catalogue.programme)
        if state is None:
            self.summary.setText(self.tr("This programme has no round yet."))
            self.reminder_button.setEnabled(False)
            self.remind_button.setEnabled(False)
            return
        returned = sum(1 for u in state.units if u.returned)
        missing = len(state.missing_units)
        self.summary.setText(self.tr(
            "Round {0}: {1} of {2} units have returned; {3} measures still lack a responsible "
            "unit's contribution.").format(state.round.period, returned, len(state.units),
                                           len(state.missing)))
        self.reminder_button.setEnabled(missing > 0)
        self.remind_button.setEnabled(missing > 0)
        self.reminder_note.setText(
            self.tr("Units that have not returned yet: {0}.").format(missing) if missing
            else self.tr("Every unit has returned."))

    def _fill_legend(self, programme) -> None:
        clear_layout(self.legend)
        entries = [(status_icon(level.code, level.colour), level_text(level))
                   for level in programme.scale]
        entries.append((status_icon(None, NOT_REPORTED_COLOUR),
                        self.tr("Not reported, or no status given")))
        for icon, text in entries:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            picture = QLabel()
            picture.setPixmap(icon.pixmap(16, 16))
            line.addWidget(picture)
            line.addWidget(QLabel(text), 1)
            self.legend.addWidget(row)
        blank = QLabel(self.tr("Blank: the unit does not answer for the measure"))
        self.legend.addWidget(blank)
        # The columns' codes are the ones the unit's missing panel uses (issue 15).
        codes = QLabel(self.tr("A code such as 2/3.1 means theme 2, measure 3.1."))
        codes.setWordWrap(True)
        self.legend.addWidget(codes)
        self.legend.addStretch(1)

    def _cell_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.cell_text.setText("")
            return
        self.cell_text.setText(self.matrix.describe(current.row(), current.column()))
        if self.units_view.currentIndex().row() != current.row():
            self.units_view.selectRow(current.row())

    def _unit_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        matrix_current = self.matrix_view.currentIndex()
        if current.isValid() and matrix_current.row() != current.row():
            column = matrix_current.column() if matrix_current.isValid() else 0
            self.matrix_view.setCurrentIndex(self.matrix.index(current.row(), column))

    def reminder_text(self) -> str:
        if self.state is None:
            return ""
        return round_mail.reminder_text(self.session.workspace, self.state,
                                        lang=mail_drafts.mail_language())

    def copy_reminder(self) -> None:
        text = self.reminder_text()
        if text:
            QApplication.clipboard().setText(text)
            self.reminder_note.setText(self.tr("The reminder is on the clipboard: paste it "
                                               "into an e-mail."))

    def remind(self, folder: Path | None = None) -> None:
        """One e-mail draft per unit that has not returned, opened in the mail program."""
        if self.state is None or not self.state.missing_units:
            return
        workspace = self.session.workspace
        folder = folder or mail_actions.ask_folder(self, workspace)
        if folder is None:
            return
        try:
            self.reminder_note.setText(mail_actions.write_reminders(workspace, self.state,
                                                                    folder))
        except (KotodeskError, OSError) as exc:
            self.reminder_note.setText(error_text(exc))
