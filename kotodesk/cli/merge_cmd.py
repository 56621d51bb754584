"""The coordinator's batch work: `kotodesk merge`, `inbox`, `completeness`, `review`,
`conflict choose` and `status set|clear`."""

from __future__ import annotations

import argparse
from pathlib import Path

from kotodesk.cli.common import (
    MAIL_LANGUAGES,
    NEGATIVE,
    OK,
    Context,
    files_given,
    mail_language,
    one_line,
    passphrase_options,
    signing_secret,
)
from kotodesk.domain.errors import UsageError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    m = sub.add_parser("merge", parents=[common],
                       help="take in returns and write the merged report and meeting summary")
    m.add_argument("files", nargs="*", type=Path, metavar="FILE",
                   help="returns (.xlsx or .pdf); folders are searched for them")
    m.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="the merged report")
    m.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="the meeting summary")
    m.add_argument("--prefer", choices=["newest"],
                   help="settle conflicts for the newest return instead of reporting them")
    m.add_argument("--round", help="round id or period (default: the returns' round)")
    m.add_argument("--programme", metavar="ID")
    m.add_argument("--accept-sealed", type=Path, action="append", default=[], metavar="FILE",
                   help="take in FILE's sealed values although its appearance changed after "
                        "signing (verify says: values unchanged, appearance changed); "
                        "recorded and marked as such")
    m.add_argument("--jobs", type=_jobs, metavar="N",
                   help="check the files in N processes beside this one (default: one, or "
                        "for 100 files or more one per core, each yielding to the one that "
                        "records; 0: all in this process, where a file that stops its reader "
                        "stops the merge)")
    passphrase_options(m)
    m.set_defaults(handler=do_merge)

    i = sub.add_parser("inbox", parents=[common], help="the returns received for a round")
    _round_options(i)
    i.set_defaults(handler=do_inbox)

    h = sub.add_parser("held", help="returns held apart (unknown signer, unsigned)")
    h_actions = h.add_subparsers(dest="action", required=True, metavar="ACTION")
    hl = h_actions.add_parser("list", parents=[common],
                              help="the held files of a round and why each is held")
    _round_options(hl)
    hl.set_defaults(handler=do_held_list)
    ha = h_actions.add_parser("accept", parents=[common],
                              help="count one held file, knowing why it was held")
    ha.add_argument("--file", required=True, help="the received file's name or id")
    _round_options(ha)
    ha.set_defaults(handler=do_held_accept)

    c = sub.add_parser("completeness", parents=[common],
                       help="who has returned, and which measures still lack a contribution")
    _round_options(c)
    c.add_argument("--reminder", action="store_true",
                   help="print a reminder e-mail text for the units that have not returned")
    c.add_argument("--language", choices=MAIL_LANGUAGES,
                   help="of the reminder (default: the data folder's)")
    c.set_defaults(handler=do_completeness)

    r = sub.add_parser("review", parents=[common],
                       help="accept a unit's return, or send it back with a comment")
    r.add_argument("decision", choices=["accept", "return"])
    r.add_argument("--unit", required=True)
    r.add_argument("--comment", default="", help="shown to the unit in its next package")
    _round_options(r)
    r.set_defaults(handler=do_review)

    cf = sub.add_parser("conflict", help="settle a conflict between two returns of a unit")
    cf_actions = cf.add_subparsers(dest="action", required=True, metavar="ACTION")
    choose = cf_actions.add_parser("choose", parents=[common],
                                   help="which file speaks for the unit on a measure")
    choose.add_argument("--unit", required=True)
    choose.add_argument("--measure", required=True, metavar="THEME/NUMBER")
    choose.add_argument("--file", required=True, help="the received file's name or id")
    _round_options(choose)
    choose.set_defaults(handler=do_choose)

    s = sub.add_parser("status", help="set a measure's merged status by hand")
    s_actions = s.add_subparsers(dest="action", required=True, metavar="ACTION")
    sset = s_actions.add_parser("set", parents=[common], help="set the merged status")
    sset.add_argument("--measure", required=True, metavar="THEME/NUMBER")
    sset.add_argument("--status", required=True)
    sset.add_argument("--note", default="")
    _round_options(sset)
    sset.set_defaults(handler=do_status, clear=False)
    sclear = s_actions.add_parser("clear", parents=[common],
                                  help="back to the default (the least advanced unit's)")
    sclear.add_argument("--measure", required=True, metavar="THEME/NUMBER")
    _round_options(sclear)
    sclear.set_defaults(handler=do_status, clear=True, status=None, note="")


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) > 64:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (0 to 64)")
    return int(text)


