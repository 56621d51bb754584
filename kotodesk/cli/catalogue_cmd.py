"""`kotodesk catalogue import|export|show` (work modules load in the handlers: the
window's start-up parses these options too)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kotodesk.cli.common import OK, Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("catalogue", help="import, export or show a programme's catalogue")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    imp = actions.add_parser("import", parents=[common],
                             help="import a .txt/.tsv (seed 001 table format) or .xlsx")
    imp.add_argument("file", type=Path)
    which = imp.add_mutually_exclusive_group()
    which.add_argument("--programme", metavar="ID",
                       help="the file is a new version of this programme")
    which.add_argument("--new-programme", action="store_true",
                       help="the file is a new programme")
    imp.set_defaults(handler=do_import)

    exp = actions.add_parser("export", parents=[common], help="write the catalogue as .xlsx")
    exp.add_argument("file", type=Path, metavar="FILE.xlsx")
    exp.add_argument("--programme", metavar="ID")
    exp.set_defaults(handler=do_export)

    show = actions.add_parser("show", parents=[common], help="print the catalogue")
    show.add_argument("--programme", metavar="ID")
    show.add_argument("--version", type=int, metavar="N", help="catalogue version")
    show.set_defaults(handler=do_show)


def do_import(ctx: Context) -> int:
    from kotodesk.catalogue_import import import_catalogue

    a = ctx.args
    report = import_catalogue(ctx.workspace.store, a.file, programme_id=(
        ctx.workspace.programme_id(a.programme) if a.programme else None),
        new_programme=a.new_programme)
    ctx.emit(report.to_dict(), report.lines())
    return OK


def do_export(ctx: Context) -> int:
    from kotodesk.catalogue_xlsx import write_catalogue

    a = ctx.args
    catalogue = ctx.workspace.catalogue(a.programme)
    target = a.file if a.file.suffix.lower() == ".xlsx" else a.file.with_suffix(".xlsx")
    write_catalogue(catalogue, target)
    measures = sum(1 for _ in catalogue.measures())
    ctx.emit({"file": str(target), "programme": catalogue.programme.id, "measures": measures},
             [f"Wrote {target} ({len(catalogue.themes)} themes, {measures} measures)."])
    return OK


def do_show(ctx: Context) -> int:
    from kotodesk.catalogue import show_dict

    a = ctx.args
    catalogue = ctx.workspace.catalogue(a.programme, a.version)
    data = show_dict(catalogue, ctx.workspace.register)
    ctx.emit(data, lambda: _text(data))
    return OK


def _text(data: dict):
    p = data["programme"]
    yield f"{p['name']} ({p['id']})"
    for theme in data["themes"]:
        yield ""
        yield f"{theme['position']}. {theme['name']}"
        for goal in theme["goals"]:
            if goal["number"] is not None:
                yield f"  Tavoite {goal['number']}. {goal['text']}"
            for m in goal["measures"]:
                yield f"    {m['ref']:<8} {m['text'][:90]}{'…' if len(m['text']) > 90 else ''}"
                if m["units"]:
                    yield f"             vastuutahot: {'; '.join(m['units'])}"
