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



def _press_in_turn(texts: list[str]) -> list[tuple[str, str]]:
    """Press, in the modal dialogs that come one after another, the button with each
    text; returns (the dialog's text, what was pressed) for each, so a test can say what
    was asked. A missing button rejects its dialog (the test fails, never hangs)."""
    from PySide6.QtWidgets import QAbstractButton

    seen: list[tuple[str, str]] = []
    left = list(texts)

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or (seen and dialog is seen[-1][2]):
            QTimer.singleShot(20, poll)
            return
        want = left.pop(0)
        said = dialog.text() + "\n" + dialog.informativeText() \
            if isinstance(dialog, QMessageBox) else " ".join(
                label.text() for label in dialog.findChildren(QLabel))
        # A standard button is found by its name too: its text is in whatever language
        # Qt's own translations give it.
        buttons = [b for b in dialog.findChildren(QAbstractButton)
                   if b.text().replace("&", "") == want or (
                       isinstance(dialog, QMessageBox) and
                       dialog.standardButton(b).name == want)]
        seen.append((said, want if len(buttons) == 1 else "", dialog))
        if len(buttons) != 1:
            dialog.reject()
            return
        buttons[0].click()
        if left:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def _damaged_folder(home: Path) -> bytes:
    from kotodesk.cli import main
    from kotodesk.datafolder.backup import daily_backup
    from kotodesk.datafolder.workspace import Workspace

    assert main(["entry", "set", "--unit", "Kasko", "--measure", "1/1.1", "--status", "green",
                 "--narrative", "Kirjoitettu ennen vauriota.", "--home", str(home)]) == 0
    ws = Workspace.open(home)
    try:
        daily_backup(ws.store, home)
    finally:
        ws.close()
    damaged = b"\x00" * 4096 + bytes(range(256)) * 16
    (home / DATABASE_NAME).write_bytes(damaged)
    return damaged


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_damaged_database_at_start_is_restored_from_the_newest_backup(qtbot, tmp_path,
                                                                       language):
    """kotodesk starts on a data folder whose database is damaged: the window says so
    in its language, offers the newest backup, shows what it holds, restores it, and
    the folder opens with the data; the damaged file is kept aside."""
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.domain.errors import DamagedDatabaseError
    from kotodesk.ui.i18n import Translations

    home = tmp_path / "home"
    damaged = _damaged_folder(home)
    with pytest.raises(DamagedDatabaseError) as problem:
        Workspace.open(home)
    words = {"fi": ("Palauta uusin varmuuskopio…", "Palauta", "Ok",
                    "on vioittunut, eikä sitä voi lukea", "Vioittunutta tiedostoa ei poisteta"),
             "sv": ("Återställ den senaste säkerhetskopian…", "Återställ", "Ok",
                    "är skadad och kan inte läsas", "Den skadade filen raderas inte")}[language]
    translations = Translations()
    assert translations.install(language)
    try:
        seen = _press_in_turn(list(words[:3]))
        assert backup_dialogs.offer_restore_at_start(home, problem.value)
    finally:
        translations.install("en")
    assert [pressed for _said, pressed, _dialog in seen] == list(words[:3])
    assert words[3] in seen[0][0] and "file is not a database" in seen[0][0]
    assert words[4] in seen[1][0]
    [aside] = home.glob("kotodesk-damaged-*.sqlite3")
    assert aside.read_bytes() == damaged and str(aside) in seen[2][0]
    ws = Workspace.open(home)
    try:
        assert [r[0] for r in ws.store.query(
            "SELECT narrative FROM entry WHERE narrative LIKE 'Kirjoitettu%'")] == [
            "Kirjoitettu ennen vauriota."]
    finally:
        ws.close()


