"""Writing cells people will open in Excel: text stays text, sheets print on A4.

Every exporter writes user text through `set_text`: openpyxl turns a str starting with
"=" into a formula, and Excel would run "=HYPERLINK(…)" typed into a narrative.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from kotodesk.domain.text import replace_illegal
from kotodesk.system.atomic import write_bytes

EXCEL_CELL_LIMIT = 32_767
PAPERSIZE_A4 = "9"  # openpyxl's Worksheet.PAPERSIZE_A4 (a write-only sheet lacks it)
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def set_text(cell, text: str | None) -> None:
    """Write `text` as a string cell, whatever it starts with."""
    if text is None or text == "":
        cell.value = None
        return
    cell.value = replace_illegal(text)
    cell.data_type = "s"


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet title (31 characters, no []:*?/\\) for a display name."""
    base = _SHEET_FORBIDDEN.sub(" ", " ".join(name.split())).strip("' ") or "Sheet"
    base = base[:31]
    title, n = base, 2
    while title.casefold() in {t.casefold() for t in taken}:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title)
    return title


def print_a4_landscape(ws, header_rows: str | None = None) -> None:
    """A4 landscape, fit to page width, header rows repeated, page numbers in footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.8
    ws.page_margins.header = ws.page_margins.footer = 0.3
    if header_rows:
        ws.print_title_rows = header_rows
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.right.text = "&A"


def save(workbook, target: Path) -> None:
    """Serialise in memory, then write atomically (a killed export leaves no half file)."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_bytes(target, buffer.getvalue())


def stream(ws, rows, last_column: int) -> None:
    """Append `rows` ((1-based number, its cells), ascending, gaps allowed; each cell
    made with its row and column) to a write-only sheet, written as openpyxl's normal
    mode writes the same cells: with the sheet's <dimension> and without an element for
    an empty row of a gap. A file re-saved by openpyxl (or kotodesk's older writer) then
    differs only in the sheets that were changed, and verification names those.
    Everything above the rows (widths, freeze panes, page setup) must be set before:
    write-only mode writes it with the first row.

    This reaches into openpyxl's write-only sheet (pinned in pyproject.toml): its
    `append` would wrap each value in a new cell and bind it again, which costs more
    than writing the cell; the cells here are ready, so they go to its writer as they are.
    """
    from openpyxl.utils import get_column_letter

    rows = list(rows)
    last_row = rows[-1][0] if rows else 1
    ws.calculate_dimension = lambda: f"A1:{get_column_letter(max(1, last_column))}{last_row}"
    ws._values_to_row = lambda cells, _row_idx: cells
    ws._get_writer()  # openpyxl's own writer of this sheet: the empty rows are left out
    gaps: set[int] = set()
    write_row = ws._writer.write_row

    def write_kept(xf, row, row_idx):
        if row_idx not in gaps:
            write_row(xf, row, row_idx)

    ws._writer.write_row = write_kept
    expected = 1
    for number, cells in rows:
        for gap in range(expected, number):
            if gap not in ws.row_dimensions:
                gaps.add(gap)
            ws.append([])
        ws.append(cells)
        expected = number + 1
