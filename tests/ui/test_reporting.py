"""A contact person's work in the real window, on a real database file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit

from kotodesk.storage import entries, settings
from kotodesk.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import UNIT

PERCENT = "Anonyymisti toteutettujen rekrytointiprosessien osuus kaikista rekrytointiprosesseista"


def saved(window, ref):
    session = window.session
    return entries.load_entry(session.workspace.store, session.round.id, ref, UNIT)


def test_first_run_finds_units_by_abbreviation(qtbot, workspace):
    dialog = SettingsDialog(workspace.register, language="fi", unit_id=None, name="",
                            email="", first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    completer = dialog.unit.completer()
    completer.setCompletionPrefix("kuv")
    completions = completer.completionModel()
    completions.rowCount()  # the filter is applied lazily
    labels = [completions.index(i, 0).data() for i in range(completions.rowCount())]
    assert "Kulttuurin ja vapaa-ajan toimiala (Kuva)" in labels
    # The first offer is in the dialog's language: "Kasko" offered the Swedish name first
    # (alphabetically before the Finnish), and a Finnish user took it.
    completer.setCompletionPrefix("kasko")
    completions.rowCount()
    assert completions.index(0, 0).data() == "Kasvatuksen ja koulutuksen toimiala (Kasko)"
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    completer.setCompletionPrefix("kasko")
    completions = completer.completionModel()
    completions.rowCount()
    assert completions.index(0, 0).data() == "Fostrans- och utbildningssektorn (Kasko)"
    dialog.language.setCurrentIndex(dialog.language.findData("fi"))
    dialog.unit.clear()
    qtbot.keyClicks(dialog.unit, "Kasko")
    assert ok.isEnabled()
    qtbot.keyClicks(dialog.name, "Anna")
    assert dialog.values()["unit"] == "kasko"
    assert dialog.values()["user_name"] == "Anna"


def test_the_unit_sees_exactly_its_own_measures(window):
    assert window.measures.refs() == ["2/3.1", "2/3.2", "2/3.3", "2/3.4"]
    window.measures.show_all.setChecked(True)
    assert len(window.measures.refs()) == 47


def test_fill_a_measure_with_the_mouse(qtbot, window):
    editor = window.editor
    tree = window.measures.tree
    index = window.measures.proxy.mapFromSource(window.measures.model.index_for_ref("2/3.2"))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(index).center())
    assert editor.ref == "2/3.2"
    buttons = editor.status._group.buttons()
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    percent = editor.indicators.widget(PERCENT)
    qtbot.mouseClick(percent, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(percent, "12,5")
    qtbot.mouseClick(editor.narrative.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.narrative, "Anonymous recruitment in 2 % of posts.")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    entry = saved(window, "2/3.2")
    assert entry.status == "green"
    assert entry.values[PERCENT] == "12.5"
    assert entry.narrative == "Anonymous recruitment in 2 % of posts."
    assert "Saved at" in editor.saved.text()
    assert window.measures.model.theme_progress(1) == (1, 4)  # theme 2, the unit's own


def test_fill_measures_with_the_keyboard_only(qtbot, window):
    tree = window.measures.tree
    window.measures.select("2/3.1")
    tree.setFocus()
    for ref, key, text in (("2/3.2", "2", "Started."), ("2/3.3", "3", "Not started.")):
        qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        assert window.measures.current_ref() == ref
        qtbot.keyClick(tree, key)
        for _ in range(20):  # Tab through the editor to the narrative
            if window.editor.narrative.hasFocus():
                break
            qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        assert window.editor.narrative.hasFocus()
        qtbot.keyClicks(window.editor.narrative, text)
        tree.setFocus()  # leaving the field saves it
        entry = saved(window, ref)
        assert (entry.status, entry.narrative) == ({"2": "yellow", "3": "red"}[key], text)
    problems = {(p.ref, p.field) for p in window.session.problems()}
    assert ("2/3.3", "reasons") in problems  # red needs reasons
    assert window.editor.reasons.isVisible()


def test_typed_inputs_check_values_as_typed(qtbot, window):
    window.measures.select("2/3.4")
    editor = window.editor
    share = "Vieraskielisten osuus kaupungin henkilöstöstä"
    percent = editor.indicators.widget(share)
    assert isinstance(percent, QLineEdit)
    qtbot.keyClicks(percent, "9,7 %x")
    error = editor.indicators._inputs[share][2]
    assert not error.isHidden()
    window.session.flush()
    entry = saved(window, "2/3.4")  # "9,7 %" was valid on the way; "9,7 %x" is no value
    assert entry is None or share not in entry.values
    percent.clear()
    qtbot.keyClicks(percent, "9,7")
    assert error.isHidden()
    window.measures.select("2/3.3")
    # The clause asks for participants, courses and hours: one text takes all three.
    several = editor.indicators.widget(
        "Suoritettujen kieliopintojen määrä (osallistujamäärä/kurssit/h)")
    assert isinstance(several, QLineEdit)
    qtbot.keyClicks(several, "40 / 3 / 120 h")
    assert editor.indicators._inputs[
        "Suoritettujen kieliopintojen määrä (osallistujamäärä/kurssit/h)"][2].isHidden()
    yes_no = editor.indicators.widget("Toimintamalli on luotu ja otettu käyttöön")
    assert isinstance(yes_no, QComboBox) and not yes_no.isEditable()
    assert [yes_no.itemData(i) for i in range(yes_no.count())] == ["", "yes", "no"]
    yes_no.setCurrentIndex(1)
    yes_no.activated.emit(1)
    window.measures.select("2/3.2")
    percent = editor.indicators.widget(PERCENT)
    qtbot.keyClicks(percent, "150")
    assert not editor.indicators._inputs[PERCENT][2].isHidden()
    window.session.flush()
    entry = saved(window, "2/3.3")
    assert entry.values == {
        "Suoritettujen kieliopintojen määrä (osallistujamäärä/kurssit/h)": "40 / 3 / 120 h",
        "Toimintamalli on luotu ja otettu käyttöön": "yes"}
    assert saved(window, "2/3.4").values == {share: "9.7"}
    entry = saved(window, "2/3.2")
    assert entry is None or entry.values == {}


def test_undo_and_redo_cover_status_values_and_text(qtbot, window):
    window.measures.select("2/3.4")
    editor = window.editor
    window.measures.tree.setFocus()
    qtbot.keyClick(window.measures.tree, "1")
    qtbot.keyClicks(editor.narrative, "First draft")
    assert window.session.value("2/3.4", "narrative") == "First draft"
    # One undo step is a word: "draft", then "First ", then the status.
    qtbot.keyClick(editor.narrative, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.narrative.toPlainText() == "First "
    qtbot.keyClick(editor.narrative, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.narrative.toPlainText() == ""
    qtbot.keyClick(editor.narrative, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.status("2/3.4") is None
    qtbot.keyClick(editor.narrative, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.session.status("2/3.4") == "green"
    for _ in range(2):
        qtbot.keyClick(editor.narrative, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert editor.narrative.toPlainText() == "First draft"
    window.session.flush()
    assert saved(window, "2/3.4").narrative == "First draft"


def test_undo_after_moving_on_goes_back_to_the_measure(qtbot, window):
    window.measures.select("2/3.1")
    qtbot.keyClicks(window.editor.narrative, "Text on 3.1")
    window.measures.select("2/3.4")
    for _ in range(3):  # a word at a time: "3.1", "on ", "Text "
        window.undo_action.trigger()
    assert window.measures.current_ref() == "2/3.1"
    assert window.editor.narrative.toPlainText() == ""


def test_clicking_a_missing_item_lands_on_the_measure_and_field(qtbot, window):
    panel = window.validation
    rows = [panel.model.index(i, 0) for i in range(panel.model.rowCount())]
    target = next(i for i in rows if i.data().startswith("2/3.4: no value"))
    panel.view.scrollTo(target)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(target).center())
    assert window.measures.current_ref() == "2/3.4"
    focused = window.focusWidget()
    assert focused is not None and focused.accessibleName() == \
        "Kielitaitovaatimuksen tarkoituksenmukaisuus tuodaan esille"


def test_search_finds_narratives_and_marks_matches(qtbot, window):
    window.measures.select("2/3.1")
    qtbot.keyClicks(window.editor.narrative, "Helmi-koulutus pidetty")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.measures.search.hasFocus()
    qtbot.keyClicks(window.measures.search, "helmi-koulutus")
    assert window.measures.refs() == ["2/3.1"]
    window.measures.search.clear()
    qtbot.keyClicks(window.measures.search, "anonyymi")
    assert window.measures.refs() == ["2/3.2"]
    assert window.measures.delegate.words == ["anonyymi"]
    assert "background" in window.measures.delegate._marked("Anonyymiä rekrytointia")
    tree = window.measures.tree
    assert tree.itemDelegate() is window.measures.delegate  # it marks while searching
    assert not tree.grab().isNull()  # the marked rows paint
    window.measures.search.clear()  # and Qt's own paints the rows again
    assert tree.itemDelegate() is window.measures.plain
    assert window.measures.delegate.words == []


def test_shared_measures_name_the_partners(window):
    window.measures.select("2/3.3")
    assert window.editor.partners.text().startswith("Reported together with")
    assert "Kasvatuksen ja koulutuksen toimiala" in window.editor.partners.text()
    window.measures.select("2/3.2")
    assert window.editor.partners.text() == ""


def test_last_round_is_shown_and_can_be_copied(qtbot, window):
    window.measures.select("2/3.2")
    editor = window.editor
    assert "5/2022–5/2023" in editor.previous_box.title()
    shown = editor.previous_text.text()
    assert "<b>Your unit&#x27;s entry</b> · Status: Not stated in the report" in shown
    assert "17661 työpaikkaa" in shown
    # The value the report gives, and that it was read from the narrative.
    assert "rekrytointiprosesseista: 2 %" in shown and "[Luettu sanallisesta kuvauksesta" \
        in shown
    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    assert editor.narrative.toPlainText().startswith("Vuoden 2022 aikana")
    assert window.session.status("2/3.2") is None  # the report stated none: nothing to copy


def test_the_reports_text_for_a_whole_measure_is_shown_as_such_and_not_copied(qtbot, window):
    """2/3.3 has several responsible units; seed 002's text names none of them."""
    window.measures.select("2/3.3")
    editor = window.editor
    shown = editor.previous_text.text()
    assert shown.startswith("<b>The report said, for the measure as a whole</b> · Status: "
                            "Not stated in the report")
    assert "Kaupunkiyhteinen kielikoulutusmalli" in shown
    assert "does not take it" in shown and "Your unit" not in shown
    assert not editor.copy_button.isEnabled()
    editor.copy_previous()  # even when asked directly, nothing is taken
    assert editor.narrative.toPlainText() == "" and not window.session.dirty


