"""`kotodesk entry set|show`: a unit's entries from the command line, through the same
checks as the editor."""

from __future__ import annotations

import argparse
import getpass

from kotodesk.cli.common import OK, Context
from kotodesk.errors import UsageError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("entry", help="set or show a unit's entries in a round")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    set_ = actions.add_parser("set", parents=[common], help="set fields of one entry")
    set_.add_argument("--unit", required=True, help="register name or abbreviation")
    set_.add_argument("--measure", required=True, metavar="THEME/NUMBER", help="e.g. 2/1.1")
    set_.add_argument("--round", help="round id or period label (default: the open round)")
    set_.add_argument("--programme", metavar="ID")
    set_.add_argument("--status", help="a code of the programme's scale (green, yellow, red),"
                                       " or 'none' to clear")
    set_.add_argument("--narrative", help="what has been done")
    set_.add_argument("--reasons", help="why not (required when red)")
    set_.add_argument("--indicator", action="append", default=[], metavar="NAME=VALUE",
                      help="an indicator value; NAME is its number (1, 2 …) or the start of "
                           "its name; repeatable")
    set_.add_argument("--author", help="who made the change (default: the user's name)")
    set_.set_defaults(handler=do_set)

    show = actions.add_parser("show", parents=[common], help="a unit's entries in a round")
    show.add_argument("--unit", required=True)
    show.add_argument("--round")
    show.add_argument("--programme", metavar="ID")
    show.set_defaults(handler=do_show)


def _author(ctx: Context) -> str:
    from kotodesk.storage import settings

    return (ctx.args.author or settings.get(ctx.workspace.store, "user_name")
            or getpass.getuser())


def do_set(ctx: Context) -> int:
    from kotodesk.entries import apply_edits, find_indicator, value_field
    from kotodesk.workspace import find_measure

    a, ws = ctx.args, ctx.workspace
    round_ = ws.round(a.round, a.programme)
    catalogue = ws.catalogue(round_.programme_id, round_.catalogue_version)
    measure = find_measure(catalogue, a.measure)
    unit = ws.unit(a.unit)
    edits: dict[str, str] = {}
    if a.status is not None:
        edits["status"] = "" if a.status.lower() in {"none", ""} else a.status.lower()
    if a.narrative is not None:
        edits["narrative"] = a.narrative
    if a.reasons is not None:
        edits["reasons"] = a.reasons
    for item in a.indicator:
        name, sep, value = item.partition("=")
        if not sep:
            raise UsageError(f"--indicator {item!r} is not NAME=VALUE")
        edits[value_field(find_indicator(measure, name).name)] = value
    if not edits:
        raise UsageError("nothing to set: give --status, --narrative, --reasons or --indicator")
    change = apply_edits(ws.store, catalogue, round_, unit.id, measure.ref, edits, _author(ctx))
    data = {"round": round_.id, "period": round_.period, "measure": measure.ref,
            "unit": unit.name, "changed": {f: {"old": o, "new": n}
                                           for f, (o, n) in change.fields.items()}}
    ctx.emit(data, [f"{measure.ref} {unit.name}, {round_.period}: "
                    + (", ".join(change.fields) + " saved" if change.fields else "no change")])
    return OK


def do_show(ctx: Context) -> int:
    from kotodesk.storage import entries
    from kotodesk.validation import problems, unit_measures

    a, ws = ctx.args, ctx.workspace
    round_ = ws.round(a.round, a.programme, or_latest=True)
    catalogue = ws.catalogue(round_.programme_id, round_.catalogue_version)
    unit = ws.unit(a.unit)
    found = {e.measure_ref: e for e in entries.entries_of_round(ws.store, round_.id, unit.id)}
    measures = unit_measures(catalogue, unit.id)
    measures += [catalogue.measure(r) for r in found if r not in {m.ref for m in measures}]
    missing = problems(catalogue, unit.id, found)
    data = {
        "programme": catalogue.programme.id, "round": round_.id, "period": round_.period,
        "unit": unit.name,
        "entries": [
            {"measure": m.ref, "text": m.text, "goal": m.goal, "tags": list(m.tags),
             "status": found[m.ref].status if m.ref in found else None,
             "indicators": {i.name: found[m.ref].values.get(i.name, "") if m.ref in found
                            else "" for i in m.indicators},
             "narrative": found[m.ref].narrative if m.ref in found else "",
             "reasons": found[m.ref].reasons if m.ref in found else "",
             "author": found[m.ref].author if m.ref in found else "",
             "updated_at": found[m.ref].updated_at if m.ref in found else ""}
            for m in measures],
        "missing": [p.describe() for p in missing],
    }

    def text():
        yield f"{unit.name} – {catalogue.programme.name}, {round_.period}"
        for e in data["entries"]:
            yield ""
            title = e["text"].split("\n", 1)[0]
            yield f"{e['measure']}  [{e['status'] or 'not reported'}]  {title[:80]}"
            if e["tags"]:
                yield f"    ({'; '.join(e['tags'])})"
            for name, value in e["indicators"].items():
                yield f"    {name}: {value or '–'}"
            if e["narrative"]:
                yield f"    {e['narrative']}"
        yield ""
        yield f"Missing ({len(missing)}):" if missing else "Nothing missing."
        yield from (f"  {p}" for p in data["missing"])

    ctx.emit(data, text)
    return OK
