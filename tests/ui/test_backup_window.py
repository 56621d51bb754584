"""File › Back up / Restore / Export all, Help › About, in a real window on real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from kotodesk.datafolder.about import gather
from kotodesk.datafolder.backup import backup_database, inspect, list_backups
from kotodesk.storage import entries
from kotodesk.storage.db import DATABASE_NAME, Store
from kotodesk.system.folder_lock import held, hold, lock_path
from kotodesk.ui import backup_dialogs
from kotodesk.ui.about_dialog import AboutDialog
from kotodesk.ui.backup_dialogs import RestoreDialog
from tests.ui.conftest import UNIT


def _saved_narrative(controller, ref="2/3.2") -> str:
    entry = entries.load_entry(controller.workspace.store, controller.session.round.id, ref,
                               UNIT)
    return entry.narrative if entry else ""


def _when_modal(qtbot, act) -> list:
    """Run `act(dialog)` on the next modal dialog, from inside its event loop."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def _empty(home: Path) -> None:
    with Store(home / DATABASE_NAME) as store, store.write():
        for table in ("entry_history", "entry_value", "entry"):
            store.conn.execute(f"DELETE FROM {table}")


def test_restore_from_the_menu_brings_back_an_emptied_database(qtbot, controller, home,
                                                                 tmp_path, monkeypatch):
    session = controller.session
    session.edit("2/3.2", "narrative", "Written before the backup.")
    session.flush()
    saved = backup_database(controller.workspace.store, tmp_path / "saved.sqlite3")
    _empty(home)
    session.edit("2/3.2", "narrative", "Typed after the data was lost.")  # still pending
    old_window = controller.window
    monkeypatch.setattr(backup_dialogs, "ask_backup_source", lambda parent, home: saved)
    shown = _when_modal(qtbot, lambda dialog: dialog.restore_button.click())

    old_window.restore_requested.emit()

    assert isinstance(shown[0], RestoreDialog)
    assert controller.window is not old_window  # rebuilt on the restored database
    assert controller.session.value("2/3.2", "narrative") == "Written before the backup."
    assert _saved_narrative(controller) == "Written before the backup."
    assert controller.window.editor.ref is not None
    [safety] = [b for b in list_backups(home) if b.kind == "before-restore"]
    with Store(safety.path) as before:  # the typing was saved before it was replaced
        narratives = [r[0] for r in before.query("SELECT narrative FROM entry")]
    assert narratives == ["Typed after the data was lost."]
    assert "Restored" in controller.window.statusBar().currentMessage()


def test_restore_dialog_shows_what_the_backup_holds(qtbot, controller, home, tmp_path):
    saved = backup_database(controller.workspace.store, tmp_path / "saved.sqlite3")
    dialog = RestoreDialog(inspect(saved), home)
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    # Entries count the reports' texts for whole measures too; units, the units that
    # have a text of their own.
    assert [row[1:] for row in rows] == [["2019", "closed", 68, 22],
                                         ["5/2022–5/2023", "closed", 48, 11],
                                         ["6–12/2023", "open", 0, 0]]
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(home / "backups") in texts and str(saved) in texts
    assert "3 programmes, 3 rounds, 116 entries" in texts


def test_a_file_that_is_no_backup_is_refused_with_its_reason(qtbot, controller, tmp_path,
                                                             monkeypatch):
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("not a database")
    monkeypatch.setattr(backup_dialogs, "ask_backup_source", lambda parent, home: bad)
    texts = []

    def read_and_close(box):
        texts.append(box.text())
        box.done(QMessageBox.StandardButton.Ok)

    before = controller.window
    shown = _when_modal(qtbot, read_and_close)
    controller.window.restore_requested.emit()
    assert isinstance(shown[0], QMessageBox)
    assert "notes.sqlite3" in texts[0] and "not an SQLite database" in texts[0]
    assert controller.window is before


def test_back_up_and_export_all_from_the_menu(qtbot, controller, tmp_path, monkeypatch):
    controller.session.edit("2/3.2", "narrative", "Pending when backing up.")
    monkeypatch.setattr(backup_dialogs, "ask_backup_target",
                        lambda parent: tmp_path / "b.sqlite3")
    monkeypatch.setattr(backup_dialogs, "ask_export_target",
                        lambda parent: tmp_path / "all.xlsx")
    controller.window.backup_requested.emit()
    with Store(tmp_path / "b.sqlite3") as copy:
        assert copy.query_one("SELECT narrative FROM entry WHERE measure_ref = '2/3.2' AND "
                              "unit_id = ? AND round_id = ?", (UNIT, controller.session.round.id)
                              )[0] == "Pending when backing up."
    controller.window.export_all_requested.emit()
    assert (tmp_path / "all.xlsx").stat().st_size > 10_000
    assert "all.xlsx" in controller.window.statusBar().currentMessage()


def test_menus_offer_backup_restore_export_and_about(window):
    file_texts = [a.text() for a in window.file_menu.actions()]
    assert {"&Back up…", "&Restore from backup…", "Export &all data…"} <= set(file_texts)
    assert [a.text() for a in window.help_menu.actions() if not a.isSeparator()] == [
        "&User guide", "&Keyboard shortcuts", "&About kotodesk"]


def test_about_dialog_shows_each_licence(qtbot, home):
    about = gather(home)
    dialog = AboutDialog(about)
    qtbot.addWidget(dialog)
    names = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert names[0] == "kotodesk" and "PySide6_Essentials" in names and "Qt" in names
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    dialog.table.selectRow(names.index("Qt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()


def test_command_line_restore_waits_for_the_window_to_close(qtbot, home, cli, tmp_path):
    cli("backup", "create", tmp_path / "b.sqlite3")
    window_lock = QLockFile(str(lock_path(home)))
    assert window_lock.tryLock(0)
    try:
        assert held(home)
        result = cli("backup", "restore", tmp_path / "b.sqlite3", "--yes")
        assert result.code == 2
        assert "kotodesk is open with the data folder" in result.err
        assert not list((home / "backups").glob("*before-restore*"))
    finally:
        window_lock.unlock()
    with hold(home, "restore a backup"):  # and a window cannot open during a restore
        second_window = QLockFile(str(lock_path(home)))
        assert not second_window.tryLock(100)
    assert QLockFile(str(lock_path(home))).tryLock(0)


@pytest.fixture(autouse=True)
def _no_leftover_modal():
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isModal() and widget.isVisible():
            widget.close()

