"""`kotodesk round …` (the coordinator's rounds and packages) and `kotodesk package
import` (a unit takes in a round package)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kotodesk.cli.common import OK, Context, passphrase_options, signing_secret, xlsx_target
from kotodesk.domain.errors import UsageError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    r = sub.add_parser("round", help="reporting rounds")
    actions = r.add_subparsers(dest="action", required=True, metavar="ACTION")
    lst = actions.add_parser("list", parents=[common], help="the rounds of a programme")
    lst.add_argument("--programme", metavar="ID")
    lst.set_defaults(handler=do_list)

    new = actions.add_parser("new", parents=[common], help="open a new round")
    new.add_argument("--period", required=True, help='the monitoring period, e.g. "1–6/2024"')
    new.add_argument("--deadline", required=True, metavar="YYYY-MM-DD")
    new.add_argument("--next-period", default="", help="the period after this one")
    new.add_argument("--programme", metavar="ID")
    new.add_argument("--keep-open", action="store_true",
                     help="do not close the round that was open until now")
    new.set_defaults(handler=do_new)

    dl = actions.add_parser("deadline", parents=[common],
                            help="give an open round another deadline (a wrong or extended one)")
    dl.add_argument("deadline", metavar="YYYY-MM-DD")
    dl.add_argument("--round", help="round id or period (default: the open round)")
    dl.add_argument("--programme", metavar="ID")
    dl.set_defaults(handler=do_deadline)

    close = actions.add_parser("close", parents=[common],
                               help="close a round (its entries can no longer change)")
    close.add_argument("round", help="round id or period label")
    close.add_argument("--programme", metavar="ID")
    close.set_defaults(handler=do_close)

    reopen = actions.add_parser(
        "reopen", parents=[common],
        help="open a closed round again (the round open now is closed, unless --keep-open)")
    reopen.add_argument("round", help="round id or period label")
    reopen.add_argument("--programme", metavar="ID")
    reopen.add_argument("--keep-open", action="store_true",
                        help="leave the programme's other open round open too")
    reopen.set_defaults(handler=do_reopen)

    pkg = actions.add_parser("package", parents=[common],
                             help="write the signed round package for the units")
    pkg.add_argument("--round", help="round id or period (default: the open round)")
    pkg.add_argument("--programme", metavar="ID")
    pkg.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    passphrase_options(pkg)
    pkg.set_defaults(handler=do_package)

    p = sub.add_parser("package", help="take in a round package from the coordinator")
    pactions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = pactions.add_parser("import", parents=[common], help="take in a round package")
    imp.add_argument("file", type=Path, metavar="FILE.xlsx")
    imp.add_argument("--accept-signer", metavar="FINGERPRINT",
                     help="trust the package's signer as the coordinator after comparing "
                          "this fingerprint")
    imp.set_defaults(handler=do_import)


def _round_dict(r) -> dict:
    return {"id": r.id, "programme": r.programme_id, "period": r.period,
            "next_period": r.next_period, "state": r.state,
            "deadline": r.deadline.isoformat() if r.deadline else None,
            "catalogue_version": r.catalogue_version}


def do_list(ctx: Context) -> int:
    from kotodesk.ops import rounds

    ws = ctx.workspace
    data = [_round_dict(r) for r in rounds.rounds_of(ws, ws.programme_id(ctx.args.programme))]
    ctx.emit(data, [f"{r['id']:>3}  {r['period']:<16} {r['state']:<7} deadline "
                    f"{r['deadline'] or '–'}" for r in data])
    return OK


def do_new(ctx: Context) -> int:
    from kotodesk.coordinator.new_round import open_rounds
    from kotodesk.ops import rounds

    a, ws = ctx.args, ctx.workspace
    deadline = _date(a.deadline, "--deadline")
    programme = ws.programme_id(a.programme)
    closing = [] if a.keep_open else open_rounds(ws, programme)
    made, _changes = rounds.open_round(ws, programme, a.period, deadline,
                                       next_period=a.next_period, keep_open=a.keep_open)
    lines = [f"Opened round {made.period} of {made.programme_id} "
             f"(deadline {deadline.isoformat()})."]
    lines += [f"Closed round {c.round.period} ({c.entries} entries from {c.units} units; "
              f"`kotodesk round reopen {c.round.id}` opens it again)." for c in closing]
    warnings = _deadline_warnings(deadline)
    lines += [f"Warning: {w}" for w in warnings]
    ctx.emit({**_round_dict(made), "closed": [c.round.period for c in closing],
              "warnings": warnings}, lines)
    return OK


def _date(text: str, name: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{name} {text!r} is not a date like 2024-06-30") from None


def do_deadline(ctx: Context) -> int:
    from kotodesk.ops import rounds

    a, ws = ctx.args, ctx.workspace
    deadline = _date(a.deadline, "the deadline")
    round_ = ws.round(a.round, a.programme)
    was = round_.deadline
    changed, _changes = rounds.change_deadline(ws, round_.id, deadline)
    lines = [f"Round {changed.period}: deadline {deadline.isoformat()} (was "
             f"{was.isoformat() if was else 'none'}). Returns and the summary are judged "
             "against it from now on; units see it in the next round package "
             "(`kotodesk round package`)."]
    warnings = _deadline_warnings(deadline)
    lines += [f"Warning: {w}" for w in warnings]
    ctx.emit({**_round_dict(changed), "was": was.isoformat() if was else None,
              "warnings": warnings}, lines)
    return OK


def _deadline_warnings(deadline) -> list[str]:
    """A deadline already past when the round opens (a year typed wrong, 2025 for 2026):
    every return would be judged late against it."""
    from datetime import UTC, datetime

    from kotodesk.domain.deadlines import deadline_end

    if deadline_end(deadline) > datetime.now(UTC):
        return []
    return [f"the deadline {deadline.isoformat()} has passed already: every return of "
            "this round will be marked late"]


def do_close(ctx: Context) -> int:
    from kotodesk.ops import rounds

    round_ = ctx.workspace.round(ctx.args.round, ctx.args.programme)
    rounds.close_round(ctx.workspace, round_.id)
    ctx.emit({"round": round_.period, "state": "closed", "closed": []},
             [f"Round {round_.period} is now closed."])
    return OK


def do_reopen(ctx: Context) -> int:
    from kotodesk.ops.rounds import reopen_round

    round_ = ctx.workspace.round(ctx.args.round, ctx.args.programme)
    closed, _changes = reopen_round(ctx.workspace, round_.id,
                                    keep_others_open=ctx.args.keep_open)
    ctx.emit({"round": round_.period, "state": "open", "closed": [r.period for r in closed]},
             [f"Round {round_.period} is open again; its entries can be changed.",
              *[f"Round {r.period} is now closed." for r in closed]])
    return OK


def do_package(ctx: Context) -> int:
    from kotodesk.coordinator.signed_outputs import write_package
    from kotodesk.signing import keys

    a, ws = ctx.args, ctx.workspace
    round_ = ws.round(a.round, a.programme)
    if round_.state != "open":  # the units would fill in a round whose returns are refused
        raise UsageError(f"round {round_.period} is closed: a package would open it at the "
                         "units, and their returns for it would be refused; open it again "
                         f"first (`kotodesk round reopen {round_.id}`), or package the open "
                         "round; nothing was written")
    target = xlsx_target(a.out)
    keys.own_certificate(ws.home)
    identity = keys.load_identity(ws.home, signing_secret(ctx))  # or a token's PIN
    payload = write_package(ws, round_, identity, target)
    ctx.emit({"file": str(target), "round": round_.period,
              "previous": (payload.get("previous") or {}).get("period")},
             [f"Wrote {target}: round {round_.period} of {payload['programme']['name']}"])
    return OK


def do_import(ctx: Context) -> int:
    from kotodesk.documents.examiners import examined
    from kotodesk.ops.package import take_in_package
    from kotodesk.ops.trust import trusted_signers

    ws = ctx.workspace
    trusted = trusted_signers(ws)
    # Examined beside this process, as verify and merge examine: an abort is its refusal.
    [found] = examined([ctx.args.file], trusted, keep_bytes=False, isolate=True)
    done, _changes = take_in_package(ws, ctx.args.file, trusted, ctx.args.accept_signer,
                                     examined=found)

    def text():
        yield f"Round {done.round} of {done.programme} is open (deadline {done.deadline})."
        if done.new_catalogue_version:
            yield f"Catalogue version {done.catalogue_version} taken in."
        yield from done.measures_followed
        if done.previous_round:
            yield (f"Last round ({done.previous_round}): {done.previous_entries} entries, "
                   "shown beside each measure.")
        for comment in done.comments:
            yield f"The coordinator's comment: {comment}"
        yield from (f"Certificates: {note}" for note in done.revocations)  # kotodesk.signing.pki

    ctx.emit(done.to_dict(), text)
    return OK
