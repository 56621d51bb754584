"""Status icons that do not rely on colour: each level has its own shape and mark.

green: a circle with a tick, yellow: a triangle with "!", red: a square with a cross,
not reported: a hollow grey circle with a dash. The text label is always shown beside.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from kotodesk.domain.model import NOT_REPORTED_COLOUR

_SHAPES = {"green": "circle", "yellow": "triangle", "red": "square"}


def _draw(code: str | None, colour: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    m = s * 0.08
    box = QRectF(m, m, s - 2 * m, s - 2 * m)
    shape = _SHAPES.get(code or "", "circle")
    fill = QColor(colour)
    mark = QPen(QColor("white" if code != "yellow" else "#3b2f00"), max(1.5, s * 0.12))
    mark.setCapStyle(Qt.PenCapStyle.RoundCap)
    if code is None:
        p.setPen(QPen(QColor(NOT_REPORTED_COLOUR), max(1.0, s * 0.09)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(box.adjusted(s * 0.05, s * 0.05, -s * 0.05, -s * 0.05))
        p.drawLine(QPointF(s * 0.35, s * 0.5), QPointF(s * 0.65, s * 0.5))
        p.end()
        return pixmap
    p.setPen(QPen(fill.darker(140), max(1.0, s * 0.05)))
    p.setBrush(fill)
    if shape == "circle":
        p.drawEllipse(box)
        p.setPen(mark)
        path = QPainterPath(QPointF(s * 0.3, s * 0.52))
        path.lineTo(QPointF(s * 0.45, s * 0.67))
        path.lineTo(QPointF(s * 0.71, s * 0.36))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    elif shape == "triangle":
        p.drawPolygon(QPolygonF([QPointF(s / 2, m), QPointF(s - m, s - m), QPointF(m, s - m)]))
        p.setPen(mark)
        p.drawLine(QPointF(s / 2, s * 0.38), QPointF(s / 2, s * 0.64))
        p.drawPoint(QPointF(s / 2, s * 0.79))
    else:
        p.drawRoundedRect(box, s * 0.12, s * 0.12)
        p.setPen(mark)
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
    p.end()
    return pixmap


@cache
def status_icon(code: str | None, colour: str) -> QIcon:
    icon = QIcon()
    for size in (16, 20, 24, 32, 48):
        icon.addPixmap(_draw(code, colour, size))
    return icon
