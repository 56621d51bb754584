"""The signed PDF of a 50-measure return, against the bare floor measured in the same run.

Floor: reportlab laying out the same cells as plain paragraphs in plain tables (the same
embedded font, no legend, colours, bidi, links or page furniture), plus one pyHanko
signature of a one-page PDF. What the ratio shows is what kotodesk adds on top of the two
libraries it cannot do without. Verification is measured against pyHanko's own
validation of the same file.
"""

from __future__ import annotations

import io

from reportlab.platypus import Paragraph, Table

from benchmarks.conftest import median_time
from benchmarks.pdf_floor import against_floor, bare_build, bare_style
from kotodesk.documents import report
from kotodesk.documents.pdf.pages import FRAME_WIDTH
from kotodesk.documents.pdf.text import escape
from kotodesk.documents.pdf_verify import verify_pdf
from kotodesk.documents.return_pdf import COLUMN_SHARES, return_pdf_bytes
from kotodesk.signing import sealing as signing


def bare_pages(document: report.Document) -> bytes:
    body = bare_style()
    story = []
    for section in document.sections:
        rows = [[Paragraph(escape(c), body) for c in report.COLUMNS]]
        for row in section.rows:
            c = row.contributions[0]
            rows.append([Paragraph(escape(text), body) for text in (
                row.goal, row.measure, row.monitoring, row.responsible, row.status.label,
                c.reporting, c.description)])
        story.append(Table(rows, colWidths=[FRAME_WIDTH * s for s in COLUMN_SHARES],
                           repeatRows=1))
    return bare_build(story)


def test_signed_return_pdf_of_50_measures(payload, identity, benchmark, ratio):
    sealed = signing.seal(payload, identity)
    document = report.from_payload(payload)
    against_floor("return PDF, 50 measures: build + sign",
                  lambda: return_pdf_bytes(payload, sealed, identity),
                  lambda: bare_pages(document), identity, benchmark, ratio)


def test_verify_return_pdf(payload, identity, ratio):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from kotodesk.signing.pades import asn1_certificate as _asn1

    pdf = return_pdf_bytes(payload, signing.seal(payload, identity), identity)
    trusted = [identity.certificate]
    assert verify_pdf(pdf, trusted).status == "valid"

    def pyhanko_alone():
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        context = ValidationContext(trust_roots=[_asn1(identity.certificate)])
        return validate_pdf_signature(reader.embedded_signatures[0], context)

    floor = median_time(pyhanko_alone, repeat=15)
    ours = median_time(lambda: verify_pdf(pdf, trusted), repeat=15)
    ratio("verify return PDF (50 measures)", ours, "pyHanko validation alone", floor)
