"""One typed input per indicator, checked as typed.

Numbers are shown and accepted with the locale's decimal separator ("12,5" in Finnish);
what is stored is the core's canonical form ("12.5"). A value that does not fit is
marked and explained at once; until it fits, the indicator has no value (so the saved
value never differs from what is on the screen, and validation lists it as missing).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kotodesk.domain.indicators import NO, YES, IndicatorValueError, parse_value
from kotodesk.domain.model import IndicatorType, Measure
from kotodesk.domain.text import entered

_INVALID = "QLineEdit { border: 2px solid #c62828; }"


def _shown(kind: IndicatorType, stored: str) -> str:
    if kind in (IndicatorType.PERCENT, IndicatorType.NUMBER) and stored:
        return stored.replace(".", QLocale().decimalPoint())
    return stored


class IndicatorInputs(QWidget):
    value_edited = Signal(str, str)  # (indicator name, stored value)
    input_finished = Signal()  # the user left an input: a moment to save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._rows: list[QWidget] = []
        self._inputs: dict[str, tuple[IndicatorType, QWidget, QLabel]] = {}

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
            self._layout.removeWidget(row)
            row.hide()  # out of the tab order and not painted again at once, not when Qt deletes it
            row.deleteLater()
        self._rows.clear()
        self._inputs.clear()
        for indicator in measure.indicators if measure else ():
            label = QLabel(f"{indicator.name} <i>({self.type_name(indicator.type)})</i>")
            label.setWordWrap(True)
            error = QLabel()
            error.setStyleSheet("color: #c62828;")
            error.setVisible(False)
            widget = self._input(indicator.name, indicator.type, values.get(indicator.name, ""))
            widget.setEnabled(editable)
            widget.setAccessibleName(indicator.name)
            widget.setAccessibleDescription(self.type_name(indicator.type))
            label.setBuddy(widget)
            row = QWidget()
            column = QVBoxLayout(row)
            column.setContentsMargins(0, 0, 0, 6)
            column.setSpacing(2)
            column.addWidget(label)
            box = QHBoxLayout()
            box.addWidget(widget, 1 if indicator.type is IndicatorType.TEXT else 0)
            if indicator.type is IndicatorType.PERCENT:
                box.addWidget(QLabel("%"))
            box.addWidget(error)
            if indicator.type is not IndicatorType.TEXT:
                box.addStretch(1)
            column.addLayout(box)
            self._layout.addWidget(row)
            row.show()  # now, not on the next turn of the event loop: a quick Tab finds it
            self._rows.append(row)
            self._inputs[indicator.name] = (indicator.type, widget, error)

    def _input(self, name: str, kind: IndicatorType, stored: str) -> QWidget:
        if kind is IndicatorType.YES_NO:
            combo = QComboBox()
            combo.setMinimumContentsLength(8)
            for text, value in (("–", ""), (self.tr("Yes"), YES), (self.tr("No"), NO)):
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(stored)))
            combo.activated.connect(lambda _i, c=combo: self.value_edited.emit(
                name, c.currentData()))
            return combo
        edit = QLineEdit(_shown(kind, stored))
        if kind is not IndicatorType.TEXT:
            edit.setMaximumWidth(160)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.textEdited.connect(lambda text, n=name: self._typed(n, text))
        edit.editingFinished.connect(lambda n=name: self._finished(n))
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
            widget.setStyleSheet(_INVALID)
            error.setText({
                IndicatorType.PERCENT: self.tr("Give a percentage from 0 to 100, e.g. 12,5"),
                IndicatorType.COUNT: self.tr("Give a whole number, e.g. 13"),
                IndicatorType.NUMBER: self.tr("Give a number, e.g. 17,3"),
            }.get(kind, self.tr("Not a valid value")))
            error.setVisible(True)
            # What is saved must match what is shown: an invalid input is no value.
            self.value_edited.emit(name, "")
            return
        widget.setStyleSheet("")
        error.setVisible(False)
        self.value_edited.emit(name, stored)

    def update_value(self, name: str, stored: str) -> None:
        """Show a value changed elsewhere (undo, copy from last round)."""
        if name not in self._inputs:
            return
        kind, widget, error = self._inputs[name]
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
        widget.setStyleSheet("")
        error.setVisible(False)

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
