"""The signed meeting summary of the 47-measure seed 002 round, against the bare floor
measured in the same run.

Floor: reportlab laying out the same text as plain paragraphs in plain tables (the same
embedded font; the cover's facts, the counts per theme, each measure with its status
label and each unit's narrative; no chart, icons, colours, outline, links or page
furniture), plus one pyHanko signature of a one-page PDF. The ratio is what kotodesk
adds on top of the two libraries it cannot do without.
"""

from __future__ import annotations

import pytest
from reportlab.platypus import PageBreak, Paragraph, Table

from benchmarks.pdf_floor import against_floor, bare_build, bare_style
from kotodesk.coordinator.merged import merged_payload
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import report
from kotodesk.documents.pdf.pages import FRAME_WIDTH
from kotodesk.documents.pdf.text import escape
from kotodesk.documents.summary_details import DETAIL_SHARES
from kotodesk.documents.summary_pdf import summary_pdf_bytes
from kotodesk.signing import sealing as signing


@pytest.fixture(scope="module")
def merged(tmp_path_factory, identity):
    workspace = Workspace.open(tmp_path_factory.mktemp("home"))
    try:
        return merged_payload(workspace, workspace.round("5/2022-5/2023"),
                              signing.signer_part(identity), signing.now_iso())
    finally:
        workspace.close()


def _bare_pages(document: report.Document) -> bytes:
    body = bare_style()

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
    return bare_build(story)


def test_signed_summary_pdf_of_the_seed_round(merged, identity, benchmark, ratio):
    sealed = signing.seal(merged, identity)
    document = report.from_payload(merged)
    assert len(document.rows()) == 47
    against_floor("summary PDF, 47 measures: build + sign",
                  lambda: summary_pdf_bytes(merged, sealed, identity),
                  lambda: _bare_pages(document), identity, benchmark, ratio)
