"""Pieces the coordinator's tabs share: tables that behave alike, layouts refilled."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLayout, QTableView


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
