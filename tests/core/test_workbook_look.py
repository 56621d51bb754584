"""A signer's own workbook that shows its cells otherwise than kotodesk writes them.

The workbook seal proves each part is the one the signer wrote. A key that may speak for
a unit can seal a workbook of its own making, though: these tests re-seal a real return
with its own signer's key after changing how it looks (never what its cells hold), and
each file must not be called valid: a person reading it in a spreadsheet program would
read something else than what is recorded.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from kotodesk.coordinator import intake
from kotodesk.documents import verify
from kotodesk.reporting.entries import apply_edits
from kotodesk.signing.sealing import seal, signer_part
from kotodesk.xlsx import seal as xlsx_seal
from tests.support import make_identity, write_return_xlsx

UNIT = "kasko"


@pytest.fixture(scope="module")
def kaisa():
    return make_identity("Kaisa Kasko")


@pytest.fixture
def signed(unit_home, kaisa, tmp_path) -> Path:
    """A real return with a red and a green status."""
    round_ = unit_home.round()
    catalogue = unit_home.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(unit_home.store, catalogue, round_, UNIT, "1/1.1",
                {"status": "red", "narrative": "Ei aloitettu: rahoitus puuttuu."}, "Kaisa")
    apply_edits(unit_home.store, catalogue, round_, UNIT, "2/2.3",
                {"status": "green", "narrative": "Etenee."}, "Kaisa")
    path = tmp_path / "palautus.xlsx"
    write_return_xlsx(unit_home, UNIT, kaisa, path)
    return path


def resealed(source: Path, target: Path, identity, change: Callable[[dict], None]) -> Path:
    """`source` with its parts changed by `change`, sealed again by `identity` exactly as
    kotodesk seals a workbook: what a signer who writes their own workbook can make."""
    with zipfile.ZipFile(source) as archive:
        names = [i.filename for i in archive.infolist()]
        parts = {name: archive.read(name) for name in names}
        sealed = xlsx_seal.items(archive)[0].sealed
    change(parts)
    [item] = [n for n in parts if re.fullmatch(r"customXml/item\d+\.xml", n)]
    digests = {n: hashlib.sha256(d).hexdigest() for n, d in parts.items() if n != item}
    workbook = seal({"format": xlsx_seal.WORKBOOK_FORMAT, "item": item, "parts": digests,
                     "sealed_sha256": xlsx_seal.text_sha256(sealed),
                     "signer": signer_part(identity)}, identity)
    parts[item] = xlsx_seal.item_xml(sealed, workbook)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name in [*names, *(n for n in parts if n not in names)]:
            out.writestr(name, parts[name])
    return target


def _edit(part: str, old: bytes, new: bytes, count: int = 1):
    def change(parts: dict) -> None:
        assert old in parts[part], (part, old)
        parts[part] = parts[part].replace(old, new, count)
    return change


def _status_says_green(parts: dict) -> None:
    """Every cell of the red fill shows green's words (the attack found on probe-trust)."""
    styles = parts["xl/styles.xml"].decode()
    fills = re.findall(r"<fill>.*?</fill>", re.search(r"<fills[^>]*>(.*?)</fills>", styles,
                                                    re.S).group(1), re.S)
    red = next(i for i, f in enumerate(fills) if "C62828" in f.upper())
    words = '<numFmts count="1"><numFmt numFmtId="164" formatCode=";;;&quot;Käynnistynyt ' \
            'ja etenee aikataulussa&quot;"/></numFmts>'
    styles = styles.replace('<numFmts count="0"/>', words)
    styles, n = re.subn(rf'numFmtId="0"([^>]*fillId="{red}")',
                        r'numFmtId="164" applyNumberFormat="1"\1', styles)
    assert n
    parts["xl/styles.xml"] = styles.encode()


def _white_default_font(parts: dict) -> None:
    styles = parts["xl/styles.xml"]
    parts["xl/styles.xml"] = styles.replace(b'<color theme="1"/>', b'<color rgb="FFFFFFFF"/>', 1)