def _round_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--round", help="round id or period (default: the open round)")
    parser.add_argument("--programme", metavar="ID")


def _who(ctx: Context) -> str:
    from kotodesk.ops import people

    return people.coordinator_name(ctx.workspace)


def _check_outputs(xlsx: Path | None, pdf: Path | None, files: list[Path]) -> None:
    """Before anything is taken in: each output a name of its own, of its own kind, and
    none of the returns given (written over, a received file was lost; both outputs on
    one name, the report was)."""
    if xlsx and pdf and xlsx.resolve() == pdf.resolve():
        raise UsageError(f"--xlsx and --pdf are the same file {xlsx}: the merged report "
                         "and the meeting summary need a name each; nothing was taken in")
    given = {f.resolve() for f in files}
    for option, out, suffix in (("--xlsx", xlsx, ".xlsx"), ("--pdf", pdf, ".pdf")):
        if out is None:
            continue
        if out.suffix.lower() != suffix:
            raise UsageError(f"{option} {out}: the name must end in {suffix} (it is written "
                             f"as {suffix}); nothing was taken in")
        if out.resolve() in given:
            raise UsageError(f"{option} {out}: is one of the returns to merge, and would be "
                             "written over; give the output a name of its own; nothing was "
                             "taken in")


_REWRITTEN = "set aside: this merge's own output, written by an earlier merge; written again"


def _earlier_outputs(ws, outputs: list[Path | None], files: list[Path]) -> list[Path]:
    """The outputs that are among the returns given and hold what a merge
    writes (kotodesk's merged report or meeting summary, judged as any received file
    is judged, beside this process): `merge folder --xlsx folder/merged.xlsx` run again.
    Any other file there is a return the output would write over (_check_outputs)."""
    from kotodesk.documents import verify
    from kotodesk.documents.examiners import examined
    from kotodesk.domain.formats import MERGED_FORMAT
    from kotodesk.ops.trust import trusted_signers

    given = {f.resolve() for f in files}
    mine = [out for out in outputs if out is not None and out.resolve() in given
            and out.is_file()]
    if not mine:
        return []
    trusted = trusted_signers(ws)
    found = [result or verify.examine(out, roots=trusted)  # None: no child could start
             for out, result in zip(mine, examined(mine, trusted, keep_bytes=False,
                                                   isolate=True), strict=True)]
    return [out for out, result in zip(mine, found, strict=True)
            if result.kind == MERGED_FORMAT]


def _round_of_returns(ws, taken: list, programme: str | None):
    """The round whose outputs a merge without --round writes: the one the returns name,
    those refused too (a late return of a round closed since names that round, not the
    one open now); the open round when none names a round here. Returns naming several
    rounds leave the choice to --round."""
    named = {}
    for t in taken:
        if not t.round or t.set_aside:  # unreadable, not kotodesk's, a merged report
            continue
        try:
            found = ws.round(t.round, programme)
        except UsageError:  # a round this data folder does not have: refused as such
            continue
        named.setdefault(found.id, (found, []))[1].append(t)
    if len(named) > 1:
        periods = ", ".join(sorted(r.period for r, _ in named.values()))
        done = ("each was taken in for its own round" if all(
            t.accepted for _, files in named.values() for t in files) else
            "those that could be taken in were taken in for their own rounds")
        raise UsageError(f"the returns are for several rounds ({periods}): {done}, and no "
                         "output was written; choose the round with --round")
    if named:
        [(found, _files)] = named.values()
        return found
    return ws.round(None, programme)


