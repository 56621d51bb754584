"""Figures no report gives, typed or pasted into a count field of the real window: the
field says what it wants and nothing is saved. "1e9999" raised from the window's slot
(Python will not write out so many digits), and "1e9999999" froze the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from kotodesk.storage import entries, settings

UNIT = "kasko"
REF = "3/1.5"
COUNT = "Vieraskielisten määrä toimialan henkilöstössä lähenee vastaa"


def test_a_count_beyond_any_report_is_refused_as_typed_and_as_pasted(qtbot, workspace):
    from kotodesk.ui.app import Controller

    settings.put(workspace.store, unit=UNIT, user_name="Anna Testaaja", language="en")
    controller = Controller(workspace)
    assert controller.start("en")
    window = controller.window
    qtbot.addWidget(window)
    window.measures.select(REF)
    [name] = [i.name for i in controller.session.catalogue.measure(REF).indicators
              if i.name.startswith(COUNT)]
    field = window.editor.indicators.widget(name)
    error = window.editor.indicators._inputs[name][2]
    assert isinstance(field, QLineEdit)

    field.setFocus()
    qtbot.keyClicks(field, "1e99999")
    assert not error.isHidden() and error.text() == "Give a whole number, e.g. 13 or 1 000"
    field.clear()
    QApplication.clipboard().setText("9" * 5000)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "9" * 5000 and not error.isHidden()
    controller.session.flush()
    entry = entries.load_entry(workspace.store, controller.session.round.id, REF, UNIT)
    assert entry is None or not entry.values.get(name)

    field.clear()
    qtbot.keyClicks(field, "1e3")  # a figure written so is still taken
    assert error.isHidden()
    controller.session.flush()
    entry = entries.load_entry(workspace.store, controller.session.round.id, REF, UNIT)
    assert entry.values[name] == "1000"

    field.clear()
    qtbot.keyClicks(field, "1,000")  # a thousand, or one: not saved as 1
    assert not error.isHidden() and "1 000" in error.text()
    controller.session.flush()
    entry = entries.load_entry(workspace.store, controller.session.round.id, REF, UNIT)
    assert not entry.values.get(name)
    field.clear()
    qtbot.keyClicks(field, "1 000")
    assert error.isHidden()
    controller.session.flush()
    entry = entries.load_entry(workspace.store, controller.session.round.id, REF, UNIT)
    assert entry.values[name] == "1000"
