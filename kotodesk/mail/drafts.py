"""One e-mail draft: a MIME message with its attachments byte for byte, marked unsent.

`X-Unsent: 1` makes Outlook (Windows and macOS) open the .eml as a new message ready to
send instead of a received one. The message has no Date and no Message-ID: the mail
program sets them when it sends (and `email.utils.make_msgid` would look up this
computer's name on the network). Line endings are CRLF, as RFC 5322 and Outlook want.

What goes into a header comes from other people: a unit's name from an imported
catalogue, a name and an address from a certificate someone made. A line break there
would add a header of its own ("x\r\nBcc: evil@x"; the standard library refuses it with
an error instead, but writes one that came encoded, "=?utf-8?q?x=0D=0ABcc:_evil@x?="), so
header texts are made one line and never hold an encoded word, and an address is used
only when it is one plain address a mail program can send to ("a@b.fi>, evil@x <c@d" is
two, and `address` refuses it); a draft without one has an empty To for the person to
fill in.
"""

from __future__ import annotations

import email.policy
import mimetypes
import os
import re
from dataclasses import dataclass
from email.header import Header
from email.message import EmailMessage
from pathlib import Path

from kotodesk.domain.errors import InputError, WriteError, read_reason
from kotodesk.domain.messages import message as said  # `message` is the e-mail here
from kotodesk.domain.text import entered
from kotodesk.system.atomic import together, umask

SUFFIX = ".eml"
DISPLAY_NAME = 60  # characters of a name in To: a longer one is cut (see _display_name)
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
    # Addresses known but not usable (not one plain address), each a message naming the
    # address and where it came from: said instead of "no address known".
    unusable: tuple[str, ...] = ()


# Every line break str.splitlines knows (the standard library refuses a header holding
# one), the other C0 and C1 controls and DEL: a header holds none of them.
_NOT_IN_HEADER = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL = re.compile(rf"{_ATOM}(?:\.{_ATOM})*")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN = re.compile(rf"(?:{_LABEL}\.)+{_LABEL}")
_SPECIALS = str.maketrans(dict.fromkeys('()<>[]:;@\\,."', " "))  # RFC 5322's, quoted in a name


def header_text(text: str) -> str:
    """`text` on one line, as a header can carry it: each run of line breaks and other
    control characters is one space, and "=?" is "= ?". The standard library reads
    "=?utf-8?q?x=0D=0ABcc:_evil@x?=" in a header's value as an encoded word and writes
    what it decodes to, a line break and all, as it is (a Bcc header of its own; an error
    in an address); only those two characters change."""
    return _one_line(text).replace("=?", "= ?")


def _one_line(text: str) -> str:
    return " ".join(_NOT_IN_HEADER.sub(" ", text).split())


def mailbox(email_address: str) -> str:
    """The address as a mail program sends to it ('eeva@xn--hmeenlinna-v5a.fi' for a
    domain in other letters than ASCII), or '' when it is not one plain address: a list,
    a name in angle brackets, no domain, a local part in other letters than ASCII (a
    draft in ASCII headers cannot carry that)."""
    local, at, domain = email_address.strip().rpartition("@")
    if not at or len(local) > 64 or not _LOCAL.fullmatch(local):
        return ""
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return ""
    return f"{local}@{domain}" if _DOMAIN.fullmatch(domain) else ""


def address(name: str, email_address: str) -> str:
    """'Eeva Esimerkki <eeva@hel.fi>', the name as `_display_name` shows it, or '' when
    `email_address` is not one plain address (`mailbox`)."""
    found = mailbox(email_address)
    shown = _display_name(name) if found else ""
    return f"{shown} <{found}>" if shown else found


def _display_name(name: str) -> str:
    """The name as To shows it: one line, at most DISPLAY_NAME characters, without the
    characters that would need quoting ("Virtanen, Matti (Kasko)" is "Virtanen Matti
    Kasko"), which the standard library mishandles: it folded a quoted name longer than
    a line by dropping its quotes, and a comma or an angle bracket in it then split it or
    took the address's place ('Eeva Esimerkki, Kasvatuksen ja koulutuksen toimiala
    <evil@x> …' went to evil@x)."""
    shown = " ".join(header_text(name).translate(_SPECIALS).split())
    return shown if len(shown) <= DISPLAY_NAME else shown[:DISPLAY_NAME - 1].rstrip() + "…"


