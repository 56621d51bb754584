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
here); a PDF whose pages were drawn by another kotodesk version (its payload names
another report.PAGES) cannot be drawn again here: it is reported as modified, saying so
(drawn_otherwise), and its .xlsx or sealed content is then the file to go by.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from kotodesk.domain.messages import listed, message
from kotodesk.domain.text import grouped

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


def _reader(data: bytes):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data), strict=False)


def _annotations(reader) -> Counter[str]:
    found: Counter[str] = Counter()
    for page in reader.pages:
        for annotation in page.get("/Annots") or ():
            found[str(annotation.get_object().get("/Subtype", "?"))] += 1
    return found


def _words(reader) -> list[str]:
    found: list[str] = []
    for page in reader.pages:
        found += words(page.extract_text() or "")
    return found


# What a page inherits from the page tree when it does not say it itself (PDF 32000-1,
# 7.7.3.4): compared as each page ends up with, so a parent cannot change what is shown.
_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")
_NOT_SHOWN = {"/Annots", "/Parent"}  # annotations are counted apart; the tree is walked
_STREAM_CODING = {"/Length", "/Filter", "/DecodeParms"}  # same bytes, however coded


def same_pages(shown, expected) -> bool:
    """Are the pages of `shown` and `expected` (pypdf readers) the same objects: the same
    content streams, fonts, images and other resources, compared decoded and resolved?

    When they are, every word a reader extracts from them is the same, so the word
    comparison has nothing left to find and is not run (it is three quarters of a
    verification); when they are not, it runs and says where they differ. The pages of a
    genuine file are the renderer's own bytes (reportlab is run invariant), so this holds
    for every genuine file of this kotodesk version."""
    if len(shown.pages) != len(expected.pages):
        return False
    seen: set[tuple[tuple[int, int, int], ...]] = set()
    for a, b in zip(shown.pages, expected.pages, strict=True):
        keys = (set(a) | set(b)) - _NOT_SHOWN - set(_INHERITED)
        if not all(_same(a.get(k), b.get(k), seen) for k in keys):
            return False
        if not all(_same(_inherit(a, k), _inherit(b, k), seen) for k in _INHERITED):
            return False
    return True


def _inherit(page, key: str):
    node, depth = page, 0
    while node is not None and depth < 64:  # a looped page tree ends here, unequal
        if key in node:
            return node[key]
        node, depth = node.get("/Parent"), depth + 1
        node = node.get_object() if node is not None else None
    return None


def _same(a, b, seen: set[tuple[tuple[int, int, int], ...]]) -> bool:
    if isinstance(a, IndirectObject) and isinstance(b, IndirectObject):
        pair = (id(a.pdf), a.idnum, a.generation), (id(b.pdf), b.idnum, b.generation)
        if pair in seen:  # already being compared further up: equal unless shown not
            return True
        seen.add(pair)
    a = a.get_object() if isinstance(a, IndirectObject) else a
    b = b.get_object() if isinstance(b, IndirectObject) else b
    if isinstance(a, StreamObject) or isinstance(b, StreamObject):
        if not (isinstance(a, StreamObject) and isinstance(b, StreamObject)):
            return False
        keys = (set(a) | set(b)) - _STREAM_CODING
        return (all(_same(a.get(k), b.get(k), seen) for k in keys)
                and a.get_data() == b.get_data())
    if isinstance(a, DictionaryObject) or isinstance(b, DictionaryObject):
        return (isinstance(a, DictionaryObject) and isinstance(b, DictionaryObject)
                and set(a) == set(b) and all(_same(a[k], b[k], seen) for k in a))
    if isinstance(a, ArrayObject) or isinstance(b, ArrayObject):
        return (isinstance(a, ArrayObject) and isinstance(b, ArrayObject)
                and len(a) == len(b)
                and all(_same(x, y, seen) for x, y in zip(a, b, strict=True)))
    return type(a) is type(b) and a == b


def drawn_otherwise(payload: dict[str, Any]) -> str | None:
    """Why the pages of a PDF sealed with `payload`, which differ from what this kotodesk
    draws from it, may not have been changed (one sentence): its payload records another
    kotodesk's drawing of the pages (report.PAGES). None when it records this one's, or
    none (drawn before the number was recorded). The signer writes the number, so the
    file stays modified either way: it only says why the pages cannot be checked here."""
    from kotodesk.documents.report import PAGES, made_by, recorded_number

    pages = recorded_number(payload, "pages", PAGES)
    if pages == PAGES:
        return None
    which = made_by(payload) or message("another-kotodesk")
    return message("pdf-drawn-by-newer" if pages > PAGES else "pdf-drawn-by-older",
                   maker=which, pages=str(pages), ours=str(PAGES))


def difference(data: bytes, payload: dict[str, Any], fingerprint: str) -> str | None:
    """Where the pages of `data` say something else than `payload` renders to (one
    sentence), or None when they say the same."""
    import logging

    render = _renderers().get(payload.get("format", ""))
    if render is None:
        return message("pdf-cannot-render", format=repr(payload.get("format")))
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        rendered = _reader(render(payload, fingerprint))
        allowed = _annotations(rendered)
    except (KeyError, TypeError, ValueError) as exc:
        return message("pdf-content-unrenderable", detail=f"{type(exc).__name__}: {exc}")
    try:
        received = _reader(data)
        annotations = _annotations(received)
        same = same_pages(received, rendered)
        shown = [] if same else _words(received)
    except Exception as exc:  # pypdf raises many kinds for a page it cannot read
        return message("pdf-pages-unreadable", detail=type(exc).__name__)
    extra = [kind for kind, n in annotations.items()
             if kind not in _ALLOWED or n > allowed[kind] + (kind == "/Widget")]
    if extra:
        return message("pdf-annotations", kinds=listed(sorted(k.lstrip("/") for k in extra)))
    if same:
        return None
    try:
        expected = _words(rendered)
    except (KeyError, TypeError, ValueError) as exc:
        return message("pdf-content-unrenderable", detail=f"{type(exc).__name__}: {exc}")
    if shown == expected:
        return None
    at = next((i for i, (a, b) in enumerate(zip(shown, expected, strict=False)) if a != b),
              min(len(shown), len(expected)))
    return message("pdf-pages-differ", shown=_quote(shown, at), signed=_quote(expected, at),
                   word=grouped(at + 1))


def _quote(sequence: list[str], at: int) -> str:
    part = sequence[max(0, at - 3):at + 5]
    return "“" + " ".join(part)[:120] + "”" if part else message("nothing")
