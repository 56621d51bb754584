"""The first export after kotodesk starts (what a contact person does once a round) against
the second export in the same process, and the memory left after it against Qt's empty
window. Each run is a fresh process that opens the window, opens the export dialog, spends
TYPING seconds with the event loop idle (the person typing the passphrase), then presses
Export in the real dialog, which unlocks the key and writes both files on its worker.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess

from benchmarks.conftest import PYTHON

TYPING = 2.0  # seconds to type a passphrase of a dozen characters after the dialog opens
SECRET = "Passphrase of the bench 1"

EXPORTS = r"""
import gc, json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from kotodesk.ui.app import Controller, create_application
from kotodesk.datafolder.workspace import Workspace

home, out, typing, secret = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
app = create_application()
controller = Controller(Workspace.open(home))
controller.start("en", ask_first_run=False)
app.processEvents()


def rss_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])


def export(target):
    import time
    from kotodesk.ui.export_dialog import ExportDialog

    dialog = ExportDialog(controller.session, controller.window)
    dialog.show()
    idle = QEventLoop()
    QTimer.singleShot(int(typing * 1000), idle.quit)
    idle.exec()  # the person types the passphrase; the window stays responsive
    dialog.folder.setText(str(target))
    dialog.passphrase.setText(secret)
    started = time.perf_counter()
    dialog.start()
    while not dialog.export_button.isEnabled():  # until its worker has finished
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    elapsed = time.perf_counter() - started
    assert dialog.result is not None, dialog.message.text()
    dialog.close()
    dialog.deleteLater()
    app.processEvents()
    return elapsed


first = export(out / "first")
gc.collect()
after_first = rss_kib()
second = export(out / "second")
controller.session.flush()
controller.window.close()
controller.workspace.close()
print(json.dumps({"first": first, "second": second, "rss_kib": after_first}))
"""

EMPTY = r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 720); w.show()
QTimer.singleShot(300, app.quit)
app.exec()
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        print(int(line.split()[1]))
"""


def _home(folder, identity):
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.signing import keys
    from kotodesk.storage import settings

    ws = Workspace.open(folder)
    settings.put(ws.store, unit="kasko", user_name="Anna Testaaja", language="en")
    ws.close()
    keys.save_identity(folder, identity, SECRET)


def _env() -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.getcwd())
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def test_first_export_against_the_second(tmp_path, identity, ratio):
    _home(tmp_path / "home", identity)
    runs = []
    for i in range(3):  # each a fresh process: the first export is once per process
        out = subprocess.run([PYTHON, "-c", EXPORTS, str(tmp_path / "home"),
                              str(tmp_path / f"out-{i}"), str(TYPING), SECRET],
                             env=_env(), capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout.splitlines()[-1]))
    empty = [int(subprocess.run([PYTHON, "-c", EMPTY], env=_env(), capture_output=True,
                                text=True, check=True).stdout.split()[-1])
             for _ in range(3)]
    ratio("first export after start (unlock + write)",
          statistics.median(r["first"] for r in runs),
          "second export, same process", statistics.median(r["second"] for r in runs))
    ratio("memory after one export (RSS)", statistics.median(r["rss_kib"] for r in runs) / 1024,
          "Qt empty window (RSS)", statistics.median(empty) / 1024, unit="MiB")
