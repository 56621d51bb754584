"""Regenerate the screenshots in docs/ from a fresh data folder (offscreen, 1280×720).

    .venv/bin/python docs/screenshots.py

Each shot is the real window driven the way a user would drive it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest

from kotodesk.ui.app import create_application
from kotodesk.workspace import Workspace

DOCS = Path(__file__).parent


def settle(app, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()
        QTest.qWait(15)


def shoot(widget, name: str) -> Path:
    target = DOCS / name
    widget.grab().save(str(target))
    print(target)
    return target


def main() -> int:
    app = create_application()
    home = Path(tempfile.mkdtemp(prefix="kotodesk-shots-"))
    workspace = Workspace.open(home)
    from kotodesk.ui.main_window import MainWindow

    window = MainWindow(workspace)
    window.resize(1280, 720)
    window.show()
    settle(app)
    window.select_ref("2/2.3")
    settle(app)
    shoot(window, "catalogue-window.png")
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
