"""Beside the open conflicts: settle them all for the newest return (as `merge --prefer
newest` does), and the conflicts already settled, each of which can be reopened and
settled again."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from kotodesk.ui.coordinator.completeness_models import short_name
from kotodesk.ui.coordinator.parts import focus_kept, row_table
from kotodesk.ui.coordinator.state import CoordinatorSession
from kotodesk.ui.rows_model import RowsModel
from kotodesk.ui.words import unit_text


class SettledModel(RowsModel):
    """(measure, unit id, chosen file name) rows."""

    MEASURE, UNIT, FILE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.units: dict = {}

    def headers(self) -> list[str]:
        return [self.tr("Measure"), self.tr("Unit"), self.tr("Chosen return")]

    def cell(self, row: tuple[str, str, str], column: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        ref, unit_id, file_name = row
        unit = self.units.get(unit_id)
        if column == self.UNIT:
            return (unit_text(unit) if role == Qt.ItemDataRole.ToolTipRole
                    else short_name(unit, self.units)) if unit else unit_id
        return ref if column == self.MEASURE else file_name


class SettledConflicts(QWidget):
    def __init__(self, session: CoordinatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.newest_button = QPushButton(self.tr("Settle all for the ne&west return"))
        self.newest_button.setToolTip(self.tr(
            "Each open conflict is settled for the return signed or saved last, as "
            "`kotodesk merge --prefer newest` does. A choice can be reopened below."))
        self.newest_button.clicked.connect(self.prefer_newest)
        self.title = QLabel()
        self.model = SettledModel(self)
        self.view = row_table(self.model, self.tr("Settled conflicts"))
        self.view.setTabKeyNavigation(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.reopen_button = QPushButton(self.tr("R&eopen"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the settled conflict"))
        self.reopen_button.clicked.connect(self.reopen)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.reopen_button)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.newest_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.view.selectionModel().currentRowChanged.connect(self._enable)
        session.watch(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        names = {f.id: f.file_name for f in self.session.cache.files()} \
            if self.session.cache is not None else {}
        rows = [(ref, unit_id, names.get(file_id, str(file_id)))
                for (ref, unit_id), file_id in sorted(self.session.settled().items())]
        self.model.units = self.session.workspace.register.units
        self.model.set_rows(rows)
        self.title.setText(self.tr("Settled conflicts: {0}").format(len(rows)))
        self.newest_button.setEnabled(bool(self.session.conflicts()))
        if rows:
            self.view.selectRow(0)
        self._enable()

    def _enable(self, *_args) -> None:
        self.reopen_button.setEnabled(self.view.currentIndex().isValid())

    def prefer_newest(self) -> None:
        with focus_kept(self.view):  # the conflicts just settled
            count = self.session.prefer_newest()
        self.message.setText(self.tr("%n conflict(s) settled for the newest return.", "",
                                     count))

    def reopen(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        ref, unit_id, file_name = self.model.row(index.row())
        if QMessageBox.question(
                self, self.tr("Reopen the conflict?"),
                self.tr("{0}: forget the choice of {1} and settle the conflict again?")
                .format(ref, file_name)) != QMessageBox.StandardButton.Yes:
            return
        with focus_kept(self.view if self.model.rowCount() > 1 else self.newest_button):
            self.session.reopen_conflict(ref, unit_id)
        self.message.setText(self.tr("{0} is open again: choose on the left.").format(ref))
