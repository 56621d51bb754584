"""Atomic file writes: a reader (or a crash) sees the old file or the complete new one.

The new content goes to a temporary file beside the target, is flushed to disk, and
replaces the target with one rename; a failure removes the temporary file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_write(target: Path) -> Iterator[BinaryIO]:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                     dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        _fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


def write_bytes(target: Path, data: bytes) -> None:
    with atomic_write(target) as handle:
        handle.write(data)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
