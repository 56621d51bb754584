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

import datetime
import hashlib
import re
import stat
import time
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
    from openpyxl.packaging.custom import StringProperty

    sheet = workbook.create_sheet(SEAL_SHEET)
    sheet.sheet_state = "veryHidden"
    if getattr(workbook, "write_only", False):  # the report writer's workbook
        from openpyxl.styles.cell_style import StyleArray

        from kotodesk.xlsx.write import stream_cells

        plain = StyleArray()
        count = 1 + -(-len(sealed) // CHUNK)
        # Each piece cut as it is written: a merged report's seal is tens of MB.
        stream_cells(sheet, ((number, [(1, SEAL_MARK if number == 1 else
                                        sealed[(number - 2) * CHUNK:(number - 1) * CHUNK],
                                        plain)]) for number in range(1, count + 1)),
                     1, {}, last_row=count)
    else:
        values = [SEAL_MARK] + [sealed[i:i + CHUNK] for i in range(0, len(sealed), CHUNK)]
        for number, value in enumerate(values, start=1):
            cell = sheet.cell(number, 1, value)
            if number > 1:
                cell.data_type = "s"
    workbook.custom_doc_props.append(StringProperty(name=PROPERTY, value=fingerprint[:255]))


def item_xml(sealed: str, workbook: str) -> bytes:
    """The custom XML part: both seals, in one exact form the verifier can rebuild."""
    head, tail = _item_xml_around(workbook)
    return head + sealed.encode() + tail


class _HashingZip(zipfile.ZipFile):
    """openpyxl's archive while it saves: every part is hashed as it is written (the
    SHA-256 of its bytes, as a reader unpacks them), and the two parts that must name
    the custom XML part gain their line on the way."""

    def __init__(self, handle, edits: dict[str, tuple[bytes, bytes]]) -> None:
        super().__init__(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        self.digests: dict[str, str] = {}
        self._edits = edits

    def writestr(self, zinfo_or_arcname, data, *args, **kwargs) -> None:
        name = getattr(zinfo_or_arcname, "filename", zinfo_or_arcname)
        if isinstance(data, str):
            data = data.encode("utf-8")
        if name in self._edits:
            data = data.replace(*self._edits[name])
        self._hashed(name, hashlib.sha256(data))
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename, arcname=None, *args, **kwargs) -> None:
        name = arcname if arcname is not None else str(filename)
        if name in self._edits:
            raise ValueError(f"{name} is written from a file; it cannot be edited")
        digest = hashlib.sha256()
        if hasattr(filename, "read"):  # a sheet kept in memory (kotodesk.xlsx.write.SPOOLED)
            self._copy(filename, name, digest)
            return
        with open(filename, "rb") as part:
            while chunk := part.read(_COPY_CHUNK):
                digest.update(chunk)
        self._hashed(name, digest)
        super().write(filename, arcname, *args, **kwargs)

    def _copy(self, source, name: str, digest) -> None:
        """`source` (a file object) into the part `name`, as ZipFile.write copies a file
        (the same compression, and the mode of openpyxl's temporary file)."""
        info = zipfile.ZipInfo(name, time.localtime()[:6])
        info.compress_type, info._compresslevel = self.compression, self.compresslevel
        info.external_attr = (stat.S_IFREG | 0o600) << 16
        source.seek(0)
        with self.open(info, "w") as part:
            while chunk := source.read(_COPY_CHUNK):
                digest.update(chunk)
                part.write(chunk)
        self._hashed(name, digest)

    def _hashed(self, name: str, digest) -> None:
        if name in self.digests:
            raise ValueError(f"{name} written twice")
        self.digests[name] = digest.hexdigest()


def save_sealed(workbook, handle, sealed: str, sign: Callable[[dict], str]) -> None:
    """Save `workbook` (openpyxl) into the open binary file `handle` with a custom XML
    part holding the sealed text and the workbook seal, which `sign` makes from
    {"format", "sealed_sha256", "item", "parts"} (the SHA-256 of every other part, as
    written). The parts are hashed while openpyxl writes them, and the sealed text is
    written to its part in pieces: one pass, and a merged report's sheets (tens of MB
    unpacked) and its seal are never copied whole in memory."""
    from openpyxl.writer.excel import ExcelWriter

    n = 1  # openpyxl writes no custom XML part of its own (checked below)
    item = f"customXml/item{n}.xml"
    props = (f'{_XML_HEAD}<ds:datastoreItem ds:itemID="{{{str(uuid.uuid4()).upper()}}}" '
             f'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
             f'<ds:schemaRefs><ds:schemaRef ds:uri="{NAMESPACE}"/></ds:schemaRefs>'
             f'</ds:datastoreItem>').encode()
    item_rels = (f'{_XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/'
                 f'package/2006/relationships"><Relationship Id="rId1" Type="{_PROPS_REL}" '
                 f'Target="itemProps{n}.xml"/></Relationships>').encode()
    edits = {"[Content_Types].xml": (
        b"</Types>", f'<Override PartName="/customXml/itemProps{n}.xml" '
                     f'ContentType="{_PROPS_TYPE}"/></Types>'.encode()),
             "xl/_rels/workbook.xml.rels": (
        b"</Relationships>", f'<Relationship Id="rIdKotodesk{n}" Type="{_CUSTOM_XML_REL}" '
                             f'Target="../customXml/item{n}.xml"/></Relationships>'.encode())}
    with _HashingZip(handle, edits) as archive:
        workbook.properties.modified = datetime.datetime.now(
            tz=datetime.UTC).replace(tzinfo=None)  # as openpyxl's save does
        ExcelWriter(workbook, archive).write_data()
        written = archive.digests
        if any(name.lower().startswith("customxml/") for name in written) or \
                not all(name in written for name in edits):
            raise ValueError("openpyxl wrote an unexpected set of parts")
        archive.writestr(f"customXml/itemProps{n}.xml", props)
        archive.writestr(f"customXml/_rels/item{n}.xml.rels", item_rels)
        signed = sign({"format": WORKBOOK_FORMAT, "item": item, "parts": dict(written),
                       "sealed_sha256": getattr(sealed, "sha256", None)
                       or text_sha256(sealed)})
        head, tail = _item_xml_around(signed)
        with archive.open(item, "w") as part:
            part.write(head)
            for start in range(0, len(sealed), _COPY_CHUNK):
                part.write(sealed[start:start + _COPY_CHUNK].encode())
            part.write(tail)


def text_sha256(text: str) -> str:
    """The SHA-256 of an ASCII text (a seal), hashed in pieces."""
    digest = hashlib.sha256()
    for start in range(0, len(text), _COPY_CHUNK):
        digest.update(text[start:start + _COPY_CHUNK].encode())
    return digest.hexdigest()


def _item_xml_around(workbook: str) -> tuple[bytes, bytes]:
    """The custom XML part before and after the sealed text (item_xml in two pieces)."""
    return (f'{_XML_HEAD}<kotodesk xmlns="{NAMESPACE}"><sealed>'.encode(),
            f'</sealed><workbook>{workbook}</workbook></kotodesk>'.encode())


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
