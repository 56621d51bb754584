"""Guard: Qt calls and signal emits must not drain the refcounts of None, True and False.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every void Qt call
(setText, setVisible …) and one to True on every signal emit. Nothing shows until the
count reaches zero: then the interpreter aborts ("Fatal Python error: none_dealloc") and
the window vanishes with a person's typing, after about a thousand characters. The check
runs in a fresh interpreter because a drained singleton aborts the process at exit, and
this test must report the drain rather than die with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

CALLS = 5_000

PROBE = textwrap.dedent(
    """
    import json, os, sys
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import (
        QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QProgressBar,
        QPushButton, QWidget)

    app = QApplication([])

    class Emitter(QObject):
        flag = Signal(bool)
        nothing = Signal()
        text = Signal(str)

    emitter = Emitter()
    emitter.flag.connect(lambda value: None)
    emitter.nothing.connect(lambda: None)
    emitter.text.connect(lambda value: None)
    label, line, plain = QLabel(), QLineEdit(), QPlainTextEdit()
    check, combo, button, bar, widget = (
        QCheckBox(), QComboBox(), QPushButton(), QProgressBar(), QWidget())
    combo.addItems(["a", "b"])

    def work(n):
        for i in range(n):
            label.setText("saved")            # void calls of the widgets kotodesk uses
            label.setVisible(i % 2 == 0)
            line.setText("12,5")
            plain.setPlainText("x")
            check.setChecked(i % 2 == 0)
            combo.setCurrentIndex(i % 2)
            button.setEnabled(True)
            bar.setValue(i % 100)
            widget.setToolTip("")
            emitter.flag.emit(True)            # emits with True, False, nothing, a str
            emitter.flag.emit(False)
            emitter.nothing.emit()
            emitter.text.emit("a")

    work(50)  # warm caches first, so that one-time references do not count
    before = [sys.getrefcount(x) for x in (None, True, False)]
    after = before
    for _ in range(int(sys.argv[1]) // 100):  # in chunks: stop at a drain before it aborts
        work(100)
        after = [sys.getrefcount(x) for x in (None, True, False)]
        if any(b - a >= 50 for b, a in zip(before, after)):
            break
    print(json.dumps({"before": before, "after": after}), flush=True)
    os._exit(0)  # never run the interpreter's teardown on a possibly drained singleton
    """
)


@pytest.mark.slow
def test_qt_calls_and_emits_leave_singleton_refcounts_flat(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(probe), str(CALLS)], capture_output=True,
                          text=True, env=env, timeout=300)
    assert done.returncode == 0, f"the probe died: {done.returncode}\n{done.stderr[-2000:]}"
    counts = json.loads(done.stdout.strip().splitlines()[-1])
    for name, before, after in zip(("None", "True", "False"), counts["before"],
                                   counts["after"], strict=True):
        # Flat, give or take a handful of references a cache may still take. A drain is at
        # least one per call: thousands here.
        assert abs(after - before) < 50, (
            f"{CALLS} Qt calls changed the refcount of {name} by {after - before}: "
            "this PySide6 drains it and the window will abort (pin another version)")
