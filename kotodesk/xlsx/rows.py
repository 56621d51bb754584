"""How tall a row of wrapped text is in a workbook, and where long text continues.

Excel and LibreOffice neither grow a row to its text when a file comes from openpyxl nor
print more of a row than fits on a page, and Excel's rows are at most 409 points tall: a
narrative of a few thousand characters in one cell prints its first part only. So the
writers set each row's height from an estimate of its wrapped lines, and text longer
than a row may hold continues on the following rows (`pieces`). The estimate errs on the
tall side: a row too tall costs paper, one too short hides text.
"""

from __future__ import annotations

MAX_ROW_POINTS = 409  # Excel's limit of a row's height
LINE_POINTS = 14.5  # one wrapped line of 11 pt text, with the row's own spacing
ROW_PADDING = 4
# Lines that one row holds (the estimate's lines, below 409 pt with room to spare when
# a real line holds fewer characters than estimated).
ROW_LINES = 20


def per_line(width: float) -> int:
    """Characters of running text on one wrapped line of a column `width` wide (Excel's
    width unit is one "0"; text is a little narrower on average, less a word's end)."""
    return max(4, int(width * 1.05))


def lines(text: str, width: float) -> int:
    """Wrapped lines of `text` in a column `width` characters wide (generous)."""
    room = per_line(width)
    if "\n" not in text:  # the usual cell: one paragraph
        return max(1, -(-len(text) // room))
    return sum(max(1, -(-len(part) // room)) for part in text.split("\n"))


def height(line_count: int) -> float:
    """The row height in points for `line_count` wrapped lines, never above Excel's."""
    return min(MAX_ROW_POINTS, round(line_count * LINE_POINTS + ROW_PADDING, 1))


def fits(text: str, width: float, max_lines: int = ROW_LINES) -> bool:
    """Whether `text` takes at most `max_lines` wrapped lines (one piece)."""
    room = per_line(width)
    # Each paragraph takes at most len/room + 1 lines: most cells fit without counting
    # them (verification plans every cell of every received file).
    return len(text) + (text.count("\n") + 1) * room <= max_lines * room \
        or lines(text, width) <= max_lines


def _cut(text: str, room: int) -> int:
    """Where to end a piece of one paragraph that may hold `room` characters: after the
    last space within it (the space stays with the piece), else at `room`."""
    space = text.rfind(" ", 0, room)
    return space + 1 if space > room // 2 else room


def pieces(text: str, width: float, max_lines: int = ROW_LINES) -> list[str]:
    """`text` in consecutive pieces of at most `max_lines` wrapped lines each, broken
    after a line break or a space where possible; "".join(pieces) == text, so nothing
    is lost or added and a reader can put the text together again."""
    if fits(text, width, max_lines):
        return [text]
    room = per_line(width)
    out: list[str] = []
    current, used = "", 0
    for paragraph in text.splitlines(keepends=True):
        while paragraph:
            body = paragraph.rstrip("\n")
            need = max(1, -(-len(body) // room))
            if used + need <= max_lines:
                current, used = current + paragraph, used + need
                break
            left = max_lines - used
            if left > 0 and need > left:  # fill the piece with the paragraph's first lines
                end = _cut(paragraph, left * room)
                current += paragraph[:end]
                paragraph = paragraph[end:]
            out.append(current)
            current, used = "", 0
    if current or not out:
        out.append(current)
    return out
