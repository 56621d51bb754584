"""What Excel or LibreOffice shows is what was signed (issue 11, "What is wrong today",
bullet 6): each way of changing how a signed return looks, made as an attacker would with
zipfile or openpyxl on a real signed return, gives "modified" with what changed, and a
merge of a folder holding them all takes in the genuine return only."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kotodesk.coordinator import intake
from kotodesk.coordinator.inbox import APPEARANCE_NOTE
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from tests.support import coordinator_ready, dump, make_identity, signed_return

GREEN, RED = "2E7D32", "C62828"
SEAL_SHEET = "xl/worksheets/sheet3.xml"  # the hidden seal sheet of a one-theme return


@pytest.fixture(scope="module")
def person():
    return make_identity("Heli Henkilöstö")


@pytest.fixture(scope="module")
def good(tmp_path_factory, person) -> Path:
    """A signed return whose measure 2/3.1 is red: "Ei käynnistynyt"."""
    return signed_return(tmp_path_factory.mktemp("unit"), person, {"2/3.1": {
        "status": "red", "narrative": "Ei ole käynnistetty: rahoitus puuttuu.",
        "reasons": "Rahoitus puuttuu."}})


def patched(source: Path, target: Path, change=None, add=None) -> Path:
    """`source` with some parts rewritten by `change` {name: bytes -> bytes} and parts
    added, every other part copied byte for byte (a valid zip: CRCs are recomputed)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if change and info.filename in change:
                data = change[info.filename](data)
            zout.writestr(info, data)
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return target


def sub(pattern: bytes, replacement: bytes, count: int = 1):
    def apply(data: bytes) -> bytes:
        changed, n = re.subn(pattern, replacement, data, count=count)
        assert n, f"{pattern!r} not found: the writer's output changed, update the test"
        return changed
    return apply


def _content_type(name: str, kind: str):
    return sub(b"</Types>", f'<Override PartName="/{name}" ContentType="application/'
                            f'vnd.openxmlformats-officedocument.{kind}"/></Types>'.encode())


def _relation(rid: str, kind: str, target: str, mode: str = ""):
    extra = f' TargetMode="{mode}"' if mode else ""
    return sub(b"</Relationships>", f'<Relationship Id="{rid}" Type="http://schemas.'
                                    f'openxmlformats.org/officeDocument/2006/relationships/'
                                    f'{kind}" Target="{target}"{extra}/></Relationships>'
               .encode())


def number_format(good, target):
    # Every cell shows "Käynnistynyt ja etenee aikataulussa", whatever text it holds.
    fmt = (b'<numFmts count="1"><numFmt numFmtId="164" formatCode=";;;&quot;'
           + "Käynnistynyt ja etenee aikataulussa".encode() + b'&quot;"/></numFmts>')
    return patched(good, target, {"xl/styles.xml": lambda d: sub(
        rb'numFmtId="0" (fontId="\d+" fillId="4")', rb'numFmtId="164" applyNumberFormat="1" \1',
        count=0)(d.replace(b'<numFmts count="0"/>', fmt))})


def green_fill(good, target):
    return patched(good, target, {"xl/styles.xml": sub(RED.encode(), GREEN.encode())})


def _with_sheet(good: Path, target: Path, name: str, state: str, body: bytes, *,
                first: bool) -> Path:
    """`good` with one more sheet part (sheet9.xml), listed first or last."""
    entry = (f'<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
             f'relationships" name="{name}" sheetId="9" state="{state}" r:id="rIdNew"/>'
             ).encode()
    listed = sub(rb"<sheet ", entry + b"<sheet ") if first else \
        sub(rb"</sheets>", entry + b"</sheets>")
    return patched(good, target, {
        "xl/workbook.xml": listed,
        "xl/_rels/workbook.xml.rels": _relation("rIdNew", "worksheet",
                                                "/xl/worksheets/sheet9.xml"),
        "[Content_Types].xml": _content_type("xl/worksheets/sheet9.xml",
                                             "spreadsheetml.worksheet+xml"),
    }, add={"xl/worksheets/sheet9.xml": body})


