"""Start-up: `kotodesk --smoke` against Qt's own empty window, both as fresh processes.

Target (issue 2, PRODUCT.md): the window is usable within twice the time Qt needs to
show an empty window, aiming for 1.5×. Both processes print a line at their first paint;
the time from starting the process to that line is what a user waits for. The time to
the end of the process (closing the database, Python's teardown) is reported beside it.
"""

from __future__ import annotations

import os
import statistics

from benchmarks.conftest import PYTHON, to_first_line, wall

EMPTY_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("painted", flush=True)
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
    first = to_first_line(kotodesk, env)  # creates and fills the database
    wall(empty, env, repeat=2)  # warm the file cache for both
    subject, baseline, subject_end, baseline_end = [], [], [], []
    for _ in range(11):  # interleaved, so that drift on the machine hits both alike
        subject.append(to_first_line(kotodesk, env))
        baseline.append(to_first_line(empty, env))
        subject_end.append(wall(kotodesk, env, repeat=1))
        baseline_end.append(wall(empty, env, repeat=1))
    base = statistics.median(baseline)
    ratio("kotodesk --smoke: start → first paint", statistics.median(subject),
          "Qt empty window: start → first paint", base)
    ratio("… first start, new data folder", first, "Qt empty window: start → first paint",
          base)
    ratio("kotodesk --smoke: whole process", statistics.median(subject_end),
          "Qt empty window: whole process", statistics.median(baseline_end))
