"""The one guarded way kotodesk opens an .xlsx that someone else wrote.

Returns arrive by e-mail from other people. Before openpyxl sees a byte, the zip's
directory is checked (entry count, declared sizes, compression ratio) and every member is
streamed once to prove it holds no more than it declares, so a zip bomb is refused after
reading at most the declared sizes. Macro parts are refused whatever the file is called.
XML is parsed with defusedxml (openpyxl uses it when installed), so entity expansion is
refused. Formula cells are read as their text and flagged, never evaluated.

The same single pass records each part's SHA-256 (what the workbook seal signs, see
xlsx_seal) and how far every sheet reaches: a 40 KB file with one cell at XFD1048576 makes
calamine allocate the whole dense range (hundreds of GB, then SIGABRT) and openpyxl iterate
over it, so a cell or row beyond MAX_ROWS × MAX_COLUMNS is refused before either reader
sees the file. Every error the zip, zlib and struct modules raise for damaged data is
turned into the same "damaged" message, and only regular files are read (a FIFO would
block, /dev/zero would never end).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import struct
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from kotodesk.domain.errors import InputError, read_reason
from kotodesk.domain.messages import message
from kotodesk.domain.text import grouped

MAX_FILE_BYTES = 50 * 2**20
MAX_ENTRIES = 2_000
MAX_MEMBER_BYTES = 100 * 2**20
MAX_TOTAL_BYTES = 200 * 2**20
MAX_RATIO = 200  # uncompressed / compressed, checked for members above 1 MB
# Far beyond any return or merged report (a few thousand rows of seven columns), far
# below what calamine's dense grid cannot hold (it allocates rows × columns cells).
MAX_ROWS = 200_000
MAX_COLUMNS = 1_000
MAX_CELLS = 4_000_000
# calamine reserves room for the shared texts a workbook declares (sst uniqueCount) before
# it reads one: "4000000000" in a 1 KB file made it ask for 96 GB and abort the process.
# No workbook kotodesk reads holds more distinct texts than cells.
MAX_SHARED_TEXTS = MAX_CELLS
_CHUNK = 2**16
# Everything the zip, zlib and struct modules raise for damaged or unsupported data.
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
              NotImplementedError, zlib.error, struct.error, KeyError, IndexError,
              OverflowError, UnicodeDecodeError, RuntimeError)


@dataclass(frozen=True)
class Cell:
    """A cell's content as text; `formula` when the file held a formula there, `number`
    when it held a number (whose text is the number's, not what was typed: "1.10" typed
    into a General cell is the number 1.1)."""

    text: str
    formula: bool = False
    number: bool = False


@dataclass
class Checked:
    """A zip that passed the checks: its bytes, the open archive, each part's SHA-256, and
    the worksheets' XML as the checks unpacked it (read_grid looks for formulas in it
    rather than unpacking each sheet again), and every XML part's (the seals are read
    from there: no part is unpacked twice)."""

    data: bytes
    archive: zipfile.ZipFile
    digests: dict[str, str]
    sheets: dict[str, bytes] = field(default_factory=dict)
    xml: dict[str, bytes] = field(default_factory=dict)


def _refuse(path: Path, problem: str) -> InputError:
    return InputError(problem, path=path)


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of `path`, only if it is a regular file (a link to one is fine) of at
    most `limit` bytes; a FIFO, a device or a folder is refused by name before it is
    opened for reading, so it can neither block nor stream forever."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(path, message("not-regular-file"))
        if info.st_size > limit:
            raise _refuse(path, message("larger-than", megabytes=limit // 2**20))
        # O_NONBLOCK: should the path have become a FIFO since stat, open does not wait.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise _refuse(path, message("not-a-file"))
            # No more than the file's size is asked for: read(n) allocates n bytes first.
            data = handle.read(min(limit, info.st_size) + 1)
            if len(data) > info.st_size:  # it grew since stat: read on, to the limit
                data += handle.read(limit + 1 - len(data))
    except OSError as exc:
        raise _refuse(path, message("cannot-read", reason=read_reason(exc))) from None
    if len(data) > limit:
        raise _refuse(path, message("larger-than", megabytes=limit // 2**20))
    return data


def checked_zip(path: Path, data: bytes | None = None) -> zipfile.ZipFile:
    """Open `path` as a zip only after its directory and contents pass the limits."""
    return checked(path, data).archive


def _checked(path: Path, data: bytes | None) -> tuple[bytes, zipfile.ZipFile]:
    found = checked(path, data)
    return found.data, found.archive


def checked(path: Path, data: bytes | None = None) -> Checked:
    """The file's zip, after its directory and every part passed the limits; InputError
    naming the file and the problem otherwise."""
    if data is None:
        data = read_regular(path, MAX_FILE_BYTES)
    if not data:
        raise _refuse(path, message("empty-file"))
    if not data.startswith(b"PK"):
        raise _refuse(path, message("not-xlsx"))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except ZIP_ERRORS as exc:
        raise _refuse(path, message("damaged-xlsx", detail=_describe(exc))) from None
    if len(infos) > MAX_ENTRIES:
        raise _refuse(path, message("too-many-entries", count=grouped(len(infos)),
                                    limit=grouped(MAX_ENTRIES)))
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_BYTES:
        raise _refuse(path, message("unpacks-too-large", megabytes=grouped(total // 2**20),
                                    limit=grouped(MAX_TOTAL_BYTES // 2**20)))
    names = {i.filename.lower() for i in infos}
    if len(names) != len(infos):
        twice = sorted({i.filename for i in infos
                        if sum(j.filename.lower() == i.filename.lower() for j in infos) > 1})
        raise _refuse(path, message("part-twice", part=twice[0]))
    if any(n.endswith("vbaproject.bin") or (n.endswith(".bin") and "vba" in n) for n in names):
        raise _refuse(path, message("macros"))
    if "[content_types].xml" not in names:
        raise _refuse(path, message("no-content-types"))
    for info in infos:
        if info.file_size > MAX_MEMBER_BYTES:
            raise _refuse(path, message("part-too-large", part=info.filename,
                                        megabytes=grouped(info.file_size // 2**20)))
        if info.file_size > 2**20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise _refuse(path, message("part-ratio", part=info.filename, ratio=grouped(ratio)))
    digests, sheets, parts = {}, {}, {}
    for info in infos:
        digests[info.filename], xml = _check_member(archive, info, path)
        if xml is not None:
            parts[info.filename] = xml
            if _is_sheet(info.filename):
                sheets[info.filename] = xml
    return Checked(data, archive, digests, sheets, parts)


def _is_sheet(name: str) -> bool:
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"),
                "<!ENTITY".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))


def _check_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path
                  ) -> tuple[str, bytes | None]:
    """Stream a member once, stopping as soon as it exceeds its declared size; XML parts
    must not declare a DTD or entities (Office never writes them; attacks do), and a
    sheet must not reach beyond the limits. The member's SHA-256, and its XML when it is
    an XML part."""
    is_xml = info.filename.lower().endswith((".xml", ".rels", ".vml"))
    if is_xml and info.file_size <= _WHOLE_XML:
        return _check_xml_member(archive, info, path)
    seen = 0
    tail = b""
    digest = hashlib.sha256()
    parts: list[bytes] = []
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                seen += len(chunk)
                digest.update(chunk)
                if seen > info.file_size:
                    raise _refuse(path, message("part-holds-more", part=info.filename))
                if is_xml:
                    window = tail + chunk
                    # Every marker holds "<!" or "<\0!": two scans, the five only then.
                    if (b"<!" in window or b"<\x00!" in window) and \
                            any(marker in window for marker in _DTD_MARKERS):
                        raise _refuse(path, message("part-declares-dtd", part=info.filename))
                    tail = window[-32:]
                    parts.append(chunk)
    except InputError:
        raise
    except ZIP_ERRORS as exc:
        raise _refuse(path, message("part-damaged", part=info.filename,
                                    detail=_describe(exc))) from None
    xml = b"".join(parts) if is_xml else None
    if xml is not None:
        _check_reach(xml, info.filename, path)
    return digest.hexdigest(), xml


_WHOLE_XML = 2**23  # an XML part up to this size is unpacked in one read (it is kept)


def _check_xml_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path
                      ) -> tuple[str, bytes]:
    """_check_member of an XML part of at most _WHOLE_XML bytes, in one read (every part
    of a return is one): the same checks, the same refusals, without a Python loop over
    pieces; a read stops one byte past the declared size, as the pieces' loop did."""
    try:
        with archive.open(info) as member:
            xml = member.read(info.file_size + 1)
    except ZIP_ERRORS as exc:
        raise _refuse(path, message("part-damaged", part=info.filename,
                                    detail=_describe(exc))) from None
    if len(xml) > info.file_size:
        raise _refuse(path, message("part-holds-more", part=info.filename))
    # Every marker holds the byte "!", which most parts lack: one memchr, then the rest.
    if b"!" in xml and (b"<!" in xml or b"<\x00!" in xml) and \
            any(marker in xml for marker in _DTD_MARKERS):
        raise _refuse(path, message("part-declares-dtd", part=info.filename))
    _check_reach(xml, info.filename, path)
    return hashlib.sha256(xml).hexdigest(), xml


