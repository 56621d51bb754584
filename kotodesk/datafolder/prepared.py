"""A new data folder's database, copied from one prepared at build time (issue 16).

Creating the schema and importing the register and the embedded programmes made a first
start on a new data folder about 50 ms slower than a start on an existing one. The same
database is made once, from the repository's own sources, by `python3 dev.py` (every
command, as the translations are compiled) and by the bundle build (prepared_build.py).
Its stamp (prepared_stamp.py) says which inputs made it; a missing or stale one is never
used, and a new folder is then made as before.

What a new folder gets is the prepared database with every time that recorded when it was
made (a programme's creation, an import, a round, a report's entries, each migration)
set to the copy's own time: a folder's creation time is its own, not the build's. The
copy is written beside the database under a temporary name and linked into place only
when complete, never over a database that another process made meanwhile, so a killed
start leaves no half-made database.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from kotodesk.datafolder.prepared_stamp import fresh_template
from kotodesk.storage.db import DATABASE_NAME
from kotodesk.system import resources

# The folder that holds the `kotodesk` package: a checkout, site-packages, a bundle.
CODE_ROOT = Path(__file__).resolve().parent.parent.parent

# The two ways kotodesk writes a time: clock.now() ("…T…+00:00", milliseconds) and
# str(datetime) (sqlite-utils' record of applied migrations).
FORMATS = {
    "clock": lambda at: at.isoformat(timespec="milliseconds"),
    "str": str,
}


def default_folder() -> Path:
    return resources.root() / "prepared"


def place(home: Path, folder: Path | None = None) -> bool:
    """Make `home`'s database a copy of the prepared one; False, with nothing written,
    when there is no prepared database fit to use or the copy cannot be made (the caller
    then creates the database as before)."""
    from kotodesk.domain.errors import WriteError
    from kotodesk.system.atomic import atomic_write

    found = fresh_template(folder or default_folder(), CODE_ROOT, resources.root())
    if found is None:
        return False
    template, stamp = found
    try:
        data = restamped(template.read_bytes(), stamp, datetime.now(UTC))
        with atomic_write(home / DATABASE_NAME, private=True, exclusive=True) as handle:
            handle.write(data)
    except (OSError, WriteError, sqlite3.Error, KeyError, TypeError, ValueError):
        return False
    return True


def restamped(data: bytes, stamp: dict, at: datetime) -> bytes:
    """The prepared database's bytes with the build's times replaced by `at`."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.deserialize(data)
        conn.execute("BEGIN")
        for table, column, kind in stamp["times"]:
            low, high = stamp["made"][kind]
            conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" BETWEEN ? '
                         "AND ?", (FORMATS[kind](at), low, high))
        conn.execute("COMMIT")
        image = bytearray(conn.serialize())
    finally:
        conn.close()
    # Bytes 18 and 19 of the header are 2 in a database in write-ahead-log mode, all that
    # `PRAGMA journal_mode = WAL` changes in the file; written so here (an image in memory
    # cannot be in WAL mode), the store's switch to WAL needs no write, no fsync.
    image[18:20] = b"\x02\x02"
    return bytes(image)
