"""What is still missing before export; activating a line jumps to that field."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from kotodesk.ops.entries import VALUE_PREFIX
from kotodesk.reporting.validation import Problem


class ProblemModel(QAbstractListModel):
    ProblemRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Problem] = []

    def set_rows(self, rows: list[Problem]) -> None:
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        problem = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(problem)
        if role == Qt.ItemDataRole.ToolTipRole:
            theme, _, number = problem.ref.partition("/")
            return self.tr("{0}: theme {1}, measure {2}. Enter or F8 goes there.").format(
                problem.ref, theme, number)
        if role == self.ProblemRole:
            return problem
        return None

    def describe(self, problem: Problem) -> str:
        if problem.field.startswith(VALUE_PREFIX):
            what = self.tr("no value for “{0}”").format(problem.field[len(VALUE_PREFIX):])
        else:
            what = {
                "status": self.tr("no status"),
                "narrative": self.tr("no description of what has been done"),
                "reasons": self.tr("reasons are required for this status"),
            }[problem.field]
        return f"{problem.ref}: {what}"


class ValidationPanel(QWidget):
    problem_activated = Signal(object)  # the Problem whose place the user wants to see

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProblemModel(self)
        self.summary = QLabel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Still missing"))
        self.view.setToolTip(self.tr("A code such as 2/3.1 means theme 2, measure 3.1."))
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def set_problems(self, problems: list[Problem], measures: int) -> None:
        self.model.set_rows(problems)
        incomplete = len({p.ref for p in problems})
        if problems:
            self.summary.setText(self.tr("{0} of {1} measures are still incomplete:").format(
                incomplete, measures))
        else:
            self.summary.setText(self.tr("Nothing is missing: the return is complete."))

    def show_notice(self, text: str) -> None:
        """Nothing can be missing (no open round): say why instead of listing problems."""
        self.model.set_rows([])
        self.summary.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        self.problem_activated.emit(index.data(ProblemModel.ProblemRole))
