"""Qt tests run offscreen, and Qt's own standard paths point at test folders."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStandardPaths

QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def main_window(qtbot, workspace):
    from kotodesk.ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