def do_merge(ctx: Context) -> int:
    from kotodesk.coordinator.inbox import HELD
    from kotodesk.coordinator.signed_outputs import write_outputs
    from kotodesk.ops import coordinator
    from kotodesk.ops.round_cache import RoundCache
    from kotodesk.ops.trust import trusted_signers
    from kotodesk.signing import keys

    a, ws = ctx.args, ctx.workspace
    if not a.xlsx and not a.pdf:
        raise UsageError("give --xlsx OUT.xlsx and/or --pdf OUT.pdf")
    files = files_given(a.files, "merged")
    # This merge's outputs where a merge wrote them before, among the returns (written
    # into their folder): written again, not taken in.
    rewritten = _earlier_outputs(ws, [a.xlsx, a.pdf], files)
    files = [f for f in files if f.resolve() not in {p.resolve() for p in rewritten}]
    _check_outputs(a.xlsx, a.pdf, [*files, *a.accept_sealed])
    keys.own_certificate(ws.home)  # no key: say so before anything is taken in
    identity = keys.load_identity(ws.home, signing_secret(ctx))  # or a token's PIN
    expected = ws.round(a.round, a.programme) if a.round else None
    trusted = trusted_signers(ws)
    knowingly = {p.resolve() for p in a.accept_sealed}
    files += [p for p in a.accept_sealed if p.resolve() not in {f.resolve() for f in files}]
    taken = [intake for intake, _changes in coordinator.record_files(
        ws, files, trusted, expected_round=expected, prefer_newest=a.prefer == "newest",
        knowingly=knowingly, examiners=a.jobs,
        isolate=a.jobs is None)]  # a reader's abort on a file: its refusal, not the merge's end
    accepted = [t for t in taken if t.accepted and not t.already]
    again = [t for t in taken if t.already]
    if expected is None:
        expected = _round_of_returns(ws, taken, a.programme)
    judged = RoundCache(ws, expected)  # each stored return parsed once for all below
    rows = judged.inbox_state().rows
    resolutions = judged.resolutions()
    conflicts = judged.conflicts()
    write_outputs(ws, expected, identity, xlsx=a.xlsx, pdf=a.pdf,
                  conflicts={(c.ref, c.unit_id) for c in conflicts})
    state = judged.completeness()
    units = ws.register.units
    names = {r.file_id: r.file_name for r in rows}
    signed = {r.file_id: r.signed_at for r in rows}
    out_of_order = {fid for r in resolutions.values() for fid in r.out_of_order}
    superseded = [{"file": names[fid], "by": names[bid], "out_of_order": fid in out_of_order,
                   "file_signed_at": signed[fid], "by_signed_at": signed[bid]}
                  for r in resolutions.values() for fid, bid in r.superseded.items()]
    held = [{"file": r.file_name, "id": r.file_id, "unit": r.unit, "status": r.status,
             "signer": r.signer, "fingerprint": r.fingerprint, "reason": r.detail}
            for r in rows if r.outcome == HELD]
    not_merged = [{"file": r.file_name, "unit": r.unit, "notes": r.notes}
                  for r in rows if r.notes]
    data = {
        "round": expected.period,
        "merged": len(accepted),
        "accepted": [t.to_dict() for t in accepted],
        "unchanged": [{"file": str(t.file), "reason": t.reason} for t in again],
        "rejected": [{"file": str(t.file), "status": t.status, "reason": t.reason}
                     for t in taken if not t.accepted and not t.set_aside],
        "set_aside": [{"file": str(t.file), "reason": t.reason} for t in taken if t.set_aside]
        + [{"file": str(p), "reason": _REWRITTEN} for p in rewritten],
        "held": held,
        "notes": not_merged,
        "superseded": superseded,
        "conflicts": [{"measure": c.ref, "unit": units[c.unit_id].name,
                       "files": [f.file_name for f, _ in c.options]} for c in conflicts],
        "missing_units": [u.name for u in state.missing_units],
        "late": _late(state),
        "unjudged": _unjudged(state),
        "xlsx": str(a.xlsx) if a.xlsx else None, "pdf": str(a.pdf) if a.pdf else None,
    }

    def text():
        returns = len(taken) - sum(t.set_aside for t in taken)
        yield (f"Round {expected.period}: {len(accepted)} of {returns} files taken in"
               + (f", {len(again)} received before" if again else "")
               + (f"; {len(data['set_aside'])} set aside (not returns)."
                  if data["set_aside"] else "."))
        for t in accepted:
            yield f"  + {one_line(t.file.name)}: {t.unit}" + (f" ({t.reason})" if t.reason else "")
        for t in again:
            yield f"  = {one_line(t.file.name)}: {t.reason}"
        for r in data["rejected"]:
            yield f"  - {one_line(Path(r['file']).name)}: refused, {r['reason']}"
        for r in data["set_aside"]:
            yield f"  · {one_line(Path(r['file']).name)}: {r['reason']}"
        for h in held:
            yield (f"  Held: {one_line(h['file'])} ({h['unit']}): {h['reason']}; "
                   f"`kotodesk trust add` the signer or `kotodesk held accept --file "
                   f"{h['id']}`")
        for n in not_merged:
            yield f"  Note on {one_line(n['file'])}: " + "; ".join(n["notes"])
        for s in superseded:
            alike = s["file"] == s["by"]  # a correction sent under the same name
            yield (f"  Superseded: {one_line(s['file'])}"
                   + (f" signed {s['file_signed_at']} by the one signed {s['by_signed_at']}"
                      if alike else f" by {s['by']}")
                   + (" (out of order: signed earlier, taken in later)"
                      if s["out_of_order"] else ""))
        for c in data["conflicts"]:
            yield (f"  Conflict on {c['measure']} for {c['unit']}: " + " vs ".join(c["files"])
                   + " (settle with `kotodesk conflict choose` or --prefer newest)")
        yield from _late_lines(data["late"], data["unjudged"])
        if data["missing_units"]:
            yield "  Not returned yet: " + ", ".join(data["missing_units"])
        for out in (a.xlsx, a.pdf):
            if out:
                yield f"Wrote {out}"

    ctx.emit(data, text)
    complete = not data["rejected"] and not held and not conflicts and \
        not data["missing_units"]
    return OK if complete else NEGATIVE