def _check_reach(xml: bytes, name: str, path: Path) -> None:
    """An XML part's numbers that make calamine allocate before it reads: how far a sheet
    reaches, how many shared texts a part declares (each looked for only in a part that
    holds its word)."""
    if b"sheetData" in xml:
        _check_extent(xml, name, path)
    if b"uniqueCount" in xml:
        _check_declared_texts(xml, name, path)


# Every uniqueCount attribute's value as calamine's attribute reader takes it (the name,
# spaces, "=", spaces, a quote, then digits), in any part: the part calamine reads as the
# shared texts is found by a name that case and the workbook's folder can vary, so every
# part is looked at (the words occur in no other part kotodesk meets).
_DECLARED_TEXTS = re.compile(rb"""uniqueCount[ \t\n\x0c\r]*=[ \t\n\x0c\r]*["']([0-9]+)""")


def _check_declared_texts(xml: bytes, name: str, path: Path) -> None:
    """Refuse a part that declares more shared texts than MAX_SHARED_TEXTS (calamine
    would reserve room for all of them first)."""
    declared = max((int(n) for n in _DECLARED_TEXTS.findall(xml)), default=0)
    if declared > MAX_SHARED_TEXTS:
        raise _refuse(path, message("too-many-texts", part=name, count=grouped(declared),
                                    limit=grouped(MAX_SHARED_TEXTS)))


