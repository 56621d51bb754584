"""Is every part of a received .xlsx the one that was signed? And if not, what changed?

The cells are checked against the payload elsewhere (verify.compare_cells); this module
checks everything else a spreadsheet program shows or does: the workbook seal (see
xlsx_seal) lists the SHA-256 of every part as written, so a style, a number format, a
hidden row, a picture, a comment, a link or a sheet added after signing is found by a
hash per part, and named in words a coordinator understands. A file that a spreadsheet
program saved again changes nearly every part while its values stay the same; verify
then says so, and the signed PDF is what the signer saw.
"""

from __future__ import annotations

import hashlib
import re

from cryptography import x509

from kotodesk.signing.keys import certificate_der
from kotodesk.signing.sealing import SealError, open_sealed
from kotodesk.xlsx import seal as xlsx_seal
from kotodesk.xlsx.safe import Checked

# (pattern of a part's name, what it holds for a person), first match wins.
_PARTS = (
    (r"xl/styles\.xml", "styles and number formats"),
    (r"xl/workbook\.xml", "the sheet list, sheet names, hidden sheets or defined names"),
    (r"xl/worksheets/sheet\d+\.xml", "cells, row heights and column widths, hidden rows "
                                     "or columns, merged cells or conditional formats"),
    (r"xl/(drawings|media)/.*", "drawings or pictures"),
    (r".*(comments|threadedcomments|persons)/?.*|xl/comments\d*\.xml|.*vmldrawing.*",
     "comments"),
    (r"xl/externallinks/.*", "external links"),
    (r".*(embeddings|activex|oleobject|ctrlprops).*", "embedded objects or controls"),
    (r"xl/(charts|chartsheets|dialogsheets|macrosheets)/.*", "charts or extra sheets"),
    (r".*\.rels", "links between parts: hyperlinks, pictures, comments or external links"),
    (r"xl/sharedstrings\.xml", "the workbook's text table"),
    (r"docprops/.*", "document properties"),
    (r"\[content_types\]\.xml", "the list of the file's parts"),
    (r"customxml/.*", "custom XML data"),
    (r"xl/(theme|printersettings)/.*", "the theme or print settings"),
)
EARLIER_VERSION = ("sealed by an earlier kotodesk version, whose signature covers the "
                   "values but not how the workbook looks")


def _kind(name: str) -> int:
    lower = name.lower()
    return next((i for i, (pattern, _) in enumerate(_PARTS) if re.fullmatch(pattern, lower)),
                len(_PARTS))


def what(name: str) -> str:
    """A part's name as what it holds, for a person."""
    kind = _kind(name)
    return _PARTS[kind][1] if kind < len(_PARTS) else "a part kotodesk does not write"


def changes(checked: Checked, items: list[xlsx_seal.Item],
            certificate: x509.Certificate | None) -> str | None:
    """What differs from the workbook as its signer wrote it (one sentence), or None
    when every part is exactly the signed one."""
    item = next((i for i in items if i.workbook is not None), None)
    if item is None:
        return (EARLIER_VERSION if items else
                "the part holding the workbook's signature is missing (a spreadsheet "
                "program may have saved the file again)")
    try:
        opened = open_sealed(item.workbook or "")
    except SealError as exc:
        return f"the workbook's signature is damaged ({exc})"
    signed = opened.payload
    parts = signed.get("parts")
    if not opened.signature_valid or signed.get("format") != xlsx_seal.WORKBOOK_FORMAT \
            or not isinstance(parts, dict):
        return "the workbook's signature does not match what it signs"
    if certificate is None or opened.certificate is None or \
            certificate_der(opened.certificate) != certificate_der(certificate):
        return "the workbook's signature is by another key than the content's"
    if signed.get("item") != item.name or signed.get("sealed_sha256") != \
            hashlib.sha256(item.sealed.encode()).hexdigest():
        return "the workbook's signature belongs to another file"
    actual = {name: digest for name, digest in checked.digests.items() if name != item.name}
    # What a person sees first (sheets, styles, pictures, comments), plumbing last.
    found = sorted([(_kind(n), 0, n, "added") for n in set(actual) - set(parts)]
                   + [(_kind(n), 1, n, "removed") for n in set(parts) - set(actual)]
                   + [(_kind(n), 2, n, "changed") for n in set(parts) & set(actual)
                      if parts[n] != actual[n]])
    said = [f"{how} {n} ({what(n)})" for _, _, n, how in found]
    rebuilt = xlsx_seal.item_xml(item.sealed, item.workbook or "")
    if checked.digests.get(item.name) != hashlib.sha256(rebuilt).hexdigest():
        said.append(f"changed {item.name} (the part holding the signature)")
    if not said:
        return None
    more = f" and {len(said) - 4} more" if len(said) > 4 else ""
    return _saved_by(checked, parts) + "; ".join(said[:4]) + more


_APPLICATION = re.compile(rb"<(?:\w+:)?Application>([^<]{1,80})</(?:\w+:)?Application>")


def _saved_by(checked: Checked, parts: dict) -> str:
    """"saved again by LibreOffice: " when the file says which program saved it last."""
    name = "docProps/app.xml"
    if name not in checked.digests or parts.get(name) == checked.digests[name]:
        return ""
    match = _APPLICATION.search(checked.archive.read(name))
    program = match.group(1).decode("utf-8", "replace").split("/")[0].strip() if match else ""
    return f"saved again by {program}: " if program else ""
