"""A damaged database file: what a start cannot see, remembered for the next.

A start reads only the few pages it needs, so a database damaged elsewhere opens and
fails later, in the window or a command. Where that happens, the data folder is marked;
the next opening (database.open_store) checks every page and, if the damage is real, says
DamagedDatabaseError, which the window answers with the backups (backup.restore sets the
damaged file aside and removes the mark). Every page on every start would cost ~100 ms
for a 100 MB database.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from kotodesk.domain.errors import DamagedDatabaseError, is_damage
from kotodesk.storage.db import Store

DAMAGE_MARK = "kotodesk.damaged"


def mark_damaged(home: Path, detail: str) -> None:
    """Remember for the next opening that SQLite found the database damaged."""
    with contextlib.suppress(OSError):
        (home / DAMAGE_MARK).write_text(detail + "\n", encoding="utf-8")


def noted_damage(home: Path, exc: BaseException | None) -> bool:
    """Whether an error says SQLite found the database damaged (the error itself or what
    led to it); if it does, the folder is marked for the next opening."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, DamagedDatabaseError) or is_damage(exc):
            mark_damaged(home, str(exc))
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def check_pages(store: Store) -> str:
    """SQLite's quick check of every page of the database: "" when sound, else what it
    found (a damaged page may also stop the check itself: that is its finding too)."""
    try:
        result = store.query_one("PRAGMA quick_check")[0]
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return str(exc)
        raise
    return "" if result == "ok" else result