# A row or cell tag as spreadsheet programs write it, and its r attribute with the
# opening quote (so that r="" is told from no r at all): a plain prefix or none, then
# attributes each `name="value"` or `name='value'` (no "<" or ">" in a value), r at most
# once. calamine's XML reader is more lenient: a tag's name runs to the first space and
# its prefix is whatever comes before the first ":" ("é:c" and "a/b:c" are cells to it),
# a quoted ">" belongs to its value, and the first r attribute places the cell. So every
# place where that reader could see a row or a cell begin (_TAG_START) must hold such a
# plain tag, or the sheet is refused: a cell spelled <é:c r="XFD1048576"> or
# <c x=">" r="XFD1048576"> used to pass unseen, and calamine aborted the process.
_OTHER_ATTRIBUTE = (rb"""(?:[ \t\r\n]+(?!r[ \t\r\n]*=)[^\s=<>"'/]+[ \t\r\n]*=[ \t\r\n]*"""
                    rb"""(?:"[^"<>]*"|'[^'<>]*'))*+""")
_ROW_OR_CELL = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)" + _OTHER_ATTRIBUTE
    + rb"""(?:[ \t\r\n]+r[ \t\r\n]*=[ \t\r\n]*("[^"<>]*(?=")|'[^'<>]*(?='))["'])?"""
    + _OTHER_ATTRIBUTE + rb"[ \t\r\n]*/?>")
