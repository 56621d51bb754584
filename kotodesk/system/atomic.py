"""Atomic file writes: a reader (or a crash) sees the old file or the complete new one.

The new content goes to a temporary file beside the target, is flushed to disk, and
replaces the target with one rename; a failure removes the temporary file. A process that
is killed cannot remove its own; the next write of the same target removes those whose
writer is gone (their names carry the writer's process id).

A write that the disk refuses (full, read-only, no permission) is a `WriteError` naming the
file and the reason, for the person to act on; nothing of the new file is left behind.
The file gets the permissions the user's umask gives (a coordinator puts returns and
reports on a shared drive), unless `private` (a key file, a copy of the database).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kotodesk.domain.errors import WriteError


@contextlib.contextmanager
def atomic_path(target: Path, *, private: bool = False, exclusive: bool = False
                ) -> Iterator[Path]:
    """A temporary path beside `target` for a writer that needs a file name (SQLite);
    when the block ends without error, the file is flushed to disk and renamed over
    `target`; otherwise it is removed. An OSError on the way is a WriteError.

    `exclusive`: `target` must not exist, and one that another process made meanwhile is
    never replaced (the file is linked in, not renamed over it): a WriteError then."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_orphans(target)
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.",
                                         suffix=".part", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise WriteError.from_os_error(target, exc) from None
    temp = Path(temp_name)
    try:
        yield temp
        os.chmod(temp, 0o600 if private else 0o666 & ~umask())
        _fsync_file(temp)
        if exclusive:
            _link_new(temp, target)
        else:
            os.replace(temp, target)
        _fsync_dir(target.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise WriteError.from_os_error(target, exc) from None
        raise


@contextlib.contextmanager
def together(targets: list[Path]) -> Iterator[list[Path]]:
    """A temporary path beside each target to write to. When the block ends without
    error, every temporary file replaces its target; when it fails, or a replacement
    fails, the temporary files are removed and the targets are as they were (one that
    was replaced already is put back): a merge's outputs, a return's .xlsx and .pdf, all
    or none. An error names the target, not a temporary name: an OSError of this
    function's own, and a WriteError of a writer that wrote one of the temporary files.

    A process killed on the way leaves every target whole: the one it held, or the new
    one (a previous content is kept aside under a second name, a hard link, not moved
    away), and its temporary files are removed by the next write of the same targets."""
    temps = []
    try:
        for target in targets:
            with contextlib.suppress(OSError):
                remove_orphans(target)
            if target.is_dir():
                raise IsADirectoryError(errno.EISDIR, "is a folder", str(target))
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                fd, name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.",
                                            suffix=".part", dir=target.parent)
            except OSError as exc:
                raise OSError(exc.errno, exc.strerror, str(target)) from exc
            os.close(fd)
            temps.append(Path(name))
        try:
            yield temps
        except WriteError as exc:  # it names the temporary file it was writing
            named = dict(zip(temps, targets, strict=True)).get(exc.path)
            if named is None:
                raise
            raise WriteError(named, exc.reason) from None
        kept: list[tuple[Path, Path | None]] = []  # (target, its previous content aside)
        try:
            for temp, target in zip(temps, targets, strict=True):
                aside = None
                if target.exists():
                    aside = Path(f"{temp}.old.part")
                    _keep_aside(target, aside)
                kept.append((target, aside))
                try:
                    os.replace(temp, target)
                except OSError as exc:
                    raise OSError(exc.errno, exc.strerror, str(target)) from exc
        except BaseException:
            for target, aside in reversed(kept):
                with contextlib.suppress(OSError):
                    if aside is not None:
                        os.replace(aside, target)
                    else:
                        target.unlink()
            raise
        for _target, aside in kept:
            if aside is not None:
                with contextlib.suppress(OSError):
                    aside.unlink()
    finally:
        for temp in temps:
            with contextlib.suppress(OSError):
                temp.unlink()


@contextlib.contextmanager
def atomic_write(target: Path, *, private: bool = False, exclusive: bool = False
                 ) -> Iterator[BinaryIO]:
    with atomic_path(target, private=private, exclusive=exclusive) as temp, \
            open(temp, "wb") as handle:
        yield handle


def write_bytes(target: Path, data: bytes, *, private: bool = False) -> None:
    with atomic_write(target, private=private) as handle:
        handle.write(data)


def umask() -> int:
    """The process's umask (asked of the kernel where it can say, so that no other thread
    sees a changed umask; else set and restored at once)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


ORPHAN_AGE = 3600  # seconds; where a writer's liveness cannot be asked (Windows)


def _keep_aside(target: Path, aside: Path) -> None:
    """A second name for what `target` holds, for together() to put back: a hard link,
    so that the target stays in place; where the file system has none, it is moved."""
    try:
        os.link(target, aside)
    except OSError:
        os.replace(target, aside)


# A temporary file, and the rollback journal SQLite keeps beside one it writes (a backup).
TEMP_ENDINGS = (".part", ".part-journal")


def remove_orphans(target: Path) -> None:
    """Temporary files of earlier writes of `target` whose writer was killed, and those
    of a write into one of them (together()'s, written with atomic_path: ".." names)."""
    prefix = f".{target.name}."
    with os.scandir(target.parent) as entries:  # not glob: a new data folder's start
        names = [e.name for e in entries if e.name.startswith((prefix, "." + prefix))
                 and e.name.endswith(TEMP_ENDINGS)]
    for name in names:
        temp = target.parent / name
        rest = name[len(prefix) + (not name.startswith(prefix)):]
        if writer_gone(rest.split(".", 1)[0], temp):
            with contextlib.suppress(OSError):
                temp.unlink()


def writer_gone(pid: str, path: Path) -> bool:
    """Whether the process `pid` that made `path` has ended (on Windows, where it cannot
    be asked: whether the file is older than ORPHAN_AGE). Never this process."""
    import time

    if pid == str(os.getpid()):
        return False
    try:
        if os.name == "posix" and pid.isdigit():
            return not _alive(int(pid))
        return time.time() - path.stat().st_mtime > ORPHAN_AGE
    except (ValueError, OSError):
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _link_new(temp: Path, target: Path) -> None:
    """`temp` becomes `target`, which must not exist (FileExistsError otherwise): a hard
    link, or where the file system has none (FAT) a rename, which on Windows does not
    replace either."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        if os.name != "nt":
            raise
        os.rename(temp, target)
        return
    temp.unlink()


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
