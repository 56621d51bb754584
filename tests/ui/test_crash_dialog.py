"""An exception nothing caught: typing saved, traceback logged, a report to copy."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel

from kotodesk import __version__
from kotodesk.datafolder.logs import LOG_NAME
from kotodesk.storage import entries
from kotodesk.ui.crash import CrashHandler
from tests.ui.conftest import UNIT


@pytest.fixture
def crashes(controller, home):
    handler = CrashHandler(home, lambda: controller.session.flush(), lambda: controller.window)
    handler.install()
    yield handler
    handler.uninstall()
    if handler.dialog is not None:
        handler.dialog.close()


def _boom(message: str):
    def slot():
        raise RuntimeError(message)
    return slot


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_saves_logs_and_shows_a_report(qtbot, controller, crashes,
                                                              home):
    session = controller.session
    controller.window.measures.select("2/3.2")
    session.edit("2/3.2", "narrative", "Typed just before the bug.")
    assert session.dirty
    action = QAction("Broken", controller.window)
    action.triggered.connect(_boom("a bug in a slot"))

    action.trigger()  # PySide6 hands the exception to sys.excepthook and goes on

    saved = entries.load_entry(controller.workspace.store, session.round.id, "2/3.2", UNIT)
    assert saved.narrative == "Typed just before the bug."
    log = (home / LOG_NAME).read_text(encoding="utf-8")
    assert "unhandled error in the window" in log
    assert "Traceback" in log and "RuntimeError: a bug in a slot" in log
    dialog = crashes.dialog
    assert dialog.isVisible()
    report = dialog.report.toPlainText()
    assert report.startswith(f"kotodesk {__version__} (build: development)")
    for expected in ("Platform: ", "Qt: ", f"Log file: {home / LOG_NAME}",
                     "Typing saved: yes", "RuntimeError: a bug in a slot", "in slot"):
        assert expected in report, expected
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report
    assert controller.window.isVisible()  # kotodesk keeps running


@pytest.mark.qt_no_exception_capture
def test_further_errors_go_into_the_same_dialog(qtbot, controller, crashes):
    action = QAction("Broken", controller.window)
    action.triggered.connect(_boom("first"))
    action.trigger()
    first_dialog = crashes.dialog
    action.triggered.disconnect()
    action.triggered.connect(_boom("second"))
    action.trigger()
    assert crashes.dialog is first_dialog
    report = first_dialog.report.toPlainText()
    assert "RuntimeError: first" in report and "RuntimeError: second" in report


@pytest.mark.qt_no_exception_capture
def test_a_failing_save_is_reported_not_hidden(qtbot, controller, home):
    def broken_save():
        raise OSError("disk full")

    handler = CrashHandler(home, broken_save)
    handler.install()
    try:
        action = QAction("Broken", controller.window)
        action.triggered.connect(_boom("after a failed save"))
        action.trigger()
    finally:
        handler.uninstall()
    report = handler.dialog.report.toPlainText()
    assert "Typing saved: no (OSError: disk full)" in report
    assert "saving after an unhandled error failed" in (home / LOG_NAME).read_text()
    labels = " ".join(label.text() for label in handler.dialog.findChildren(QLabel))
    assert "could not be saved" in labels
    handler.dialog.close()


def test_the_hook_is_removed_again(controller, home):
    before = sys.excepthook
    handler = CrashHandler(home, lambda: True)
    handler.install()
    assert sys.excepthook == handler.handle
    handler.uninstall()
    assert sys.excepthook is before


@pytest.mark.qt_no_exception_capture
def test_a_damaged_database_met_while_working_says_how_to_get_the_data_back(
        qtbot, controller, crashes, tmp_path, home):
    """SQLite's real CORRUPT error raised in a slot (reading a database whose pages were
    overwritten) is not a bug to report: the dialog says the database is damaged and that
    a new start offers the newest backup, and the folder is marked so that the next start
    checks every page (a start reads only a few)."""
    import sqlite3

    damaged = tmp_path / "vioittunut.sqlite3"
    with sqlite3.connect(damaged) as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    data = bytearray(damaged.read_bytes())
    data[4096:] = bytes(len(data) - 4096)  # every page after the schema's: zeros
    damaged.write_bytes(bytes(data))

    def read_it():
        with sqlite3.connect(damaged) as conn:
            conn.execute("SELECT COUNT(*) FROM t WHERE x != ''").fetchone()

    action = QAction("Read", controller.window)
    action.triggered.connect(read_it)
    action.trigger()
    dialog = crashes.dialog
    assert dialog.isVisible()
    said = dialog.message.text()
    assert "The database in this data folder is damaged" in said
    assert "offers to restore the newest backup" in said
    assert "did not expect" not in said
    assert "database disk image is malformed" in dialog.report.toPlainText()
    from kotodesk.datafolder.damage import DAMAGE_MARK

    assert (home / DAMAGE_MARK).exists()  # the next start checks every page
