"""The signed meeting summary of the 47-measure seed 002 round, against the bare floor
measured in the same run.

Floor: reportlab laying out the same text as plain paragraphs in plain tables (the same
embedded font; the cover's facts, the counts per theme, each measure with its status
label and each unit's narrative; no chart, icons, colours, outline, links or page
furniture), plus one pyHanko signature of a one-page PDF. The ratio is what kotodesk
adds on top of the two libraries it cannot do without.
"""

from __future__ import annotations

import io

import pytest
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from benchmarks.conftest import median_time
from kotodesk import keys, report, signing
from kotodesk.merged import merged_payload
from kotodesk.pdf_pages import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE, styles
from kotodesk.pdf_signing import sign_pdf
from kotodesk.pdf_text import escape
from kotodesk.summary_details import DETAIL_SHARES
from kotodesk.summary_pdf import summary_pdf_bytes
from kotodesk.workspace import Workspace


@pytest.fixture(scope="module")
def identity():
    return keys.new_identity(name="Kaisa Koordinaattori", email="kaisa@hel.fi",
                             unit="Maahanmuuttoyksikkö", organisation="Helsingin kaupunki")


@pytest.fixture(scope="module")
def payload(tmp_path_factory, identity):
    workspace = Workspace.open(tmp_path_factory.mktemp("home"))
    try:
        return merged_payload(workspace, workspace.round("5/2022-5/2023"),
                              signing.signer_part(identity), signing.now_iso())
    finally:
        workspace.close()


def _bare_pages(document: report.Document) -> bytes:
    body = styles()["body"]

    def p(text: str) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), body)

    story: list = [p(document.programme), p(document.period_line), p(document.signer),
                   Table([[p(level.label), p(str(n))] for level, n in document.counts()]),
                   PageBreak(),
                   Table([[p(section.name), *(p(str(n)) for _, n in
                                              document.section_counts(section))]
                          for section in document.sections])]
    for section in document.sections:
        rows = [[p(section.name), p(""), p(""), p("")]]
        for row in section.rows:
            done = "\n".join(f"{c.unit}\n{c.description}\n{c.reporting}"
                             for c in row.contributions)
            rows.append([p(row.number), p(f"{row.text}\n{row.responsible}"),
                         p(row.status.label), p(done)])
        story += [PageBreak(), Table(rows, colWidths=[FRAME_WIDTH * s for s in DETAIL_SHARES],
                                     repeatRows=1)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                      topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM).build(story)
    return buffer.getvalue()


def _trivial_pdf() -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph("x")])
    return buffer.getvalue()


def test_signed_summary_pdf_of_the_seed_round(payload, identity, benchmark, ratio):
    sealed = signing.seal(payload, identity)
    document = report.from_payload(payload)
    assert len(document.rows()) == 47
    trivial = _trivial_pdf()
    summary_pdf_bytes(payload, sealed, identity)  # warm up: fonts parsed, pyHanko imported
    sign_pdf(trivial, identity, place=None)
    bare = median_time(lambda: _bare_pages(document), repeat=7)
    signature = median_time(lambda: sign_pdf(trivial, identity, place=None), repeat=7)
    benchmark.pedantic(lambda: summary_pdf_bytes(payload, sealed, identity), rounds=7,
                       iterations=1)
    ratio("summary PDF, 47 measures: build + sign", benchmark.stats.stats.median,
          "bare reportlab + one pyHanko signature", bare + signature)
