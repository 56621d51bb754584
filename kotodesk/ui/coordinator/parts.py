"""Pieces the coordinator's tabs share: tables that behave alike, layouts refilled, forms
that keep what was typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLayout, QTableView, QWidget

from kotodesk.ops import Changes


def row_table(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    """One whole row selected at a time, no row numbers, long names shortened in the
    middle (where units' names differ)."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.verticalHeader().setVisible(False)
    view.setTabKeyNavigation(False)  # arrows move in the table, Tab leaves it
    return view


def clear_layout(layout: QLayout) -> None:
    """Remove and destroy the layout's widgets now (deleteLater would leave them visible,
    and reachable by their shortcuts, until the event loop runs)."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.setParent(None)


@contextmanager
def focus_kept(fallback: QWidget) -> Iterator[None]:
    """Around what a button does: when the button had the keyboard and the action
    disabled, hid or removed it (a conflict's "Use return 1" once chosen, "Accept this
    file" once it counts), the keyboard goes to `fallback`, the list it acted on, where
    the next row is selected; Qt gave it to the next control or the window's first (the
    round picker), and a coordinator working by keyboard had to find the list again."""
    before = QApplication.focusWidget()
    yield
    if before is None or before is fallback:
        return
    if not shiboken6.isValid(before) or not (before.isEnabled() and before.isVisible()):
        fallback.setFocus(Qt.FocusReason.OtherFocusReason)


class WhenShown:
    """A tab's refresh for what changed: at once while the tab is shown, else kept (all
    it heard, as one Changes) until it is. The end of a batch of 240 units' returns
    refreshed all six tabs though one is seen, the round's merged statuses and its
    completeness worked out and drawn for nobody: half the window's pause. A window
    not shown (the tests' models, read straight) refreshes every tab at once."""

    def __init__(self, tab: QWidget, apply: Callable[[Changes], None]) -> None:
        self._tab, self._apply = tab, apply
        self._pending: Changes | None = None

    def heard(self, changes: Changes) -> None:
        if self._tab.isVisible() or not self._tab.window().isVisible():
            self._apply(changes)
        else:
            self._pending = changes if self._pending is None else self._pending | changes

    def shown(self) -> None:
        """The tab is shown: what it heard meanwhile, once."""
        pending, self._pending = self._pending, None
        if pending is not None:
            self._apply(pending)

    def forget(self) -> None:
        """The tab shows everything anew (another round): nothing is pending."""
        self._pending = None


class FormDrafts:
    """What the coordinator has typed or chosen in a tab's form for one row and not sent
    yet, kept per row. The tabs refresh under the form whenever anything changes (a batch,
    the command line's write seen by the two-second check, another window's save), and
    each refresh showed the stored value again: a comment or note half written was lost.

    `read` gives the form's value, `write` puts one in, `scope` what the rows belong to
    (the round shown: another round's rows are other rows, and its drafts are dropped); the
    tab calls `show` when a row is shown (its stored value), `edited` when the form
    changes, `sent` once it is saved."""

    def __init__(self, read: Callable[[], Any], write: Callable[[Any], None],
                 scope: Callable[[], Any]) -> None:
        self._read, self._write, self._scope = read, write, scope
        self._drafts: dict[str, Any] = {}
        self._drafts_scope = scope()
        self._shown: tuple[str, Any] | None = None  # the row shown, with its stored value

    def show(self, key: str, stored: Any) -> None:
        scope = self._scope()
        if scope != self._drafts_scope:
            self._drafts, self._drafts_scope = {}, scope
        wanted = self._drafts.get(key, stored)
        self._shown = None  # putting the value in is not editing
        if self._read() != wanted:  # left as it is, a line keeps its cursor
            self._write(wanted)
        self._shown = (key, stored)
        self.edited()  # a draft equal to the stored value is none

    def edited(self, *_args: object) -> None:
        if self._shown is None:
            return
        key, stored = self._shown
        value = self._read()
        if value != stored:
            self._drafts[key] = value
        else:
            self._drafts.pop(key, None)

    def sent(self, key: str) -> None:
        self._drafts.pop(key, None)

    def pause(self) -> None:
        """The form is being rebuilt (not edited) until the next `show`."""
        self._shown = None
