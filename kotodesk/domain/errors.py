"""Specific exceptions, so that callers (command line, UI) can tell bad input from bugs."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar


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
        where = []
        if self.path is not None:
            where.append(str(self.path))
        if self.sheet is not None:
            where.append(f"sheet {self.sheet!r}")
        if self.row is not None:
            where.append(f"row {self.row}")
        return f"{', '.join(where)}: {self.problem}" if where else self.problem


class UsageError(KotodeskError):
    """A command was asked for something that does not exist or does not fit."""


class DatabaseBusyError(KotodeskError):
    """Another process holds the database's write lock for longer than we wait."""


class DatabaseError(KotodeskError):
    """The database file cannot be used (not a kotodesk database, newer schema, damaged)."""


class WriteError(KotodeskError):
    """A file could not be written where the person asked (disk full, read-only folder,
    no permission): a message naming the file and the reason, never an internal error."""

    REASONS: ClassVar[dict[str, str]] = {
        "ENOSPC": "the disk is full",
        "EDQUOT": "the disk quota is used up",
        "EROFS": "the folder is on a read-only disk",
        "EACCES": "no permission to write there",
        "EPERM": "no permission to write there",
        "EFBIG": "the file is larger than this disk or account allows",
        "ENOENT": "the folder does not exist",
        "ENOTDIR": "a part of the path is not a folder",
        "EISDIR": "it is a folder",
        "ENAMETOOLONG": "the name is too long",
    }

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: could not write the file ({reason}); nothing was "
                         "written there")

    @classmethod
    def from_os_error(cls, path: str | Path, exc: OSError) -> WriteError:
        import errno

        name = errno.errorcode.get(exc.errno or 0, "")
        return cls(path, cls.REASONS.get(name) or exc.strerror or str(exc))
