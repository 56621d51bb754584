"""Reporting in the window: a keystroke reaching the database, switching measure in a big
catalogue, and memory after the default catalogue is shown.

Baselines from the same run: one bare sqlite3 write with the same durability settings
(WAL, synchronous=FULL) for a keystroke; switching in the 47-measure default catalogue for
the 5,000-measure one; Qt's own empty window for memory.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import time

from benchmarks.conftest import PYTHON
from benchmarks.generate import catalogue_text
from kotodesk.catalogue.importer import import_catalogue
from kotodesk.datafolder.workspace import Workspace
from kotodesk.storage import rounds, settings

UNIT = "kanslia-henkilosto"


def _p99(samples: list[float]) -> float:
    return sorted(samples)[max(0, int(len(samples) * 0.99) - 1)]


def _bare_write(path) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO t VALUES (1, '')")
    times = []
    for i in range(200):
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE t SET text = ? WHERE id = 1", ("x" * i,))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - started)
    conn.close()
    return times


def test_keystroke_to_committed_row(qapp, tmp_path, ratio):
    from kotodesk.ui.session import ReportingSession

    ws = Workspace.open(tmp_path / "home")
    settings.put(ws.store, unit=UNIT, user_name="Bench")
    session = ReportingSession(ws)
    session.open(None, UNIT)
    text = "Kielikoulutusmalli rakennetaan vuosina 2023 ja 2024. " * 4
    times = []
    for i in range(1, 201):
        started = time.perf_counter()
        session.edit("2/3.1", "narrative", text[:i], merge=True)
        session.flush()  # the save the timer would make; the row is committed on return
        times.append(time.perf_counter() - started)
    session.deleteLater()
    ws.close()
    bare = _bare_write(tmp_path / "bare.sqlite3")
    ratio("keystroke → committed row, median", statistics.median(times),
          "bare sqlite3 UPDATE+COMMIT, median", statistics.median(bare))
    ratio("keystroke → committed row, p99", _p99(times), "bare sqlite3 UPDATE+COMMIT, p99",
          _p99(bare))


def _switch_times(window, refs: list[str], qapp) -> list[float]:
    times = []
    for ref in refs:
        started = time.perf_counter()
        window.measures.select(ref)
        qapp.processEvents()
        times.append(time.perf_counter() - started)
    return times


def _window(ws, qapp):
    from kotodesk.ui.app import Controller

    controller = Controller(ws)
    controller.start("en", ask_first_run=False)
    qapp.processEvents()
    return controller


def _close(controller, qapp) -> None:
    controller.session.flush()
    controller.window.close()
    controller.window.deleteLater()
    qapp.processEvents()
    controller.workspace.close()


def test_switching_measure_in_a_5000_measure_catalogue(qapp, tmp_path, ratio):
    small = Workspace.open(tmp_path / "small")
    settings.put(small.store, unit="kasko", user_name="Bench", language="en")
    controller = _window(small, qapp)
    refs = controller.window.measures.refs()[:20] * 3
    baseline = statistics.median(_switch_times(controller.window, refs, qapp))
    _close(controller, qapp)

    big = Workspace.open(tmp_path / "big")
    source = tmp_path / "big.txt"
    source.write_text(catalogue_text(5000), encoding="utf-8")
    report = import_catalogue(big.store, source, new_programme=True)
    rounds.add_round(big.store, report.programme_id, report.version, "1–6/2026")
    settings.put(big.store, unit="kasko", user_name="Bench", language="en",
                 programme=report.programme_id)
    controller = _window(big, qapp)
    all_refs = controller.window.measures.refs()
    assert len(all_refs) > 1000
    step = len(all_refs) // 60
    subject = statistics.median(_switch_times(controller.window, all_refs[::step][:60], qapp))
    _close(controller, qapp)
    ratio("switch measure, 5,000-measure catalogue", subject,
          "switch measure, 47-measure default", baseline)


MEMORY_SCRIPT = """
import resource, sys
from PySide6.QtCore import QTimer
if sys.argv[1] == "empty":
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    w = QMainWindow(); w.resize(1280, 720); w.show()
else:
    from pathlib import Path
    from kotodesk.ui.app import Controller, create_application
    from kotodesk.datafolder.workspace import Workspace
    app = create_application()
    c = Controller(Workspace.open(Path(sys.argv[2])))
    c.start("en", ask_first_run=False)
QTimer.singleShot(300, app.quit)
app.exec()
# VmHWM: the peak of this process alone (ru_maxrss keeps the forking parent's peak on Linux).
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]))
        break
else:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _peak_kib(kind: str, home) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([PYTHON, "-c", MEMORY_SCRIPT, kind, str(home)], env=env,
                         capture_output=True, text=True, check=True).stdout
    return int(out.split()[-1])


def test_memory_after_opening_the_default_catalogue(tmp_path, ratio):
    Workspace.open(tmp_path / "home").close()
    subject = statistics.median(_peak_kib("kotodesk", tmp_path / "home") for _ in range(3))
    baseline = statistics.median(_peak_kib("empty", tmp_path) for _ in range(3))
    ratio("peak memory, default catalogue shown", subject / 1024,
          "peak memory, Qt empty window", baseline / 1024, unit="MiB")
