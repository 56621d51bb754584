"""The rotating log file in the data folder, where tracebacks go instead of the screen."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "kotodesk.log"
_configured: set[Path] = set()


def logger(home: Path) -> logging.Logger:
    log = logging.getLogger("kotodesk")
    path = (home / LOG_NAME).resolve()
    if path not in _configured:
        home.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        _configured.add(path)
    return log


def log_exception(ctx, exc: BaseException) -> Path:
    from kotodesk.home import resolve_home

    home = resolve_home(getattr(ctx.args, "home", None))
    logger(home).error("unhandled error", exc_info=exc)
    return home / LOG_NAME