def _late(state) -> list[dict[str, str]]:
    """The units whose (first counting) return was signed after the deadline the
    coordinator gave: returned, and counted, but late."""
    return [{"unit": u.unit.name, **u.late.to_dict()} for u in state.units
            if u.late is not None]


def _unjudged(state) -> list[dict[str, str]]:
    """The units whose return that counts is unsigned, none signed in time: whether
    they returned by the deadline cannot be told (coordinator.merged.unjudged_return)."""
    from kotodesk.coordinator.merged import unjudged_part

    return unjudged_part(state).get("unjudged", [])


def _late_lines(late: list[dict[str, str]], unjudged: list[dict[str, str]]):
    for item in late:
        signed = item["signed_at"][:19].replace("T", " ")
        yield (f"  Returned late: {item['unit']} ({one_line(item['file'])} signed {signed} "
               f"Helsinki time, after the deadline {item['deadline']})")
    for item in unjudged:
        yield (f"  Not judged against the deadline {item['deadline']}: {item['unit']} "
               f"({one_line(item['file'])} is unsigned, so when it was sent cannot be told)")


def do_inbox(ctx: Context) -> int:
    from kotodesk.coordinator.inbox import inbox_state

    ws = ctx.workspace
    round_ = ws.round(ctx.args.round, ctx.args.programme)
    data = [{"id": r.file_id, "file": r.file_name, "unit": r.unit, "status": r.status,
             "signer": r.signer, "signed_at": r.signed_at, "state": r.outcome,
             "detail": r.detail, "other_signed_at": r.other_signed_at, "notes": r.notes,
             "accepted_by": r.accepted_by}
            for r in inbox_state(ws, round_).rows]
    ctx.emit(data, [f"{d['id']:>4}  {d['file']:<40} {d['unit'][:34]:<34} {d['status']:<14} "
                    f"{d['state']}" + (f" ({d['detail']}" + (
                        f" signed {d['other_signed_at']}" if d["other_signed_at"] else "")
                        + ")" if d["detail"] else "")
                    + "".join(f"\n      {note}" for note in d["notes"])
                    for d in data] or ["No returns received yet."])
    return OK


def do_held_list(ctx: Context) -> int:
    from kotodesk.coordinator.inbox import HELD, inbox_state

    ws = ctx.workspace
    round_ = ws.round(ctx.args.round, ctx.args.programme)
    data = [{"id": r.file_id, "file": r.file_name, "unit": r.unit, "status": r.status,
             "signer": r.signer, "fingerprint": r.fingerprint, "reason": r.detail}
            for r in inbox_state(ws, round_).rows if r.outcome == HELD]
    ctx.emit(data, [f"{d['id']:>4}  {d['file']} ({d['unit']}): {d['reason']}"
                    + (f"\n      signer {d['signer']}, {d['fingerprint']}" if d["signer"]
                       else "") for d in data] or [f"No held files in round {round_.period}."])
    return OK


def do_held_accept(ctx: Context) -> int:
    from kotodesk.coordinator.received import held_reason
    from kotodesk.ops import coordinator

    a, ws = ctx.args, ctx.workspace
    round_ = ws.round(a.round, a.programme)
    files = coordinator.received_files(ws, round_)
    chosen = next((f for f in files if a.file in (str(f.id), f.file_name)), None)
    if chosen is None:
        raise UsageError(f"no received file {a.file!r} in round {round_.period}; see "
                         "`kotodesk held list`")
    reason = held_reason(chosen)
    done, _changes = coordinator.accept_file(ws, round_, chosen.id, _who(ctx))
    unit = ws.register.units[done.unit_id].name
    ctx.emit({"file": done.file_name, "id": done.id, "unit": unit, "was_held": reason,
              "accepted_by": done.accepted_by},
             [f"{done.file_name} ({unit}) counts now; it was held: {reason}."])
    return OK