def test_closing_the_offer_leaves_the_damaged_folder_as_it_was(qtbot, tmp_path):
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.domain.errors import DamagedDatabaseError

    home = tmp_path / "home"
    damaged = _damaged_folder(home)
    with pytest.raises(DamagedDatabaseError) as problem:
        Workspace.open(home)
    seen = _press_in_turn(["Close"])
    assert not backup_dialogs.offer_restore_at_start(home, problem.value)
    assert seen[0][1] == "Close"
    assert (home / DATABASE_NAME).read_bytes() == damaged
    assert not list(home.glob("kotodesk-damaged-*"))


def test_a_smoke_start_on_a_damaged_folder_says_why_and_exits_2(tmp_path):
    """The window's start as a process: no traceback, the reason, exit 2."""
    import os
    import subprocess
    import sys

    home = tmp_path / "home"
    _damaged_folder(home)
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "kotodesk", "--smoke", "--home", str(home)],
                          capture_output=True, text=True, cwd=root, timeout=120,
                          env=dict(os.environ, PYTHONPATH=str(root),
                                   QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 2, done.stderr[-800:]
    assert "the database is damaged and cannot be read" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.fixture
def damaged_late(home):
    """A data folder whose last page is garbage: the window starts (a start reads a few
    pages only), and writing all data out meets the damage."""
    from kotodesk.datafolder.workspace import Workspace
    from tests.core.test_damaged_database import _damage_last_page

    Workspace.open(home).close()
    _damage_last_page(home)
    return home


@pytest.mark.parametrize("action", ["export_all_requested", "backup_requested"])
def test_damage_met_by_a_menu_write_is_said_and_marked(qtbot, damaged_late, controller,
                                                        tmp_path, monkeypatch, action):
    """File › Export all data / Back up meeting a damaged page: the window says the
    database is damaged and how to get it back (not SQLite's own words), and marks the
    folder so that the next start checks every page and offers the backups."""
    from kotodesk.datafolder.damage import DAMAGE_MARK

    said = []
    monkeypatch.setattr(backup_dialogs, "warn", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(backup_dialogs, "ask_backup_target", lambda parent: tmp_path / "b.sqlite3")
    monkeypatch.setattr(backup_dialogs, "ask_export_target", lambda parent: tmp_path / "all.xlsx")
    getattr(controller.window, action).emit()
    [text] = said
    assert f"The database in {damaged_late} is damaged and cannot be read" in text, text
    assert "start it again: it offers the newest backup" in text and "`" not in text
    assert (damaged_late / DAMAGE_MARK).exists()
    assert not (tmp_path / "all.xlsx").exists() and not (tmp_path / "b.sqlite3").exists()


def test_a_backup_dated_ahead_is_offered_only_when_alone_and_with_what_is_odd(qtbot,
                                                                                tmp_path):
    """After damage, the offer named a backup dated in 2099 'the newest', though a backup
    made today was there. It offers today's; when the one dated ahead is the only one that
    reads, it is offered with what is odd about it, in the window's language."""
    import os
    import shutil

    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.domain.errors import DamagedDatabaseError
    from kotodesk.ui.i18n import Translations

    home = tmp_path / "home"
    _damaged_folder(home)
    [today] = list_backups(home)
    ahead = home / "backups" / "kotodesk-20991231-235959-daily.sqlite3"
    shutil.copy(today.path, ahead)
    with pytest.raises(DamagedDatabaseError) as problem:
        Workspace.open(home)
    seen = _press_in_turn(["Close"])
    assert not backup_dialogs.offer_restore_at_start(home, problem.value)
    assert "2099" not in seen[0][0] and "Note about that backup" not in seen[0][0]

    today.path.write_bytes(os.urandom(4096))
    translations = Translations()
    assert translations.install("fi")
    try:
        seen = _press_in_turn(["Sulje"])
        assert not backup_dialogs.offer_restore_at_start(home, problem.value)
    finally:
        translations.install("en")
    assert "Huomaa tästä varmuuskopiosta: sen nimen mukaan se on otettu 2099-12-31 " \
        "23:59:59, mikä on vasta tulossa" in seen[0][0], seen[0][0]