def test_history_lists_saved_changes(window):
    window.measures.select("2/3.1")
    window.session.edit("2/3.1", "status", "green")
    window.session.flush()
    history = window.session.history("2/3.1")
    assert [(h.field, h.old, h.new, h.author) for h in history] == [
        ("status", "", "green", "Anna Testaaja")]


def test_restart_returns_to_the_same_measure(qtbot, controller, workspace):
    controller.window.measures.select("2/3.3")
    controller.window.close()  # the place is written at close (or 2 s after the switch)
    from kotodesk.ui.app import Controller

    again = Controller(workspace)
    assert again.start("en")
    qtbot.addWidget(again.window)
    assert again.window.measures.current_ref() == "2/3.3"


def test_paging_through_measures_keeps_the_last_one_shown_without_a_write_each(
        qtbot, controller, workspace):
    """The measure last shown is written once, after the person stops paging (or at close):
    a commit per switch cost a sixth of the switch."""
    round_id, unit = controller.session.round.id, controller.session.unit_id
    key = f"last_measure:{round_id}:{unit}"
    before = settings.get(workspace.store, key)
    for ref in ("2/3.2", "2/3.3", "2/3.1", "2/3.3"):
        controller.window.measures.select(ref)
    assert settings.get(workspace.store, key) == before  # nothing written while paging
    qtbot.waitUntil(lambda: settings.get(workspace.store, key) == "2/3.3", timeout=5000)
