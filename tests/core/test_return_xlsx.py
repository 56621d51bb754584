"""The .xlsx return: the city's table, its embedded signature, and verification."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from kotodesk.documents import verify
from kotodesk.documents.report import COLUMNS
from kotodesk.documents.verify import verify_file
from kotodesk.reporting.entries import apply_edits
from tests.support import make_identity, soffice, write_return_xlsx

UNIT = "kanslia-henkilosto"  # answers for 2/3.1–2/3.4


@pytest.fixture(scope="module")
def identity():
    return make_identity()


def fill(workspace, ref: str, **edits: str) -> None:
    round_ = workspace.round()
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(workspace.store, catalogue, round_, UNIT, ref, edits, "Anna Testaaja")


@pytest.fixture
def signed(workspace, identity, tmp_path) -> tuple[Path, dict]:
    fill(workspace, "2/3.1", status="green",
         narrative="Kielikoulutusmalli valmis.\nLinkki: https://www.hel.fi/kieli")
    fill(workspace, "2/3.2", status="red", narrative="=HYPERLINK(\"http://evil\",\"klikkaa\")",
         reasons="+ resurssit puuttuivat; -20 % budjetti; @tiimi")
    target = tmp_path / "palautus.xlsx"
    payload = write_return_xlsx(workspace, UNIT, identity, target)
    return target, payload


def test_fresh_return_is_valid_for_a_trusting_coordinator(signed, identity):
    path, _ = signed
    fingerprint = identity.info.fingerprint
    result = verify_file(path, {fingerprint})
    assert result.status == verify.VALID, result.message
    assert result.unit == "Kaupunginkanslian henkilöstöosasto"
    assert result.round == "6–12/2023"
    assert result.signer == "Anna Testaaja"
    assert verify_file(path, set()).status == verify.UNKNOWN_SIGNER


def test_layout_is_the_city_table_with_coloured_labelled_status(signed):
    path, _ = signed
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "Yhteenveto"
    assert wb["kotodesk_allekirjoitus"].sheet_state == "veryHidden"
    ws = wb.worksheets[1]
    assert ws.title.startswith("2 Työllisyys")
    header = [c.value for c in ws[3]][:7]
    assert header == list(COLUMNS)
    rows = {r[1].value.split()[0]: r for r in ws.iter_rows(min_row=4) if r[1].value}
    status = rows["3.1"][4]
    assert status.value == "Käynnistynyt ja etenee aikataulussa"
    assert status.fill.fgColor.rgb.endswith("2E7D32")
    assert rows["3.3"][4].value == "Ei raportoitu"
    assert ws.freeze_panes == "A4"
    assert ws.print_title_rows == "$3:$3"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert "&P" in ws.oddFooter.center.text
    summary = wb["Yhteenveto"]
    texts = [c.value for row in summary.iter_rows() for c in row if c.value]
    assert "KESKENERÄINEN" in texts  # 2/3.3 and 2/3.4 are still empty
    assert wb.custom_doc_props["kotodesk"].value.startswith("kotodesk-return/1")


def test_formula_looking_text_stays_text(signed):
    path, _ = signed
    ws = openpyxl.load_workbook(path).worksheets[1]
    cells = [c for row in ws.iter_rows() for c in row if c.value]
    hyperlink = next(c for c in cells if "HYPERLINK" in str(c.value))
    assert hyperlink.data_type == "s"
    assert hyperlink.value.startswith("=HYPERLINK")
    assert not any(c.data_type == "f" for c in cells)


def test_editing_one_cell_makes_it_modified(signed, identity, tmp_path):
    path, _ = signed
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[1]
    cell = next(c for row in ws.iter_rows(min_row=4) for c in row
                if c.value and "Kielikoulutusmalli" in str(c.value))
    cell.value = cell.value.replace("valmis", "valmix")
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    result = verify_file(edited, {identity.info.fingerprint})
    assert result.status == verify.MODIFIED
    assert cell.coordinate in result.message


def test_adding_text_to_an_empty_cell_makes_it_modified(signed, identity, tmp_path):
    path, _ = signed
    wb = openpyxl.load_workbook(path)
    wb.worksheets[1]["F4"] = "100 %"
    wb.save(tmp_path / "added.xlsx")
    result = verify_file(tmp_path / "added.xlsx", {identity.info.fingerprint})
    assert result.status == verify.MODIFIED and "F4" in result.message


def test_changed_hidden_payload_is_modified(signed, identity, tmp_path):
    path, _ = signed
    wb = openpyxl.load_workbook(path)
    ws = wb["kotodesk_allekirjoitus"]
    ws["A2"] = ws["A2"].value[:-8] + "AAAAAAAA"
    wb.save(tmp_path / "seal.xlsx")  # openpyxl also drops the custom XML part here
    assert verify_file(tmp_path / "seal.xlsx", {identity.info.fingerprint}).status \
        == verify.MODIFIED


def test_a_plain_workbook_is_not_kotodesk_and_the_template_without_seal_is_unsigned(
        signed, tmp_path):
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "budjetti"
    wb.save(plain)
    assert verify_file(plain, set()).status == verify.NOT_KOTODESK
    path, _ = signed
    wb = openpyxl.load_workbook(path)
    del wb["kotodesk_allekirjoitus"]
    wb.save(tmp_path / "unsigned.xlsx")
    assert verify_file(tmp_path / "unsigned.xlsx", set()).status == verify.UNSIGNED


def test_garbage_and_truncated_files_are_unreadable(signed, tmp_path):
    path, _ = signed
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"\x00\x01 this is not a workbook")
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(path.read_bytes()[:5000])
    for bad in (junk, cut, tmp_path / "missing.xlsx"):
        result = verify_file(bad, set())
        assert result.status == verify.UNREADABLE and result.message


@pytest.mark.slow
def test_libreoffice_resave_is_modified_with_values_intact_and_converts_to_pdf(
        signed, identity, tmp_path):
    path, _ = signed
    out = tmp_path / "lo"
    out.mkdir()
    soffice("--convert-to", "xlsx", "--outdir", str(out), str(path), cwd=tmp_path)
    resaved = out / path.name
    result = verify_file(resaved, {identity.info.fingerprint})
    # LibreOffice rewrites every part: not the workbook that was signed, but its values
    # are, and the coordinator may take them in knowingly.
    assert result.status == verify.MODIFIED, result.message
    assert result.values_intact
    assert result.message.startswith("values unchanged, appearance changed (saved again by "
                                     "LibreOffice: "), result.message
    assert result.message.endswith("the signed PDF is authoritative")
    soffice("--convert-to", "pdf", "--outdir", str(out), str(path), cwd=tmp_path)
    assert (out / "palautus.pdf").read_bytes().startswith(b"%PDF")
