"""Undo and redo in the middle of a long narrative, as a contact person meets them: the
city's own report text pasted in, a word typed far from its end, Ctrl+Z. The paste and
the word are steps of their own, and the cursor and the view stay where the person
was working, not at the end of the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kotodesk.storage import entries
from tests.summary_layouts import narratives, seed_payload, text_of

CTRL = Qt.KeyboardModifier.ControlModifier


def test_undo_of_a_word_typed_mid_text_keeps_the_paste_and_the_place(qtbot, window, tmp_path):
    window.resize(1280, 720)
    window.measures.select("2/3.1")
    box = window.editor.narrative
    report = text_of(narratives(seed_payload(tmp_path / "seed")), 5, 12_000)
    assert "\n" in report and "ä" in report
    QApplication.clipboard().setText(report)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_V, CTRL)
    assert box.toPlainText() == report

    at = report.index(" ", 5_000) + 1  # the start of a word in the middle
    cursor = box.textCursor()
    cursor.setPosition(at)
    box.setTextCursor(cursor)
    box.ensureCursorVisible()
    qtbot.keyClicks(box, "uusi ")  # typed at once after the paste, no pause
    typed = report[:at] + "uusi " + report[at:]
    assert box.toPlainText() == typed
    scrolled = box.verticalScrollBar().value()
    assert scrolled > 0

    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)  # the word, not the paste with it
    assert box.toPlainText() == report
    assert box.textCursor().position() == at
    assert abs(box.verticalScrollBar().value() - scrolled) <= 2  # the view stays
    qtbot.keyClick(box, Qt.Key.Key_Y, CTRL)
    assert box.toPlainText() == typed
    assert box.textCursor().position() == at + len("uusi ")
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)  # then the paste
    assert box.toPlainText() == ""
    qtbot.keyClick(box, Qt.Key.Key_Y, CTRL)
    window.session.flush()
    round_id = window.session.round.id
    saved = entries.load_entry(window.session.workspace.store, round_id, "2/3.1",
                               window.session.unit_id)
    assert saved.narrative == report


def test_the_cursor_after_an_undo_counts_an_emoji_as_qt_does(qtbot, window):
    """Qt counts an emoji as two positions; Python as one."""
    window.measures.select("2/3.1")
    box = window.editor.narrative
    box.setFocus()
    start = "Kiitos 👍🏽 kaikille 🇫🇮 ja "
    QApplication.clipboard().setText(start + "loppu.")
    qtbot.keyClick(box, Qt.Key.Key_V, CTRL)
    cursor = box.textCursor()
    cursor.setPosition(len(start.encode("utf-16-le")) // 2)
    box.setTextCursor(cursor)
    qtbot.keyClicks(box, "hyva ")  # QTest types ASCII only
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert box.toPlainText() == start + "loppu."
    cursor = box.textCursor()
    cursor.movePosition(cursor.MoveOperation.StartOfBlock, cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == start
