"""A workspace notices what another process wrote to its database (the command line
while the window is open), and not its own writes."""

from __future__ import annotations

from kotodesk.datafolder.workspace import Workspace
from kotodesk.storage import settings


def test_a_write_through_another_connection_is_noticed_once(tmp_path):
    window = Workspace.open(tmp_path)
    command_line = Workspace.open(tmp_path)
    try:
        assert not window.written_elsewhere()  # the first look only takes note
        settings.put(window.store, user_name="Kirsi")  # its own write
        assert not window.written_elsewhere()
        settings.put(command_line.store, user_name="Kaisa")
        assert window.written_elsewhere()
        assert not window.written_elsewhere()  # told once
    finally:
        command_line.close()
        window.close()
