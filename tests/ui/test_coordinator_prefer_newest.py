"""'Settle all for the newest return' on a round with many open conflicts: one write
and one refresh, not one per unit (sixty units' conflicts took two seconds, the window
frozen), and the returns the window has parsed already are not read again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kotodesk.storage import inbox
from tests.ui.test_coordinator_many_units import round_of

UNITS = 6  # each with one open conflict


def test_prefer_newest_is_one_transaction_one_refresh_and_parses_nothing_again(
        qtbot, tmp_path):
    with round_of(qtbot, tmp_path, UNITS) as window:
        workspace = window.session.workspace
        tab = window.conflicts
        window.tabs.setCurrentWidget(tab)
        assert tab.list_model.rowCount() == UNITS
        statements: list[str] = []
        workspace.store.conn.set_trace_callback(statements.append)
        heard = []
        window.session.changed.connect(heard.append)
        qtbot.mouseClick(tab.settled.newest_button, Qt.MouseButton.LeftButton)
        workspace.store.conn.set_trace_callback(None)

        assert tab.list_model.rowCount() == 0
        assert tab.settled.model.rowCount() == UNITS
        assert f"{UNITS} conflicts settled" in tab.settled.message.text()
        assert len(inbox.choices(workspace.store, window.session.round.id)) == UNITS
        assert len(heard) == 1  # one refresh of the views
        assert heard[0].units == {unit for _ref, unit in window.session.settled()}
        begins = [s for s in statements if s.startswith("BEGIN")]
        assert len(begins) == 1, begins  # the units settled together or not at all
        # The window had every return parsed: settling reads none of them again.
        assert not [s for s in statements if "SELECT payload" in s]
