"""A round by keyboard alone, in Finnish: first run, three measures filled, search, F8
through every missing item, undo, export with a new key. Only key events reach the
window (pytest-qt keyClick to whatever has the focus); the test reads the window's
state to check, and never calls a widget to change it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
)

from kotodesk.documents import verify
from kotodesk.storage import entries, settings, trust

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
UNIT = "kanslia-henkilosto"
PERCENT = "Anonyymisti toteutettujen rekrytointiprosessien osuus kaikista rekrytointiprosesseista"
NARRATIVES = {
    "2/3.1": "Esihenkilöille järjestettiin kolme koulutusta syrjimättömästä rekrytoinnista "
             "ja monimuotoisuuden johtamisesta; mukana oli 214 esihenkilöä kaikilta "
             "toimialoilta. Aineisto on intranetissä: https://intra.hel.fi/rekry",
    "2/3.2": "Anonyymi rekrytointi otettiin käyttöön kanslian avoimissa tehtävissä. Määrä "
             "jäi pieneksi, koska järjestelmän päivitys viivästyi syksyyn.",
    "2/3.4": "Kielitaitovaatimukset käydään läpi, kun tehtävä avataan haettavaksi.",
}
REASONS = {
    "2/3.2": "Rekrytointijärjestelmän toimittaja siirsi päivityksen joulukuulle 2023.",
}


def focus():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifier)


def type_text(qtbot, text: str) -> None:
    """Key by key into whatever has the focus; letters such as ä and ö as the keyboard
    sends them (QTest's own keyClicks knows only ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(focus(), char)
            continue
        for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
            QTest.sendKeyEvent(action, focus(), Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def tab_to(qtbot, wanted, limit: int = 30) -> int:
    """Press Tab until `wanted(focus())`; how many presses it took."""
    for presses in range(limit):
        if wanted(focus()):
            return presses
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; focus is on {describe(focus())}")


def describe(widget) -> str:
    if widget is None:
        return "nothing"
    name = widget.accessibleName() or (widget.text() if hasattr(widget, "text") else "")
    return f"{type(widget).__name__} {name[:40]!r}"


def when_modal(act) -> list:
    """Run `act(dialog)` inside the next modal dialog's event loop; failures are kept to
    be raised by the test, not lost in Qt's event loop."""
    errors: list = []

    def poll():
        dialog = QApplication.activeModalWidget()
        focused = QApplication.focusWidget()
        if dialog is None or focused is None or not dialog.isAncestorOf(focused):
            QTimer.singleShot(20, poll)  # not shown, or the keyboard is not in it yet
            return
        try:
            act(dialog)
        except BaseException as exc:  # reported by check()
            errors.append(exc)
            dialog.reject()

    QTimer.singleShot(0, poll)
    return errors


def check(errors: list) -> None:
    if errors:
        raise errors[0]


def saved(session, ref: str):
    return entries.load_entry(session.workspace.store, session.round.id, ref, UNIT)


def first_run(qtbot, workspace):
    """The welcome dialog, by keyboard: Finnish, contact person, the unit, name, e-mail."""
    from kotodesk.ui.app import Controller

    def fill(dialog) -> None:
        assert isinstance(focus(), QComboBox)  # the language, first
        press(qtbot, Qt.Key.Key_Home)  # Suomi
        press(qtbot, Qt.Key.Key_Tab)  # the role: contact person of a unit (the default)
        press(qtbot, Qt.Key.Key_Tab)
        assert focus().accessibleName() == "Yksikkösi"  # the dialog speaks Finnish at once
        type_text(qtbot, "Kaupunginkanslian henkilöstöosasto")
        press(qtbot, Qt.Key.Key_Tab)
        while not (isinstance(focus(), QLineEdit) and focus().accessibleName() == "Nimesi"):
            press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Anna Testaaja")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "anna.testaaja@hel.fi")
        press(qtbot, Qt.Key.Key_Return)

    errors = when_modal(fill)
    controller = Controller(workspace)
    started = controller.start(None)
    check(errors)
    assert started
    window = controller.window
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return controller, window


def test_a_round_by_keyboard_alone_in_finnish(qtbot, workspace, tmp_path: Path):
    controller, window = first_run(qtbot, workspace)
    assert settings.get(workspace.store, "unit") == UNIT
    assert controller.translations.language == "fi"
    assert window.menuBar().actions()[0].text() == "&Tiedosto"
    session = window.session
    tree = window.measures.tree
    assert focus() is tree  # work starts in the list of measures, not in the search
    assert window.measures.current_ref() == "2/3.1"

    # -- the tab order follows the screen: tree, the measure's title, status, indicators,
    # what has been done, (reasons,) last round, History, still missing, then the top
    editor = window.editor
    chain = []
    for _ in range(20):
        press(qtbot, Qt.Key.Key_Tab)
        if focus() is tree:
            break
        chain.append(focus())
    [yes_no_31] = editor.indicators.inputs()
    assert chain == [editor.info.title, editor.status.buttons()[0], yes_no_31,
                     editor.narrative, editor.copy_button, editor.history_button,
                     window.validation.view, window.programmes, window.measures.search,
                     window.measures.show_all], [describe(w) for w in chain]
    assert [type(w) for w in chain] == [QLabel, QToolButton, QComboBox, QPlainTextEdit,
                                        QPushButton, QPushButton, QListView, QComboBox,
                                        QLineEdit, QCheckBox]
    backwards = []
    for _ in chain:
        press(qtbot, Qt.Key.Key_Backtab)
        backwards.append(focus())
    assert backwards == chain[::-1]
    press(qtbot, Qt.Key.Key_Backtab)
    assert focus() is tree

    # -- 2/3.1: green, yes, what has been done -----------------------------------------
    assert tab_to(qtbot, lambda w: w is editor.info.title) == 1
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_1)  # the status's own key
    assert session.status("2/3.1") == "green"
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is yes_no_31
    press(qtbot, Qt.Key.Key_K)  # Kyllä
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is editor.narrative
    type_text(qtbot, NARRATIVES["2/3.1"])
    press(qtbot, Qt.Key.Key_Down, ALT)  # the next measure, from the text field
    assert window.measures.current_ref() == "2/3.2"
    entry = saved(session, "2/3.1")  # moving on saved it
    assert (entry.status, entry.narrative) == ("green", NARRATIVES["2/3.1"])
    assert list(entry.values.values()) == ["yes"]

    # -- 2/3.2: yellow with the arrows, a percent, narrative, reasons ------------------
    assert tab_to(qtbot, lambda w: w is editor.info.title) <= 12
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is editor.status.buttons()[0]
    press(qtbot, Qt.Key.Key_Down)
    assert focus() is editor.status.buttons()[1]
    press(qtbot, Qt.Key.Key_Space)
    assert session.status("2/3.2") == "yellow"
    press(qtbot, Qt.Key.Key_Tab)
    percent = editor.indicators.widget(PERCENT)
    assert focus() is percent
    type_text(qtbot, "12,5 %")
    press(qtbot, Qt.Key.Key_Tab)
    assert percent.text() == "12,5"  # beside the field's own "%": not "12,5 % %"
    assert focus() is editor.narrative
    type_text(qtbot, NARRATIVES["2/3.2"])
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is editor.reasons  # offered for yellow
    type_text(qtbot, REASONS["2/3.2"])
    press(qtbot, Qt.Key.Key_S, CTRL)  # save now, from the reasons
    entry = saved(session, "2/3.2")
    assert (entry.status, entry.values[PERCENT], entry.reasons) == (
        "yellow", "12.5", REASONS["2/3.2"])

    # -- search: nothing found is said; Enter goes to the first hit --------------------
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focus() is window.measures.search
    type_text(qtbot, "xyzzyä")
    assert window.measures.refs() == []
    assert not window.measures.no_hits.isHidden()
    assert "xyzzyä" in window.measures.no_hits.text()
    press(qtbot, Qt.Key.Key_Return)
    assert focus() is window.measures.search  # nowhere to go
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "kielitaitovaatim")
    assert window.measures.no_hits.isHidden()
    press(qtbot, Qt.Key.Key_Return)
    assert focus() is tree
    assert window.measures.current_ref() == "2/3.4"

    # -- 2/3.4: red from the tree, no, a percent, narrative; reasons left for F8 -------
    press(qtbot, Qt.Key.Key_3)
    assert session.status("2/3.4") == "red"
    tab_to(qtbot, lambda w: w is editor.info.title)
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is editor.status.buttons()[2]  # the chosen level is the stop
    press(qtbot, Qt.Key.Key_Tab)
    yes_no, share = editor.indicators.inputs()
    assert focus() is yes_no
    press(qtbot, Qt.Key.Key_E)  # Ei
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is share
    type_text(qtbot, "9,7")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, NARRATIVES["2/3.4"])

    # -- F8: the rest of this measure first, then the next measures, then round again --
    visited = []
    for _ in range(6):
        press(qtbot, Qt.Key.Key_F8)
        visited.append((window.measures.current_ref(), editor.field_of(focus())))
        if visited[-1] == ("2/3.4", "reasons"):
            type_text(qtbot, "Tehtävänkuvaukset uudistetaan vasta vuonna 2024 lopussa.")
    names = [i.name for i in session.catalogue.measure("2/3.3").indicators]
    assert visited == [("2/3.4", "reasons"),
                       ("2/3.3", "status"), ("2/3.3", "value:" + names[0]),
                       ("2/3.3", "value:" + names[1]), ("2/3.3", "narrative"),
                       ("2/3.3", "status")]
    assert {(p.ref, p.field) for p in session.problems()} == set(visited[1:])
    assert window.measures.search.text() == ""  # the search gave way to go there

    # -- undo a word at a time, from the field, on the Edit menu's stack ---------------
    press(qtbot, Qt.Key.Key_F8)  # 2/3.3's yes/no, a combo box
    press(qtbot, Qt.Key.Key_F8)
    press(qtbot, Qt.Key.Key_F8)  # its narrative
    assert editor.field_of(focus()) == "narrative"
    type_text(qtbot, "Kurssit alkoivat syksyllä")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert editor.narrative.toPlainText() == "Kurssit alkoivat "
    assert window.undo_action.isEnabled()
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert editor.narrative.toPlainText() == "Kurssit alkoivat syksyllä"

    # -- export with a new key, by keyboard ----------------------------------------------
    out = tmp_path / "palautus"
    export = {}

    def sign(dialog) -> None:
        export["dialog"] = dialog
        assert dialog.windowTitle() == "Vie allekirjoitettu palautus"
        tab_to(qtbot, lambda w: w is dialog.folder)
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, str(out))
        tab_to(qtbot, lambda w: w is dialog.passphrase)
        type_text(qtbot, "kotoutuminen-2023")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "kotoutuminen-2023")
        press(qtbot, Qt.Key.Key_Return)  # the default button: Export and sign
        qtbot.waitUntil(lambda: dialog.result is not None
                        or bool(dialog.worker is None and dialog.message.text()),
                        timeout=30000)
        assert dialog.result is not None, dialog.message.text()
        press(qtbot, Qt.Key.Key_Escape)

    errors = when_modal(sign)
    press(qtbot, Qt.Key.Key_E, CTRL)  # from the narrative
    check(errors)
    result = export["dialog"].result
    assert result.xlsx.parent == out and result.pdf.parent == out
    trusted = {s.fingerprint for s in trust.all_signers(workspace.store)}
    for path in (result.xlsx, result.pdf):
        assert verify.verify_file(path, trusted).status == verify.VALID
    [incomplete] = result.incomplete  # only 2/3.3 was left, and it is said in Finnish
    assert incomplete.startswith("2/3.3: puuttuu tila")
    assert saved(session, "2/3.4").reasons.startswith("Tehtävänkuvaukset")


