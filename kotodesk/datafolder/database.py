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
from kotodesk.domain.messages import message
from kotodesk.storage import migrations
from kotodesk.storage.db import DATABASE_NAME, DataFolderError, Store, folder_problem, os_reason


def corrections() -> dict[str, Callable[[Store], None]]:
    """The migrations that correct data with feature code, by name."""
    from kotodesk.catalogue.embedded_upgrade import correct_embedded

    return {migrations.EMBEDDED_REPORTS: correct_embedded}


def _new(home: Path) -> bool:
    """No database yet, nor a log of one."""
    return not any((home / (DATABASE_NAME + suffix)).exists() for suffix in ("", "-wal"))


def open_store(home: Path, *, migrate: bool = True, prepared: Path | bool = False,
               fill: Callable[[Store], object] | None = None) -> Store:
    """The data folder's database, created and upgraded to the current schema; an
    existing database is first copied to backups/ (backup.py). What a killed restore left
    behind is removed first.

    `prepared` (Workspace.open's, which fills the defaults next): a new database is a
    copy of the prepared one (prepared.py), defaults and all, when there is one fit to use
    (True: in resources/prepared; a Path: in that folder). False, or none fit: the schema
    alone, made with the migrations, and filled by `fill` (Workspace.open's defaults):
    when `fill` is given, the new database is made whole in a temporary file and linked
    into place (_made_whole), so a first start that fails (a full disk) or is killed
    leaves no database behind for the next start to meet."""
    try:
        home.mkdir(parents=True, exist_ok=True)  # a file of that name: EEXIST, said so
    except FileExistsError as exc:
        try:  # a link that loops (ELOOP) or leads nowhere (ENOENT) is not a file
            home.stat()
            reason = os_reason(exc)
        except OSError as link:
            reason = os_reason(link)
        raise DataFolderError(home, reason, folder=True) from None
    except OSError as exc:
        raise DataFolderError(home, os_reason(exc), folder=True) from None
    remove_stale_restores(home)
    if migrate and _new(home):
        placed = False
        if prepared is not False:
            from kotodesk.datafolder.prepared import place

            placed = place(home, None if prepared is True else prepared)
        if not placed and fill is not None:
            _made_whole(home, fill)
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


NEW_DATABASE = ".new-"  # + the making process's id: a new folder's database, being made


def _made_whole(home: Path, fill: Callable[[Store], object]) -> None:
    """A new data folder's database made in a temporary file beside its name: the schema,
    then `fill`, written through (no -wal left), and only then linked in under its name.
    One that another kotodesk made meanwhile is kept; a failure (the disk filled up on
    the way) leaves nothing and is DataFolderError naming the database and the problem.
    What a killed start left goes with the next one. The temporary name is shorter than
    the database's: a folder whose path SQLite can open is never refused for it."""
    import os

    from kotodesk.system.atomic import writer_gone

    target = home / DATABASE_NAME
    for old in home.glob(f"{NEW_DATABASE}*"):
        pid = old.name[len(NEW_DATABASE):].split("-", 1)[0]
        if pid == str(os.getpid()) or writer_gone(pid, old):
            with contextlib.suppress(OSError):
                old.unlink()
    temp = home / f"{NEW_DATABASE}{os.getpid()}"
    try:
        try:
            with Store(temp) as store:
                migrations.upgrade(store, corrections=corrections())
                fill(store)
                store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            log = temp.with_name(temp.name + "-wal")
            if log.exists() and log.stat().st_size:  # written through, or not at all
                raise DataFolderError(target, message("write-disk-error"))
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
            try:
                os.link(temp, target)  # never over one made meanwhile
            except FileExistsError:
                raise
            except OSError:  # no hard links (FAT on Windows, where rename does not replace)
                if os.name != "nt":
                    raise
                os.rename(temp, target)
        finally:
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    temp.with_name(temp.name + suffix).unlink()
    except FileExistsError:  # another kotodesk, started at the same moment, made it
        return
    except DataFolderError as exc:
        raise DataFolderError(target, exc.problem) from None
    except (sqlite3.OperationalError, OSError) as exc:
        problem = folder_problem(target, exc) if isinstance(exc, sqlite3.Error) \
            else os_reason(exc)
        if problem:
            raise DataFolderError(target, problem) from None
        raise
