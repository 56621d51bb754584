"""`kotodesk entry set|show`: a unit's entries from the command line, through the same
checks as the editor."""

from __future__ import annotations

import argparse

from kotodesk.cli.common import OK, Context
from kotodesk.domain.errors import UsageError


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


def do_set(ctx: Context) -> int:
    from kotodesk.datafolder.workspace import find_measure
    from kotodesk.domain.entries import value_field
    from kotodesk.ops.entries import edit_entry
    from kotodesk.reporting.entries import find_indicator

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
    change, _changes = edit_entry(ws, catalogue, round_, unit.id, measure.ref, edits,
                                  author=a.author)
    data = {"round": round_.id, "period": round_.period, "measure": measure.ref,
            "unit": unit.name, "changed": {f: {"old": o, "new": n}
                                           for f, (o, n) in change.fields.items()}}
    ctx.emit(data, [f"{measure.ref} {unit.name}, {round_.period}: "
                    + (", ".join(change.fields) + " saved" if change.fields else "no change")])
    return OK


def _said(entry, measure, round_) -> dict:
    """One text as `entry show` gives it; an empty status of a round read from a report
    is marked as not stated there (kotodesk keeps no estimate in its place)."""
    status = entry.status if entry else None
    return {"status": status,
            "status_note": "not stated in the report"
            if round_.from_report and entry is not None and not status else "",
            "indicators": {i.name: entry.values.get(i.name, "") if entry else ""
                           for i in measure.indicators},
            "indicator_report": entry.indicator_report if entry else "",
            "narrative": entry.narrative if entry else "",
            "reasons": entry.reasons if entry else "",
            "author": entry.author if entry else "",
            "updated_at": entry.updated_at if entry else ""}


def do_show(ctx: Context) -> int:
    from kotodesk.ops import entries
    from kotodesk.reporting.validation import problems, unit_measures

    a, ws = ctx.args, ctx.workspace
    round_ = ws.round(a.round, a.programme, or_latest=True)
    catalogue = ws.catalogue(round_.programme_id, round_.catalogue_version)
    unit = ws.unit(a.unit)
    found = {e.measure_ref: e for e in entries.unit_entries(ws, round_.id, unit.id)}
    wholes = {t.measure_ref: t for t in entries.whole_measure_texts(ws, round_.id)}
    measures = unit_measures(catalogue, unit.id)
    # An entry under a reference the catalogue lacks (a text set aside when a package
    # changed the round's catalogue) is not one of the round's measures.
    listed = {m.ref for m in measures}
    measures += [m for m in catalogue.measures() if m.ref in found and m.ref not in listed]
    missing = problems(catalogue, unit.id, found)
    merged = entries.merged_pairs(ws, round_.id)

    def in_merged_round(ref: str) -> bool | None:
        """Whether the coordinator merged this entry: None where no package said."""
        if merged is None or ref not in found:
            return None
        return (ref, unit.id) in merged

    data = {
        "programme": catalogue.programme.id, "round": round_.id, "period": round_.period,
        "unit": unit.name, "from_report": round_.source,
        "entries": [
            {"measure": m.ref, "text": m.text, "goal": m.goal, "tags": list(m.tags),
             **_said(found.get(m.ref), m, round_),
             # False: the unit's own text that the package did not carry as merged (a
             # draft never sent, a return not merged), not the round's entry.
             "merged": in_merged_round(m.ref),
             # What the report said for the measure as a whole: not the unit's own words.
             "whole_measure": {"said_by": "report, for the measure as a whole",
                               **_said(wholes[m.ref], m, round_)} if m.ref in wholes else None}
            for m in measures],
        "missing": [p.describe() for p in missing],
    }

    def said_lines(e: dict):
        for name, value in e["indicators"].items():
            yield f"    {name}: {value or '–'}"
        if e["indicator_report"]:
            yield f"    {e['indicator_report']}"
        if e["narrative"]:
            yield f"    {e['narrative']}"

    def status(e: dict) -> str:
        return e["status"] or e["status_note"] or "not reported"

    def text():
        yield f"{unit.name} – {catalogue.programme.name}, {round_.period}"
        for e in data["entries"]:
            yield ""
            title = e["text"].split("\n", 1)[0]
            yield f"{e['measure']}  [{status(e)}]  {title[:80]}"
            if e["tags"]:
                yield f"    ({'; '.join(e['tags'])})"
            if e["merged"] is False:
                yield ("    (not in the merged round: your own text, which the coordinator's "
                       "package does not carry as merged)")
            yield from said_lines(e)
            if e["whole_measure"]:
                whole = e["whole_measure"]
                yield f"  The report, for the measure as a whole [{status(whole)}]:"
                yield from said_lines(whole)
        yield ""
        yield f"Missing ({len(missing)}):" if missing else "Nothing missing."
        yield from (f"  {p}" for p in data["missing"])

    ctx.emit(data, text)
    return OK
