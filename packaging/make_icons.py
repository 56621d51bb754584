"""Draw kotodesk's application icon and write it in the sizes each platform needs.

    .venv/bin/python packaging/make_icons.py

The icon is a report card on Helsinki blue whose three rows carry the status colours of the
programme's scale (green, yellow, red), the one thing every kotodesk user fills in. It is
drawn with QPainter at each size (the small sizes drop the card, which would blur to grey)
and packed with Pillow into .ico (Windows) and .icns (macOS). The outputs are committed in
resources/icons/, so only a change of design needs this script.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # Linux hicolor theme and the window icon
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)  # Windows Explorer, taskbar, title bar
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # macOS Finder and Dock (1x and 2x)

BLUE_TOP, BLUE_BOTTOM = QColor("#1a33d6"), QColor("#0000bf")  # Helsinki blue
STATUS = (QColor("#2e7d32"), QColor("#f9a825"), QColor("#c62828"))  # model.DEFAULT_SCALE
CARD, BAR = QColor("#ffffff"), QColor("#c3c9e8")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    s = float(size)
    inset = 0.0 if size <= 48 else s * 0.06
    tile = QRectF(inset, inset, s - 2 * inset, s - 2 * inset)
    gradient = QLinearGradient(0, tile.top(), 0, tile.bottom())
    gradient.setColorAt(0, BLUE_TOP)
    gradient.setColorAt(1, BLUE_BOTTOM)
    p.setBrush(gradient)
    p.drawRoundedRect(tile, tile.width() * 0.2, tile.width() * 0.2)
    if size <= 48:
        _rows(p, s, left=0.16, right=0.86, top=0.2, step=0.27, dot=0.2, bar=0.14,
              bar_colour=CARD)
    else:
        card = QRectF(s * 0.24, s * 0.18, s * 0.52, s * 0.64)
        p.setBrush(CARD)
        p.drawRoundedRect(card, s * 0.045, s * 0.045)
        _rows(p, s, left=0.31, right=0.69, top=0.29, step=0.15, dot=0.1, bar=0.05,
              bar_colour=BAR)
    p.end()
    return image


def _rows(p: QPainter, s: float, *, left: float, right: float, top: float, step: float,
          dot: float, bar: float, bar_colour: QColor) -> None:
    """Three status rows: a coloured dot and a text bar beside it."""
    for i, colour in enumerate(STATUS):
        y = top + i * step
        p.setBrush(colour)
        p.drawEllipse(QRectF(s * left, s * y, s * dot, s * dot))
        p.setBrush(bar_colour)
        bar_left = left + dot + dot * 0.45
        bar_top = y + (dot - bar) / 2
        p.drawRoundedRect(QRectF(s * bar_left, s * bar_top, s * (right - bar_left), s * bar),
                          s * bar / 2, s * bar / 2)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    from PIL import Image

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    ICONS.mkdir(parents=True, exist_ok=True)
    drawn = {n: Image.open(io.BytesIO(png_bytes(draw(n))))
             for n in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for n in PNG_SIZES:
        drawn[n].save(ICONS / f"kotodesk-{n}.png", optimize=True)
    largest_ico = drawn[max(ICO_SIZES)]
    largest_ico.save(ICONS / "kotodesk.ico", sizes=[(n, n) for n in ICO_SIZES],
                     append_images=[drawn[n] for n in ICO_SIZES if n != max(ICO_SIZES)])
    drawn[max(ICNS_SIZES)].save(ICONS / "kotodesk.icns",
                                append_images=[drawn[n] for n in ICNS_SIZES[:-1]])
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ICONS.parent.parent)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