# "<" (not a closing "</"), any prefix up to its first ":", the local name row or c. A
# plain tag is one of these and holds no other, so as many of these as plain tags means
# that each of these is a plain tag.
_TAG_START = re.compile(rb"<(?!/)(?:[^ \t\r\n>:]*:)?(?:row|c)(?=[\s/>])")
_REF = re.compile(rb"\$?([A-Za-z]{1,7})\$?([0-9]{1,12})")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


# One row's or one cell's reference as _check_extent's walk accepts it (quote, optional
# spaces, the reference, optional spaces), in the references joined with ">": none holds
# a quote or a ">" (the tag pattern stops it there), so a match is always one whole
# reference, and as many matches as references means that the walk accepts every one.
_ROW_NUMBER = re.compile(rb"""["'][ \t\n\r\f\v]*([0-9]{1,12})[ \t\n\r\f\v]*>""")
_CELL_REF = re.compile(rb"""["'][ \t\n\r\f\v]*\$?([A-Za-z]{1,7})\$?([0-9]{1,12})"""
                       rb"""[ \t\n\r\f\v]*>""")


# The one spelling spreadsheet programs write (kotodesk's writer, Excel, LibreOffice):
# <row r="12" ...> and <c r="B12" ...>, r first, one space between attributes, no other
# r (nor x:r). Every such tag is also a plain tag (_ROW_OR_CELL) and one of _TAG_START's places,
# and no place of _TAG_START spans the start of one (a prefix cannot cross its space):
# as many of these as places means every place holds one, and its r is the place the
# reader gives it. This is the usual sheet's pass, at half the cost of the general one.
_USUAL_TAG = re.compile(rb'<(?:row r="([0-9]{1,7})"|c r="([A-Z]{1,3})([0-9]{1,7})")'
                        rb'(?: (?!(?:[A-Za-z0-9]+:)?r=)(?:[A-Za-z0-9]+:)?[A-Za-z0-9]+="[^"<>]*")*'
                        rb'/?>')


def _usual_extent(xml: bytes, starts: int) -> bool:
    """Whether every row and cell of the sheet is spelled the usual way (_USUAL_TAG: as
    many as the `starts` of _TAG_START) and within the limits: then no place of
    _walk_extent's walk reaches beyond the largest row or cell number and the widest
    column, and the walk would pass."""
    tags = _USUAL_TAG.findall(xml)
    if len(tags) != starts:
        return False
    last_row = max((int(row or number) for row, _letters, number in tags), default=0)
    columns = {letters for _row, letters, _number in tags if letters}
    widest = max(map(_column_number, columns), default=0)
    return last_row <= MAX_ROWS and widest <= MAX_COLUMNS and \
        last_row * max(widest, 1) <= MAX_CELLS


def _check_extent(xml: bytes, name: str, path: Path) -> None:
    """Walk the rows and cells of a sheet the way a reader places them (an explicit
    reference, else one after the previous) and refuse one beyond the limits.

    The usual sheet (every row and cell carries its reference, as every spreadsheet
    program writes them) is judged at once from the largest row and column: no point of
    the walk reaches beyond them, so when they are within the limits the walk passes.
    Anything else (a tag without a reference, a reference the walk refuses, a sheet near
    the limits) is walked tag by tag, which decides and words the refusal."""
    starts = len(_TAG_START.findall(xml))  # where a reader may see a row or cell begin
    if _usual_extent(xml, starts):
        return
    tags = _ROW_OR_CELL.findall(xml)  # tuples: no match objects to build
    if len(tags) != starts:
        raise _refuse(path, message("unread-tag", part=name))
    rows = [quoted for tag, quoted in tags if tag == b"row"]
    cells = [quoted for tag, quoted in tags if tag != b"row"]
    if b"" not in rows and b"" not in cells:
        numbers = _ROW_NUMBER.findall(b">".join(rows) + b">") if rows else []
        found = _CELL_REF.findall(b">".join(cells) + b">") if cells else []
        if len(numbers) == len(rows) and len(found) == len(cells):
            last_row = max(max(map(int, numbers), default=0),
                           max(map(int, [n for _, n in found]), default=0))
            widest = max(map(_column_number, {letters for letters, _ in found}), default=0)
            if last_row <= MAX_ROWS and widest <= MAX_COLUMNS and \
                    last_row * max(widest, 1) <= MAX_CELLS:
                return
    _walk_extent(tags, name, path)