def do_completeness(ctx: Context) -> int:
    from kotodesk.coordinator.merged import completeness

    ws = ctx.workspace
    round_ = ws.round(ctx.args.round, ctx.args.programme)
    state = completeness(ws, round_)
    programme = ws.catalogue(round_.programme_id, round_.catalogue_version).programme
    if ctx.args.reminder:
        from kotodesk.mail.round_mail import reminder_text

        text = reminder_text(ws, state, lang=mail_language(ctx))
        ctx.emit({"reminder": text}, [text or "Every unit has returned."])
        return OK
    data = {
        "round": round_.period,
        "units": [{"unit": u.unit.name, "returned": u.returned, "received_at": u.last_received,
                   "measures": u.measures, "reported": u.reported,
                   "review": u.review.state if u.review else "",
                   "late": u.late.to_dict() if u.late else None,
                   "unjudged": u.unjudged or None} for u in state.units],
        "themes": [{"theme": name, "reported": done, "measures": total}
                   for name, done, total in state.themes],
        "missing": [{"measure": m.ref, "units": [u.name for u in lacking]}
                    for m, lacking in state.missing],
    }

    def text():
        yield f"{programme.name}, round {round_.period}"
        for u in data["units"]:
            mark = ("returned late" if u["late"] else "returned, unsigned" if u["unjudged"]
                    else "returned") if u["returned"] else "NOT RETURNED"
            yield f"  {u['unit'][:50]:<50} {mark:<18} {u['reported']}/{u['measures']} measures"
        for t in data["themes"]:
            yield f"  {t['theme'][:50]:<50} {t['reported']}/{t['measures']} complete"
        yield from _late_lines(_late(state), _unjudged(state))

    ctx.emit(data, text)
    return OK if not state.missing_units else NEGATIVE


def do_review(ctx: Context) -> int:
    from kotodesk.ops import coordinator

    ws = ctx.workspace
    round_ = ws.round(ctx.args.round, ctx.args.programme)
    unit = ws.unit(ctx.args.unit)
    state = "accepted" if ctx.args.decision == "accept" else "returned"
    try:
        coordinator.review(ws, round_, unit.id, state, ctx.args.comment, _who(ctx))
    except coordinator.CommentNeeded:
        raise UsageError("say why with --comment: the unit sees it in its next "
                         "package") from None
    ctx.emit({"unit": unit.name, "round": round_.period, "review": state},
             [f"{unit.name}, {round_.period}: {state}"])
    return OK


def do_choose(ctx: Context) -> int:
    from kotodesk.datafolder.workspace import find_measure
    from kotodesk.ops import coordinator

    a, ws = ctx.args, ctx.workspace
    round_ = ws.round(a.round, a.programme)
    unit = ws.unit(a.unit)
    measure = find_measure(ws.catalogue(round_.programme_id, round_.catalogue_version),
                           a.measure)
    files = coordinator.received_files(ws, round_, unit.id)
    chosen = next((f for f in files if a.file in (str(f.id), f.file_name)), None)
    if chosen is None:
        known = ", ".join(f"{f.id} {f.file_name}" for f in files) or "none"
        raise UsageError(f"no received file {a.file!r} of {unit.name}; received: {known}")
    coordinator.choose_file(ws, round_, measure.ref, unit.id, chosen.id, _who(ctx))
    ctx.emit({"measure": measure.ref, "unit": unit.name, "file": chosen.file_name},
             [f"{measure.ref}, {unit.name}: {chosen.file_name} speaks for the unit."])
    return OK


def do_status(ctx: Context) -> int:
    from kotodesk.datafolder.workspace import find_measure
    from kotodesk.ops import coordinator

    a, ws = ctx.args, ctx.workspace
    round_ = ws.round(a.round, a.programme)
    measure = find_measure(ws.catalogue(round_.programme_id, round_.catalogue_version),
                           a.measure)
    coordinator.set_status(ws, round_, measure.ref, a.status, a.note, _who(ctx))
    ctx.emit({"measure": measure.ref, "status": a.status, "note": a.note},
             [f"{measure.ref}: merged status " + (a.status or "back to the default")])
    return OK
