"""The sealed payload inside an .xlsx, in three places that survive different journeys.

- a custom XML part (customXml/itemN.xml with its itemProps), the place Office keeps
  machine data; LibreOffice keeps it on a re-save;
- a chunked copy in a "veryHidden" sheet, which any spreadsheet program keeps;
- a short fingerprint in a custom document property (File › Properties shows it).

openpyxl drops custom XML parts it did not write, so the part is added to the saved zip.
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile

from kotodesk.text import one_line

SEAL_SHEET = "kotodesk_allekirjoitus"
SEAL_MARK = "kotodesk-sealed/1"
PROPERTY = "kotodesk"
NAMESPACE = "urn:kotodesk:sealed:1"
CHUNK = 32_000  # below Excel's 32,767 characters per cell
_CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
_PROPS_REL = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "customXmlProps")
_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_ELEMENT = re.compile(rb"<(?:\w+:)?sealed[^>]*>([A-Za-z0-9+/=\s]*)</(?:\w+:)?sealed>")


def add_to_workbook(workbook, sealed: str, fingerprint: str) -> None:
    """The hidden sheet and the document property (before openpyxl saves)."""
    from openpyxl.packaging.custom import StringProperty

    sheet = workbook.create_sheet(SEAL_SHEET)
    sheet.sheet_state = "veryHidden"
    sheet.cell(1, 1).value = SEAL_MARK
    for i in range(0, len(sealed), CHUNK):
        cell = sheet.cell(2 + i // CHUNK, 1)
        cell.value = sealed[i:i + CHUNK]
        cell.data_type = "s"
    workbook.custom_doc_props.append(StringProperty(name=PROPERTY, value=fingerprint[:255]))


def add_custom_xml(xlsx: bytes, sealed: str) -> bytes:
    """The saved workbook with a custom XML part holding the sealed text."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    names = set(source.namelist())
    n = 1
    while f"customXml/item{n}.xml" in names:
        n += 1
    item = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sealed xmlns="{NAMESPACE}">{sealed}</sealed>').encode()
    props = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             f'<ds:datastoreItem ds:itemID="{{{str(uuid.uuid4()).upper()}}}" '
             f'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
             f'<ds:schemaRefs><ds:schemaRef ds:uri="{NAMESPACE}"/></ds:schemaRefs>'
             f'</ds:datastoreItem>').encode()
    item_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                 f'relationships"><Relationship Id="rId1" Type="{_PROPS_REL}" '
                 f'Target="itemProps{n}.xml"/></Relationships>').encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    f'<Override PartName="/customXml/itemProps{n}.xml" '
                    f'ContentType="{_PROPS_TYPE}"/></Types>'.encode())
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdKotodesk{n}" Type="{_CUSTOM_XML_REL}" '
                    f'Target="../customXml/item{n}.xml"/></Relationships>'.encode())
            target.writestr(info, data)
        target.writestr(f"customXml/item{n}.xml", item)
        target.writestr(f"customXml/itemProps{n}.xml", props)
        target.writestr(f"customXml/_rels/item{n}.xml.rels", item_rels)
    return out.getvalue()


def from_custom_xml(archive: zipfile.ZipFile) -> list[str]:
    """Sealed texts in the file's custom XML parts (the archive was checked already)."""
    found = []
    for name in archive.namelist():
        if name.startswith("customXml/") and re.fullmatch(r"customXml/item\d+\.xml", name):
            match = _ELEMENT.search(archive.read(name))
            if match:
                found.append("".join(match.group(1).decode("ascii").split()))
    return found


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
