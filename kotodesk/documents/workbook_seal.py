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

import functools
import hashlib
import re

from cryptography import x509

from kotodesk.domain.messages import joined, message, of_error
from kotodesk.domain.text import grouped
from kotodesk.signing.keys import certificate_der
from kotodesk.signing.sealing import SealError, open_sealed
from kotodesk.xlsx import seal as xlsx_seal
from kotodesk.xlsx.safe import Checked

# (pattern of a part's name, the message saying what it holds for a person), first match
# wins.
_PARTS = (
    (r"xl/styles\.xml", "part-styles"),
    (r"xl/workbook\.xml", "part-workbook"),
    (r"xl/worksheets/sheet\d+\.xml", "part-sheet"),
    (r"xl/(drawings|media)/.*", "part-drawings"),
    (r".*(comments|threadedcomments|persons)/?.*|xl/comments\d*\.xml|.*vmldrawing.*",
     "part-comments"),
    (r"xl/externallinks/.*", "part-external-links"),
    (r".*(embeddings|activex|oleobject|ctrlprops).*", "part-objects"),
    (r"xl/(charts|chartsheets|dialogsheets|macrosheets)/.*", "part-charts"),
    (r".*\.rels", "part-relations"),
    (r"xl/sharedstrings\.xml", "part-texts"),
    (r"docprops/.*", "part-properties"),
    (r"\[content_types\]\.xml", "part-content-types"),
    (r"customxml/.*", "part-custom-xml"),
    (r"xl/(theme|printersettings)/.*", "part-theme"),
)
EARLIER_VERSION = message("sealed-earlier")


@functools.lru_cache(maxsize=1024)
def _kind(name: str) -> int:
    """Which of _PARTS a part's name is (len(_PARTS): none). Kept for the names met:
    every return has the same twenty parts, and unlike_kotodesk asks of each (fourteen
    patterns a name, ~0.1 ms a file); the cache is bounded for a file of many names."""
    lower = name.lower()
    return next((i for i, (pattern, _) in enumerate(_PARTS) if re.fullmatch(pattern, lower)),
                len(_PARTS))


# What kotodesk never writes and a spreadsheet program shows over or beside the cells.
_OVER_CELLS = {"part-drawings", "part-comments", "part-external-links", "part-objects",
               "part-charts"}


def shown_over_cells(name: str) -> bool:
    """Whether a part is one of those (workbook_look refuses a signer's own of them)."""
    kind = _kind(name)
    return kind < len(_PARTS) and _PARTS[kind][1] in _OVER_CELLS


def what(name: str) -> str:
    """A part's name as what it holds, for a person."""
    kind = _kind(name)
    return message(_PARTS[kind][1] if kind < len(_PARTS) else "part-unknown")


def changes(checked: Checked, items: list[xlsx_seal.Item],
            certificate: x509.Certificate | None) -> str | None:
    """What differs from the workbook as its signer wrote it (one sentence), or None
    when every part is exactly the signed one."""
    item = next((i for i in items if i.workbook is not None), None)
    if item is None:
        return EARLIER_VERSION if items else message("workbook-seal-missing")
    try:
        opened = open_sealed(item.workbook or "")
    except SealError as exc:
        return message("workbook-seal-damaged", detail=of_error(exc))
    signed = opened.payload
    parts = signed.get("parts")
    if not opened.signature_valid or signed.get("format") != xlsx_seal.WORKBOOK_FORMAT \
            or not isinstance(parts, dict):
        return message("workbook-seal-mismatch")
    if certificate is None or opened.certificate is None or \
            certificate_der(opened.certificate) != certificate_der(certificate):
        return message("workbook-seal-other-key")
    if signed.get("item") != item.name or signed.get("sealed_sha256") != \
            hashlib.sha256(item.sealed.encode()).hexdigest():
        return message("workbook-seal-other-file")
    actual = {name: digest for name, digest in checked.digests.items() if name != item.name}
    # What a person sees first (sheets, styles, pictures, comments), plumbing last.
    found = sorted([(_kind(n), 0, n, "added") for n in set(actual) - set(parts)]
                   + [(_kind(n), 1, n, "removed") for n in set(parts) - set(actual)]
                   + [(_kind(n), 2, n, "changed") for n in set(parts) & set(actual)
                      if parts[n] != actual[n]])
    said = [message(f"part-{how}", part=n, what=what(n)) for _, _, n, how in found]
    rebuilt = xlsx_seal.item_xml(item.sealed, item.workbook or "")
    if checked.digests.get(item.name) != hashlib.sha256(rebuilt).hexdigest():
        said.append(message("seal-part-changed", part=item.name))
    if not said:
        return None
    text = joined(said[:4])
    if len(said) > 4:
        text = message("and-more", changes=text, count=grouped(len(said) - 4))
    program = _saved_by(checked, parts)
    return message("saved-again-by", program=program, changes=text) if program else text


_APPLICATION = re.compile(rb"<(?:\w+:)?Application>([^<]{1,80})</(?:\w+:)?Application>")


def _saved_by(checked: Checked, parts: dict) -> str:
    """"LibreOffice" when the file says which program saved it last (and changed its
    properties since signing)."""
    name = "docProps/app.xml"
    if name not in checked.digests or parts.get(name) == checked.digests[name]:
        return ""
    match = _APPLICATION.search(checked.archive.read(name))
    program = match.group(1).decode("utf-8", "replace").split("/")[0].strip() if match else ""
    return program
