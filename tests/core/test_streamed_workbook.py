"""The report writer streams its sheets (openpyxl's write_only mode) yet writes each one
as openpyxl's normal mode writes the same cells: a report re-saved by openpyxl differs in
no sheet and not in its styles, so verification names only the sheet a person changed
(test_xlsx_appearance). kotodesk.xlsx.write.stream reaches into openpyxl's write-only
sheet for that; an openpyxl upgrade that changes those internals fails here first."""

from __future__ import annotations

import tempfile
import zipfile

import openpyxl
import pytest

from kotodesk.documents import report, report_xlsx
from kotodesk.xlsx import seal as xlsx_seal
from tests.summary_layouts import as_return, seed_payload


def _parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()
                if name.startswith("xl/worksheets/") or name == "xl/styles.xml"}


@pytest.mark.parametrize("kind", ["merged", "return"])
def test_a_report_resaved_by_openpyxl_has_the_same_sheets_and_styles(tmp_path, kind):
    payload = seed_payload(tmp_path / "seed")
    data = payload if kind == "merged" else as_return(payload)
    written = tmp_path / "written.xlsx"
    workbook = report_xlsx.write(report.from_payload(data))
    # A seal of three chunks, as a long report's is (the hidden sheet is streamed too).
    xlsx_seal.add_to_workbook(workbook, "QUJD" * 20_000, "kotodesk; testi")
    workbook.save(written)
    again = tmp_path / "again.xlsx"
    openpyxl.load_workbook(written).save(again)
    ours, theirs = _parts(written), _parts(again)
    assert len(ours) >= 3  # the summary, a theme, the hidden seal sheet
    assert sorted(ours) == sorted(theirs)
    for name, data in ours.items():
        assert data == theirs[name], name


TRICKY = [" leading and trailing ", "a & b < c > d \"quoted\" 'single'", "line\r\nbreaks\rhere\n",
          "tab\there", "emoji 😀 and 𝔘 and ä ö å € –", "\u2028 separators \u3000", "]]> &amp;",
          "=HYPERLINK(\"x\")", "\ufeffbom", "plain \"quoted\" 'single' ~ text ",
          "a\x7fdelete", "x" * 40_000]


def test_texts_of_every_kind_are_written_as_openpyxl_writes_them(tmp_path):
    """The report writer writes its table rows itself (each text by lxml, as openpyxl
    does): texts with markup, carriage returns, spaces at the ends, characters outside
    the basic plane and a text over Excel's cell limit come out as openpyxl writes them."""
    payload = seed_payload(tmp_path / "seed")
    texts = iter(TRICKY * 100)
    for theme in payload["themes"]:
        for measure in theme["measures"]:
            for contribution in measure["contributions"]:
                contribution["entry"]["narrative"] = next(texts)
                contribution["unit"]["name"] = next(texts)[:200]
            measure["text"] = next(texts)[:500]
    written = tmp_path / "written.xlsx"
    report_xlsx.write(report.from_payload(payload)).save(written)
    again = tmp_path / "again.xlsx"
    openpyxl.load_workbook(written).save(again)
    ours, theirs = _parts(written), _parts(again)
    for name, data in ours.items():
        assert data == theirs[name], name
    assert b"&#128512;" in b"".join(ours.values())


@pytest.mark.parametrize("kind", ["merged", "return", "long"])
def test_sheets_kept_in_memory_are_the_sheets_openpyxl_writes_from_its_files(
        tmp_path, monkeypatch, kind):
    """write_sealed keeps each streamed sheet in memory (kotodesk.xlsx.write.SPOOLED),
    spilling one over SPOOL_LIMIT to a temporary file ("long": narratives of 30,000
    characters with markup characters and emoji, the limit lowered so that sheets spill):
    its parts are the bytes the same workbook saved through openpyxl's temporary files
    has, hidden seal sheet included, and it verifies."""
    from kotodesk.documents import verify
    from kotodesk.documents.report_xlsx import write_sealed
    from kotodesk.signing import sealing
    from kotodesk.xlsx import write
    from tests.support import make_identity

    payload = seed_payload(tmp_path / "seed")
    data = payload if kind == "merged" else as_return(payload)
    if kind == "long":
        monkeypatch.setattr(write, "SPOOL_LIMIT", 64 * 1024)
        for number, measure in enumerate(m for t in data["themes"] for m in t["measures"]):
            measure["entry"]["narrative"] = f"{number} Kotoutuminen & <yhteistyö> 😀 " * 1000
    identity = make_identity()
    data["signer"] = sealing.signer_part(identity)
    sealed = sealing.seal(data, identity)
    written = tmp_path / "written.xlsx"
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    write_sealed(data, sealed, written, identity)
    assert not list(temporary.iterdir())  # a spilled sheet's file is gone too
    workbook = report_xlsx.write(report.from_payload(data))
    xlsx_seal.add_to_workbook(workbook, sealed, "kotodesk; testi")  # custom.xml: not compared
    files = tmp_path / "files.xlsx"
    workbook.save(files)
    ours, theirs = _parts(written), _parts(files)
    assert sorted(ours) == sorted(theirs) and len(ours) >= 4
    for name, part in ours.items():
        assert part == theirs[name], name
    if kind == "long":
        assert any(len(part) > write.SPOOL_LIMIT for part in ours.values())
    verdict = verify.verify_file(written, {identity.info.fingerprint})
    assert verdict.status == verify.VALID, verdict
