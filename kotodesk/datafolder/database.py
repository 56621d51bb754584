"""The data folder's database opened for work: created, copied to backups/ before an
upgrade, and upgraded to the current schema, with the corrections of data that need
today's feature code (which storage may not import) handed to the migrations here."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

from kotodesk.datafolder.damage import DAMAGE_MARK, check_pages
from kotodesk.datafolder.staging import remove_stale_restores
from kotodesk.domain.errors import DamagedDatabaseError
from kotodesk.storage import migrations
from kotodesk.storage.db import DATABASE_NAME, DataFolderError, Store, folder_problem, os_reason


def corrections() -> dict[str, Callable[[Store], None]]:
    """The migrations that correct data with feature code, by name."""
    from kotodesk.catalogue.embedded_upgrade import correct_embedded

    return {migrations.EMBEDDED_REPORTS: correct_embedded}


def _new(home: Path) -> bool:
    """No database yet, nor a log of one."""
    return not any((home / (DATABASE_NAME + suffix)).exists() for suffix in ("", "-wal"))


def open_store(home: Path, *, migrate: bool = True, prepared: Path | bool = False) -> Store:
    """The data folder's database, created and upgraded to the current schema; an
    existing database is first copied to backups/ (backup.py). What a killed restore left
    behind is removed first.

    `prepared` (Workspace.open's, which fills the defaults next): a new database is a
    copy of the prepared one (prepared.py), defaults and all, when there is one fit to use
    (True: in resources/prepared; a Path: in that folder). False, or none fit: the schema
    alone, made with the migrations."""
    try:
        home.mkdir(parents=True, exist_ok=True)  # a file of that name: EEXIST, said so
    except OSError as exc:
        raise DataFolderError(home, os_reason(exc), folder=True) from None
    remove_stale_restores(home)
    if migrate and prepared is not False and _new(home):
        from kotodesk.datafolder.prepared import place

        place(home, None if prepared is True else prepared)
    store = Store(home / DATABASE_NAME)
    if (home / DAMAGE_MARK).exists():  # found damaged while working: is it?
        problem = check_pages(store)
        if problem:
            store.close()
            raise DamagedDatabaseError(store.path, problem)
        with contextlib.suppress(OSError):
            (home / DAMAGE_MARK).unlink()
    if migrate:
        try:
            pending = migrations.pending(store)
            if pending and migrations.applied(store):  # an existing database to upgrade
                from kotodesk.datafolder.backup import before_migration

                before_migration(store, home, pending)
            if pending:  # the corrections' feature code stays off an up-to-date start
                migrations.upgrade(store, corrections=corrections())
        except sqlite3.OperationalError as exc:
            store.close()
            problem = folder_problem(store.path, exc)
            if problem:
                raise DataFolderError(store.path, problem) from None
            raise
        except BaseException:
            store.close()
            raise
    return store
