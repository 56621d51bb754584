"""The command line: `kotodesk` opens the window, `kotodesk COMMAND …` runs the same core.

Exit codes: 0 success, 1 a negative result (an invalid signature, an incomplete merge),
2 bad usage or bad input (the message names the file, sheet, row and problem), 3 when
kotodesk itself failed (details in the log file in the data folder).
"""

from __future__ import annotations

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
    parser.add_argument("--lang", choices=["fi", "sv", "en"], help="user interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in commands():
        module.register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    window = window_options(sys.argv[1:] if argv is None else argv)
    if window is not None:  # the window: no parser, no commands (issue 16)
        from kotodesk.ui.app import run

        code = run(**window)
        if argv is None:  # this process's own start: it ends with the window
            from kotodesk.cli.window_start import leave

            leave(code)
        return code
    return run_command(argv)


def run_command(argv: list[str] | None) -> int:
    """A command line through the full parser (and the window when it asks for nothing
    window_start knows, e.g. `--json`)."""
    from kotodesk.cli.common import BAD_INPUT, INTERNAL, NEGATIVE, OK, Context
    from kotodesk.domain.errors import KotodeskError

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or argparse's usage error (exit 2)
        return exc.code if isinstance(exc.code, int) else BAD_INPUT
    if args.self_test:
        from kotodesk.cli.selftest import run_self_test

        report = run_self_test()
        Context(args).emit(report.to_dict(), report.lines())
        return OK if report.ok else NEGATIVE
    if args.smoke_typing:
        from kotodesk.ui.smoke_typing import run_typing

        return run_typing(args.smoke_typing)
    if args.command is None:
        from kotodesk.ui.app import run

        return run(home=getattr(args, "home", None), smoke=args.smoke, lang=args.lang)
    ctx = Context(args)
    try:
        return args.handler(ctx)
    except KotodeskError as exc:
        print(f"kotodesk: {exc}", file=sys.stderr)
        return BAD_INPUT
    except BrokenPipeError:  # output piped into `head` and closed early
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("kotodesk: interrupted", file=sys.stderr)
        return BAD_INPUT
    except Exception as exc:  # a bug: a short message here, the traceback in the log
        from kotodesk.datafolder.damage import noted_damage
        from kotodesk.datafolder.logs import log_exception
        from kotodesk.domain.errors import DamagedDatabaseError

        # A page found damaged on the way: said so; the next opening checks every page.
        if ctx._workspace is not None and noted_damage(ctx._workspace.home, exc):
            print(f"kotodesk: {DamagedDatabaseError(ctx._workspace.store.path, str(exc))}",
                  file=sys.stderr)
            return BAD_INPUT

        where = log_exception(ctx, exc)
        print(f"kotodesk: internal error ({type(exc).__name__}: {exc}); details in {where}",
              file=sys.stderr)
        return INTERNAL
    finally:
        ctx.close()
