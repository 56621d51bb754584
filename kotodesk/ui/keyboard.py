"""The main window from the keyboard: the tab order follows the screen, the window's
shortcuts work wherever the focus is, and F8 walks through what is still missing.

Text fields take some keys for themselves before the window's shortcuts see them (Ctrl+Z
for their own undo, Ctrl+E for "end of line" on Linux): the window's keys are kept for the
window, so Ctrl+E exports and Ctrl+Z undoes on the Edit menu's stack from any field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QWidget

from kotodesk.domain.entries import VALUE_PREFIX
from kotodesk.reporting.validation import Problem

_WATCHED = "kotodeskWindowKeys"  # a widget's property: the filter is on it already


def set_tab_order(widgets: Sequence[QWidget]) -> None:
    """Chain the widgets in this order, the last back to the first."""
    chain = [w for w in widgets if w is not None]
    for first, second in zip(chain, chain[1:] + chain[:1], strict=True):
        QWidget.setTabOrder(first, second)


class WindowKeys(QObject):
    """Keeps a window's shortcuts (its actions' and its QShortcuts') from being taken by
    the text field or combo box that has the focus."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._keys: set[str] | None = None

    def refresh(self) -> None:
        """Read the window's shortcuts again (after its actions changed), when the next
        key is pressed: finding them all takes a few ms that the first paint need not wait
        for."""
        self._keys = None

    def keys(self) -> set[str]:
        found: set[str] = set()
        # Enabled or not (Undo is disabled until there is something to undo): a key of
        # the window is never the field's.
        for action in self.window.findChildren(QAction):
            found.update(k.toString() for k in action.shortcuts())
        for shortcut in self.window.findChildren(QShortcut):
            if shortcut.context() == Qt.ShortcutContext.WindowShortcut:
                found.add(shortcut.key().toString())
        found.discard("")
        return found

    def watch(self, widgets: Iterable[QWidget]) -> None:
        """Keep the window's keys in these widgets (and a combo box's own line edit)."""
        for widget in widgets:
            targets = [widget]
            if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
                targets.append(widget.lineEdit())
            for target in targets:
                if not target.property(_WATCHED):
                    target.installEventFilter(self)
                    target.setProperty(_WATCHED, True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            if self._keys is None:
                self._keys = self.keys()
            pressed = QKeySequence(event.keyCombination()).toString()
            if pressed in self._keys:
                return True  # not the field's: the shortcut map gives it to the window
        return False


def field_rank(field: str, indicators: Sequence[str]) -> int:
    """Where a field sits in the editor, top to bottom."""
    if field == "status":
        return 0
    if field.startswith(VALUE_PREFIX):
        name = field[len(VALUE_PREFIX):]
        return 1 + (indicators.index(name) if name in indicators else len(indicators))
    return {"narrative": 1000, "reasons": 1001}.get(field, 2000)


def next_problem(problems: Sequence[Problem], refs: Sequence[str],
                 indicators: dict[str, list[str]], here: tuple[str | None, str | None]
                 ) -> Problem | None:
    """The missing item after `here` (measure, field), in screen order: the rest of this
    measure's first, then the next measures', then round again from the top.

    `refs` is the order of the tree; `indicators` each measure's indicator names."""
    if not problems:
        return None
    order = {ref: i for i, ref in enumerate(refs)}

    def key(ref: str, field: str | None) -> tuple[int, int]:
        rank = -1 if field is None else field_rank(field, indicators.get(ref, []))
        return order.get(ref, len(order)), rank

    ordered = sorted(problems, key=lambda p: key(p.ref, p.field))
    ref, field = here
    if ref is None:
        return ordered[0]
    position = key(ref, field)
    return next((p for p in ordered if key(p.ref, p.field) > position), ordered[0])