def case_twin_sheet(good, target):
    # "2 TYÖLLISYYS…" before the genuine "2 Työllisyys…": readers pick one of the two.
    with zipfile.ZipFile(good) as z:
        genuine = z.read("xl/worksheets/sheet2.xml")
    twin = genuine.replace(b"rahoitus puuttuu.", b"toteutettu suunnitellusti.")
    return _with_sheet(good, target, "2 TYÖLLISYYS JA TYÖVOIMA", "visible", twin, first=True)


def extra_hidden_sheet(good, target):
    with zipfile.ZipFile(good) as z:
        sheet = z.read("xl/worksheets/sheet2.xml")
    return _with_sheet(good, target, "Oikeat tiedot", "hidden", sheet, first=False)


def hidden_row(good, target):
    return patched(good, target, {"xl/worksheets/sheet2.xml": sub(rb'<row r="4"',
                                                                  b'<row r="4" hidden="1"')})


def hidden_column(good, target):
    return patched(good, target, {"xl/worksheets/sheet2.xml": sub(
        rb'(<col [^>]*min="7" max="7")', rb'\1 hidden="1"')})


def narrow_column(good, target):
    return patched(good, target, {"xl/worksheets/sheet2.xml": sub(
        rb'width="62"', b'width="0.5"')})


def merged_cells(good, target):
    # E4:G4 merged: only the status shows, the narrative beside it disappears.
    return patched(good, target, {"xl/worksheets/sheet2.xml": sub(
        rb"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="E4:G4"/>'
                          b"</mergeCells>")})


def white_text_by_conditional_format(good, target):
    return patched(good, target, {
        "xl/styles.xml": sub(rb"</styleSheet>", b'<dxfs count="1"><dxf><font><color '
                                                b'rgb="FFFFFFFF"/></font></dxf></dxfs>'
                                                b"</styleSheet>"),
        "xl/worksheets/sheet2.xml": sub(rb"<printOptions", b'<conditionalFormatting '
                                        b'sqref="G4"><cfRule type="expression" dxfId="0" '
                                        b'priority="1"><formula>TRUE</formula></cfRule>'
                                        b"</conditionalFormatting><printOptions"),
    })


def defined_name(good, target):
    return patched(good, target, {"xl/workbook.xml": sub(
        rb"</definedNames>", b'<definedName name="Tila">"Toteutunut"</definedName>'
                             b"</definedNames>")})


def external_link(good, target):
    link = (b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships" r:id="rId1"/></externalLink>')
    return patched(good, target, {
        "xl/workbook.xml": sub(rb"</sheets>", b'</sheets><externalReferences><externalReference '
                               b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                               b'relationships" r:id="rIdExt"/></externalReferences>'),
        "xl/_rels/workbook.xml.rels": _relation("rIdExt", "externalLink",
                                                "externalLinks/externalLink1.xml"),
        "[Content_Types].xml": _content_type("xl/externalLinks/externalLink1.xml",
                                             "spreadsheetml.externalLink+xml"),
    }, add={"xl/externalLinks/externalLink1.xml": link,
            "xl/externalLinks/_rels/externalLink1.xml.rels":
                b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
                b'org/officeDocument/2006/relationships/externalLinkPath" '
                b'Target="file:///\\\\palvelin\\jako\\oikeat.xlsx" TargetMode="External"/>'
                b"</Relationships>"})


def embedded_object(good, target):
    return patched(good, target, {
        "[Content_Types].xml": sub(rb"</Types>", b'<Default Extension="bin" ContentType='
                                   b'"application/vnd.openxmlformats-officedocument.'
                                   b'oleObject"/></Types>'),
    }, add={"xl/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504,
            "xl/worksheets/_rels/sheet2.xml.rels":
                b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                b'relationships"><Relationship Id="rIdOle" Type="http://schemas.openxmlformats'
                b'.org/officeDocument/2006/relationships/oleObject" '
                b'Target="../embeddings/oleObject1.bin"/></Relationships>'})


def _with_openpyxl(good: Path, target: Path, edit) -> Path:
    """What a person with openpyxl does: load, edit, save; then the seal parts that
    openpyxl drops are put back, so only the edit and openpyxl's own re-save differ."""
    wb = openpyxl.load_workbook(good)
    edit(wb)
    buffer = io.BytesIO()
    wb.save(buffer)
    with zipfile.ZipFile(good) as z:
        keep = {n: z.read(n) for n in z.namelist() if n.startswith("customXml/")}
    saved = target.with_suffix(".tmp")
    saved.write_bytes(buffer.getvalue())
    patched(saved, target, add=keep)
    saved.unlink()
    return target


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))
    rows = b"".join(b"\0" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def picture_over_cells(good, target):
    # A green picture labelled as the status, anchored over the red status cell E4.
    drawing = (b'<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/'
               b'spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/'
               b'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
               b'relationships"><xdr:oneCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0'
               b'</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
               b'<xdr:ext cx="1900000" cy="400000"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="1" '
               b'name="Tila"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/>'
               b'<a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom '
               b'prst="rect"/></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>'
               b'</xdr:wsDr>')
    rels = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'relationships"><Relationship Id="{id}" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/{kind}" Target="{target}"/></Relationships>')
    return patched(good, target, {
        "xl/worksheets/sheet2.xml": sub(rb"</worksheet>", b'<drawing xmlns:r="http://schemas.'
                                        b'openxmlformats.org/officeDocument/2006/relationships" '
                                        b'r:id="rIdPic"/></worksheet>'),
        "[Content_Types].xml": sub(rb"</Types>", b'<Default Extension="png" ContentType='
                                   b'"image/png"/><Override PartName="/xl/drawings/drawing1.xml" '
                                   b'ContentType="application/vnd.openxmlformats-officedocument.'
                                   b'drawing+xml"/></Types>'),
    }, add={"xl/drawings/drawing1.xml": drawing,
            "xl/drawings/_rels/drawing1.xml.rels": rels.replace(b"{id}", b"rId1").replace(
                b"{kind}", b"image").replace(b"{target}", b"../media/image1.png"),
            "xl/media/image1.png": _png(120, 24, (46, 125, 50)),
            "xl/worksheets/_rels/sheet2.xml.rels": rels.replace(b"{id}", b"rIdPic").replace(
                b"{kind}", b"drawing").replace(b"{target}", b"../drawings/drawing1.xml")})


