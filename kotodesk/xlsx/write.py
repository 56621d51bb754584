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
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
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