def _walk_extent(tags: list[tuple[bytes, bytes]], name: str, path: Path) -> None:
    """_check_extent's walk, tag by tag."""
    row = column = 0
    widest = 0
    columns: dict[bytes, int] = {}  # a sheet's few column letters, each worked out once
    for tag, quoted in tags:
        if tag == b"row":
            if not quoted:
                row += 1
            else:
                value = quoted[1:].strip()
                if value.isdigit() and len(value) <= 12:
                    row = int(value)
                else:
                    raise _refuse(path, message("bad-row-number", part=name,
                                                value=repr(quoted[1:21].decode("latin-1"))))
            column = 0
        elif not quoted:
            column += 1
        else:
            cell = _REF.fullmatch(quoted[1:].strip())
            if cell is None:
                raise _refuse(path, message("bad-cell-reference", part=name,
                                            value=repr(quoted[1:21].decode("latin-1"))))
            letters, number = cell.groups()
            column = columns.get(letters) or columns.setdefault(letters,
                                                                _column_number(letters))
            number = int(number)
            if number > row:
                row = number
        if column > widest:
            widest = column
        if row > MAX_ROWS or column > MAX_COLUMNS or row * max(widest, 1) > MAX_CELLS:
            limits = {"rows": grouped(MAX_ROWS), "columns": grouped(MAX_COLUMNS)}
            if column:
                raise _refuse(path, message("beyond-cells", part=name, row=grouped(row),
                                            column=grouped(column), **limits))
            raise _refuse(path, message("beyond-rows", part=name, row=grouped(row), **limits))


def load_workbook(path: Path, data: bytes | None = None, *, read_only: bool = False):
    """An openpyxl workbook of a checked file; parse failures become InputError."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    assert openpyxl.DEFUSEDXML, "defusedxml must be installed: openpyxl parses untrusted XML"
    data, _ = _checked(path, data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(io.BytesIO(data), read_only=read_only,
                                          data_only=False, keep_vba=False, keep_links=False)
    except InputError:
        raise
    except (InvalidFileException, *ZIP_ERRORS) as exc:
        raise _refuse(path, message("xlsx-unreadable", detail=_describe(exc))) from None
    except Exception as exc:  # defusedxml and openpyxl raise many kinds for hostile XML
        name = type(exc).__name__
        if "Forbidden" in name or "Entities" in name or "DTD" in name:
            raise _refuse(path, message("declares-dtd")) from None
        raise _refuse(path, message("xlsx-unreadable", detail=_describe(exc))) from None


def cell_of(cell) -> Cell:
    """A worksheet cell as text, the way a person reads it; formulas as their text."""
    value = cell.value
    if value is None:
        return Cell("")
    if cell.data_type == "f":
        text = getattr(value, "text", None) or str(value)
        return Cell(text if text.startswith("=") else f"={text}", formula=True)
    if isinstance(value, bool):
        return Cell("TRUE" if value else "FALSE")
    if isinstance(value, float) and value.is_integer():
        return Cell(str(int(value)), number=True)
    if isinstance(value, (int, float, Decimal)):
        return Cell(str(value), number=True)
    if isinstance(value, datetime):
        return Cell(value.date().isoformat() if value.time() == datetime.min.time()
                    else value.isoformat(sep=" "))
    if isinstance(value, date):
        return Cell(value.isoformat())
    return Cell(str(value))


def rows(worksheet) -> Iterator[tuple[int, list[Cell]]]:
    """(row number, cells) for every row of a sheet, 1-based like Excel shows them."""
    for number, row in enumerate(worksheet.iter_rows(), start=1):
        yield number, [cell_of(c) for c in row]
