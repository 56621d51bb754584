"""The meeting summary: the signed PDF a steering group reads in ten minutes.

The overview comes first and stays short (summary_overview: a cover with the figures
and the legend, the statuses per theme as a table and a chart, the change since the
previous round, who has not returned); the details follow, each theme from a new page
(summary_details). Rendered from the merged payload's report.Document, with an outline
of bookmarks, and signed like a return: PAdES, the sealed merged payload embedded, so
`kotodesk verify` reads the summary back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from kotodesk.documents import report
from kotodesk.documents.pdf.outline import Marked
from kotodesk.documents.pdf.pages import MUTED, BuiltPdf, Furniture, build, finnish_time, styles
from kotodesk.documents.summary_details import detail_table
from kotodesk.documents.summary_facts import round_change, still_owed
from kotodesk.documents.summary_overview import (
    KIND,
    NOTE_FILL,
    change_section,
    cover_page,
    returns_section,
    status_page,
)
from kotodesk.signing.keys import Identity, fingerprint
from kotodesk.signing.pades import SEALED_NAME, sign_pdf
from kotodesk.system import atomic

MISSING_INK = colors.HexColor("#8a1c14")  # a unit's missing part: dark red on pale red
MISSING_FILL = colors.HexColor("#fbe3e0")


def write_summary_pdf(payload: dict[str, Any], sealed: str, identity: Identity,
                      target: Path) -> None:
    """Write the signed meeting summary of a merged payload (atomically)."""
    atomic.write_bytes(target, summary_pdf_bytes(payload, sealed, identity))


def summary_pdf_bytes(payload: dict[str, Any], sealed: str, identity: Identity) -> bytes:
    built = summary_pages(payload, fingerprint=fingerprint(identity.certificate))
    return sign_pdf(built.data, identity, place=built.signature,
                    attachments={SEALED_NAME: sealed.encode("ascii")},
                    reason=f"{KIND}: {payload['round']['period']}")


def summary_pages(payload: dict[str, Any], *, fingerprint: str = "") -> BuiltPdf:
    """The unsigned pages of the summary, and where its signature box is."""
    document = report.from_payload(payload)
    s = summary_styles()
    change = round_change(document, payload.get("previous"))
    story: list = [*cover_page(document, payload, s, fingerprint), PageBreak(),
                   *status_page(document, s), PageBreak(),
                   *change_section(document, change, s), CondPageBreak(140),
                   *returns_section(payload, still_owed(payload, document), s)]
    for number, section in enumerate(document.sections):
        entries = [(f"teema-{section.position}", f"{section.position}. {section.name}", 1)]
        if number == 0:
            entries.insert(0, ("toimenpiteet", "Toimenpiteet teemoittain", 0))
        story += [PageBreak(), Marked(Spacer(1, 0.1), entries),
                  detail_table(document, section, s)]
    furniture = Furniture(
        header_left=document.programme,
        header_right=f"{KIND} · seurantakierros {document.period}",
        footer_left=f"Koonnut {document.signer} · allekirjoitettu "
                    f"{finnish_time(document.signed_at)}")
    return build(story, furniture,
                 title=f"{document.programme}: {KIND.lower()} {document.period}",
                 author=document.signer, subject=document.period_line)


def summary_styles() -> dict[str, ParagraphStyle]:
    """pdf_pages' styles and the summary's own: the cover's, headings, tiles, narratives."""
    s = styles()
    body, bold = s["body"], s["bold"].fontName
    s.update({
        "cover": ParagraphStyle("cover", parent=s["title"], fontSize=21, leading=26,
                                spaceAfter=6),
        "kicker": ParagraphStyle("kicker", parent=s["text"], textColor=MUTED, spaceAfter=4),
        "h1": ParagraphStyle("h1", parent=s["title"], fontSize=14, leading=18, spaceBefore=16,
                             spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=s["section"], spaceBefore=8, spaceAfter=4),
        "fact": ParagraphStyle("fact", parent=s["text"], fontSize=10, leading=13),
        "fact-label": ParagraphStyle("fact-label", parent=s["text"], fontSize=10,
                                     leading=13, textColor=MUTED),
        "count": ParagraphStyle("count", parent=body, fontName=bold, fontSize=15, leading=18),
        "number": ParagraphStyle("number", parent=s["text"], alignment=TA_CENTER),
        "measure": ParagraphStyle("measure", parent=body, fontSize=8, leading=10.2),
        "narrative": ParagraphStyle("narrative", parent=body, fontSize=8, leading=10.2,
                                    spaceAfter=3),
        "unit": ParagraphStyle("unit", parent=body, fontName=bold, fontSize=8, leading=10.2,
                               spaceBefore=2),
        "note": ParagraphStyle("note", parent=body, backColor=NOTE_FILL,
                               borderPadding=(2, 3, 2, 3), spaceAfter=5, spaceBefore=1),
        "missing": ParagraphStyle("missing", parent=body, fontSize=8, leading=10.2,
                                  textColor=MISSING_INK, backColor=MISSING_FILL,
                                  borderPadding=(1.5, 3, 1.5, 3), spaceBefore=1, spaceAfter=4),
        "small": ParagraphStyle("small", parent=s["muted"], fontSize=7, leading=8.8,
                                spaceBefore=2),
    })
    return s
