"""The command line: `kotodesk` opens the window, `kotodesk COMMAND …` runs the same core.

Exit codes: 0 success, 1 a negative result (an invalid signature, an incomplete merge),
2 bad usage or bad input (the message names the file, sheet, row and problem), 3 when
kotodesk itself failed (details in the log file in the data folder), 130 interrupted.
Under --json a failure before the command's own answer is {"error": {…}} (common.
error_answer); the streams' own faults are cli.streams'.
"""

from __future__ import annotations

import contextlib
import io
import sys
from typing import TYPE_CHECKING

from kotodesk.cli.window_start import window_options

if TYPE_CHECKING:
    import argparse


def commands() -> list:
    """The command modules, imported only when a command line is parsed (the window
    needs none of them: cli.window_start)."""
    from kotodesk.cli import (
        about_cmd,
        backup_cmd,
        ca_cmd,
        catalogue_cmd,
        entry_cmd,
        key_cmd,
        mail_cmd,
        merge_cmd,
        return_cmd,
        round_cmd,
    )

    return [catalogue_cmd, entry_cmd, round_cmd, key_cmd, ca_cmd, return_cmd, merge_cmd,
            mail_cmd, backup_cmd, about_cmd]


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from kotodesk import __version__
    from kotodesk.cli.common import common_options

    common = common_options()
    parser = argparse.ArgumentParser(
        prog="kotodesk", parents=[common],
        description="Offline status reporting on a city programme of measures. "
                    "Without a command, opens the application window.")
    parser.add_argument("--version", action="version", version=f"kotodesk {__version__}")
    parser.add_argument("--smoke", action="store_true",
                        help="start the window, print the milliseconds to its first paint, exit")
    parser.add_argument("--smoke-typing", type=int, metavar="N",
                        help="type N keys into the window in a temporary data folder, check "
                             "that every character was saved; exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check in a temporary data folder that kotodesk can open a "
                             "database, read the catalogue and write an export; exit")
    parser.add_argument("--lang", choices=["fi", "sv", "en"],
                        help="the window's language (without a command only: commands "
                             "print English)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in commands():
        module.register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    window = window_options(sys.argv[1:] if argv is None else argv)
    if window is not None:  # the window: no parser, no commands (issue 16)
        import gc

        # The start makes objects that stay (modules, Qt's types and enum types, the
        # catalogue) and almost no garbage, yet Python's cycle collector walks them again
        # and again while they are made: ~60 collections, ~10 ms of the first paint. It
        # is paused until the window has painted (ui.app.run resumes it then).
        gc.disable()
        try:
            from kotodesk.ui.app import run

            code = run(**window)
        finally:
            if argv is not None:  # a caller's process goes on; this one's own ends below
                gc.enable()
        if argv is None:  # this process's own start: it ends with the window
            from kotodesk.cli.window_start import leave

            leave(code)
        return code
    return run_command(argv)


def run_command(argv: list[str] | None) -> int:
    """A command line through the full parser (and the window when it asks for nothing
    window_start knows, e.g. `--json`). Ctrl-C at any moment, even while the modules
    load, ends it with one line and the shell's status for it."""
    from kotodesk.cli import streams

    guarded = streams.prepare()
    try:
        return _run_command(argv, guarded)
    except KeyboardInterrupt:
        streams.say("kotodesk: interrupted")
        return streams.INTERRUPTED
    finally:
        streams.restore(guarded)


def _run_command(argv: list[str] | None, guarded) -> int:
    from kotodesk.cli.common import (
        BAD_INPUT,
        NEGATIVE,
        OK,
        Context,
        decoded_texts,
        error_answer,
        refuse_blanks,
    )
    from kotodesk.cli.streams import INTERRUPTED, OutputError, say
    from kotodesk.domain.errors import KotodeskError

    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    said = io.StringIO()  # argparse's message, said again as JSON under --json
    try:
        with contextlib.redirect_stderr(said):
            args = parser.parse_args(words)
    except SystemExit as exc:  # --help, --version, or argparse's usage error (exit 2)
        code = exc.code if isinstance(exc.code, int) else BAD_INPUT
        if said.getvalue():
            say(said.getvalue().rstrip("\n"))
        if code and "--json" in words[:words.index("--") if "--" in words else None]:
            error_answer(guarded, code, _usage_problem(said.getvalue()), None)
        return code
    ctx = Context(args)
    if guarded is None and (args.command or args.self_test):  # `>&-`: refused before
        # anything is done, not after
        say("kotodesk: standard output is closed; nothing was done (give it a file or "
            "/dev/null)")
        return BAD_INPUT
    if args.lang and (args.command or args.self_test):
        # The window's language only: a command's text stays English (README), and a
        # `--lang fi` taken without a word would leave the user expecting Finnish.
        problem = ("--lang is the window's language; commands print English (their text "
                   "and --json are read by scripts); leave --lang out")
        say(f"kotodesk: {problem}")
        if ctx.as_json:
            error_answer(guarded, BAD_INPUT, problem, None)
        return BAD_INPUT
    if args.self_test:
        from kotodesk.cli.selftest import run_self_test

        report = run_self_test()
        ctx.emit(report.to_dict(), report.lines())
        return OK if report.ok else NEGATIVE
    if args.smoke_typing:
        from kotodesk.ui.smoke_typing import run_typing

        return run_typing(args.smoke_typing)
    if args.command is None:
        from kotodesk.ui.app import run

        return run(home=getattr(args, "home", None), smoke=args.smoke, lang=args.lang)
    try:
        decoded_texts(args)
        refuse_blanks(args)
        code = args.handler(ctx)
        sys.stdout.flush()  # a full disk says so here, while it can still be told
        return code
    except OutputError as exc:
        say(f"kotodesk: {exc}")
        return BAD_INPUT
    except KotodeskError as exc:
        say(f"kotodesk: {exc}")
        if ctx.as_json:
            error_answer(guarded, BAD_INPUT, str(exc), exc)
        return BAD_INPUT
    except EOFError:  # Ctrl-D at a question or a passphrase prompt
        say("kotodesk: no answer (end of input); nothing was done")
        if ctx.as_json:
            error_answer(guarded, BAD_INPUT, "no answer (end of input)", None)
        return BAD_INPUT
    except BrokenPipeError:  # output piped into `head` and closed early
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        say("kotodesk: interrupted")
        if ctx.as_json:
            error_answer(guarded, INTERRUPTED, "interrupted", None)
        return INTERRUPTED
    except Exception as exc:  # a bug: a short message here, the traceback in the log
        return _internal_error(ctx, guarded, exc)
    finally:
        ctx.close()


def _usage_problem(text: str) -> str:
    """argparse's own line: "kotodesk entry set: error: argument --measure: …"."""
    lines = [line for line in text.splitlines() if ": error: " in line]
    return lines[-1].split(": error: ", 1)[1] if lines else text.strip()


def _internal_error(ctx, guarded, exc: Exception) -> int:
    from kotodesk.cli.common import BAD_INPUT, INTERNAL, error_answer
    from kotodesk.cli.streams import say
    from kotodesk.datafolder.damage import noted_damage
    from kotodesk.datafolder.logs import log_exception
    from kotodesk.domain.errors import DamagedDatabaseError

    # A page found damaged on the way: said so; the next opening checks every page.
    if ctx._workspace is not None and noted_damage(ctx._workspace.home, exc):
        damaged = DamagedDatabaseError(ctx._workspace.store.path, str(exc))
        say(f"kotodesk: {damaged}")
        if ctx.as_json:
            error_answer(guarded, BAD_INPUT, str(damaged), damaged)
        return BAD_INPUT
    where = log_exception(ctx, exc)
    said = f"internal error ({type(exc).__name__}: {exc}); details in {where}"
    say(f"kotodesk: {said}")
    if ctx.as_json:
        error_answer(guarded, INTERNAL, said, None)
    return INTERNAL
