"""What a workbook shows, read fast: each visible sheet's cells as text.

Verification compares every visible cell of every received file, and a coordinator takes
in hundreds of files, so the cells are read with calamine (a Rust reader, about ten times
faster than openpyxl) from a file that safe_xlsx has already checked. calamine reports a
formula's cached value, not the formula, so formulas are found in the sheets' XML: kotodesk
never writes one, and a formula can show the signed text while linking elsewhere.

calamine is native code: safe_xlsx bounds every sheet's extent before it runs (a cell at
XFD1048576 would make it allocate hundreds of GB and abort the process), and a Rust panic
on damaged data reaches Python as PanicException, a BaseException, caught here too.
Sheets are read by position, never by name: two names differing only in case would
otherwise read the same sheet twice.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time

from kotodesk.domain.errors import InputError
from kotodesk.domain.messages import message
from kotodesk.domain.text import normalise_newlines

# A formula's tag, whatever its prefix: Excel reads <é:f> or <a.b:f> as a formula when the
# prefix names its namespace, and an ASCII-word prefix alone let those pass unflagged.
_FORMULA = re.compile(rb"<(?!/)(?:[^ \t\r\n>:]*:)?f(?=[\s/>])")


@dataclass
class Sheet:
    title: str
    cells: dict[tuple[int, int], str] = field(default_factory=dict)  # 1-based, non-empty


@dataclass
class Grid:
    visible: list[Sheet]
    hidden: dict[str, list[str]]  # title -> column A of a hidden sheet, top to bottom
    has_formulas: bool


def _text(value) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return normalise_newlines(str(value))


def read_grid(path, data: bytes, archive: zipfile.ZipFile,
              sheets: dict[str, bytes] | None = None) -> Grid:
    """The cells of a workbook that passed safe_xlsx's checks; `sheets`, the worksheets'
    XML those checks unpacked (Checked.sheets), is searched for formulas if given."""
    from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

    if sheets is None:
        sheets = {name: archive.read(name) for name in archive.namelist()
                  if name.startswith("xl/worksheets/") and name.endswith(".xml")}
    formulas = any(_FORMULA.search(xml) for xml in sheets.values())
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        visible, hidden = [], {}
        for index, meta in enumerate(workbook.sheets_metadata):
            sheet = workbook.get_sheet_by_index(index)
            rows = sheet.to_python(skip_empty_area=False)
            top, left = sheet.start or (0, 0)
            if meta.visible == SheetVisibleEnum.Visible:
                grid = Sheet(meta.name)
                cells = grid.cells
                for r, row in enumerate(rows, start=top + 1):
                    for c, value in enumerate(row, start=left + 1):
                        if type(value) is str:  # most cells: _text's own first case
                            if value:
                                cells[(r, c)] = value if "\r" not in value else \
                                    normalise_newlines(value)
                        elif value is not None:
                            cells[(r, c)] = _text(value)
                visible.append(grid)
            else:
                column = [_text(row[0]) if row and row[0] not in ("", None) else ""
                          for row in rows] if left == 0 else []
                hidden[meta.name] = [""] * top + column
    except (CalamineError, ValueError, OSError, KeyError, IndexError, TypeError,
            OverflowError, MemoryError) as exc:
        raise InputError(message("xlsx-unreadable", detail=str(exc)), path=path) from None
    except BaseException as exc:  # pyo3's PanicException: a Rust panic on damaged data
        if type(exc).__name__ != "PanicException":
            raise
        raise InputError(message("xlsx-reader-gave-up"), path=path) from None
    return Grid(visible, hidden, formulas)
