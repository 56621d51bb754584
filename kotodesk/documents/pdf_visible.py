"""Do a signed PDF's pages say what its sealed content says?

The signature proves who made the file and that nothing changed since; it does not prove
that the pages a person reads agree with the machine-readable content kotodesk takes in,
because the signer draws both. So a PDF whose signature holds is also rendered again from
its sealed payload, with the same page builder that wrote it, and the words a PDF reader
extracts from both (pypdf, the way pdftotext or a screen reader finds them) must be the
same sequence. Words are compared, not lines: text is normalised (NFKC, soft hyphens and
hyphens at line ends removed, whitespace collapsed), so a different line break or
hyphenation does not matter, a changed, added or removed word does. Annotations a viewer
shows over the page (notes, free text, stamps) count as well: a page may carry only the
signature's widget and the links the renderer makes.

Limits, said in the README: the text is what the fonts' ToUnicode maps say the glyphs
are, and colour, size and position are not compared (white or tiny text is still text
here); a PDF made by a kotodesk version whose page layout differs from this one's is
reported as modified, and its .xlsx or sealed content is then the file to go by.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from typing import Any

_BREAK = re.compile(r"[\u00ad\u2010-]\s*\n\s*")
_ALLOWED = {"/Link", "/Widget"}


def _renderers() -> dict[str, Callable[[dict[str, Any], str], bytes]]:
    def return_pdf(payload: dict[str, Any], fingerprint: str) -> bytes:
        from kotodesk.documents import report
        from kotodesk.documents.return_pdf import return_pages

        return return_pages(report.from_payload(payload), fingerprint=fingerprint).data

    def summary(payload: dict[str, Any], fingerprint: str) -> bytes:
        from kotodesk.documents.summary_pdf import summary_pages

        return summary_pages(payload, fingerprint=fingerprint).data

    return {"kotodesk-return/1": return_pdf, "kotodesk-merged/1": summary}


def words(text: str) -> list[str]:
    """The words of extracted text, insensitive to line breaks and hyphenation."""
    text = _BREAK.sub("", unicodedata.normalize("NFKC", text).replace("\u00ad", ""))
    return [w.replace("-", "") for w in text.split() if w.replace("-", "")]


def _read(data: bytes) -> tuple[list[str], Counter[str]]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    found: list[str] = []
    annotations: Counter[str] = Counter()
    for page in reader.pages:
        found += words(page.extract_text() or "")
        for annotation in page.get("/Annots") or ():
            annotations[str(annotation.get_object().get("/Subtype", "?"))] += 1
    return found, annotations


def difference(data: bytes, payload: dict[str, Any], fingerprint: str) -> str | None:
    """Where the pages of `data` say something else than `payload` renders to (one
    sentence), or None when they say the same."""
    import logging

    render = _renderers().get(payload.get("format", ""))
    if render is None:
        return (f"kotodesk cannot render a {payload.get('format')!r} document, so its pages "
                "cannot be compared with its signed content")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        expected, allowed = _read(render(payload, fingerprint))
    except (KeyError, TypeError, ValueError) as exc:
        return f"the signed content cannot be rendered ({type(exc).__name__}: {exc})"
    try:
        shown, annotations = _read(data)
    except Exception as exc:  # pypdf raises many kinds for a page it cannot read
        return f"its pages cannot be read ({type(exc).__name__})"
    extra = [kind for kind, n in annotations.items()
             if kind not in _ALLOWED or n > allowed[kind] + (kind == "/Widget")]
    if extra:
        return ("its pages carry annotations the signed content does not have ("
                + ", ".join(sorted(k.lstrip("/") for k in extra)) + ")")
    if shown == expected:
        return None
    at = next((i for i, (a, b) in enumerate(zip(shown, expected, strict=False)) if a != b),
              min(len(shown), len(expected)))
    return (f"its pages say {_quote(shown, at)} where the signed content reads "
            f"{_quote(expected, at)} (word {at + 1:,})")


def _quote(sequence: list[str], at: int) -> str:
    part = sequence[max(0, at - 3):at + 5]
    return "“" + " ".join(part)[:120] + "”" if part else "nothing"
