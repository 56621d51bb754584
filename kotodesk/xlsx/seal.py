"""The sealed payload inside an .xlsx, in three places that survive different journeys.

- a custom XML part (customXml/itemN.xml with its itemProps), the place Office keeps
  machine data; LibreOffice keeps it on a re-save;
- a chunked copy in a "veryHidden" sheet, which any spreadsheet program keeps;
- a short fingerprint in a custom document property (File › Properties shows it).

openpyxl drops custom XML parts it did not write, so the part is added to the saved zip.

The payload seal says what the cells must show; it cannot say how they look. So the custom
XML part also carries a second seal by the same key, the workbook seal: the SHA-256 of
every other part of the zip, exactly as written (sheet list and names, styles and number
formats, column widths and row heights, hidden rows, merged cells, conditional formats,
defined names, document properties, the hidden sheet itself). The custom XML part is the
one part it cannot cover (it holds the workbook seal), so the verifier rebuilds that part
from the two seals it holds and compares it byte for byte. Any part added, removed or
changed after signing is then named, without rebuilding the workbook: verification stays
a zip read and a hash per part (issue 16's intake speed).
"""

from __future__ import annotations

import hashlib
import io
import re
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from kotodesk.domain.text import one_line

SEAL_SHEET = "kotodesk_allekirjoitus"
SEAL_MARK = "kotodesk-sealed/1"
PROPERTY = "kotodesk"
NAMESPACE = "urn:kotodesk:sealed:1"
CHUNK = 32_000  # below Excel's 32,767 characters per cell
_COPY_CHUNK = 1 << 20  # bytes of a part hashed or copied at a time
_CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
_PROPS_REL = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "customXmlProps")
_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
WORKBOOK_FORMAT = "kotodesk-workbook/1"
_ELEMENT = re.compile(rb"<(?:\w+:)?sealed[^>]*>([A-Za-z0-9+/=\s]*)</(?:\w+:)?sealed>")
_WORKBOOK = re.compile(rb"<(?:\w+:)?workbook[^>]*>([A-Za-z0-9+/=\s]*)</(?:\w+:)?workbook>")
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def add_to_workbook(workbook, sealed: str, fingerprint: str) -> None:
    """The hidden sheet and the document property (before openpyxl saves); the sheet is
    appended row by row in a write-only workbook (the report writer's)."""
    from openpyxl.cell import Cell
    from openpyxl.packaging.custom import StringProperty

    sheet = workbook.create_sheet(SEAL_SHEET)
    sheet.sheet_state = "veryHidden"
    values = [SEAL_MARK] + [sealed[i:i + CHUNK] for i in range(0, len(sealed), CHUNK)]
    streaming = getattr(workbook, "write_only", False)  # the report writer's workbook
    rows = []
    for number, value in enumerate(values, start=1):
        cell = Cell(sheet, number, 1, value) if streaming else sheet.cell(number, 1, value)
        if number > 1:
            cell.data_type = "s"
        rows.append((number, [cell]))
    if streaming:
        from kotodesk.xlsx.write import stream

        stream(sheet, rows, 1)
    workbook.custom_doc_props.append(StringProperty(name=PROPERTY, value=fingerprint[:255]))


def item_xml(sealed: str, workbook: str) -> bytes:
    """The custom XML part: both seals, in one exact form the verifier can rebuild."""
    return (f'{_XML_HEAD}<kotodesk xmlns="{NAMESPACE}"><sealed>{sealed}</sealed>'
            f'<workbook>{workbook}</workbook></kotodesk>').encode()


