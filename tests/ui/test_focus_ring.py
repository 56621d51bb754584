"""The focus ring: a plain frame over the field that has the keyboard, drawn by one widget
over the window (ui/focus_ring.py) rather than a window-wide style sheet."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton

from kotodesk.ui.focus_ring import COLOUR, WIDTH


def _seen(window, field) -> QRect:
    """Where the visible part of `field` is, in the window's coordinates."""
    return field.visibleRegion().boundingRect().translated(field.mapTo(window, QPoint(0, 0)))


def _around(window, field) -> QRect:
    """Where the ring around the visible part of `field` is."""
    return _seen(window, field).adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH)


def _over_the_field(window, field) -> bool:
    """Does any part of the ring lie over the field itself? (Then Qt paints the field
    again with the ring: the whole tree for one selected row.)"""
    ring = window.focus_ring
    return not ring.mask().translated(ring.pos()).intersected(_seen(window, field)).isEmpty()


def _ring_pixels(window) -> int:
    """How many pixels on the ring's edge, in a grab of the whole window, are its colour."""
    ring = window.focus_ring.geometry()
    image = window.grab().toImage()
    ratio = image.devicePixelRatio()
    colour = QColor(COLOUR).rgb()
    edge = [QPoint(x, ring.top()) for x in range(ring.left() + 4, ring.right() - 4)]
    return sum(image.pixel(int(p.x() * ratio), int(p.y() * ratio)) == colour for p in edge)


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_the_ring_is_over_the_focused_field_and_drawn_in_its_colour(qtbot, window):
    assert window.styleSheet() == ""  # no style sheet over every widget (issue 16)
    window.measures.select("2/3.2")
    tree = window.measures.tree
    _focus(qtbot, tree)
    assert window.focus_ring.field() is tree
    assert window.focus_ring.geometry() == _around(window, tree)
    assert not _over_the_field(window, tree)
    assert _ring_pixels(window) > 20

    narrative = window.editor.narrative
    _focus(qtbot, narrative)
    window.editor_scroll.ensureWidgetVisible(narrative)
    qtbot.waitUntil(lambda: window.focus_ring.geometry() == _around(window, narrative))
    assert window.focus_ring.field() is narrative
    assert not _over_the_field(window, narrative)
    assert _ring_pixels(window) > 20


def test_the_ring_follows_its_field_when_the_editor_scrolls(qtbot, window):
    window.resize(1000, 520)  # short enough that the editor scrolls
    window.measures.select("2/3.2")
    narrative = window.editor.narrative
    _focus(qtbot, narrative)
    bar = window.editor_scroll.verticalScrollBar()
    assert bar.maximum() > 0
    for value in (0, bar.maximum() // 2, bar.maximum()):
        bar.setValue(value)
        if _seen(window, narrative).isEmpty():
            assert window.focus_ring.field() is None  # scrolled out of sight: no ring
        else:
            assert window.focus_ring.geometry() == _around(window, narrative)


def test_no_ring_on_status_buttons(qtbot, window):
    window.measures.select("2/3.2")
    _focus(qtbot, window.editor.status.findChildren(QToolButton)[0])  # draws its own
    assert window.focus_ring.field() is None


def test_a_field_rebuilt_away_under_the_ring_leaves_no_error(qtbot, window):
    window.measures.select("2/3.2")
    field = window.editor.indicators.findChildren(QLineEdit)[0]
    _focus(qtbot, field)
    assert window.focus_ring.field() is field
    window.measures.select("2/3.4")  # the indicator rows are refilled for another measure
    _focus(qtbot, window.measures.tree)
    assert window.focus_ring.field() is window.measures.tree
