"""Every workbook kotodesk writes prints every character: LibreOffice converts a return,
a merged report, the catalogue export and the export of all data to PDF (one batch: it is
slow), and pdftotext finds each narrative, reason and indicator text in it, piece by
piece as the rows continue (a row never breaks across a page, so each piece is whole)."""

from __future__ import annotations

import subprocess

import openpyxl
import pytest

from kotodesk.catalogue.xlsx_format import write_catalogue
from kotodesk.documents import report, report_xlsx
from kotodesk.reporting.entries import apply_edits
from kotodesk.reporting.export_all import export_all
from kotodesk.storage import catalogues
from kotodesk.xlsx import rows as xlsx_rows
from tests.pdf_support import tool
from tests.summary_layouts import as_return, narratives, seed_payload, text_of
from tests.support import soffice

DESCRIPTION = report_xlsx.WIDTHS[-1]
REPORTING = report_xlsx.WIDTHS[-2]


def _bare(text: str) -> str:
    return "".join(text.split())


def _long_payload(base: dict) -> tuple[dict, list[tuple[str, float]]]:
    """Seed 002's first theme with texts far longer than a row: (text, column width)."""
    texts = narratives(base)
    payload = {**base, "layout": "2", "themes": [base["themes"][0]]}
    printed = []
    for number, measure in enumerate(payload["themes"][0]["measures"][:3]):
        for c in measure["contributions"]:
            entry = c["entry"]
            entry["narrative"] = text_of(texts, number * 11, (9_000, 2_500, 33_000)[number])
            entry["reasons"] = text_of(texts, number * 7 + 3, 1_800)
            entry["indicator_report"] = text_of(texts, number * 5 + 1, 2_200)
            c["entry"] = entry
            description = report.Contribution("", report.NOT_REPORTED, (), "",
                                              entry["narrative"], entry["reasons"])
            printed += [(description.description, DESCRIPTION),
                        (entry["indicator_report"], REPORTING)]
    return payload, printed


@pytest.mark.slow
def test_libreoffice_prints_every_character_of_every_workbook(tmp_path, workspace):
    base = seed_payload(tmp_path / "seed")
    payload, printed = _long_payload(base)
    files = {"merged": payload, "return": as_return(payload)}
    wanted: dict[str, list[str]] = {}
    for name, data in files.items():
        report_xlsx.write(report.from_payload(data)).save(tmp_path / f"{name}.xlsx")
        wanted[name] = [piece for text, width in printed
                        for piece in xlsx_rows.pieces(text, width)]
    # The catalogue with the longest texts kotodesk ships (Mukana's slides).
    mukana = catalogues.load_catalogue(workspace.store, "mukana", 1)
    write_catalogue(mukana, tmp_path / "catalogue.xlsx")
    wanted["catalogue"] = [m.text for m in mukana.measures()] + \
        [m.monitoring for m in mukana.measures() if m.monitoring]
    # Everything in the data folder, with a long narrative typed into the open round.
    round_ = workspace.round()
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    typed = text_of(narratives(base), 30, 40_000)
    apply_edits(workspace.store, catalogue, round_, "kasko", "3/1.2",
                {"status": "yellow", "narrative": typed}, "Testi")
    export_all(workspace.store, tmp_path / "all.xlsx")
    wanted["all"] = xlsx_rows.pieces(typed, 70)
    for name in wanted:
        heights = [d.height for ws in openpyxl.load_workbook(tmp_path / f"{name}.xlsx")
                   for d in ws.row_dimensions.values() if d.height]
        assert max(heights) <= xlsx_rows.MAX_ROW_POINTS, name
    soffice("--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
            *(str(tmp_path / f"{name}.xlsx") for name in wanted), cwd=tmp_path)
    for name, pieces in wanted.items():
        text = subprocess.run([tool("pdftotext"), "-raw", "-enc", "UTF-8",
                               str(tmp_path / "pdf" / f"{name}.pdf"), "-"],
                              capture_output=True, check=True, timeout=120).stdout.decode()
        flat = _bare(text)
        lost = [piece[:60] for piece in pieces if _bare(piece) not in flat]
        assert not lost, (name, len(lost), lost[:3])
