"""What a killed restore left in the data folder, removed whenever the folder is opened.

Apart from backup.py, so that opening a data folder (every start of the window) does not
load the backup and restore code (issue 16).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

RESTORE_STAGING = ".restore-"  # + the restoring process's id: the backup's copy, checked


def remove_stale_restores(home: Path) -> list[Path]:
    """The staging folders of restores whose process was killed (a restore removes its
    own when it ends). Called whenever a data folder is opened; a restore still running in
    another process is left alone."""
    removed = []
    with contextlib.suppress(OSError):
        for path in home.glob(f"{RESTORE_STAGING}*"):
            # Loaded only when there is a staging folder to judge: not at every start.
            from kotodesk.system.atomic import writer_gone

            pid = path.name[len(RESTORE_STAGING):].split("-", 1)[0]
            if path.is_dir() and writer_gone(pid, path):
                import shutil

                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
    return removed
