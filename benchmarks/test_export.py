"""Exporting a 50-measure return (.xlsx and signed .pdf) against the bare floor of the
same run: openpyxl writing the same cells, reportlab building the same pages, and one
pyHanko signature. And verification of each file, against reading it bare.
"""

from __future__ import annotations

import io

import pytest

from benchmarks.conftest import median_time
from benchmarks.pdf_floor import bare_signature
from benchmarks.test_return_pdf import bare_pages
from kotodesk.documents import report, verify
from kotodesk.documents.report_xlsx import plan
from kotodesk.reporting import returns


@pytest.fixture(scope="module")
def prepared(payload):
    return returns.Prepared(payload, [])


def _bare_cells(document: report.Document) -> bytes:
    """openpyxl writing the same cell values, no styles, seal or layout work."""
    from openpyxl import Workbook

    workbook = Workbook()
    for index, sheet in enumerate(plan(document)):
        ws = workbook.active if index == 0 else workbook.create_sheet(sheet.title)
        for (row, col), cell in sheet.cells.items():
            ws.cell(row, col).value = cell.value
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_export_of_a_50_measure_return(prepared, identity, tmp_path, ratio):
    document = report.from_payload(prepared.payload)
    sign = bare_signature(identity)
    returns.write_files(prepared, identity, tmp_path / "warm")  # imports, fonts
    sign()
    floor = (median_time(lambda: _bare_cells(document), repeat=7)
             + median_time(lambda: bare_pages(document), repeat=7)
             + median_time(sign, repeat=7))
    export = median_time(lambda: returns.write_files(prepared, identity, tmp_path / "out"),
                         repeat=7)
    ratio("export 50 measures (.xlsx + signed .pdf)", export,
          "openpyxl cells + reportlab pages + 1 signature", floor)


def test_verification_per_file(prepared, identity, tmp_path, ratio):
    import openpyxl

    result = returns.write_files(prepared, identity, tmp_path)
    trusted = {identity.info.fingerprint}
    for path in (result.xlsx, result.pdf):
        assert verify.verify_file(path, trusted).status == verify.VALID

    def bare_xlsx():
        wb = openpyxl.load_workbook(result.xlsx, read_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for _ in row:
                    pass
        wb.close()

    ratio("verify the .xlsx", median_time(lambda: verify.verify_file(result.xlsx, trusted),
                                          repeat=11),
          "openpyxl bare read of it", median_time(bare_xlsx, repeat=11))
    from kotodesk.documents.pdf_verify import verify_pdf

    data = result.pdf.read_bytes()
    ratio("verify the .pdf", median_time(lambda: verify.verify_file(result.pdf, trusted),
                                         repeat=11),
          "verify_pdf on the bytes (pyHanko + checks)",
          median_time(lambda: verify_pdf(data), repeat=11))
