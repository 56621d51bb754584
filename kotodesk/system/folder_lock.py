"""The data folder's lock file, shared with the window's QLockFile.

The window holds `kotodesk.lock` with Qt's QLockFile for as long as it is open. A command
that replaces the database (restore) must not run under an open window, and a window must
not open while it runs. The core cannot use Qt, so this module speaks QLockFile's
protocol: the file is created exclusively and holds "pid\\napp\\nhost\\n"; while held it is
flock()ed on POSIX and kept open (so it cannot be deleted) on Windows. QLockFile removes
a lock it thinks stale only after taking that same native lock, so a live holder on
either side keeps the other out.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from kotodesk.domain.errors import UsageError, WriteError

LOCK_NAME = "kotodesk.lock"


def lock_path(home: Path) -> Path:
    return home / LOCK_NAME


def held(home: Path) -> bool:
    """True while a live process (a window, a restore) holds the data folder."""
    path = lock_path(home)
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    except PermissionError:  # Windows: the holder keeps the file open without sharing
        return True
    try:
        return not _try_native_lock(fd)
    finally:
        os.close(fd)  # closing drops our own flock


@contextlib.contextmanager
def hold(home: Path, doing: str) -> Iterator[None]:
    """Hold the data folder for `doing`; UsageError when a window has it open, WriteError
    naming the lock file when the disk will not take it (full, read-only)."""
    path = lock_path(home)
    busy = UsageError(f"kotodesk is open with the data folder {home}; close it before you "
                      f"{doing}, or use the window's File menu")
    try:
        home.mkdir(parents=True, exist_ok=True)
        for _ in range(2):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
                break
            except FileExistsError:
                if held(home):
                    raise busy from None
                with contextlib.suppress(FileNotFoundError):  # stale: its holder is gone
                    path.unlink()
        else:
            raise busy
    except OSError as exc:
        raise WriteError.from_os_error(path, exc) from None
    try:
        if not _try_native_lock(fd):
            raise busy
        import socket

        try:
            os.write(fd, f"{os.getpid()}\nkotodesk\n{socket.gethostname()}\n".encode())
        except OSError as exc:
            raise WriteError.from_os_error(path, exc) from None
        yield
    finally:
        if os.name == "nt":  # Windows cannot delete a file that is open
            os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()  # on POSIX while still locked, as QLockFile does
        if os.name != "nt":
            os.close(fd)


def _try_native_lock(fd: int) -> bool:
    if os.name == "nt":
        return True  # an open handle is the lock there; opening it at all proves it free
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
