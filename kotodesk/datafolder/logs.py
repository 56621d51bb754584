"""The rotating log file in the data folder, where tracebacks go instead of the screen."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

LOG_NAME = "kotodesk.log"
_configured: set[Path] = set()


def logger(home: Path) -> logging.Logger:
    log = logging.getLogger("kotodesk")
    path = (home / LOG_NAME).resolve()
    if path not in _configured:
        with contextlib.suppress(OSError):  # the handler says nothing of a log it cannot write
            home.mkdir(parents=True, exist_ok=True)
        try:
            handler = _handler(path)
        except OSError:  # a read-only disk: no log now; the next error tries again
            return log
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        _configured.add(path)
    log.disabled = False  # a library's logging.config may switch off loggers made before
    return log


def _handler(path: Path) -> logging.Handler:
    """The rotating file. A log that cannot be written (a full or read-only disk) is
    left out without a word: the error it would record is being said to the person
    anyway, and Python's own report of the failed write is a traceback on their screen."""
    from logging.handlers import RotatingFileHandler  # not on the start-up path

    class Handler(RotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:
            pass

    return Handler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")


def log_exception(ctx, exc: BaseException) -> Path:
    from kotodesk.system.home import resolve_home

    return log_failure(resolve_home(getattr(ctx.args, "home", None)), exc)


def log_failure(home: Path, exc: BaseException, where: str = "unhandled error") -> Path:
    """Write the traceback to the data folder's log; returns the log file's path."""
    logger(home).error(where, exc_info=exc)
    return home / LOG_NAME


def failure_report(exc: BaseException, log_path: Path, extra: dict[str, str] | None = None
                   ) -> str:
    """The text a user copies to support: what ran where, and the traceback."""
    import platform
    import traceback
    from datetime import datetime

    from kotodesk import __version__
    from kotodesk.datafolder.about import build_label

    lines = [f"kotodesk {__version__} (build: {build_label()})",
             f"Time: {datetime.now().astimezone().isoformat(timespec='seconds')}",
             f"Platform: {platform.platform()}",
             f"Python: {platform.python_version()}",
             *(f"{key}: {value}" for key, value in (extra or {}).items()),
             f"Log file: {log_path}", ""]
    lines += traceback.format_exception(type(exc), exc, exc.__traceback__)
    return "\n".join(line.rstrip("\n") for line in lines)
