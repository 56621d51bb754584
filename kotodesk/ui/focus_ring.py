"""Where the keyboard is, drawn plainly on every kind of field (the style's own hint is a
faint tint on some platforms).

One widget drawn as a band just around the focused field, not a style sheet on the
window: a window-wide style sheet puts every widget under Qt's style-sheet style, which
costs the first paint several milliseconds and makes text boxes and lists redraw whole on
scroll. The ring is a child of the window, around the part of the field that can be seen
(clipped as a scroll area clips it), placed again when the field or anything around it
moves or resizes; it ignores the mouse and never lies over the field itself (see _place).
Status buttons draw their own (status_buttons).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QRegion
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

COLOUR = "#0b57d0"  # the keyboard's place, distinct from every status colour
WIDTH = 2
# The fields that get a ring; tool buttons (the status buttons) draw their own.
RINGED = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QLabel, QAbstractButton)
_PLACE_AGAIN = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class FocusRing(QWidget):
    """A frame over whichever field inside `window` has the keyboard focus."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._watched: list[QWidget] = []  # the field and the widgets around it
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def field(self) -> QWidget | None:
        """The field the ring is drawn over, or None when it is hidden."""
        return self._watched[0] if self._watched and self.isVisible() else None

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        for widget in self._watched:
            if isValid(widget):  # a field rebuilt away is already gone
                widget.removeEventFilter(self)
        self._watched = []
        if (new is None or not isinstance(new, RINGED) or isinstance(new, QToolButton)
                or new.window() is not self._window):
            self.hide()
            return
        widget = new
        while widget is not None and widget is not self._window:
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self._place()

    def _place(self) -> None:
        field = self._watched[0] if self._watched and isValid(self._watched[0]) else None
        seen = field.visibleRegion().boundingRect() if field is not None else None
        if seen is None or seen.isEmpty() or not field.isVisible():
            self.hide()
            return
        inner = seen.translated(field.mapTo(self._window, QPoint(0, 0)))
        # Around the field, not over it: a widget over the field would make Qt paint the
        # field again whenever the ring is, and the whole field (a tree's every row) on
        # any change in it, 3-4 ms a measure switch; the mask keeps the ring to its band.
        self.setGeometry(inner.adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH))
        whole = QRegion(self.rect())
        self.setMask(whole.subtracted(QRegion(self.rect().adjusted(WIDTH, WIDTH, -WIDTH,
                                                                   -WIDTH))))
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PLACE_AGAIN:
            self._place()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(QColor(COLOUR))
        pen.setWidth(WIDTH)
        if isinstance(self.field(), QLabel):  # a label read aloud, not a field to type in
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        half = WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))
