"""Does a signed workbook show its cells as kotodesk writes them?

The workbook seal (workbook_seal) proves that every part is the one its signer wrote; it
cannot prove that the signer wrote it with kotodesk. A key that may speak for a unit can
seal a workbook of its own making, and verify.compare_cells checks what the cells hold,
not how a spreadsheet program shows them: a number format that prints
"Käynnistynyt ja etenee aikataulussa" over every red status cell, white text on no fill,
a hidden row or sheet, conditional formatting, a picture or comment laid over the cells.
Each keeps the values intact while a person reads something else.

kotodesk's own workbooks (returns, round packages, merged reports) use none of these, so
a sealed workbook that does is not shown as kotodesk wrote it: verify treats it as a file
whose appearance changed (its sealed values can still be taken in knowingly, and the
signed PDF is authoritative). The checks read the XML the guarded opening already holds:
no part is unpacked again, and a sheet costs a few regular-expression searches.
"""

from __future__ import annotations

import re

from kotodesk.domain.messages import joined, message
from kotodesk.xlsx.cells import Grid
from kotodesk.xlsx.safe import Checked

_NUMBER_FORMAT = re.compile(rb"<(?:\w+:)?numFmt\b")
_OWN_FORMAT_ID = re.compile(rb'numFmtId="(?!0")')
_XF = re.compile(rb"<(?:\w+:)?xf\b([^>]*)>")
_CELL_XFS = re.compile(rb"<(?:\w+:)?cellXfs\b.*?</(?:\w+:)?cellXfs>", re.S)
_DXF = re.compile(rb"<(?:\w+:)?dxf>\s*<")
_FONTS = re.compile(rb"<(?:\w+:)?fonts\b.*?</(?:\w+:)?fonts>", re.S)
_FILLS = re.compile(rb"<(?:\w+:)?fills\b.*?</(?:\w+:)?fills>", re.S)
_FONT = re.compile(rb"<(?:\w+:)?font\b(?:[^>]*/>|.*?</(?:\w+:)?font>)", re.S)
_FILL = re.compile(rb"<(?:\w+:)?fill\b(?:[^>]*/>|.*?</(?:\w+:)?fill>)", re.S)
_RGB = re.compile(rb'rgb="(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})"')
_SIZE = re.compile(rb'<(?:\w+:)?sz\s+val="([0-9.]+)"')
_SOLID = re.compile(rb'patternType="(?!none")[^"]+"')
# A row or column hidden, or made too small to show a line (under 5 points high, or a
# column under a character wide): kotodesk's rows are at least a line high. Each pattern
# begins with a literal, which the regular-expression engine scans for quickly (one
# general pattern per tag took half a millisecond on a 75 KB sheet, a tenth of a
# return's whole examination); a hit in a cell's text is told apart by the tag pattern.
_QUICK_HIDDEN = (re.compile(rb'hidden="(?:1|true)"'), re.compile(rb'zeroHeight="(?:1|true)"'),
                 re.compile(rb' ht="(?:[0-4](?:\.\d*)?|\.\d+)"'),
                 re.compile(rb' width="(?:0(?:\.\d*)?|\.\d+)"'))
_HIDDEN = re.compile(
    rb'<(?:\w+:)?(?:row|col)\b[^<>]*\shidden="(?:1|true)"|'
    rb'<(?:\w+:)?sheetFormatPr\b[^<>]*\szeroHeight="(?:1|true)"|'
    rb'<(?:\w+:)?row\b[^<>]*\sht="(?:[0-4](?:\.\d*)?|\.\d+)"|'
    rb'<(?:\w+:)?col\b[^<>]*\swidth="(?:0(?:\.\d*)?|\.\d+)"')
_CONDITIONAL = re.compile(rb"<(?:\w+:)?conditionalFormatting\b")
SMALLEST_TEXT = 6  # points: below it a cell's text is not read
# Columns narrower than this many characters: kotodesk's narrowest is 20 (the status), so a
# narrower one was made so by hand; at a row's fixed height it shows a few words of a
# narrative, or of a status, and hides the rest while verify's cells hold it all.
NARROWEST = 15
_COL = re.compile(rb"<(?:\w+:)?col\b([^<>]*)>")
_ATTRIBUTES = re.compile(rb'\s([\w:]+)="([^"]*)"')
_SHEET_FORMAT = re.compile(rb"<(?:\w+:)?sheetFormatPr\b([^<>]*)>")


def _attribute(attributes: bytes, name: bytes) -> bytes:
    found = re.search(rb"\s" + name + rb'="([^"]*)"', attributes)
    return found.group(1) if found else b""


def _styles(styles: bytes) -> list[str]:
    """What the styles make a cell show otherwise than it holds."""
    found = []
    cell_xfs = _CELL_XFS.search(styles)
    xfs = [m.group(1) for m in _XF.finditer(cell_xfs.group(0))] if cell_xfs else []
    if _NUMBER_FORMAT.search(styles) or (
            cell_xfs is not None and _OWN_FORMAT_ID.search(cell_xfs.group(0))):
        found.append(message("look-number-format"))
    if _DXF.search(styles):
        found.append(message("look-conditional"))
    fonts_part, fills_part = _FONTS.search(styles), _FILLS.search(styles)
    fonts = _FONT.findall(fonts_part.group(0)) if fonts_part else []
    fills = _FILL.findall(fills_part.group(0)) if fills_part else []
    for xf in xfs:
        font = _index(fonts, _attribute(xf, b"fontId"))
        fill = _index(fills, _attribute(xf, b"fillId"))
        if font is not None and _unreadable(font, fill):
            found.append(message("look-invisible-text"))
            break
    return found


