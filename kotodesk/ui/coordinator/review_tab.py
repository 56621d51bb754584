"""Review: accept a unit's return, or send it back with a comment that the unit sees in
its next round package."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kotodesk.coordinator.merged import UnitReturn
from kotodesk.ops.coordinator import CommentNeeded
from kotodesk.ui.coordinator.completeness_models import UnitReturnsModel
from kotodesk.ui.coordinator.parts import FormDrafts, WhenShown, row_table
from kotodesk.ui.coordinator.state import CoordinatorSession
from kotodesk.ui.words import unit_text


class ReviewTab(QWidget):
    def __init__(self, session: CoordinatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = UnitReturnsModel(self)
        self.view = row_table(self.model, self.tr("Units to review"))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((UnitReturnsModel.UNIT, 330), (UnitReturnsModel.RETURNED, 190),
                              (UnitReturnsModel.REPORTED, 80), (UnitReturnsModel.REVIEW, 110)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._show_selected)

        intro = QLabel(self.tr(
            "Accept a unit's return, or send it back with a comment. The unit sees your "
            "comment when it takes in the next round package."))
        intro.setWordWrap(True)
        self.unit_label = QLabel()
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Comment to the unit"))
        self.comment.setPlaceholderText(self.tr("Comment to the unit (needed when you send the "
                                                "return back)"))
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(80)
        comment_label = QLabel(self.tr("Comme&nt:"))
        comment_label.setBuddy(self.comment)
        self.accept_button = QPushButton(self.tr("&Accept return"))
        self.accept_button.setAccessibleName(self.tr("Accept the unit's return"))
        self.accept_button.clicked.connect(lambda: self.decide("accepted"))
        self.return_button = QPushButton(self.tr("Send &back with comment"))
        self.return_button.setAccessibleName(self.tr("Send the return back with the comment"))
        self.return_button.clicked.connect(lambda: self.decide("returned"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.unit_label)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment)
        layout.addLayout(buttons)

        self.drafts = FormDrafts(self.comment.toPlainText, self.comment.setPlainText,
                                 session.round_id)
        self.comment.textChanged.connect(self.drafts.edited)
        self.when_shown = WhenShown(self, self._changed)
        session.round_chosen.connect(self.refresh)
        session.changed.connect(self.when_shown.heard)
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.when_shown.shown()

    def _changed(self, changes) -> None:
        if changes.any_of("files", "choices", "entries", "reviews", "trust", "rounds"):
            self.refresh(update=True)

    def refresh(self, update: bool = False) -> None:
        self.when_shown.forget()
        chosen = self.selected()
        state = self.session.completeness()
        self.model.units = self.session.workspace.register.units
        if update:
            self.model.update_rows(state.units if state else [], key=lambda u: u.unit.id)
        else:
            self.model.set_rows(state.units if state else [])
        rows = [self.model.index(r, 0).data(UnitReturnsModel.UnitRole).unit.id
                for r in range(self.model.rowCount())]
        if chosen is not None and chosen.unit.id in rows:
            self.view.selectRow(rows.index(chosen.unit.id))
        elif rows:  # the first unit that has returned, else the first
            returned = [r for r in range(self.model.rowCount()) if self.model.row(r).returned]
            self.view.selectRow(returned[0] if returned else 0)
        self._show_selected()

    def selected(self) -> UnitReturn | None:
        index = self.view.currentIndex()
        return index.data(UnitReturnsModel.UnitRole) if index.isValid() else None

    def _show_selected(self, *_args: QModelIndex) -> None:
        row = self.selected()
        enabled = row is not None
        self.accept_button.setEnabled(enabled)
        self.return_button.setEnabled(enabled)
        self.comment.setEnabled(enabled)
        if row is None:
            self.unit_label.setText("")
            return
        name = f"<b>{html.escape(unit_text(row.unit))}</b>"
        self.unit_label.setText(f"{name} · {html.escape(self.model.review_text(row))}"
                                if row.review else name)
        self.drafts.show(row.unit.id, row.review.comment if row.review else "")

    def decide(self, state: str) -> None:
        row = self.selected()
        if row is None:
            return
        comment = self.comment.toPlainText()
        try:
            self.session.review(row.unit.id, state, comment)
        except CommentNeeded:
            self.message.setText(self.tr("Say why in the comment: the unit reads it."))
            self.comment.setFocus()
            return
        self.drafts.sent(row.unit.id)  # the stored comment is the text now
        self._show_selected()
        name = unit_text(row.unit)
        self.message.setText(self.tr("{0}: accepted.").format(name) if state == "accepted"
                             else self.tr("{0}: sent back with your comment.").format(name))
