"""The window's size and place: fitted to the screen it opens on the first time, then
where the person left it (kept in the data folder's settings)."""

from __future__ import annotations

import contextlib
import sqlite3

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from kotodesk.domain.errors import KotodeskError
from kotodesk.ops import settings

KEY = "window_geometry"


def size_to_screen(window: QWidget, share: float = 0.9) -> None:
    """Most of the screen the window is on (or the primary one), never more than it:
    a laptop at 1280×720 or at 200 % gets a window that fits, a large screen no giant."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(1280, 720)
        return
    area = screen.availableGeometry()
    width = min(area.width(), max(int(area.width() * share), min(area.width(), 1100)), 1700)
    height = min(area.height(), max(int(area.height() * share), min(area.height(), 680)), 1100)
    window.resize(width, height)
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    window.move(frame.topLeft())


def remember(window: QWidget, workspace) -> None:
    """Keep the window's geometry for the next start. It is a convenience: a database
    that cannot be written now (closed, full, read-only) loses it, nothing else."""
    with contextlib.suppress(KotodeskError, OSError, sqlite3.Error):
        settings.put(workspace, **{KEY: bytes(window.saveGeometry().toBase64()).decode("ascii")})


def restore(window: QWidget, workspace) -> bool:
    """Put the window where it was last closed; False when nothing was kept or the kept
    geometry no longer fits any screen (Qt then keeps the window on a screen)."""
    text = settings.get(workspace, KEY)
    if not text:
        return False
    return window.restoreGeometry(QByteArray.fromBase64(text.encode("ascii")))
