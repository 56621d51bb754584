"""Making the prepared new-folder database (prepared.py) from the repository's sources:

    python -m kotodesk.datafolder.prepared_build [FOLDER]   (default: resources/prepared)

`python3 dev.py` runs it before every command when the stamp does not match the sources,
and the bundle build before PyInstaller. It makes the database the slow way, by the code
a first start runs without it (Workspace.open), so the two cannot differ, and records in
the stamp which columns hold the times of its making, for a copy to set to its own.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from kotodesk.datafolder.prepared import CODE_ROOT, FORMATS, default_folder
from kotodesk.datafolder.prepared_stamp import (
    STAMP_NAME,
    fresh_template,
    inputs_hash,
    template_name,
)
from kotodesk.datafolder.workspace import Workspace
from kotodesk.storage.db import DATABASE_NAME
from kotodesk.system import resources
from kotodesk.system.atomic import write_bytes


def build(folder: Path) -> Path:
    """Make the prepared database in `folder` the slow way, with its stamp; returns it.
    Best in a process of its own (this module's main): the stamp lists every kotodesk
    module loaded, and only those that made the database need be there."""
    with tempfile.TemporaryDirectory() as scratch:
        started = datetime.now(UTC)
        store = Workspace.open(Path(scratch), prepared=False).store
        try:
            ended = datetime.now(UTC)
            made = {kind: [fmt(started), fmt(ended)] for kind, fmt in FORMATS.items()}
            times = _times_in(store.conn, made)
            store.conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            store.close()
        data = (Path(scratch) / DATABASE_NAME).read_bytes()
    code = sorted(set(_loaded_sources()))
    digest = inputs_hash(CODE_ROOT, code, resources.root())
    stamp = {"inputs": digest, "code": code, "size": len(data), "made": made,
             "times": times}
    folder.mkdir(parents=True, exist_ok=True)
    (folder / STAMP_NAME).unlink(missing_ok=True)  # no stamp while the two disagree
    template = folder / template_name(digest)
    write_bytes(template, data)
    for old in folder.glob(template_name("*")):
        if old != template:
            old.unlink(missing_ok=True)
    write_bytes(folder / STAMP_NAME, json.dumps(stamp, indent=1).encode())
    return template


def _times_in(conn: sqlite3.Connection, made: dict[str, list[str]]) -> list[list[str]]:
    """Every column holding a time from while the database was being made."""
    found = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    for table in tables:
        for column in [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]:
            for kind, (low, high) in made.items():
                if conn.execute(f'SELECT 1 FROM "{table}" WHERE typeof("{column}") = '
                                f"'text' AND \"{column}\" BETWEEN ? AND ? LIMIT 1",
                                (low, high)).fetchone():
                    found.append([table, column, kind])
    return found


def _loaded_sources() -> list[str]:
    """The source files of the kotodesk modules loaded so far, relative to CODE_ROOT."""
    sources = [Path(__file__).resolve().relative_to(CODE_ROOT).as_posix()]  # run as __main__
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if (name == "kotodesk" or name.startswith("kotodesk.")) and path:
            sources.append(Path(path).resolve().relative_to(CODE_ROOT).as_posix())
    return sources


def main(argv: list[str]) -> int:
    """Prepare the database in FOLDER (default resources/prepared) unless the one there
    is fresh."""
    folder = Path(argv[0]) if argv else default_folder()
    if fresh_template(folder, CODE_ROOT, resources.root()) is None:
        print(f"kotodesk: preparing the new data folder's database in {folder}", flush=True)
        build(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
