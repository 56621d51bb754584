"""`kotodesk about`: version, build, data folder and the licences of what is shipped."""

from __future__ import annotations

import argparse

from kotodesk.cli.common import OK, Context
from kotodesk.domain.errors import UsageError
from kotodesk.system.home import resolve_home


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("about", parents=[common],
                       help="version, build, data folder and licences of the components")
    p.add_argument("--licences", action="store_true",
                   help="print the full licence texts too")
    p.set_defaults(handler=do_about)


def do_about(ctx: Context) -> int:
    from kotodesk.datafolder.about import gather

    try:
        folder = str(resolve_home(getattr(ctx.args, "home", None)))
    except UsageError as exc:  # no home: the licences are still what support asks for
        folder = f"none ({exc})"
    about = gather(folder)
    ctx.emit(about.to_dict(texts=ctx.args.licences),
             lambda: about.lines(texts=ctx.args.licences))
    return OK
