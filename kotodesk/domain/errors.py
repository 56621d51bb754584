"""Specific exceptions, so that callers (command line, UI) can tell bad input from bugs."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from kotodesk.domain.messages import message


class KotodeskError(Exception):
    """Base of every error kotodesk reports to a user as a message, not a traceback."""


class InputError(KotodeskError):
    """A file or value given by the user is not acceptable; says where and why.

    The message always names the file and, when known, the sheet and row, because the
    user has to find the place in a file someone else wrote.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        sheet: str | None = None,
        row: int | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.sheet = sheet
        self.row = row
        self.problem = message
        super().__init__(self.describe())

    def describe(self) -> str:
        """The place and the problem, as a message the window can translate."""
        from kotodesk.domain.messages import joined

        where = []
        if self.path is not None:
            where.append(str(self.path))
        if self.sheet is not None:
            where.append(message("in-sheet", sheet=repr(self.sheet)))
        if self.row is not None:
            where.append(message("in-row", row=self.row))
        if not where:
            return self.problem
        return message("at-place", where=joined(where, ", "), problem=self.problem)


def read_reason(exc: OSError) -> str:
    """Why a file could not be read, as a message when it is one a person acts on (no such
    file, no permission, a failing disk); the system's own words otherwise."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    name = "EACCES" if name == "EPERM" else name
    if name in ("ENOENT", "EACCES", "EIO"):
        return message(f"read-{name}")
    return exc.strerror or str(exc)


class UsageError(KotodeskError):
    """A command was asked for something that does not exist or does not fit."""


class DatabaseBusyError(KotodeskError):
    """Another process holds the database's write lock for longer than we wait."""


class DatabaseError(KotodeskError):
    """The database file cannot be used (not a kotodesk database, newer schema, damaged)."""


class DamagedDatabaseError(DatabaseError):
    """The data folder's database file is damaged: not a database at all, or a page of it
    unreadable (SQLite's NOTADB or CORRUPT). Not a fault kotodesk can mend in place; the
    backups it keeps are the way back, and restoring one sets the damaged file aside
    (datafolder.backup.restore)."""

    def __init__(self, path: str | Path, detail: str) -> None:
        self.path, self.detail = Path(path), detail
        super().__init__(message("database-damaged", path=str(self.path), detail=detail))


# SQLite's primary result codes for a file that is damaged, not merely busy or unwritable.
_DAMAGE_CODES = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB


def is_damage(exc: BaseException) -> bool:
    """Whether an sqlite3 error says the database file itself is damaged."""
    return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in _DAMAGE_CODES


class WriteError(KotodeskError):
    """A file could not be written where the person asked (disk full, read-only folder,
    no permission): a message naming the file and the reason, never an internal error."""

    # The reasons people can act on, as messages the window says in its language.
    REASONS: ClassVar[dict[str, str]] = {
        name: message(f"write-{'EACCES' if name == 'EPERM' else name}")
        for name in ("ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "EFBIG", "ENOENT",
                     "ENOTDIR", "EISDIR", "ENAMETOOLONG", "EEXIST", "ELOOP")}

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(message("write-failed", path=str(self.path), reason=reason))

    @classmethod
    def from_os_error(cls, path: str | Path, exc: OSError) -> WriteError:
        import errno

        name = errno.errorcode.get(exc.errno or 0, "")
        return cls(path, cls.REASONS.get(name) or exc.strerror or str(exc))


def unwritable(path: str | Path, problem: str, *, folder: bool) -> str:
    """The folder or the database cannot be written, with what helps for that problem:
    freeing space does nothing for a path too long or a folder without permission."""
    reasons = WriteError.REASONS
    advice = "advice-space" if problem in (reasons["ENOSPC"], reasons["EDQUOT"]) else \
        "advice-shorter-path" if problem == reasons["ENAMETOOLONG"] else "advice-writable"
    return message("folder-not-writable" if folder else "database-not-writable",
                   path=str(path), problem=problem, advice=message(advice))
