"""The application's one signal for what a write changed (Anki's `operation_did_execute`).

Every write the window makes is an operation of kotodesk/ops that returns `Changes`; the
widget that made it announces them here once, with itself as the initiator, and each
view that cares looks at the kinds and places it shows. The unit's window and the
coordinator's window of one data folder hear each other this way: a return the
coordinator accepts updates the unit's entries in place, and an entry the unit saves
updates the coordinator's completeness.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kotodesk.datafolder.workspace import Workspace
from kotodesk.ops import Changes


class Operations(QObject):
    executed = Signal(object, object)  # (Changes, initiator): a write changed this

    def announce(self, changes: Changes, initiator: object | None = None) -> Changes:
        """Tell every view what a write changed (nothing when it changed nothing)."""
        if changes:
            self.executed.emit(changes, initiator)
        return changes


def operations(workspace: Workspace) -> Operations:
    """The data folder's one Operations (each open data folder has its own, so two
    folders open in one process never hear each other)."""
    hub = workspace.__dict__.get("_operations")
    if hub is None:
        hub = workspace.__dict__["_operations"] = Operations()
    return hub