def comment(good, target):
    from openpyxl.comments import Comment

    def edit(wb):
        wb.worksheets[1]["E4"].comment = Comment("Oikeasti valmis.", "Joku")
    return _with_openpyxl(good, target, edit)


def hyperlink(good, target):
    def edit(wb):
        wb.worksheets[1]["G4"].hyperlink = "https://example.invalid/oikea-tila"
    return _with_openpyxl(good, target, edit)


# name: (builder, the words the message must hold, values intact)
ATTACKS = {
    "number-format": (number_format, "changed xl/styles.xml (styles and number formats)", True),
    "green-fill": (green_fill, "changed xl/styles.xml (styles and number formats)", True),
    "case-twin-sheet": (case_twin_sheet, "the sheets were changed", False),
    "extra-hidden-sheet": (extra_hidden_sheet, "added xl/worksheets/sheet9.xml", True),
    "hidden-row": (hidden_row, "changed xl/worksheets/sheet2.xml", True),
    "hidden-column": (hidden_column, "changed xl/worksheets/sheet2.xml", True),
    "narrow-column": (narrow_column, "changed xl/worksheets/sheet2.xml", True),
    "merged-cells": (merged_cells, "changed xl/worksheets/sheet2.xml", True),
    "white-text": (white_text_by_conditional_format, "conditional formats", True),
    "defined-name": (defined_name, "defined names", True),
    "external-link": (external_link, "added xl/externalLinks/externalLink1.xml (external "
                                     "links)", True),
    "embedded-object": (embedded_object, "added xl/embeddings/oleObject1.bin (embedded "
                                         "objects", True),
    "picture": (picture_over_cells, "(drawings or pictures)", True),
    "comment": (comment, "(comments)", True),
    "hyperlink": (hyperlink, "changed xl/worksheets/sheet2.xml", True),
}