def add_custom_xml(xlsx: bytes, sealed: str, sign: Callable[[dict], str]) -> bytes:
    """The saved workbook with a custom XML part holding the sealed text and the
    workbook seal, which `sign` makes from {"format", "sealed_sha256", "item", "parts"}
    (the SHA-256 of every other part, as written into the returned zip)."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    names = set(source.namelist())
    n = 1
    while f"customXml/item{n}.xml" in names:
        n += 1
    item = f"customXml/item{n}.xml"
    props = (f'{_XML_HEAD}<ds:datastoreItem ds:itemID="{{{str(uuid.uuid4()).upper()}}}" '
             f'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
             f'<ds:schemaRefs><ds:schemaRef ds:uri="{NAMESPACE}"/></ds:schemaRefs>'
             f'</ds:datastoreItem>').encode()
    item_rels = (f'{_XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/'
                 f'package/2006/relationships"><Relationship Id="rId1" Type="{_PROPS_REL}" '
                 f'Target="itemProps{n}.xml"/></Relationships>').encode()
    # Two small parts gain a line; every other part is hashed and copied in chunks, so
    # that a merged report's sheets (tens of MB unpacked) are never all in memory.
    edited = {"[Content_Types].xml": (
        b"</Types>", f'<Override PartName="/customXml/itemProps{n}.xml" '
                     f'ContentType="{_PROPS_TYPE}"/></Types>'.encode()),
              "xl/_rels/workbook.xml.rels": (
        b"</Relationships>", f'<Relationship Id="rIdKotodesk{n}" Type="{_CUSTOM_XML_REL}" '
                             f'Target="../customXml/item{n}.xml"/></Relationships>'.encode())}
    small = {info.filename: source.read(info).replace(*edited[info.filename])
             for info in source.infolist() if info.filename in edited}
    small[f"customXml/itemProps{n}.xml"] = props
    small[f"customXml/_rels/item{n}.xml.rels"] = item_rels
    digests = {}
    for info in source.infolist():
        if info.filename in small:
            digests[info.filename] = hashlib.sha256(small[info.filename]).hexdigest()
            continue
        digest = hashlib.sha256()
        with source.open(info) as part:
            while chunk := part.read(_COPY_CHUNK):
                digest.update(chunk)
        digests[info.filename] = digest.hexdigest()
    for name in (f"customXml/itemProps{n}.xml", f"customXml/_rels/item{n}.xml.rels"):
        digests[name] = hashlib.sha256(small[name]).hexdigest()
    workbook = sign({"format": WORKBOOK_FORMAT, "item": item, "parts": digests,
                     "sealed_sha256": hashlib.sha256(sealed.encode()).hexdigest()})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.compress_type, copy.external_attr = info.compress_type, info.external_attr
            if info.filename in small:
                target.writestr(copy, small[info.filename])
                continue
            with source.open(info) as part, target.open(copy, "w") as written:
                while chunk := part.read(_COPY_CHUNK):
                    written.write(chunk)
        for name in (f"customXml/itemProps{n}.xml", f"customXml/_rels/item{n}.xml.rels"):
            target.writestr(name, small[name])
        target.writestr(item, item_xml(sealed, workbook))
    return out.getvalue()


@dataclass(frozen=True)
class Item:
    """A custom XML part holding a payload seal, and the workbook seal when it has one."""

    name: str
    sealed: str
    workbook: str | None


_ITEM_NAME = re.compile(r"customXml/item\d+\.xml")


def items(archive: zipfile.ZipFile, parts: dict[str, bytes] | None = None) -> list[Item]:
    """The file's custom XML parts that hold a seal (the archive was checked already;
    `parts`, the XML parts those checks unpacked, Checked.xml, is read if given)."""
    found = []
    for name in archive.namelist():
        if _ITEM_NAME.fullmatch(name):
            data = parts[name] if parts is not None and name in parts else archive.read(name)
            match = _ELEMENT.search(data)
            if match:
                workbook = _WORKBOOK.search(data)
                found.append(Item(name, _joined(match.group(1)),
                                  _joined(workbook.group(1)) if workbook else None))
    return found


def _joined(text: bytes) -> str:
    return "".join(text.decode("ascii").split())


def from_column(values: list[str]) -> str | None:
    """The chunked copy, given column A of the hidden sheet, or None."""
    if not values or one_line(values[0]) != SEAL_MARK:
        return None
    parts = []
    for value in values[1:]:
        if not value:
            break
        parts.append(value)
    return "".join("".join(parts).split()) or None
