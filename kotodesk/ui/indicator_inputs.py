"""One typed input per indicator, checked as typed.

Numbers are shown and accepted with the locale's decimal separator ("12,5" in Finnish);
what is stored is the core's canonical form ("12.5"). A value that does not fit is
marked and explained at once; until it fits, the indicator has no value (so the saved
value never differs from what is on the screen, and validation lists it as missing).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kotodesk.domain.indicators import NO, YES, IndicatorValueError, parse_value
from kotodesk.domain.model import IndicatorType, Measure
from kotodesk.domain.text import entered
from kotodesk.ui.wrapping_label import WrappingLabel

_INVALID = "QLineEdit { border: 2px solid #c62828; }"


def _shown(kind: IndicatorType, stored: str) -> str:
    if kind in (IndicatorType.PERCENT, IndicatorType.NUMBER) and stored:
        return stored.replace(".", QLocale().decimalPoint())
    return stored


class _Row(QWidget):
    """One indicator's label, input and error line. Rows are kept and shown again for the
    next measure's indicator of the same type: building and polishing new widgets was a
    third of a measure switch."""

    def __init__(self, owner: IndicatorInputs, kind: IndicatorType) -> None:
        super().__init__()
        self.kind = kind
        self.name = ""
        self.invalid = False  # the red frame is on (a style sheet: set only when it changes)
        self.label = WrappingLabel()
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setVisible(False)
        self.input = owner._input(self, kind)
        self.label.setBuddy(self.input)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 6)
        column.setSpacing(2)
        column.addWidget(self.label)
        box = QHBoxLayout()
        box.addWidget(self.input, 1 if kind is IndicatorType.TEXT else 0)
        if kind is IndicatorType.PERCENT:
            box.addWidget(QLabel("%"))
        box.addWidget(self.error)
        if kind is not IndicatorType.TEXT:
            box.addStretch(1)
        column.addLayout(box)

    def set_valid(self) -> None:
        if self.invalid:
            self.input.setStyleSheet("")
            self.invalid = False
        self.error.setVisible(False)


class IndicatorInputs(QWidget):
    value_edited = Signal(str, str)  # (indicator name, stored value)
    input_finished = Signal()  # the user left an input: a moment to save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._rows: list[_Row] = []  # shown, in the measure's order
        self._spare: dict[IndicatorType, list[_Row]] = {}  # hidden, for the next measure
        self._inputs: dict[str, tuple[IndicatorType, QWidget, QLabel]] = {}
        self._named: dict[str, _Row] = {}

    def type_name(self, kind: IndicatorType) -> str:
        return {
            IndicatorType.YES_NO: self.tr("yes/no"),
            IndicatorType.PERCENT: self.tr("percent"),
            IndicatorType.COUNT: self.tr("count"),
            IndicatorType.NUMBER: self.tr("number"),
            IndicatorType.TEXT: self.tr("text"),
        }[kind]

    def set_measure(self, measure: Measure | None, values: dict[str, str],
                    editable: bool) -> None:
        for row in self._rows:
            focused = QApplication.focusWidget()  # again: hiding a row moves it on
            if focused is not None and (focused is row or row.isAncestorOf(focused)):
                # The keyboard is in it: it goes as before (hidden, so the focus moves on
                # and the input's editingFinished saves), not reused under the cursor.
                self._layout.removeWidget(row)
                row.hide()
                row.deleteLater()
            else:
                self._spare.setdefault(row.kind, []).append(row)
        self._rows = []
        self._inputs.clear()
        self._named.clear()
        for indicator in measure.indicators if measure else ():
            spare = self._spare.get(indicator.type)
            row = spare.pop(0) if spare else None
            if row is None:
                row = _Row(self, indicator.type)
            at = len(self._rows)
            if self._layout.indexOf(row) != at:
                self._layout.removeWidget(row)
                self._layout.insertWidget(at, row)
            self._fill(row, indicator.name, values.get(indicator.name, ""), editable)
            if row.isHidden():
                row.show()  # now, not on the next turn of the event loop: a quick Tab finds it
            self._rows.append(row)
            self._inputs[indicator.name] = (indicator.type, row.input, row.error)
            self._named[indicator.name] = row
        for spare in self._spare.values():
            for row in spare:
                if not row.isHidden():
                    row.hide()  # out of the tab order and not painted

    def _fill(self, row: _Row, name: str, stored: str, editable: bool) -> None:
        kind, widget = row.kind, row.input
        row.name = name
        text = f"{name} <i>({self.type_name(kind)})</i>"
        if row.label.text() != text:
            row.label.setText(text)
        row.set_valid()
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(stored)))
            # A key typed into the last measure's yes/no is no start for this one's
            # (the combo's type-ahead adds the keys of the last moments together).
            widget.view().keyboardSearch("")
        else:
            widget.setText(_shown(kind, stored))  # also clears the edit's own undo
        widget.setEnabled(editable)
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(self.type_name(kind))

    def _input(self, row: _Row, kind: IndicatorType) -> QWidget:
        if kind is IndicatorType.YES_NO:
            combo = QComboBox()
            combo.setMinimumContentsLength(8)
            for text, value in (("–", ""), (self.tr("Yes"), YES), (self.tr("No"), NO)):
                combo.addItem(text, value)
            combo.activated.connect(lambda _i: self.value_edited.emit(
                row.name, combo.currentData()))
            return combo
        edit = QLineEdit()
        if kind is not IndicatorType.TEXT:
            edit.setMaximumWidth(160)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.textEdited.connect(lambda text: self._typed(row.name, text))
        edit.editingFinished.connect(lambda: self._finished(row.name))
        return edit

    def _finished(self, name: str) -> None:
        """Leaving a number: show it as it is kept, so "12,5 %" in a percent field reads
        "12,5" beside the field's own "%" (not "12,5 % %")."""
        kind, widget, _error = self._inputs.get(name, (None, None, None))
        if isinstance(widget, QLineEdit) and kind is IndicatorType.PERCENT:
            try:
                stored = parse_value(kind, widget.text())
            except IndicatorValueError:
                stored = None
            if stored is not None and widget.text() != _shown(kind, stored):
                widget.setText(_shown(kind, stored))
        self.input_finished.emit()

    def _typed(self, name: str, text: str) -> None:
        kind, widget, error = self._inputs[name]
        cleaned = entered(text).replace("\n", " ")  # one line: a pasted break is a space
        if cleaned != text:  # pasted control characters go, and the person sees it
            at = len(entered(text[:widget.cursorPosition()]))
            widget.setText(cleaned)
            widget.setCursorPosition(at)
            text = cleaned
        try:
            stored = parse_value(kind, text)
        except IndicatorValueError:
            row = self._named[name]
            if not row.invalid:
                widget.setStyleSheet(_INVALID)
                row.invalid = True
            error.setText({
                IndicatorType.PERCENT: self.tr("Give a percentage from 0 to 100, e.g. 12,5"),
                IndicatorType.COUNT: self.tr("Give a whole number, e.g. 13 or 1 000"),
                IndicatorType.NUMBER: self.tr("Give a number, e.g. 17,3"),
            }.get(kind, self.tr("Not a valid value")))
            error.setVisible(True)
            # What is saved must match what is shown: an invalid input is no value.
            self.value_edited.emit(name, "")
            return
        self._named[name].set_valid()
        self.value_edited.emit(name, stored)

    def update_value(self, name: str, stored: str) -> None:
        """Show a value changed elsewhere (undo, copy from last round)."""
        if name not in self._inputs:
            return
        kind, widget, _error = self._inputs[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(stored)))
            return
        try:
            if parse_value(kind, widget.text()) == stored:
                return  # the user's own spelling of the same value stays
        except IndicatorValueError:
            if not stored:
                return  # the user is still typing an invalid value: keep it and its error
        widget.setText(_shown(kind, stored))
        self._named[name].set_valid()

    def inputs(self) -> list[QWidget]:
        """The inputs in screen order."""
        return [widget for _kind, widget, _error in self._inputs.values()]

    def name_of(self, widget: QWidget | None) -> str | None:
        """The indicator an input (or a combo's own line edit) is for."""
        for name, (_kind, input_, _error) in self._inputs.items():
            if widget is input_ or (widget is not None and input_.isAncestorOf(widget)):
                return name
        return None

    def focus(self, name: str) -> None:
        if name in self._inputs:
            self._inputs[name][1].setFocus()

    def widget(self, name: str) -> QWidget | None:
        return self._inputs[name][1] if name in self._inputs else None
