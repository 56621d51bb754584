"""`kotodesk mail return | remind | package`: the e-mail drafts the window writes, as .eml
files in a folder, for batch work (kotodesk.mail). Nothing is sent and nothing is opened:
the person's mail program opens the files."""

from __future__ import annotations

import argparse
from pathlib import Path

from kotodesk.cli.common import MAIL_LANGUAGES, OK, Context, mail_language


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("mail", help="e-mail drafts (.eml) for your mail program")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, parents=[common], help=help_text)
        parser.add_argument("--out", required=True, type=Path, metavar="DIR",
                            help="folder for the .eml files")
        parser.add_argument("--round", help="round id or period (default: the open round)")
        parser.add_argument("--programme", metavar="ID")
        parser.add_argument("--language", choices=MAIL_LANGUAGES,
                            help="of the subject and text (default: the data folder's)")
        return parser

    ret = add("return", "a draft to the coordinator with a unit's signed return attached")
    ret.add_argument("files", nargs="+", type=Path, metavar="FILE",
                     help="the .xlsx and .pdf that `return export` wrote")
    ret.add_argument("--unit", required=True, metavar="U")
    ret.set_defaults(handler=do_return)
    remind = add("remind", "one reminder draft per unit that has not returned")
    remind.set_defaults(handler=do_remind)
    package = add("package", "one draft per unit of the round with the round package")
    package.add_argument("file", type=Path, metavar="PACKAGE.xlsx")
    package.set_defaults(handler=do_package)


def _write(ctx: Context, drafts: list) -> int:
    from kotodesk.mail.drafts import write_all

    written = write_all(drafts, ctx.args.out)
    ctx.emit([{"file": str(p), "to": list(d.to), "subject": d.subject,
               "attachments": [str(a) for a in d.attachments],
               "unusable_addresses": list(d.unusable)}
              for p, d in zip(written, drafts, strict=True)],
             [*(_wrote(p, d) for p, d in zip(written, drafts, strict=True)),
              *([] if written else ["No drafts: nothing to send."])])
    return OK


def _wrote(path: Path, draft) -> str:
    """The line for one draft: with what is wrong with an address that was known."""
    if not draft.to:
        said = "; ".join(draft.unusable) if draft.unusable else "no address known"
        return f"Wrote {path} ({said}: fill in To)"
    if draft.unusable:
        return f"Wrote {path} (left out: {'; '.join(draft.unusable)})"
    return f"Wrote {path}"


def do_return(ctx: Context) -> int:
    from kotodesk.mail.attached import own_return
    from kotodesk.mail.round_mail import return_draft, sender_name

    ws, a = ctx.workspace, ctx.args
    round_, unit = ws.round(a.round, a.programme), ws.unit(a.unit)
    own_return(ws, round_, unit, list(a.files))
    draft = return_draft(ws, round_, unit, list(a.files), lang=mail_language(ctx),
                         sender=sender_name(ws))
    return _write(ctx, [draft])


def do_remind(ctx: Context) -> int:
    from kotodesk.coordinator.merged import completeness
    from kotodesk.mail.round_mail import reminder_drafts, sender_name

    ws, a = ctx.workspace, ctx.args
    state = completeness(ws, ws.round(a.round, a.programme))
    made = reminder_drafts(ws, state, lang=mail_language(ctx), sender=sender_name(ws))
    return _write(ctx, [d for _, d in made])


def do_package(ctx: Context) -> int:
    from kotodesk.domain.errors import InputError
    from kotodesk.mail.attached import own_package
    from kotodesk.mail.round_mail import package_drafts, sender_name

    ws, a = ctx.workspace, ctx.args
    if not a.file.is_file():
        raise InputError("no such file", path=a.file)
    round_ = ws.round(a.round, a.programme)
    own_package(ws, round_, a.file)
    made = package_drafts(ws, round_, a.file, lang=mail_language(ctx), sender=sender_name(ws))
    return _write(ctx, [d for _, d in made])