def _index(items: list[bytes], number: bytes) -> bytes | None:
    try:
        return items[int(number or b"0")]
    except (ValueError, IndexError):
        return None


def _unreadable(font: bytes, fill: bytes | None) -> bool:
    """Text too small to read, or in the colour it stands on (white on no fill)."""
    size = _SIZE.search(font)
    if size and float(size.group(1)) < SMALLEST_TEXT:
        return True
    colour = _RGB.search(font)
    if colour is None:
        return False
    solid = fill is not None and _SOLID.search(fill) and b"gray125" not in fill
    fill_colour = _RGB.search(fill) if solid else None
    ground = fill_colour.group(1).upper() if fill_colour else b"FFFFFF"
    return colour.group(1).upper() == ground


def _hides(sheet: bytes) -> bool:
    """Whether a sheet hides a row or a column, or makes one too small to show a line."""
    return any(quick.search(sheet) for quick in _QUICK_HIDDEN) and \
        _HIDDEN.search(sheet) is not None


def _narrow(sheet: bytes, used: set[int]) -> bool:
    """Whether a column of `used` (those holding a cell) is narrower than NARROWEST
    characters: its own width, else the sheet's default, else a spreadsheet program's
    8.43. The column widths are read outside the cells (before and after sheetData)."""
    if not used:
        return False
    head = sheet.find(b"sheetData")
    outside = sheet if head < 0 else sheet[:head] + sheet[sheet.rfind(b"sheetData"):]
    ranges = []
    for attributes in _COL.findall(outside):
        named = dict(_ATTRIBUTES.findall(attributes))  # one search, not one per name
        try:
            ranges.append((int(named.get(b"min", b"")), int(named.get(b"max", b"")),
                           float(named.get(b"width") or b"0")))
        except ValueError:
            return True  # a column Excel would read otherwise than kotodesk writes one
    form = _SHEET_FORMAT.search(outside)
    try:
        default = float(_attribute(form.group(1), b"defaultColWidth") or b"8.43") if form \
            else 8.43
    except ValueError:
        return True
    return any(next((w for low, high, w in ranges if low <= number <= high), default)
               < NARROWEST for number in used)


_SHEET = re.compile(rb"<(?:\w+:)?sheet\b([^<>]*)>")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b([^<>]*)>")
_NOT_SHOWN = (b"hidden", b"veryHidden")


def _sheets(found: Checked) -> list[tuple[str, bytes, str]]:
    """Each sheet's name, state and worksheet part, in the workbook's order (the order in
    which cells.read_grid lists the visible sheets)."""
    targets = {}
    for attributes in _RELATIONSHIP.findall(found.xml.get("xl/_rels/workbook.xml.rels", b"")):
        named = dict(_ATTRIBUTES.findall(attributes))
        target = named.get(b"Target", b"").decode("utf-8", "replace")
        targets[named.get(b"Id", b"")] = target.lstrip("/") if target.startswith("/") \
            else f"xl/{target}"
    sheets = []
    for attributes in _SHEET.findall(found.xml.get("xl/workbook.xml", b"")):
        named = dict(_ATTRIBUTES.findall(attributes))
        part_id = next((v for k, v in named.items() if k.endswith(b":id")), None)
        sheets.append((named.get(b"name", b"").decode("utf-8", "replace"),
                       named.get(b"state", b""), targets.get(part_id, "")))
    return sheets


def unlike_kotodesk(found: Checked, seal_sheet: str, grid: Grid) -> str | None:
    """What in a workbook shows its cells otherwise than kotodesk writes them (one
    sentence), or None when nothing does. `seal_sheet` is kotodesk's own hidden sheet;
    `grid`, the cells as read_grid read them (which columns hold a cell)."""
    from kotodesk.documents.workbook_seal import shown_over_cells, what

    problems = [what(name) for name in sorted(found.digests) if shown_over_cells(name)]
    problems += _styles(found.xml.get("xl/styles.xml", b""))
    sheets = _sheets(found)
    if any(state in _NOT_SHOWN and name != seal_sheet for name, state, _part in sheets):
        problems.append(message("look-hidden"))
    for sheet in found.sheets.values():
        if _hides(sheet):
            problems.append(message("look-hidden"))
        if b"conditionalFormatting" in sheet and _CONDITIONAL.search(sheet):
            problems.append(message("look-conditional"))
    visible_parts = [part for _name, state, part in sheets if state not in _NOT_SHOWN]
    for part, shown in zip(visible_parts, grid.visible, strict=False):
        if _narrow(found.sheets.get(part, b""), {col for _row, col in shown.cells}):
            problems.append(message("look-narrow", characters=str(NARROWEST)))
            break
    unique = list(dict.fromkeys(problems))
    return joined(unique, ", ") if unique else None
