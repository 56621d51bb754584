"""Writing cells people will open in Excel: text stays text, sheets print on A4.

Every exporter writes user text through `set_text`: openpyxl turns a str starting with
"=" into a formula, and Excel would run "=HYPERLINK(…)" typed into a narrative.
"""

from __future__ import annotations

import io
import re
from contextlib import nullcontext
from pathlib import Path
from tempfile import SpooledTemporaryFile

from kotodesk.domain.text import EXCEL_CELL_LIMIT, replace_illegal
from kotodesk.system.atomic import write_bytes

PAPERSIZE_A4 = "9"  # openpyxl's Worksheet.PAPERSIZE_A4 (a write-only sheet lacks it)
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# A workbook marked so (`spool_sheets`) has `stream_cells` keep each sheet in memory up to
# SPOOL_LIMIT bytes (a return's sheets are tens of KB; a merged report's larger ones go
# to a temporary file past it) instead of openpyxl's temporary file per sheet, which costs
# a file made and removed for every sheet of every export: about 2 ms each on an SSD
# mounted with discard, more where a virus scanner opens each new file (issue 16). Such
# a workbook is saved by kotodesk.xlsx.seal.save_sealed, whose archive reads a spooled
# sheet; openpyxl's own save takes only its temporary files' paths.
SPOOLED = "_kotodesk_spooled"
SPOOL_LIMIT = 1 << 20


def spool_sheets(workbook) -> None:
    """Keep the sheets `stream_cells` writes into `workbook` in memory (see SPOOLED)."""
    setattr(workbook, SPOOLED, True)


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


def stream_cells(ws, rows, last_column: int, heights: dict[int, float], *,
                 last_row: int | None = None) -> None:
    """`stream` for a table of plain cells, without an openpyxl cell object for each:
    `rows` are (1-based number, [(column, value, style array)]), ascending, with str,
    int or None values and style arrays prepared on the sheet's workbook; `heights`
    the rows' explicit heights. The rows are written into the sheet's own file between
    its top and tail, in the bytes openpyxl would write for the same cells (each text
    by lxml, as openpyxl's writer does; tests/core/test_streamed_workbook.py compares
    them with openpyxl's normal mode). A value of another kind, or a text openpyxl would
    refuse, raises as openpyxl would. Given the `last_row`, `rows` may be a generator
    (made as they are written)."""
    from openpyxl import LXML
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.exceptions import IllegalCharacterError
    from openpyxl.worksheet._writer import WorksheetWriter
    from openpyxl.xml.constants import SHEET_MAIN_NS

    if not LXML:  # openpyxl writes with another library then: let it write the cells
        from openpyxl.cell import Cell

        for number in heights:
            ws.row_dimensions[number].height = heights[number]
        stream(ws, [(number, [_cell(Cell(ws, number, col, style_array=array), value)
                              for col, value, array in cells]) for number, cells in rows],
               last_column)
        return
    from lxml.etree import tostring
    from openpyxl.xml.functions import XML_NS, Element, xmlfile

    if last_row is None:
        rows = list(rows)
        last_row = rows[-1][0] if rows else 1
    ws.calculate_dimension = lambda: f"A1:{get_column_letter(max(1, last_column))}{last_row}"
    if ws._writer is not None:
        raise ValueError("the sheet has rows already")

    spooled = getattr(ws.parent, SPOOLED, False)

    class Writer(WorksheetWriter):
        raw = None

        def get_stream(self):  # openpyxl's, on a file object this code can write to
            with (nullcontext(self.out) if spooled else open(self.out, "wb")) as raw, \
                    xmlfile(raw) as xf:
                self.raw = raw
                with xf.element("worksheet", xmlns=SHEET_MAIN_NS):
                    try:
                        while True:
                            el = (yield)
                            if el is True:
                                yield xf
                            elif el is not None:
                                xf.write(el)
                    except GeneratorExit:
                        pass

        def cleanup(self):  # openpyxl removes its temporary file here
            if spooled:
                self.out.close()
            else:
                super().cleanup()

    # The spool is closed by Writer.cleanup when the workbook is saved (not a with block).
    spool = SpooledTemporaryFile(SPOOL_LIMIT) if spooled else None  # noqa: SIM115
    ws._writer = writer = Writer(ws, out=spool)
    writer.write_top()
    workbook = ws.parent
    ids: dict[int, str] = {}  # id(style array) -> ' s="n"' or ""
    keep = []  # the style arrays whose ids are keys above
    space = {f"{{{XML_NS}}}space": "preserve"}
    letters = [get_column_letter(c) for c in range(1, max(1, last_column) + 1)]

    def text_xml(value: str) -> str:
        value = value[:EXCEL_CELL_LIMIT]  # as openpyxl's cell does
        if value.isascii() and value.isprintable() and "&" not in value \
                and "<" not in value and ">" not in value:
            # printable ASCII without markup (a seal's base64, say): lxml writes it as
            # it is
            return f'<t xml:space="preserve">{value}</t>' if value != value.strip() \
                else f"<t>{value}</t>"
        if ILLEGAL_CHARACTERS_RE.search(value):
            raise IllegalCharacterError(f"{value} cannot be used in worksheets.")
        element = Element("t", space if value != value.strip() else {})
        element.text = value
        return tostring(element).decode("ascii")

    def rows_xml():
        for number, cells in rows:
            height = heights.get(number)
            line = [f'<row r="{number}"' + (
                f' ht="{f"{height:.16g}"}" customHeight="1">' if height is not None else ">")]
            for col, value, array in cells:
                style = ids.get(id(array))
                if style is None:
                    keep.append(array)
                    style = ids[id(array)] = (
                        f' s="{workbook._cell_styles.add(array)}"' if any(array) else "")
                if value is None or value == "":
                    if style:
                        line.append(f'<c r="{letters[col - 1]}{number}"{style} t="n"></c>')
                elif type(value) is str:
                    line.append(f'<c r="{letters[col - 1]}{number}"{style} t="inlineStr">'
                                f'<is>{text_xml(value)}</is></c>')
                elif type(value) is int:
                    line.append(f'<c r="{letters[col - 1]}{number}"{style} t="n">'
                                f'<v>{f"{value:.16g}"}</v></c>')
                else:
                    raise TypeError(f"a {type(value).__name__} cell is not written here")
            line.append("</row>")
            yield "".join(line)

    xf = writer.xf.send(True)
    with xf.element("sheetData"):
        xf.flush()
        batch, size = [], 0
        for row_xml in rows_xml():
            batch.append(row_xml)
            size += len(row_xml)
            if size > 1 << 20:  # written a MB or so at a time
                writer.raw.write("".join(batch).encode("ascii"))
                batch, size = [], 0
        writer.raw.write("".join(batch).encode("ascii"))
    writer.xf.send(None)

    def closed_rows():  # the sheet's rows are written; close() ends them here
        yield

    ws._rows = closed_rows()
    next(ws._rows)


def _cell(cell, value):
    if isinstance(value, str):
        set_text(cell, value)
    else:
        cell.value = value
    return cell
