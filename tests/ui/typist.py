"""A real kotodesk window that types into a narrative, for the crash test (not a test).

    python tests/ui/typist.py HOME REF TEXT

Types the rest of TEXT (after what is already saved) into REF's narrative, one key every
40 ms through Qt's own event loop, printing
"<monotonic time> <characters typed>" after each key, until killed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from kotodesk.datafolder.workspace import Workspace
from kotodesk.ui.app import Controller, create_application


def main() -> None:
    home, ref, text = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = create_application()
    controller = Controller(Workspace.open(home))
    controller.start("en")
    window = controller.window
    window.measures.select(ref)
    box = window.editor.narrative
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    done = box.toPlainText()
    assert text.startswith(done), "the saved narrative is not a prefix of the text"
    position = iter(range(len(done), len(text)))  # go on from what was saved

    def type_one() -> None:
        i = next(position, None)
        if i is None:
            return
        QTest.keyClick(box, text[i])
        print(f"{time.monotonic():.4f} {i + 1}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(40)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