def _drawing(parts: dict) -> None:
    parts["xl/drawings/drawing1.xml"] = b'<?xml version="1.0"?><xdr:wsDr xmlns:xdr="' \
        b'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>'


def _without_columns(parts: dict) -> None:
    """Every column at a spreadsheet program's default width (8.43 characters)."""
    sheet = parts["xl/worksheets/sheet2.xml"]
    parts["xl/worksheets/sheet2.xml"] = re.sub(rb"<cols>.*?</cols>", b"", sheet, flags=re.S)


CONDITIONAL = (b"<conditionalFormatting sqref=\"A1:Z200\"><cfRule type=\"expression\" "
               b"dxfId=\"0\" priority=\"1\"><formula>TRUE</formula></cfRule>"
               b"</conditionalFormatting><pageMargins")

LOOKS = {
    "number format": (_status_says_green, "a number format that can show other words"),
    "white text": (_white_default_font, "in the colour it stands on"),
    "hidden row": (_edit("xl/worksheets/sheet2.xml", b'<row r="5"', b'<row r="5" hidden="1"'),
                   "hidden rows, columns or sheets"),
    "row one point high": (_edit("xl/worksheets/sheet2.xml", b'<row r="5"',
                                 b'<row r="5" ht="1" customHeight="1"'),
                           "hidden rows, columns or sheets"),
    # a hidden sheet's cells are not read as shown: the cell check refuses it already
    "hidden theme sheet": (_edit("xl/workbook.xml", b'sheetId="2" state="visible"',
                                 b'sheetId="2" state="hidden"'), None),
    "conditional format": (_edit("xl/worksheets/sheet2.xml", b"<pageMargins", CONDITIONAL),
                           "conditional formatting"),
    "drawing over the cells": (_drawing, "drawings or pictures"),
    # At the row's fixed height a narrow column shows a few words of each narrative.
    "narrow narrative column": (_edit("xl/worksheets/sheet2.xml", b'<col width="62"',
                                      b'<col width="6"'), "columns narrower than 15"),
    "column widths removed": (_without_columns, "columns narrower than 15"),
}


def test_a_return_sealed_again_unchanged_is_valid(signed, kaisa, tmp_path):
    """The control: re-sealing as above, changing nothing, makes a valid file (so the
    refusals below are the looks', not the re-sealing's)."""
    again = resealed(signed, tmp_path / "sama.xlsx", kaisa, lambda parts: None)
    result = verify.verify_file(again, {kaisa.info.fingerprint})
    assert result.status == verify.VALID, result.message


@pytest.mark.parametrize("look", list(LOOKS))
def test_a_signers_own_look_is_not_called_valid_nor_taken_in(
        look, signed, kaisa, tmp_path, workspace):
    change, words = LOOKS[look]
    made = resealed(signed, tmp_path / "oma.xlsx", kaisa, change)
    result = verify.verify_file(made, {kaisa.info.fingerprint})
    assert result.status == verify.MODIFIED, result.message
    if words is not None:
        assert result.values_intact, result.message
        assert "shows them otherwise than kotodesk writes them" in result.message
        assert words in result.message, result.message
    taken = intake.take_in(workspace, made, {kaisa.info.fingerprint})
    assert not taken.accepted or taken.held, taken.reason


def test_a_narrative_that_quotes_the_markup_is_still_valid(unit_home, kaisa, tmp_path):
    """The looks are found in the tags, not in what a person wrote: a narrative quoting
    spreadsheet markup is kotodesk's own workbook still."""
    round_ = unit_home.round()
    catalogue = unit_home.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(unit_home.store, catalogue, round_, UNIT, "1/1.1", {
        "status": "green",
        "narrative": 'Ohje: <row r="5" hidden="1" ht="1"> ja <col width="0.1"/>, '
                     'zeroHeight="true", conditionalFormatting, numFmtId="164".'}, "Kaisa")
    path = tmp_path / "lainaus.xlsx"
    write_return_xlsx(unit_home, UNIT, kaisa, path)
    result = verify.verify_file(path, {kaisa.info.fingerprint})
    assert result.status == verify.VALID, result.message
