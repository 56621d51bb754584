"""The one guarded way kotodesk opens an .xlsx that someone else wrote.

Returns arrive by e-mail from other people. Before openpyxl sees a byte, the zip's
directory is checked (entry count, declared sizes, compression ratio) and every member is
streamed once to prove it holds no more than it declares, so a zip bomb is refused after
reading at most the declared sizes. Macro parts are refused whatever the file is called.
XML is parsed with defusedxml (openpyxl uses it when installed), so entity expansion is
refused. Formula cells are read as their text and flagged, never evaluated.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from kotodesk.errors import InputError

MAX_FILE_BYTES = 50 * 2**20
MAX_ENTRIES = 2_000
MAX_MEMBER_BYTES = 100 * 2**20
MAX_TOTAL_BYTES = 200 * 2**20
MAX_RATIO = 200  # uncompressed / compressed, checked for members above 1 MB
_CHUNK = 2**16


@dataclass(frozen=True)
class Cell:
    """A cell's content as text; `formula` when the file held a formula there."""

    text: str
    formula: bool = False


def _refuse(path: Path, problem: str) -> InputError:
    return InputError(problem, path=path)


def checked_zip(path: Path, data: bytes | None = None) -> zipfile.ZipFile:
    """Open `path` as a zip only after its directory and contents pass the limits."""
    return _checked(path, data)[1]


def _checked(path: Path, data: bytes | None) -> tuple[bytes, zipfile.ZipFile]:
    if data is None:
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise _refuse(path, f"cannot be read ({exc.strerror})") from None
        if size > MAX_FILE_BYTES:
            raise _refuse(path, f"is larger than {MAX_FILE_BYTES // 2**20} MB")
        data = path.read_bytes()
    if not data:
        raise _refuse(path, "the file is empty")
    if not data.startswith(b"PK"):
        raise _refuse(path, "not an Excel .xlsx file (it is not a zip archive)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _refuse(path, f"damaged or truncated .xlsx ({exc})") from None
    if len(infos) > MAX_ENTRIES:
        raise _refuse(path, f"holds {len(infos)} zip entries (more than {MAX_ENTRIES})")
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_BYTES:
        raise _refuse(path, f"would unpack to {total // 2**20} MB (limit "
                            f"{MAX_TOTAL_BYTES // 2**20} MB): refused as a possible zip bomb")
    names = {i.filename.lower() for i in infos}
    if any(n.endswith("vbaproject.bin") or (n.endswith(".bin") and "vba" in n) for n in names):
        raise _refuse(path, "contains macros (vbaProject.bin); kotodesk does not open "
                            "macro-enabled workbooks")
    if "[content_types].xml" not in names:
        raise _refuse(path, "not an Excel .xlsx file ([Content_Types].xml is missing)")
    for info in infos:
        if info.file_size > MAX_MEMBER_BYTES:
            raise _refuse(path, f"part {info.filename} would unpack to "
                                f"{info.file_size // 2**20} MB: refused as a possible zip bomb")
        if info.file_size > 2**20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise _refuse(path, f"part {info.filename} is compressed {ratio}:1: "
                                "refused as a possible zip bomb")
        _check_member(archive, info, path)
    return data, archive


_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"),
                "<!ENTITY".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))


def _check_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    """Stream a member once, stopping as soon as it exceeds its declared size; XML parts
    must not declare a DTD or entities (Office never writes them; attacks do)."""
    seen = 0
    is_xml = info.filename.lower().endswith((".xml", ".rels", ".vml"))
    tail = b""
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                seen += len(chunk)
                if seen > info.file_size:
                    raise _refuse(path, f"part {info.filename} holds more than it declares: "
                                        "refused as a possible zip bomb")
                if is_xml:
                    window = tail + chunk
                    if any(marker in window for marker in _DTD_MARKERS):
                        raise _refuse(path, f"part {info.filename} contains XML entity or DTD "
                                            "declarations: refused as unsafe")
                    tail = window[-32:]
    except InputError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise _refuse(path, f"damaged or truncated .xlsx (part {info.filename}: {exc})") from None


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
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
        raise _refuse(path, f"not a readable .xlsx workbook ({exc})") from None
    except Exception as exc:  # defusedxml and openpyxl raise many kinds for hostile XML
        name = type(exc).__name__
        if "Forbidden" in name or "Entities" in name or "DTD" in name:
            raise _refuse(path, "contains XML entity or DTD declarations: refused as unsafe"
                          ) from None
        raise _refuse(path, f"not a readable .xlsx workbook ({name}: {exc})") from None


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
        return Cell(str(int(value)))
    if isinstance(value, (int, float, Decimal)):
        return Cell(str(value))
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
