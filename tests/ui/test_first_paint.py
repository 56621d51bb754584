"""What waits for the window's first paint (kotodesk.ui.app.AfterFirstPaint): the daily
backup, and `--smoke`'s line. A zero timer set before the event loop runs before the first
paint, so these are called only after it, once."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from kotodesk.ui.app import AfterFirstPaint


class _Paints(QObject):
    def __init__(self, events: list) -> None:
        super().__init__()
        self.events = events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.events.append("paint")
        return False


def test_called_once_after_the_first_paint(qtbot):
    events: list = []
    window = QWidget()
    qtbot.addWidget(window)
    paints = _Paints(events)
    after = AfterFirstPaint(lambda ms: events.append(ms))
    window.installEventFilter(paints)
    window.installEventFilter(after)
    window.show()
    qtbot.waitUntil(lambda: len(events) >= 2)
    window.repaint()  # later paints call it no more
    qtbot.wait(20)
    assert events[0] == "paint"
    called = [e for e in events if e != "paint"]
    assert len(called) == 1 and isinstance(called[0], float) and called[0] > 0


def test_a_window_never_painted_gets_it_all_the_same(qtbot):
    called: list = []
    after = AfterFirstPaint(called.append, latest_ms=10)
    window = QWidget()  # never shown
    qtbot.addWidget(window)
    window.installEventFilter(after)
    qtbot.waitUntil(lambda: called == [None])
    qtbot.wait(30)
    assert called == [None]


def test_smoke_prints_the_milliseconds_to_the_first_paint(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "kotodesk", "--home", str(tmp_path / "home"), "--smoke"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) > 0


_LEAVING = """
import atexit, sys, threading, time
from pathlib import Path

marks = Path(sys.argv[1])
def late_worker():  # a thread some library left running when the window closed
    time.sleep(0.5)
    (marks / "thread-finished").write_text("yes")
threading.Thread(target=late_worker).start()
atexit.register(lambda: (marks / "exit-handler-ran").write_text("yes"))
sys.argv = ["kotodesk", "--home", str(marks / "home"), "--smoke"]
from kotodesk.cli import main
raise SystemExit(main())
"""


def test_the_window_process_ends_without_teardown_yet_loses_nothing(tmp_path):
    """The window's process skips the interpreter's teardown (cli.window_start.leave):
    a thread still working is waited for, the exit handlers run (PySide's, logging's,
    a token session's), the data folder is closed and its lock let go, and the exit
    code is the window's."""
    done = subprocess.run([sys.executable, "-c", _LEAVING, str(tmp_path)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().isdigit()  # --smoke's line, flushed before the end
    assert (tmp_path / "thread-finished").read_text() == "yes"
    assert (tmp_path / "exit-handler-ran").read_text() == "yes"
    assert "Traceback" not in done.stderr
    from kotodesk.datafolder.workspace import Workspace

    Workspace.open(tmp_path / "home").close()  # not left locked or half-written


_COLLECTIONS = """
import gc, io, sys
collections = []
gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(1))
class Line(io.StringIO):
    said_after = None  # how many collections there had been when --smoke's line came
    def write(self, text):
        if self.said_after is None:
            self.said_after = len(collections)
        return super().write(text)
line = Line()
sys.stdout, real = line, sys.stdout
from kotodesk.cli import main
before = len(collections)
code = main(["--home", sys.argv[1], "--smoke"])
sys.stdout = real
print(code, line.said_after - before, gc.isenabled())
"""


def test_the_start_runs_no_cycle_collection_before_the_first_paint(tmp_path):
    """Python's cycle collector walks every object the start makes, again and again
    (~60 times, ~10 ms of the first paint), and finds next to nothing to free: the
    window's start pauses it until the first paint, and a caller gets it back."""
    done = subprocess.run([sys.executable, "-c", _COLLECTIONS, str(tmp_path / "home")],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "0", "True"]


_RESUMED = """
import gc, sys
from PySide6.QtWidgets import QApplication
import kotodesk.ui.app as app
from kotodesk.datafolder.workspace import Workspace
from kotodesk.ops import settings
workspace = Workspace.open(__import__("pathlib").Path(sys.argv[1]))
settings.put(workspace, unit="kasko")  # no first-run dialog
workspace.close()
called = app.AfterFirstPaint._call
def after_paint(self, elapsed):
    called(self, elapsed)
    print("collector", gc.isenabled(), flush=True)
    QApplication.instance().quit()
app.AfterFirstPaint._call = after_paint
from kotodesk.cli import main
main(["--home", sys.argv[1]])
"""


def test_the_window_gets_the_collector_back_once_it_has_painted(tmp_path):
    done = subprocess.run([sys.executable, "-c", _RESUMED, str(tmp_path / "home")],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "collector True" in done.stdout.splitlines()