@pytest.fixture(scope="module")
def attacks(good, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("attacks")
    return {name: build(good, folder / f"{name}.xlsx")
            for name, (build, _, _) in ATTACKS.items()}


def test_the_genuine_return_is_valid(good, person):
    result = verify.verify_file(good, {person.info.fingerprint})
    assert result.status == verify.VALID, result.message


@pytest.mark.parametrize("name", ATTACKS)
def test_each_change_of_appearance_is_modified_and_named(attacks, person, name):
    _, words, values_intact = ATTACKS[name]
    result = verify.verify_file(attacks[name], {person.info.fingerprint})
    assert result.status == verify.MODIFIED, result.message
    assert words in result.message, result.message
    assert result.values_intact is values_intact
    if values_intact:
        assert result.message.startswith("values unchanged, appearance changed ("), \
            result.message
        assert result.message.endswith(": the signed PDF is authoritative")


def test_a_return_of_an_earlier_kotodesk_is_modified_with_its_values_intact(good, person,
                                                                           tmp_path):
    # The format before the workbook seal: the custom XML part held the payload seal only.
    def earlier(data: bytes) -> bytes:
        sealed = re.search(rb"<sealed>([^<]*)</sealed>", data).group(1)
        return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sealed '
                b'xmlns="urn:kotodesk:sealed:1">' + sealed + b"</sealed>")
    old = patched(good, tmp_path / "old.xlsx", {"customXml/item1.xml": earlier})
    result = verify.verify_file(old, {person.info.fingerprint})
    assert result.status == verify.MODIFIED and result.values_intact
    assert "sealed by an earlier kotodesk version" in result.message


def test_a_merge_takes_in_the_genuine_return_only(good, attacks, person, tmp_path, home, cli,
                                                  monkeypatch):
    folder = tmp_path / "saapuneet"
    folder.mkdir()
    (folder / "palautus.xlsx").write_bytes(good.read_bytes())
    for name, path in attacks.items():
        (folder / f"{name}.xlsx").write_bytes(path.read_bytes())
    coordinator_ready(home, monkeypatch, person)
    result = cli("merge", folder, "--xlsx", tmp_path / "koottu.xlsx", "--json")
    assert result.code == 1, result.err  # files were refused
    data = result.json()
    assert [Path(r["file"]).name for r in data["accepted"]] == ["palautus.xlsx"]
    refused = {Path(r["file"]).stem: r for r in data["rejected"]}
    assert set(refused) == set(ATTACKS)
    assert all(r["status"] == verify.MODIFIED for r in refused.values())
    merged = openpyxl.load_workbook(tmp_path / "koottu.xlsx")
    texts = {str(c.value) for ws in merged.worksheets for row in ws.iter_rows() for c in row
             if c.value is not None}
    assert "Ei ole käynnistetty: rahoitus puuttuu.\n\nPerustelut: Rahoitus puuttuu." in texts
    assert not any("toteutettu suunnitellusti" in t for t in texts)
    workspace = Workspace.open(home)
    before = dump(workspace.store)
    again = intake.take_in(workspace, folder / "white-text.xlsx",
                           {person.info.fingerprint})
    assert not again.accepted and dump(workspace.store) == before
    workspace.close()


def test_the_coordinator_takes_in_the_sealed_values_knowingly(attacks, person, tmp_path,
                                                              home, cli, monkeypatch):
    coordinator_ready(home, monkeypatch, person)
    merged = tmp_path / "koottu.xlsx"
    twin = attacks["case-twin-sheet"]
    result = cli("merge", "--accept-sealed", attacks["hidden-row"], "--accept-sealed", twin,
                 "--xlsx", merged, "--json")
    data = result.json()
    assert [Path(r["file"]).name for r in data["accepted"]] == ["hidden-row.xlsx"]
    # Its signer is trusted for its unit, so it counts, marked as changed in appearance.
    assert data["accepted"][0]["status"] == verify.VALID
    assert data["accepted"][0]["reason"].startswith("taken in knowingly: its sealed values")
    # Values changed: not even knowingly.
    assert [Path(r["file"]).name for r in data["rejected"]] == ["case-twin-sheet.xlsx"]
    assert "only a file whose values are as signed" in data["rejected"][0]["reason"]
    texts = [str(c.value) for ws in openpyxl.load_workbook(merged).worksheets
             for row in ws.iter_rows() for c in row if c.value is not None]
    assert any("(ulkoasua muutettu allekirjoituksen jälkeen)" in t for t in texts)
    inbox = cli("inbox", "--json").json()
    assert [(Path(row["file"]).name, row["status"], row["notes"]) for row in inbox] == [
        ("hidden-row.xlsx", verify.VALID, [APPEARANCE_NOTE])], inbox
