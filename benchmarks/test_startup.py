"""Start-up: `kotodesk --smoke` against Qt's own empty window, both as fresh processes.

Target (issue 2): at most 2× the empty window, aiming for 1.5×.
"""

from __future__ import annotations

import os
import statistics

from benchmarks.conftest import PYTHON, wall

EMPTY_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
w = QMainWindow(); w.resize(1280, 720); f = F(); w.installEventFilter(f); w.show()
app.exec()
"""


def test_window_start_against_empty_qt_window(tmp_path, ratio):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOTODESK_HOME=str(tmp_path))
    # An installed kotodesk runs from bytecode (pip and PyInstaller compile it), as
    # PySide6's own modules do here; do not measure recompiling our sources each start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    kotodesk = [PYTHON, "-m", "kotodesk", "--smoke"]
    empty = [PYTHON, "-c", EMPTY_WINDOW]
    first = wall(kotodesk, env, repeat=1)  # creates and fills the database
    wall(empty, env, repeat=2)  # warm the file cache for both
    subject, baseline = [], []
    for _ in range(11):  # interleaved, so that drift on the machine hits both alike
        subject.append(wall(kotodesk, env, repeat=1))
        baseline.append(wall(empty, env, repeat=1))
    base = statistics.median(baseline)
    ratio("kotodesk --smoke (existing data folder)", statistics.median(subject),
          "Qt empty window", base)
    ratio("kotodesk --smoke (first start, new folder)", first, "Qt empty window", base)
