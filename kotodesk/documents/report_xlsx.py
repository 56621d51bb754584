"""A report document as the workbook the city has always used (the table of seed 002).

The layout is first planned as plain cells (`plan`), then written with openpyxl. The
same plan is what verification compares a received file against, so what is checked is
exactly what was written: one function decides both.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from kotodesk.documents.report import COLUMNS, NOT_REPORTED, Document, Row, Section
from kotodesk.domain.model import StatusLevel
from kotodesk.domain.text import replace_illegal, time_text
from kotodesk.xlsx import rows as xlsx_rows
from kotodesk.xlsx.write import print_a4_landscape, sheet_title, spool_sheets, stream_cells

SUMMARY_SHEET = "Yhteenveto"
WIDTHS = (26, 42, 28, 24, 20, 30, 62)
HEADER_ROW = 3


class CellSpec(NamedTuple):
    """A planned cell. A named tuple, not a frozen dataclass: verification plans every
    cell of every received file, and a frozen dataclass is three times slower to make."""

    value: str | int | None
    style: str = "text"  # text, bold, title, header, status:<code>, swatch:<code>, note


@dataclass
class SheetSpec:
    title: str
    cells: dict[tuple[int, int], CellSpec] = field(default_factory=dict)
    widths: tuple[float, ...] = ()
    freeze: str | None = None
    print_rows: str | None = None

    def put(self, row: int, col: int, value: str | int | None, style: str = "text") -> None:
        if value not in (None, ""):
            self.cells[(row, col)] = CellSpec(value, style)


def display_time(iso: str) -> str:
    """"2026-11-25T16:32:00+02:00" as "25.11.2026 klo 16.32 (UTC+02:00)": the signing time
    in the signer's local time, as the PDF of the same return states it. Only the signed
    text decides it (not the reader's time zone), so verification rebuilds the same cell."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return time_text(moment)


def _status_text(level: StatusLevel) -> str:
    return level.label


def _summary_sheet(document: Document) -> SheetSpec:
    sheet = SheetSpec(SUMMARY_SHEET, widths=(44, 70))
    sheet.put(1, 1, document.programme, "title")
    sheet.put(2, 1, document.period_line, "line")
    facts = [("Yksikkö", document.unit)] if document.kind == "return" else []
    facts += [*document.extra.items(), ("Allekirjoittaja", document.signer),
              ("Allekirjoitettu", display_time(document.signed_at))]
    row = 4
    for label, value in facts:
        sheet.put(row, 1, label, "bold")
        sheet.put(row, 2, value)
        row += 1
    row += 1
    sheet.put(row, 1, "Lukuohje (tila)", "bold")
    sheet.put(row, 2, "Toimenpiteitä", "bold")
    for level, count in document.counts():
        row += 1
        sheet.put(row, 1, _status_text(level), f"status:{level.code}")
        sheet.put(row, 2, count, "left")
    row += 1
    sheet.put(row, 1, "Yhteensä", "bold")
    sheet.put(row, 2, len(document.rows()), "left")
    if document.missing_units:
        row += 2
        sheet.put(row, 1, "Palauttamatta", "bold")
        sheet.put(row, 2, "\n".join(document.missing_units))
    if document.incomplete:
        row += 2
        sheet.put(row, 1, "KESKENERÄINEN", "note")
        sheet.put(row, 2, "Palautus allekirjoitettiin, vaikka siitä puuttui:", "bold")
        for problem in document.incomplete:
            row += 1
            sheet.put(row, 2, problem)
    return sheet


_UNWRAPPED = {"title", "line", "left"}
MISSING_TEXT = "Osuus puuttuu: yksikkö ei ole vastannut."
CONTINUED = "jatkuu"


def _contribution_rows(document: Document, row: Row) -> list[list[tuple[str, str]]]:
    """The sheet rows for one measure: (value, style) for each of the seven columns.

    A return has one row per measure. A merged report puts a measure that one unit
    answered (and no other owes) on one row too; otherwise the measure's row carries the
    merged status (and the disagreement), each unit's contribution follows on its own
    row, the unit named in the responsible-units column, and so does each responsible
    unit that has not answered (layout 2).
    """
    def status(level) -> tuple[str, str]:
        return _status_text(level), f"status:{level.code}"

    def marked(text: str, c) -> str:
        return "\n".join(filter(None, [text, f"({', '.join(c.marks)})" if c.marks else ""]))

    contributions = row.contributions
    lacking = row.lacking if document.layout >= 2 else ()
    if document.kind == "return" or (len(contributions) == 1 and not row.note
                                     and not lacking):
        c = contributions[0] if contributions else None
        return [[(row.goal, "text"), (row.measure, "text"), (row.monitoring, "text"),
                 (row.responsible, "text"), status(row.status),
                 (marked(c.reporting, c) if c else "", "text"),
                 (c.description if c else "", "text")]]
    lines = [[(row.goal, "text"), (row.measure, "text"), (row.monitoring, "text"),
              (row.responsible, "text"), status(row.status), ("", "text"),
              (row.note, "note")]]
    for c in contributions:
        lines.append([("", "text"), ("", "text"), ("", "text"), (c.unit, "bold"),
                      status(c.status), (marked(c.reporting, c), "text"),
                      (c.description, "text")])
    for unit in lacking:
        lines.append([("", "text"), ("", "text"), ("", "text"), (unit, "bold"),
                      status(NOT_REPORTED), ("", "text"), (MISSING_TEXT, "note")])
    return lines


def _continued(line: list[tuple[str, str]], number: str) -> list[list[tuple[str, str]]]:
    """One sheet row, or more when a cell's text is longer than a row may be tall: the
    text goes on in the same column of the rows below, each marked "1.1 jatkuu" in the
    measure column (layout 2). Joined, the pieces are the text again."""
    if all(style in _UNWRAPPED or xlsx_rows.fits(value, width)
           for (value, style), width in zip(line, WIDTHS, strict=True)):
        return [line]  # the usual row: every cell fits
    split = [xlsx_rows.pieces(value, WIDTHS[col]) if style not in _UNWRAPPED else [value]
             for col, (value, style) in enumerate(line)]
    rows = []
    for index in range(max(len(p) for p in split)):
        row = [(p[index] if index < len(p) else "", style)
               for p, (_value, style) in zip(split, line, strict=True)]
        if index:
            row = [("", "text") if style.startswith("status:") else (value, style)
                   for value, style in row]
            row[1] = (f"{number} {CONTINUED}" + (f"\n{row[1][0]}" if row[1][0] else ""),
                      "continued")
        rows.append(row)
    return rows


def _theme_sheet(document: Document, section: Section, taken: set[str]) -> SheetSpec:
    sheet = SheetSpec(sheet_title(f"{section.position} {section.name}", taken), widths=WIDTHS,
                      freeze=f"A{HEADER_ROW + 1}", print_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    sheet.put(1, 1, f"{section.position}. {section.name}", "title")
    who = f" · {document.unit}" if document.unit else ""
    sheet.put(2, 1, f"{document.programme} · {document.period_line}{who}", "line")
    for col, name in enumerate(COLUMNS, start=1):
        sheet.put(HEADER_ROW, col, name, "header")
    number = HEADER_ROW
    previous_goal = None
    for row in section.rows:
        for line in _contribution_rows(document, row):
            for piece in _continued(line, row.number) if document.layout >= 2 else [line]:
                number += 1
                for col, (value, style) in enumerate(piece, start=1):
                    if col == 1 and value == previous_goal:
                        continue  # the goal once, on its first row, as in the city's table
                    sheet.put(number, col, value, style)
        previous_goal = row.goal
    return sheet


def sheets(document: Document) -> Iterator[SheetSpec]:
    """Every visible sheet of the workbook, cell by cell, one at a time (the writer
    streams them: a merged report keeps one sheet's plan in memory, not all)."""
    taken = {SUMMARY_SHEET}
    yield _summary_sheet(document)
    for section in document.sections:
        yield _theme_sheet(document, section, taken)


def plan(document: Document) -> list[SheetSpec]:
    """Every visible sheet of the workbook, cell by cell."""
    return list(sheets(document))


# -- writing ----------------------------------------------------------------------------


def _text_colour(hex_colour: str) -> str:
    """Black or white, whichever reads better on the fill."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return "000000" if (0.299 * r + 0.587 * g + 0.114 * b) > 150 else "FFFFFF"


def row_heights(spec: SheetSpec) -> dict[int, float]:
    """Explicit heights for rows with wrapped text: LibreOffice keeps the default height
    of a row openpyxl wrote, and Excel does not always fit it either."""
    lines: dict[int, int] = {}
    for (row, col), cell in spec.cells.items():
        if cell.style in _UNWRAPPED or not isinstance(cell.value, str):
            continue
        width = spec.widths[col - 1] if col <= len(spec.widths) else 10
        lines[row] = max(lines.get(row, 1), xlsx_rows.lines(cell.value, width))
    return {row: xlsx_rows.height(n) for row, n in lines.items() if n > 1}


class _Styles:
    """The workbook's styles, each distinct one built and registered once.

    Assigning a Font, Fill, Border or Alignment to an openpyxl cell hashes the object and
    looks it up in the workbook's list again; a merged report of a thousand units has
    hundreds of thousands of cells and spent most of its time there. So each (style,
    framed) pair is applied once to a scratch cell, and every cell of that pair gets a
    copy of the resulting index array (openpyxl's StyleArray)."""

    def __init__(self, document: Document) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.single = Alignment(wrap_text=False, vertical="top")
        self.left = Alignment(horizontal="left", vertical="top")
        thin = Side(style="thin", color="B0B7C3")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.fonts = {"bold": Font(bold=True), "title": Font(bold=True, size=14),
                      "header": Font(bold=True), "note": Font(bold=True, color="B71C1C"),
                      "continued": Font(italic=True, color="5F6368")}
        self.header_fill = PatternFill("solid", fgColor="DDE6F0")
        self.levels = {lvl.code: lvl for lvl in (*document.scale,)}
        self.PatternFill, self.Font = PatternFill, Font
        self._prepared: dict[tuple[str | None, bool], Any] = {}

    def _apply(self, cell, style: str) -> None:
        cell.alignment = {"title": self.single, "line": self.single,
                          "left": self.left}.get(style, self.wrap)
        if style in self.fonts:
            cell.font = self.fonts[style]
        if style == "header":
            cell.fill = self.header_fill
        kind, _, code = style.partition(":")
        if kind == "status":
            level = self.levels.get(code)
            colour = (level.colour if level else "#9E9E9E").lstrip("#")
            cell.fill = self.PatternFill("solid", fgColor="FF" + colour.upper())
            cell.font = self.Font(bold=True, color=_text_colour(colour))

    def array(self, sheet, style: str | None, framed: bool = False):
        """The index array of `style` (None: an empty cell), framed or not; built on
        `sheet`'s workbook the first time it is asked for."""
        key = (style, framed)
        prepared = self._prepared.get(key)
        if prepared is None:
            from openpyxl.cell import WriteOnlyCell
            from openpyxl.styles.cell_style import StyleArray

            scratch = WriteOnlyCell(sheet)
            if style is not None:
                self._apply(scratch, style)
            if framed:
                scratch.border = self.border
            prepared = self._prepared[key] = StyleArray(scratch._style)
        return prepared


def _header_text(text: str) -> str:
    """Page header text: "&" starts a code there, so a literal one is doubled."""
    return text[:80].replace("&", "&&")


def write(document: Document, *, spooled: bool = False):
    """An openpyxl Workbook of the document's visible sheets, in write-only mode: each
    sheet is planned, streamed row by row and let go before the next (a merged report
    of a thousand units never holds its cells as openpyxl objects). Everything a sheet
    looks like (widths, heights, freeze panes, print setup, headers) is set before its
    first row, as write-only mode writes it there; hidden parts may be added after,
    then the workbook saved once. `spooled`: the sheets are kept in memory, not in
    openpyxl's temporary files, and the workbook is saved by seal.save_sealed
    (kotodesk.xlsx.write.SPOOLED)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    if spooled:
        spool_sheets(workbook)
    styles = _Styles(document)
    for spec in sheets(document):
        ws = workbook.create_sheet(spec.title)
        for col, width in enumerate(spec.widths, start=1):
            ws.column_dimensions[_LETTERS[col]].width = width
        if spec.freeze:
            ws.freeze_panes = spec.freeze
        print_a4_landscape(ws, spec.print_rows)
        ws.oddHeader.left.text = _header_text(document.programme)
        ws.oddHeader.right.text = _header_text(f"{document.unit} {document.period}".strip())
        _stream(ws, spec, styles)
    return workbook


_LETTERS = " ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _stream(ws, spec: SheetSpec, styles: _Styles) -> None:
    """The sheet's rows, top to bottom, with their heights; a table sheet frames every
    cell of the table, empty ones too. Each cell is its place, its text and its
    prepared style array."""
    by_row: dict[int, dict[int, CellSpec]] = {}
    for (row, col), cell_spec in spec.cells.items():
        by_row.setdefault(row, {})[col] = cell_spec
    last = max(by_row, default=0)
    table_last = max(last, HEADER_ROW) if spec.freeze else 0
    rows = []
    widest = 0
    for row in sorted(by_row.keys() | set(range(HEADER_ROW, table_last + 1))):
        given = by_row.get(row, {})
        framed = HEADER_ROW <= row <= table_last
        line = []
        for col in range(1, max(len(COLUMNS) if framed else 0, max(given, default=0)) + 1):
            cell_spec = given.get(col)
            if cell_spec is None and not framed:
                continue
            array = styles.array(ws, cell_spec.style if cell_spec else None,
                                 framed and col <= len(COLUMNS))
            value = cell_spec.value if cell_spec is not None else None
            if isinstance(value, str):
                value = replace_illegal(value)
            line.append((col, value, array))
            widest = max(widest, col)
        rows.append((row, line))
    stream_cells(ws, rows, widest, row_heights(spec))


def write_sealed(payload: dict, sealed, target, identity, *,
                 payload_sha256: str | None = None) -> None:
    """The document of `payload` with its seal embedded, written atomically; `identity`
    (who sealed `payload`) also signs every part of the workbook as written. `sealed` is
    the seal's text, or a SealedText (sealing.sealed_file) that is read a piece at a time.
    `payload_sha256` is the SHA-256 of the payload's canonical bytes when the caller has
    it (sealing made them), so that a large payload is not serialised again."""
    import hashlib

    from kotodesk.documents.report import from_payload
    from kotodesk.signing.sealing import canonical, seal, signer_part
    from kotodesk.system.atomic import atomic_write
    from kotodesk.xlsx import seal as xlsx_seal

    document = from_payload(payload)
    workbook = write(document, spooled=True)
    digest = (payload_sha256 or hashlib.sha256(canonical(payload)).hexdigest())[:32]
    signer = payload.get("signer", {})
    who = payload.get("unit", {}).get("name", "")
    fingerprint = (f"{payload['format']}; {who}; {payload['round']['period']}; "
                   f"sha256 {digest}; allekirjoittaja {signer.get('name', '')} "
                   f"{signer.get('fingerprint', '')}")
    xlsx_seal.add_to_workbook(workbook, sealed, fingerprint)
    workbook.properties.title = document.title[:250]
    workbook.properties.creator = signer.get("name", "kotodesk")[:250]

    def sign(workbook_part: dict) -> str:
        return seal({**workbook_part, "signer": signer_part(identity)}, identity)

    with atomic_write(target) as handle:
        xlsx_seal.save_sealed(workbook, handle, sealed, sign)