# -- every shortcut from every kind of field ----------------------------------------------

KINDS = {
    "measure list": lambda w: w.measures.tree,
    "measure title": lambda w: w.editor.info.title,
    "status": lambda w: next(b for b in w.editor.status.buttons()
                             if b.focusPolicy() == Qt.FocusPolicy.StrongFocus),
    "yes/no": lambda w: w.editor.indicators.inputs()[0],
    "percent": lambda w: w.editor.indicators.inputs()[1],
    "what has been done": lambda w: w.editor.narrative,
    "reasons": lambda w: w.editor.reasons,
    "history button": lambda w: w.editor.history_button,
    "still missing": lambda w: w.validation.view,
    "programme": lambda w: w.programmes,
    "search": lambda w: w.measures.search,
    "show all": lambda w: w.measures.show_all,
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_shortcut_works_from_every_kind_of_field(qtbot, window, monkeypatch, kind):
    from kotodesk.ui import export_dialog, help_dialogs

    opened = []
    for cls in (export_dialog.ExportDialog, help_dialogs.GuideDialog,
                help_dialogs.ShortcutsDialog):
        monkeypatch.setattr(cls, "exec", lambda self: opened.append(type(self).__name__))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    session, measures = window.session, window.measures
    tree = measures.tree
    assert focus() is tree  # where the window starts
    while measures.current_ref() != "2/3.4":  # by keyboard: yes/no, percent, red
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_3)  # red: the reasons field is shown

    def go() -> None:
        """Back to 2/3.4 and Tab to the kind of field under test."""
        if focus() is None:  # the focused field was hidden (reasons, on green)
            qtbot.keyClick(window, Qt.Key.Key_Tab)
        if measures.current_ref() != "2/3.4":
            tab_to(qtbot, lambda w: w is tree)
        while measures.current_ref() != "2/3.4":
            press(qtbot, Qt.Key.Key_Down if measures.current_ref() < "2/3.4"
                  else Qt.Key.Key_Up)
        target = KINDS[kind](window)
        tab_to(qtbot, lambda w: w is target)

    def status_saved() -> str | None:
        entry = saved(session, "2/3.4")
        return entry.status if entry else None

    go()
    here = focus()
    press(qtbot, Qt.Key.Key_2, CTRL)  # Ctrl+2: yellow (reasons stay), waiting to be saved
    assert session.status("2/3.4") == "yellow" and session.dirty
    press(qtbot, Qt.Key.Key_S, CTRL)  # Ctrl+S: saved now
    assert not session.dirty and status_saved() == "yellow"
    assert focus() is here  # the keys did not move the focus
    press(qtbot, Qt.Key.Key_Z, CTRL)  # Ctrl+Z: the window's undo stack, not the field's
    assert session.status("2/3.4") == "red"
    press(qtbot, Qt.Key.Key_Y, CTRL)  # Ctrl+Y
    assert session.status("2/3.4") == "yellow"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    press(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Ctrl+Shift+Z
    assert session.status("2/3.4") == "yellow"
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert session.status("2/3.4") == "green"
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert session.status("2/3.4") == "red"
    go()
    press(qtbot, Qt.Key.Key_Up, ALT)  # Alt+Up, Alt+Down: previous and next measure
    assert measures.current_ref() == "2/3.3"
    go()
    press(qtbot, Qt.Key.Key_Down, ALT)
    assert measures.current_ref() == "2/3.4" or measures.current_ref() > "2/3.4"
    go()
    press(qtbot, Qt.Key.Key_F8)  # the next missing item: a field, focused
    assert window.editor.field_of(focus()) is not None
    go()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focus() is measures.search
    for key, modifier, dialog in ((Qt.Key.Key_E, CTRL, "ExportDialog"),
                                  (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier,
                                   "GuideDialog"),
                                  (Qt.Key.Key_F1, CTRL, "ShortcutsDialog")):
        go()
        press(qtbot, key, modifier)
        assert opened[-1:] == [dialog], (kind, dialog)
