"""A word-wrapped label that lays its text out once per width.

QLabel does not remember its height for a width: each call lays the whole text out twice
(at the width asked, then back at its own), and the layouts of a measure switch ask several
times for the same width (the editor's layout, its minimum, the scroll area sizing the
editor). For the editor's long rich texts that was the largest part of a switch. The height
is kept for the label's current text and font only, so it is never stale.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._text = text
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:
        text = self.text()
        if text != self._text:
            self._text = text
            self._heights.clear()
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()  # a font or style change lays the text out anew
        super().changeEvent(event)
