"""The status as toggle buttons from the programme's scale: colour, shape and label.

For the keyboard the buttons are one stop, like radio buttons: Tab lands on the chosen
level (or the first), the arrow keys move between levels, Space or the level's digit
chooses. The focused button has a blue double frame, the chosen one its colour's frame.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from kotodesk.domain.model import Programme
from kotodesk.ui.focus_ring import COLOUR as FOCUS_COLOUR
from kotodesk.ui.status_icons import status_icon
from kotodesk.ui.words import level_text


class StatusButtons(QWidget):
    status_clicked = Signal(str)  # a level's code; "" when the checked one is clicked again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One button per line: the labels are long sentences, and must stay whole at 200 %.
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._group.idClicked.connect(self._clicked)
        self._codes: list[str] = []
        self._current = ""
        self.setAccessibleName(self.tr("Status"))

    def set_programme(self, programme: Programme) -> None:
        for button in self._group.buttons():
            self._group.removeButton(button)
            button.deleteLater()
        self._codes = [level.code for level in programme.scale]
        for i, level in enumerate(programme.scale):
            button = QToolButton()
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIcon(status_icon(level.code, level.colour))
            button.setIconSize(QSize(22, 22))
            button.setText(f"{i + 1}  {level_text(level)}")
            button.setToolTip(self.tr("{0} (key {1})").format(level_text(level), i + 1))
            button.setAccessibleName(level_text(level))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tint = QColor(level.colour)
            button.setStyleSheet(
                "QToolButton { border: 1px solid #999; border-radius: 4px; padding: 3px 8px; }"
                f"QToolButton:checked {{ border: 3px solid {level.colour}; font-weight: bold;"
                f" background: rgba({tint.red()}, {tint.green()}, {tint.blue()}, 45); }}"
                f"QToolButton:focus {{ border: 4px double {FOCUS_COLOUR}; }}")
            button.installEventFilter(self)
            self._group.addButton(button, i)
            self._layout.addWidget(button)
            shortcut = QShortcut(QKeySequence(str(i + 1)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda i=i: self._clicked(i))
        self.set_status(self._current)

    def set_status(self, code: str | None) -> None:
        self._current = code or ""
        buttons = self._group.buttons()
        for i, button in enumerate(buttons):
            button.setChecked(self._codes[i] == self._current)
        stop = self._stop()
        for button in buttons:  # one tab stop: the chosen level, else the first
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is stop
                                  else Qt.FocusPolicy.ClickFocus)

    def buttons(self) -> list[QToolButton]:
        return list(self._group.buttons())

    def _stop(self) -> QToolButton | None:
        buttons = self._group.buttons()
        chosen = [b for i, b in enumerate(buttons) if self._codes[i] == self._current]
        return chosen[0] if chosen else (buttons[0] if buttons else None)

    def focus(self) -> None:
        """Put the keyboard on the status (the chosen level, else the first)."""
        stop = self._stop()
        (stop or self).setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1,
                    Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1}.get(event.key())
            buttons = self._group.buttons()
            if step is not None and watched in buttons:
                i = buttons.index(watched)
                buttons[(i + step) % len(buttons)].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    def _clicked(self, index: int) -> None:
        if not self._group.button(index).isEnabled():  # a key pressed on a read-only entry
            return
        code = self._codes[index]
        self.status_clicked.emit("" if code == self._current else code)
        self.set_status(self._current)  # the session decides; it calls set_status back

    def press(self, index: int) -> None:
        if 0 <= index < len(self._codes) and self.isEnabled():
            self._clicked(index)

    def set_editable(self, editable: bool) -> None:
        for button in self._group.buttons():
            button.setEnabled(editable)
