"""`kotodesk return export` (a unit's signed return) and `kotodesk verify FILE…`."""

from __future__ import annotations

import argparse
from pathlib import Path

from kotodesk.cli.common import NEGATIVE, OK, Context, one_line, passphrase_options, signing_secret


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("return", help="a unit's signed return")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser("export", parents=[common],
                                help="write the signed .xlsx and .pdf of a unit's return")
    export.add_argument("--unit", required=True, help="register name or abbreviation")
    export.add_argument("--round", help="round id or period label (default: the open round)")
    export.add_argument("--programme", metavar="ID")
    export.add_argument("--out", required=True, type=Path, metavar="DIR")
    passphrase_options(export)
    export.set_defaults(handler=do_export)

    verify = sub.add_parser("verify", parents=[common],
                            help="is a kotodesk file genuine, and who signed it")
    verify.add_argument("files", nargs="+", type=Path, metavar="FILE",
                        help="a kotodesk file (.xlsx or .pdf); a folder's are each verified "
                             "(its subfolders searched, as merge searches)")
    verify.set_defaults(handler=do_verify)


def do_export(ctx: Context) -> int:
    from kotodesk.reporting import returns
    from kotodesk.signing import keys

    a, ws = ctx.args, ctx.workspace
    round_ = ws.round(a.round, a.programme)
    unit = ws.unit(a.unit)
    keys.own_certificate(ws.home)  # no key: say so before asking for a passphrase
    identity = keys.load_identity(ws.home, signing_secret(ctx))  # or a token's PIN
    result = returns.export(ws, round_, unit, identity, a.out)
    data = {"xlsx": str(result.xlsx), "pdf": str(result.pdf),
            "incomplete": result.incomplete, "warnings": result.warnings}

    def text():
        yield f"Wrote {result.xlsx}"
        yield f"Wrote {result.pdf}"
        if result.incomplete:
            yield f"Marked incomplete: {len(result.incomplete)} measures still lack something"
        yield from (f"Warning: {w}" for w in result.warnings)

    ctx.emit(data, text)
    return OK


def _files_to_verify(given: list[Path]) -> list[Path]:
    """Each file given, and the .xlsx and .pdf files of each folder given (a folder is not
    a file to call unreadable). A folder without any is refused by name."""
    from kotodesk.coordinator.inbox import RETURN_SUFFIXES, return_files
    from kotodesk.domain.errors import InputError

    files = []
    for path in given:
        found = return_files([path])
        if path.is_dir() and not found:
            raise InputError(f"is a folder with no {' or '.join(RETURN_SUFFIXES)} file in "
                             "it; nothing was verified", path=path)
        files += found
    return files


def do_verify(ctx: Context) -> int:
    from kotodesk.documents.examiners import examined
    from kotodesk.documents.verify import VALID, judge, verify_file
    from kotodesk.ops.trust import trusted_signers

    trusted = trusted_signers(ctx.workspace)
    files = _files_to_verify(ctx.args.files)
    # Examined beside this process: an abort is that file's refusal.
    found = examined(files, trusted, keep_bytes=False, isolate=True)
    results = [judge(one, trusted) if one is not None else verify_file(path, trusted)
               for path, one in zip(files, found, strict=True)]

    def text():
        for r in results:
            where = ", ".join(part for part in (r.unit, r.round) if part)  # a package: no unit
            who = (f"{r.signer} ({where})" if where else r.signer) if r.signer else ""
            yield f"{one_line(r.file)}: {r.status}" + (f", {who}" if who else "")
            if r.message:
                yield f"    {r.message}"
            for warning in r.warnings:
                yield f"    Warning: {warning}"

    ctx.emit([r.to_dict() for r in results], text)
    return OK if all(r.status == VALID for r in results) else NEGATIVE
