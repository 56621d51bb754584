"""The local database: one SQLite file per data folder, safe against crashes and a second
process.

- WAL with `synchronous=FULL`: a committed write survives a power cut (NORMAL may drop the
  last commits), and readers never block the writer.
- Every write runs in `BEGIN IMMEDIATE`: the write lock is taken up front, so two
  processes queue on the busy timeout instead of failing with SQLITE_BUSY when a reader
  upgrades to a writer; a writer that waits longer is told clearly.
- Reads go through the plain sqlite3 connection; sqlite-utils (migrations, bulk inserts)
  is loaded on first write, which keeps it off the window's start-up path.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kotodesk.errors import DatabaseBusyError, DatabaseError

if TYPE_CHECKING:
    import sqlite_utils

DATABASE_NAME = "kotodesk.sqlite3"
BUSY_TIMEOUT_MS = 5_000


class Store:
    """A connection to one kotodesk database, handed to every storage function."""

    def __init__(self, path: Path | str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = Path(path) if path != ":memory:" else None
        target = str(path)
        try:
            # isolation_level=None: no implicit transactions; write() says where they are.
            self.conn = sqlite3.connect(target, timeout=busy_timeout_ms / 1000,
                                        check_same_thread=False, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            if self.path is not None:
                mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal":
                    raise DatabaseError(f"{target}: cannot use write-ahead logging ({mode})")
            self.conn.execute("PRAGMA synchronous = FULL")
            self.conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"{target}: not a usable kotodesk database ({exc})") from None
        self._db: sqlite_utils.Database | None = None
        self._depth = 0

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False,
                                             recursive_triggers=False)
        return self._db

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()
                  ) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def table_exists(self, name: str) -> bool:
        row = self.query_one("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,))
        return row is not None

    # -- writing -----------------------------------------------------------------------

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction holding the write lock; nested calls join it as savepoints."""
        if self._depth:
            self._depth += 1
            name = f"kd_{self._depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseBusyError(
                    f"{self.path}: another kotodesk is writing to this database; "
                    f"waited {BUSY_TIMEOUT_MS // 1000} s. Try again when it has finished."
                ) from None
            raise
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def pragmas(self) -> dict[str, Any]:
        names = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        return {n: self.conn.execute(f"PRAGMA {n}").fetchone()[0] for n in names}


def open_store(home: Path, *, migrate: bool = True) -> Store:
    """The data folder's database, created and upgraded to the current schema; an
    existing database is first copied to backups/ (kotodesk/backup.py)."""
    from kotodesk.storage import migrations

    home.mkdir(parents=True, exist_ok=True)
    store = Store(home / DATABASE_NAME)
    if migrate:
        try:
            pending = migrations.pending(store)
            if pending and migrations.applied(store):  # an existing database to upgrade
                from kotodesk.backup import before_migration

                before_migration(store, home, pending)
            migrations.upgrade(store)
        except BaseException:
            store.close()
            raise
    return store
