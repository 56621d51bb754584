"""The editor and the window (issue 15): Copy to this round asks before replacing text and
is one undo step, the history reads numbers the Finnish way, a unit with no measures is
told so, the window remembers its place, Help opens the local guide in the window's
language and lists the shortcuts, and the keyboard's place is drawn."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kotodesk.domain.model import EntryChange
from kotodesk.storage import settings
from kotodesk.ui.history_dialog import HistoryModel


def test_copy_over_typed_text_asks_and_one_undo_brings_the_text_back(qtbot, window,
                                                                     monkeypatch):
    editor = window.editor
    window.measures.select("2/3.1")
    assert editor.copy_button.isEnabled()  # the unit's own last-round entry
    editor.narrative.setFocus()
    qtbot.keyClicks(editor.narrative, "Oma luonnos tekstiksi")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or answers.pop(0))
    editor.copy_button.setFocus()
    qtbot.keyClick(editor.copy_button, Qt.Key.Key_Space)
    assert "already has text" in asked[0]
    assert editor.narrative.toPlainText() == "Oma luonnos tekstiksi"  # No: nothing changed
    qtbot.keyClick(editor.copy_button, Qt.Key.Key_Space)
    copied = editor.narrative.toPlainText()
    assert copied != "Oma luonnos tekstiksi" and copied.strip()
    qtbot.keyClick(editor.copy_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.narrative.toPlainText() == "Oma luonnos tekstiksi"  # one step back
    assert window.session.status("2/3.1") is None


def test_history_shows_numbers_and_yes_no_as_the_user_reads_them(qtbot):
    rows = [EntryChange("value:Osuus", "", "12.5", "Anna", "2023-11-02T12:32:00.000Z"),
            EntryChange("value:Malli", "no", "yes", "Anna", "2023-11-02T12:33:00.000Z"),
            EntryChange("narrative", "", "Pitkä teksti " * 40, "Anna",
                        "2023-11-02T12:34:00.000Z")]
    before = QLocale()
    QLocale.setDefault(QLocale("fi_FI"))
    try:
        model = HistoryModel(rows)
        assert model.index(0, HistoryModel.NEW).data() == "12,5"
        assert model.index(0, HistoryModel.OLD).data() == "(empty)"
        assert model.index(1, HistoryModel.OLD).data() == "No"  # in the window's language
        assert model.index(1, HistoryModel.NEW).data() == "Yes"
        assert len(model.index(2, HistoryModel.NEW).data()) > 200  # whole, wrapped
    finally:
        QLocale.setDefault(before)


def test_a_unit_without_measures_is_told_so(qtbot, workspace):
    from kotodesk.ui.app import Controller

    settings.put(workspace.store, unit="kanslia-maahanmuutto", user_name="Aino",
                 language="en")
    controller = Controller(workspace)
    assert controller.start("en")
    qtbot.addWidget(controller.window)
    text = controller.window.validation.summary.text()
    assert "answers for no measure" in text and "complete" not in text


def test_the_window_fits_the_screen_and_opens_where_it_was_closed(qtbot, workspace):
    from kotodesk.ui.app import Controller

    settings.put(workspace.store, unit="kanslia-henkilosto", user_name="A", language="en")
    first = Controller(workspace)
    assert first.start("en")
    window = first.window
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    window.resize(area.width() - 50, area.height() - 60)
    window.close()
    again = Controller(workspace)
    assert again.start("en")
    qtbot.addWidget(again.window)
    assert (again.window.width(), again.window.height()) == (area.width() - 50,
                                                             area.height() - 60)


def test_help_opens_the_local_guide_in_the_window_language_and_lists_the_keys(window):
    from kotodesk.ui.help_dialogs import GuideDialog, ShortcutsDialog, guide_path

    for language, words in (("fi", "Pikanäppäimet"), ("sv", "Kortkommandon"),
                            ("en", "Keyboard shortcuts")):
        dialog = GuideDialog(window, language)
        assert guide_path(language).name == f"guide.{language}.md"
        assert words in dialog.browser.toPlainText()
        assert not dialog.browser.openLinks()  # nothing is fetched
        dialog.deleteLater()
    keys = ShortcutsDialog(window)
    rows = {keys.model.index(r, 0).data(): keys.model.index(r, 1).data()
            for r in range(keys.model.rowCount())}
    assert rows["Ctrl+E"] == "File › Export signed return"
    assert rows["F8"] == "Go › Next missing item"
    assert "Ctrl+Z" in "".join(rows)
    keys.deleteLater()


def test_the_focused_status_button_is_drawn_differently(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.measures.select("2/3.2")
    qtbot.keyClick(window.measures.tree, Qt.Key.Key_1)  # chosen
    button = window.editor.status.buttons()[0]
    plain = button.grab().toImage()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    assert QApplication.focusWidget() is button
    assert button.grab().toImage() != plain  # the keyboard's place shows on a chosen level


def test_the_measure_trees_viewport_fills_its_own_background_under_the_focus_ring(window):
    """The filter that keeps the viewport opaque (a scroll then moves pixels rather than
    repainting every row) sits on the viewport itself, found as the tree's child."""
    tree = window.measures.tree
    assert tree.findChild(type(tree.viewport()), "qt_scrollarea_viewport") is tree.viewport()
    tree.setFocus()
    tree.viewport().update()
    assert tree.viewport().autoFillBackground()


def test_the_window_fills_the_editor_once_as_it_opens(qtbot, workspace, monkeypatch):
    """The editor is filled for the measure the window selects, not first for none and
    then again for that one (~2 ms of the first paint, issue 16)."""
    from kotodesk.ui.app import Controller
    from kotodesk.ui.session import ReportingSession

    shown: list = []
    record = ReportingSession.shown
    monkeypatch.setattr(ReportingSession, "shown",
                        lambda self, ref: (shown.append(ref), record(self, ref))[1])
    settings.put(workspace.store, unit="kanslia-henkilosto", language="en")
    controller = Controller(workspace)
    assert controller.start("en")
    qtbot.addWidget(controller.window)
    editor = controller.window.editor
    assert shown == [editor.ref] and editor.ref is not None
    assert editor.isEnabled() and editor.status.buttons()


def test_a_window_with_no_catalogue_shows_no_measure_in_the_editor(qtbot, workspace):
    from kotodesk.ui.main_window import MainWindow
    from kotodesk.ui.session import ReportingSession

    window = MainWindow(ReportingSession(workspace))  # nothing opened: no catalogue
    qtbot.addWidget(window)
    assert window.editor.ref is None
    assert not window.editor.isEnabled()
    assert window.editor.narrative.toPlainText() == ""
