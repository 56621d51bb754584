"""Text pasted into the window from Word, e-mail or a PDF viewer: the field shows it cleaned
at once (a vertical tab or form feed is a line break, other controls are gone), and what
is saved is what is shown."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QLineEdit

from kotodesk.domain.text import entered

PASTED = "Word\x0btaulukosta\x0csivunvaihto\x01\x07 ja\x9f ohjaus\ufffdmerkit\u2028pois"


def test_pasted_controls_are_cleaned_in_the_field_itself(qtbot, window):
    window.measures.select("2/3.1")
    box = window.editor.narrative
    box.setPlainText("Alku: ")
    box.moveCursor(box.textCursor().MoveOperation.End)
    data = QMimeData()
    data.setText(PASTED)
    box.insertFromMimeData(data)
    shown = box.toPlainText()
    assert shown == "Alku: Word\ntaulukosta\nsivunvaihto ja ohjausmerkit\npois"
    assert shown == "Alku: " + entered(PASTED)
    assert box.textCursor().position() == len(shown)  # the cursor stays after the paste
    window.session.flush()
    assert window.session.entries["2/3.1"].narrative == shown

    window.measures.select("2/3.2")  # its indicator is a percentage, typed
    [indicator] = window.session.catalogue.measure("2/3.2").indicators
    field = window.editor.indicators.widget(indicator.name)
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.insert("1\x0b2\x01")  # pasted with stray control characters
    field.textEdited.emit(field.text())
    assert field.text() == "1 2"  # one line: the break is a space, the control is gone


def test_a_field_focused_from_the_missing_list_is_scrolled_into_view(qtbot, window):
    """Under Xvfb a person clicked "no description" in the missing list and typed into a
    narrative below the editor's visible part: the box now comes into view first."""
    window.resize(1280, 600)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.measures.select("2/3.4")
    box = window.editor.narrative
    viewport = window.editor_scroll.viewport()
    window.editor_scroll.verticalScrollBar().setValue(0)
    window.editor.focus_field("narrative")
    qtbot.waitUntil(box.hasFocus)
    top = box.mapTo(viewport, box.rect().topLeft())
    assert 0 <= top.y() < viewport.height() - 20, (top.y(), viewport.height())
