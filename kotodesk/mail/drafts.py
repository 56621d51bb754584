"""One e-mail draft: a MIME message with its attachments byte for byte, marked unsent.

`X-Unsent: 1` makes Outlook (Windows and macOS) open the .eml as a new message ready to
send instead of a received one. The message has no Date and no Message-ID: the mail
program sets them when it sends (and `email.utils.make_msgid` would look up this
computer's name on the network). Line endings are CRLF, as RFC 5322 and Outlook want.
"""

from __future__ import annotations

import email.policy
import mimetypes
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

from kotodesk.domain.errors import InputError, read_reason
from kotodesk.domain.messages import message as said  # `message` is the e-mail here
from kotodesk.system.atomic import write_bytes

SUFFIX = ".eml"
MAX_ATTACHMENTS_BYTES = 60 * 1024 * 1024  # above most mail servers' limit: say so early
_TYPES = {
    ".xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ".pdf": ("application", "pdf"),
}


@dataclass(frozen=True)
class Draft:
    """What a draft says; `to` and `bcc` may be empty (the person fills them in)."""

    subject: str
    body: str
    to: tuple[str, ...] = ()
    attachments: tuple[Path, ...] = ()
    bcc: tuple[str, ...] = ()
    sender: str = ""  # "Name <address>" or an address; empty: the mail program's own
    name: str = "luonnos"  # the .eml file's stem, as people see it in a folder


def address(name: str, email_address: str) -> str:
    """'Eeva Esimerkki <eeva@hel.fi>' (quoted and encoded as RFC 5322 needs), or ''."""
    email_address = email_address.strip()
    return formataddr((name.strip(), email_address)) if email_address else ""


def _content_type(path: Path) -> tuple[str, str]:
    known = _TYPES.get(path.suffix.lower())
    if known:
        return known
    guessed, _ = mimetypes.guess_type(path.name)
    return tuple(guessed.split("/", 1)) if guessed else ("application", "octet-stream")  # type: ignore[return-value]


def build(draft: Draft) -> EmailMessage:
    """The MIME message: text/plain UTF-8 body, each file attached under its own name."""
    message = EmailMessage(policy=email.policy.SMTP)
    if draft.sender:
        message["From"] = draft.sender
    if draft.to:
        message["To"] = ", ".join(draft.to)
    if draft.bcc:
        message["Bcc"] = ", ".join(draft.bcc)
    message["Subject"] = draft.subject
    message["X-Unsent"] = "1"
    message.set_content(draft.body, charset="utf-8")
    total = 0
    for path in draft.attachments:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(said("not-attachable", reason=read_reason(exc)), path=path) from None
        total += len(data)
        if total > MAX_ATTACHMENTS_BYTES:
            raise InputError(said("attachments-too-large",
                                  megabytes=MAX_ATTACHMENTS_BYTES // 2**20), path=path)
        maintype, subtype = _content_type(Path(path))
        message.add_attachment(data, maintype=maintype, subtype=subtype,
                               filename=Path(path).name)
    return message


def write(draft: Draft, folder: Path) -> Path:
    """Write the draft as `folder/<name>.eml`, whole or not at all; its path."""
    target = Path(folder) / f"{draft.name}{SUFFIX}"
    write_bytes(target, build(draft).as_bytes())
    return target
