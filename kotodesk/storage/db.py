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
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kotodesk.domain.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DatabaseError,
    is_damage,
)
from kotodesk.domain.messages import message

if TYPE_CHECKING:
    import sqlite_utils

DATABASE_NAME = "kotodesk.sqlite3"
BUSY_TIMEOUT_MS = 5_000
SQLITE_PATH_MAX = 512  # bytes of a file's path that SQLite opens on POSIX (MAX_PATHNAME)


def _into_wal(conn: sqlite3.Connection, timeout_ms: int) -> str:
    """PRAGMA journal_mode = WAL, waiting as a busy timeout would. Switching a new file to
    WAL needs it alone for a moment, and while another connection opens the same new file
    (two kotodesks started at once on a new data folder, under load) SQLite may say
    "database is locked" at once, without its busy handler: ask again until the timeout."""
    import time

    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        try:
            return conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            said = str(exc)
            if ("locked" not in said and "busy" not in said) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class Store:
    """A connection to one kotodesk database, handed to every storage function."""

    def __init__(self, path: Path | str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
                 read_only: str = "") -> None:
        """`read_only`: why the database cannot be written (folder_problem's words): it is
        opened for reading only (open_read_only), and every write says that."""
        self.path = Path(path) if path != ":memory:" else None
        self._busy_timeout_ms = busy_timeout_ms  # said when another writer outlasts it
        self.read_only = read_only
        target = str(path)
        if self.path is not None and not read_only:
            _keep_private(self.path)
        try:
            # isolation_level=None: no implicit transactions; write() says where they are.
            self.conn = _connect(self.path, read_only) if read_only else sqlite3.connect(
                target, timeout=busy_timeout_ms / 1000, check_same_thread=False,
                isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            if self.path is not None and not read_only:
                mode = _into_wal(self.conn, busy_timeout_ms)
                if mode.lower() != "wal":
                    raise DatabaseError(message("database-no-wal", path=target, mode=mode))
            self.conn.execute("PRAGMA synchronous = FULL")
            self.conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            if self.path is not None and folder_problem(self.path, exc):
                raise DataFolderError(self.path, folder_problem(self.path, exc)) from None
            if is_damage(exc):
                raise DamagedDatabaseError(target, str(exc)) from None
            raise DatabaseError(message("database-unusable", path=target, detail=str(exc))
                                ) from None
        self._db: sqlite_utils.Database | None = None
        self._depth = 0
        self._file = _identity(self.path) if self.path is not None else None

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

    def data_version(self) -> int:
        """A number that changes when another connection (the command line, another
        process) commits to the database; this connection's own writes leave it."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

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
        if self.read_only:
            raise DataFolderError(self.path, self.read_only)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseBusyError(message(
                    "database-busy", path=str(self.path),
                    seconds=f"{self._busy_timeout_ms / 1000:g}")) from None
            raise
        self._depth = 1
        try:
            yield self.conn
            self._still_there()
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            problem = folder_problem(self.path, exc) if self.path is not None and \
                isinstance(exc, sqlite3.OperationalError) else ""
            if problem:  # the disk filled up or went read-only under us: nothing was saved
                raise DataFolderError(self.path, problem) from None
            raise
        finally:
            self._depth = 0

    def _still_there(self) -> None:
        """The file this connection writes is still the one under its name: removed,
        renamed (with its folder) or replaced by another program, SQLite would go on
        writing to the file it opened, which nothing opens again, and the change be lost.
        """
        if self._file is None:
            return
        now = _identity(self.path)
        if now != self._file:
            raise DataFolderError(self.path, message("database-file-gone"), gone=True)

    def upsert(self, table: str, rows: Iterable[dict[str, Any]], pk: str) -> None:
        """Insert the rows, or update the given columns of those whose `pk` is there, as
        sqlite-utils' upsert_all does, in plain SQL: a first start writes the register and
        the programmes without loading sqlite-utils (issue 16). Every row has the same
        columns. The table's and columns' names go into the SQL as they are, so they must
        be plain names (the callers' own, never a file's): anything else is refused."""
        rows = list(rows)
        if not rows:
            return
        columns = list(rows[0])
        odd = [n for n in (table, pk, *columns) if not _PLAIN_NAME.fullmatch(str(n))]
        if odd:
            raise ValueError(f"not a plain SQL name: {odd[0]!r}")
        update = ", ".join(f"{c} = excluded.{c}" for c in columns if c != pk)
        self.conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            f" ON CONFLICT ({pk}) DO " + (f"UPDATE SET {update}" if update else "NOTHING"),
            [tuple(r[c] for c in columns) for r in rows])

    def pragmas(self) -> dict[str, Any]:
        names = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        return {n: self.conn.execute(f"PRAGMA {n}").fetchone()[0] for n in names}


def _connect(path: Path, problem: str) -> sqlite3.Connection:
    """The database opened for reading only. A database in a folder kotodesk may not
    write (a read-only disk or share) cannot make the shared-memory file SQLite reads a
    log with: with no log to read (kotodesk leaves none when it closes), the file is read
    as one that nothing changes; with one, as SQLite can, or not at all."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False,
                           isolation_level=None)
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # opened only now
        return conn
    except sqlite3.OperationalError:
        conn.close()
        log = path.with_name(path.name + "-wal")
        if log.exists() and log.stat().st_size:
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False,
                           isolation_level=None)


