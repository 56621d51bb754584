"""The window's start without the command line's parser: `kotodesk`, `kotodesk --smoke`,
`kotodesk --home DIR --lang fi` open the window, and building argparse's parser with every
command (about 90 ms, a quarter of the start) is not needed for that.

Anything else (a command, --help, --version, an unknown or malformed option) returns None
and goes to the full parser, which keeps its messages and exit codes.

The window's process also ends here without the interpreter's teardown (leave).
"""

from __future__ import annotations

from typing import NoReturn

LANGUAGES = ("fi", "sv", "en")  # the choices of --lang in cli.build_parser
_VALUED = {"--home": "home", "--lang": "lang"}


def window_options(argv: list[str]) -> dict | None:
    """run()'s keyword arguments when `argv` only opens the window, else None."""
    options: dict = {"home": None, "smoke": False, "lang": None}
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if word == "--smoke":
            options["smoke"] = True
        elif name in _VALUED:
            if not equals:
                value = next(words, None)
                if value is None or value.startswith("-"):
                    return None  # argparse says what is missing
            options[_VALUED[name]] = value
        else:
            return None
    if options["lang"] is not None and options["lang"] not in LANGUAGES:
        return None
    return options


def leave(code: int) -> NoReturn:
    """End the window's process once the window has closed and its data folder is saved
    and closed (ui.app.run's finally): threads a library left running are waited for,
    the exit handlers run as at any exit (PySide's own deletes the application and its
    widgets, so Qt hands the clipboard to the desktop; logging flushes; a token's
    session closes), and then the process ends without the interpreter tearing down
    each module and object one by one: ~40 ms of a ~60 ms exit that a person closing
    the window waits for and nothing needs (issue 16, benchmarks/test_startup.py)."""
    import atexit
    import contextlib
    import os
    import sys
    import threading

    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):  # closed, or None in a window program
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(code)