def _address_header(field: str, entries: tuple[str, ...]) -> bytes:
    """`field: ` and the addresses, one a line, each name in other letters than ASCII as
    RFC 2047 encoded words, as kotodesk writes them and not as the standard library
    folds them: at a line's end it wrote the comma between two addresses as an encoded
    word of its own ('=?utf-8?q?=2C?='), and the two were read as one."""
    lines = []
    for entry in entries:
        name, bracket, rest = _one_line(entry).rpartition(" <")
        found = mailbox(rest.removesuffix(">") if bracket else entry)
        if not found:
            continue  # not made by `address`: nothing it does not vouch for
        name = _display_name(name)
        if name and not name.isascii():
            name = Header(name, "utf-8", header_name=field).encode(linesep="\r\n")
        lines.append(f"{name} <{found}>" if name else found)
    return (f"{field}: " + ",\r\n ".join(lines) + "\r\n").encode("ascii") if lines else b""
def _content_type(path: Path) -> tuple[str, str]:
    known = _TYPES.get(path.suffix.lower())
    if known:
        return known
    guessed, _ = mimetypes.guess_type(path.name)
    return tuple(guessed.split("/", 1)) if guessed else ("application", "octet-stream")  # type: ignore[return-value]


def as_bytes(draft: Draft) -> bytes:
    """The draft as the .eml file holds it: the address headers, then `build`'s message."""
    return b"".join([_address_header("From", (draft.sender,)),
                     _address_header("To", draft.to), _address_header("Bcc", draft.bcc),
                     build(draft).as_bytes()])


def build(draft: Draft) -> EmailMessage:
    """The MIME message but its address headers (`as_bytes` writes them): the subject,
    a text/plain UTF-8 body, each file attached under its own name."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["Subject"] = header_text(draft.subject)
    message["X-Unsent"] = "1"
    message.set_content(entered(draft.body), charset="utf-8")
    _check_attachments(draft)
    for path in draft.attachments:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(said("not-attachable", reason=read_reason(exc)), path=path) from None
        maintype, subtype = _content_type(Path(path))
        message.add_attachment(data, maintype=maintype, subtype=subtype,
                               filename=header_text(Path(path).name))
    return message


def write(draft: Draft, folder: Path) -> Path:
    """Write the draft as `folder/<name>.eml`, whole or not at all; its path."""
    return write_all([draft], folder)[0]


def write_all(items: list[Draft], folder: Path) -> list[Path]:
    """Write each draft as `folder/<name>.eml`, all of them or none (a disk that fills at
    the tenth of fifteen reminders leaves the folder as it was, and the error names the
    file); their paths, in order. Two drafts of one name (two units whose names differ
    only in punctuation, or in case, which Windows and macOS do not tell apart) do not
    overwrite each other: the second is `<name>-2.eml`."""
    for draft in items:  # before the folder is made: a missing file makes nothing
        _check_attachments(draft)
    targets = _targets(items, Path(folder))
    try:
        with together(targets) as temps:
            for draft, temp in zip(items, temps, strict=True):
                data = as_bytes(draft)  # one at a time: each may carry a package
                try:
                    with open(temp, "wb") as handle:
                        handle.write(data)
                        handle.flush()
                        os.fsync(handle.fileno())
                    os.chmod(temp, 0o666 & ~umask())  # as any file the person saves
                except OSError as exc:
                    raise WriteError.from_os_error(temp, exc) from None
    except OSError as exc:  # the folder's, or a name taken by a folder
        raise WriteError.from_os_error(exc.filename or folder, exc) from None
    return targets


def _check_attachments(draft: Draft) -> None:
    """The error `build` would meet reading the draft's files, said before it starts."""
    total = 0
    for path in draft.attachments:
        try:
            with open(path, "rb") as handle:
                total += os.fstat(handle.fileno()).st_size
        except OSError as exc:
            raise InputError(said("not-attachable", reason=read_reason(exc)), path=path) from None
        if total > MAX_ATTACHMENTS_BYTES:
            raise InputError(said("attachments-too-large",
                                  megabytes=MAX_ATTACHMENTS_BYTES // 2**20), path=path)


def _targets(items: list[Draft], folder: Path) -> list[Path]:
    taken: set[str] = set()
    targets = []
    for draft in items:
        base = draft.name or "luonnos"
        stem, count = base, 1
        while stem.casefold() in taken:
            count += 1
            stem = f"{base}-{count}"
        taken.add(stem.casefold())
        targets.append(folder / f"{stem}{SUFFIX}")
    return targets
