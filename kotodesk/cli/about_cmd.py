"""`kotodesk about`: version, build, data folder and the licences of what is shipped."""

from __future__ import annotations

import argparse

from kotodesk.cli.common import OK, Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("about", parents=[common],
                       help="version, build, data folder and licences of the components")
    p.add_argument("--licences", action="store_true",
                   help="print the full licence texts too")
    p.set_defaults(handler=do_about)


def do_about(ctx: Context) -> int:
    from kotodesk.datafolder.about import gather

    about = gather(ctx.home)
    ctx.emit(about.to_dict(texts=ctx.args.licences),
             lambda: about.lines(texts=ctx.args.licences))
    return OK
