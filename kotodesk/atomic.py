"""Atomic file writes: a reader (or a crash) sees the old file or the complete new one.

The new content goes to a temporary file beside the target, is flushed to disk, and
replaces the target with one rename; a failure removes the temporary file. A process that
is killed cannot remove its own; the next write of the same target removes those whose
writer is gone (their names carry the writer's process id).
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` for a writer that needs a file name (SQLite);
    when the block ends without error, the file is flushed to disk and renamed over
    `target`; otherwise it is removed."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_orphans(target)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part",
                                     dir=target.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        _fsync_file(temp)
        os.replace(temp, target)
        _fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


@contextlib.contextmanager
def atomic_write(target: Path) -> Iterator[BinaryIO]:
    with atomic_path(target) as temp, open(temp, "wb") as handle:
        yield handle


def write_bytes(target: Path, data: bytes) -> None:
    with atomic_write(target) as handle:
        handle.write(data)


ORPHAN_AGE = 3600  # seconds; where a writer's liveness cannot be asked (Windows)


def _remove_orphans(target: Path) -> None:
    """Temporary files of earlier writes of `target` whose writer was killed."""
    import time

    for temp in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
        pid = temp.name[len(target.name) + 2:].split(".", 1)[0]
        if pid == str(os.getpid()):
            continue
        try:
            gone = not _alive(int(pid)) if os.name == "posix" else \
                time.time() - temp.stat().st_mtime > ORPHAN_AGE
        except (ValueError, OSError):
            continue
        if gone:
            with contextlib.suppress(OSError):
                temp.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
