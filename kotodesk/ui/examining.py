"""The window's examinations of received files: in a child process, however few.

Why: a coordinator's commonest batch is one attachment dropped alone, and a reader's
abort that kotodesk's checks did not foresee would end the window, with whatever the
coordinator had open. documents.examiners runs the examinations in children and refuses
the file that stops one; the window asks it for at least one child whatever the batch
(`isolate`). Only where no child can start is a file examined in the window's own
process, and then an exception on one hostile file is that file's refusal, not the end
of the batch.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import closing
from pathlib import Path

from kotodesk.datafolder.logs import logger
from kotodesk.documents import verify
from kotodesk.documents.examiners import examined, refused_unread
from kotodesk.domain.messages import message


def examinations(paths: Sequence[Path], roots: Collection[str], home: Path,
                 keep_bytes: bool = False) -> Iterator[verify.Verification]:
    """verify.examine's result for each path, in order (`roots`: the trust list's
    fingerprints, taken on the UI thread; `keep_bytes`: the result carries the bytes it
    examined, which are then what is judged and recorded). Close it (contextlib.closing)
    when stopping early: that lets the children go."""
    with closing(examined(paths, roots, keep_bytes=keep_bytes, isolate=True)) as found:
        for path, result in zip(paths, found, strict=True):
            yield result or check(path, roots, home, keep_bytes)


def check(path: Path, roots: Collection[str], home: Path, keep_bytes: bool = False
          ) -> verify.Verification:
    """verify.examine in this process, where no examiner could start: a failure on one
    hostile file is that file's result (the traceback goes to the log)."""
    try:
        return verify.examine(path, roots=roots, keep_bytes=keep_bytes)
    except Exception as exc:
        logger(home).error("verifying %s failed", path, exc_info=exc)
        return refused_unread(path, message("examine-failed",
                                            detail=f"{type(exc).__name__}: {exc}"))
