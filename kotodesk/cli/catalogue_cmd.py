"""`kotodesk catalogue import|export|show` (work modules load in the handlers: the
window's start-up parses these options too)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kotodesk.cli.common import OK, Context, interactive, xlsx_target
from kotodesk.domain.errors import UsageError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("catalogue", help="import, export or show a programme's catalogue")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    imp = actions.add_parser(
        "import", parents=[common],
        help="import a .txt/.tsv (seed 001 table format), .xlsx or .json catalogue",
        description="A file that names a programme already in the data folder becomes its "
                    "new version. Any other file needs --new-programme or --programme ID "
                    "(asked for in a terminal).")
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
    """Without --programme or --new-programme, a file that names a stored programme is its
    new version; for any other file a terminal user is asked, a script gets exit 2 and
    the two options."""
    from kotodesk.catalogue.importer import choice_needed, matching_programme, read_catalogue_file
    from kotodesk.ops.catalogue import import_catalogue

    a, ws = ctx.args, ctx.workspace
    programme_id = ws.programme_id(a.programme) if a.programme else None
    new_programme = a.new_programme
    warnings: list[str] = []
    catalogue = read_catalogue_file(a.file, warnings)
    if programme_id is None and not new_programme \
            and matching_programme(ws.store, catalogue) is None:
        if ctx.as_json or not interactive():
            raise choice_needed(ws.store, a.file, catalogue)
        programme_id, new_programme = _ask_programme(ctx, a.file, catalogue.programme.name)
    report, _changes = import_catalogue(ws, a.file, programme_id=programme_id,
                                        new_programme=new_programme, catalogue=catalogue,
                                        warnings=warnings)
    ctx.emit(report.to_dict(), report.lines())
    return OK


def _ask_programme(ctx: Context, path: Path, name: str) -> tuple[str | None, bool]:
    """(programme id, False) for a new version, (None, True) for a new programme."""
    from kotodesk.ops.catalogue import programmes as list_programmes

    programmes = list_programmes(ctx.workspace)
    print(f"{path}: the file's programme {name!r} is not in this data folder. Import it as")
    print(f"  n  a new programme {name!r}")
    for i, p in enumerate(programmes, start=1):
        print(f"  {i}  a new version of {p.short_name or p.name} ({p.id})")
    try:
        answer = input("Choice (empty cancels): ").strip().casefold()
    except EOFError:
        answer = ""
    if answer == "n":
        return None, True
    if answer.isdigit() and 1 <= int(answer) <= len(programmes):
        return programmes[int(answer) - 1].id, False
    raise UsageError("import cancelled; nothing was imported")


def do_export(ctx: Context) -> int:
    from kotodesk.catalogue.xlsx_format import write_catalogue

    a = ctx.args
    catalogue = ctx.workspace.catalogue(a.programme)
    target = xlsx_target(a.file)
    write_catalogue(catalogue, target)
    measures = sum(1 for _ in catalogue.measures())
    ctx.emit({"file": str(target), "programme": catalogue.programme.id, "measures": measures},
             [f"Wrote {target} ({len(catalogue.themes)} themes, {measures} measures)."])
    return OK


def do_show(ctx: Context) -> int:
    from kotodesk.catalogue.rules import show_dict

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
                title = m["text"].split("\n", 1)[0]
                yield f"    {m['ref']:<8} {title[:90]}{'…' if len(title) > 90 else ''}"
                if m["kind"] == "highlight":
                    yield "             nosto (ei mittaria)"
                if m["units"]:
                    yield f"             vastuutahot: {'; '.join(m['units'])}"
                if m["tags"]:
                    yield f"             tunnisteet: {'; '.join(m['tags'])}"
    if data["programme_indicators"]:
        yield ""
        yield "Ohjelman mittarit (seurannan vastuutaho; tietolähde)"
        for i in data["programme_indicators"]:
            yield f"  {i['name']}"
            if i["section"]:
                yield f"      osio: {i['section']}"
            if i["unit"] or i["responsible"] or i["source"]:
                yield f"      {i['unit'] or i['responsible']}; {i['source']}"