# -- a data folder the disk will not let us write --------------------------------------


_PLAIN_NAME = re.compile(r"[a-z_][a-z0-9_]*")


class DataFolderError(DatabaseError):
    """The data folder cannot be written: full, read-only, no permission. Not a fault of
    the database, which is untouched; the person has to free space or choose a folder."""

    def __init__(self, path: Path, problem: str, *, folder: bool = False,
                 gone: bool = False) -> None:
        if gone:
            super().__init__(message("database-gone", path=str(path), problem=problem))
        else:
            from kotodesk.domain.errors import unwritable

            super().__init__(unwritable(path, problem, folder=folder))
        self.path, self.problem = path, problem


def os_reason(exc: OSError) -> str:
    from kotodesk.domain.errors import WriteError

    return WriteError.from_os_error(Path(), exc).reason


def folder_problem(path: Path, exc: BaseException) -> str:
    """Why SQLite could not write `path`, when the reason is the disk or the folder and not
    the file's content; "" otherwise (a damaged or foreign file)."""
    import errno
    import os

    from kotodesk.domain.errors import WriteError

    text = str(exc).lower()
    folder = path.parent
    if "unable to open" in text and os.name == "posix" and \
            len(os.fsencode(path)) + len("-journal") > SQLITE_PATH_MAX:
        return WriteError.REASONS["ENAMETOOLONG"]  # a folder the system has, SQLite not
    if "unable to open" in text and path.is_dir():  # a folder of the database's name
        return WriteError.REASONS["EISDIR"]
    if "unable to open" in text and path.is_symlink() and not path.exists():
        # A link left pointing at a disk not connected, or at a folder moved away.
        return message("database-link-nowhere", target=os.readlink(path))
    if "disk is full" in text or ("disk i/o" in text and _nearly_full(folder)):
        return WriteError.REASONS["ENOSPC"]  # SQLite may call a full disk an I/O error
    writable = os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
    try:
        read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        read_only = False
    if read_only:
        return WriteError.REASONS[errno.errorcode[errno.EROFS]]
    if "readonly" in text or "unable to open" in text or "disk i/o" in text or \
            "read-only" in text:
        if not writable:
            return WriteError.REASONS["EACCES"]
        if "disk i/o" in text:
            return message("write-disk-error")
        if "readonly" in text or "read-only" in text:
            return message("write-read-only-file")
    return ""


def _nearly_full(folder: Path) -> bool:
    """Less than a megabyte free (what a few pages of SQLite need, with room to spare)."""
    import os

    try:
        found = os.statvfs(folder)
    except (OSError, AttributeError):
        import shutil

        try:
            return shutil.disk_usage(folder).free < 1 << 20
        except OSError:
            return False
    return found.f_bavail * found.f_frsize < 1 << 20


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file `path` names (device, inode); None when there is none."""
    import os

    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _keep_private(path: Path) -> None:
    """The database holds people's unsent work: readable by its owner only (0600) on a
    POSIX system. A new file is made so before SQLite opens it (its -wal and -shm files
    take the same mode); an existing one that others could read is tightened."""
    import os
    import stat

    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        return
    except FileExistsError:
        pass
    except OSError:
        return  # a folder we cannot write: SQLite says so, and folder_problem explains
    with contextlib.suppress(OSError):
        mode = path.stat().st_mode
        if stat.S_IMODE(mode) & 0o077 and path.stat().st_uid == os.getuid():
            os.chmod(path, stat.S_IMODE(mode) & 0o700)
