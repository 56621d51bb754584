"""The pages of kotodesk's PDFs: A4 landscape, header and footer with "sivu X / Y", the
styles, a table that keeps rows whole across pages, and the box the signature goes in.

The return and the meeting summary share this, so both look alike and both leave room for
a visible signature: `SignatureBox` is drawn as ordinary page content (DejaVu, so any
name draws), and records where it landed, so that pdf_signing puts the signature field's
widget exactly over it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from kotodesk import __version__
from kotodesk.documents.pdf.text import FONT, FONT_BOLD, paragraph, register_fonts, visual
from kotodesk.domain.text import time_text
from kotodesk.signing.pades import SignaturePlace

PAGE = landscape(A4)
MARGIN_X = 14 * mm
MARGIN_TOP = 17 * mm
MARGIN_BOTTOM = 15 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#b0b4b8")
HEADER_FILL = colors.HexColor("#1f3a5f")
DARK_TEXT = "#1a1a1a"


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of kotodesk's PDFs (fonts registered on first use)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=7.5, leading=9.3, textColor=INK,
                          splitLongWords=1, uriWasteReduce=0)  # its URL splitting overflows cells
    return {
        "body": base,
        "muted": ParagraphStyle("muted", parent=base, textColor=MUTED),
        "bold": ParagraphStyle("bold", parent=base, fontName=FONT_BOLD),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, textColor=colors.white),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=15,
                                leading=19, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontName=FONT_BOLD, fontSize=11,
                                   leading=14, spaceAfter=3),
        "text": ParagraphStyle("text", parent=base, fontSize=9, leading=12),
        "section": ParagraphStyle("section", parent=base, fontName=FONT_BOLD, fontSize=11,
                                  leading=14),
        "item": ParagraphStyle("item", parent=base, leftIndent=34, firstLineIndent=-26,
                               spaceAfter=1.5),
        "notice": ParagraphStyle("notice", parent=base, fontName=FONT_BOLD, fontSize=9,
                                 leading=12, backColor=colors.HexColor("#fff3cd"),
                                 borderColor=colors.HexColor("#b7791f"), borderWidth=0.8,
                                 borderPadding=(4, 5, 4, 5), spaceBefore=12, spaceAfter=8),
    }


def text_colour_on(fill: str) -> str:
    """Dark or white text, whichever reads better on `fill` ("#rrggbb")."""
    try:
        colour = colors.HexColor(fill)
    except (ValueError, TypeError):
        return DARK_TEXT
    luminance = 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue
    return DARK_TEXT if luminance > 0.45 else "#ffffff"


def fill_colour(fill: str) -> colors.Color:
    try:
        return colors.HexColor(fill)
    except (ValueError, TypeError):
        return colors.HexColor("#9e9e9e")


def finnish_time(iso: str) -> str:
    """"25.11.2026 klo 19.09 (UTC+02:00)" in this computer's time zone; the text as
    given when it is not an ISO time."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    return time_text(moment.astimezone() if moment.tzinfo is not None else moment)


class FlowingTable(Table):
    """A table that breaks only between rows, and marks where a measure continues.

    reportlab's splitting inside a row fails on some heights of row and page position
    (a LayoutError, no document at all), so the tables are built from rows no taller than
    a part of a page (`measure_rows`) and never split inside one. The first row on a new
    page that continues a measure shows the measure's number, "jatkuu" (`Continued`)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.update(splitByRow=1, splitInRow=0)
        super().__init__(*args, **kwargs)

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            rest = parts[1]
            first = rest._cellvalues[rest.repeatRows] if len(rest._cellvalues) > \
                rest.repeatRows else ()
            for cell in first:
                for flowable in cell if isinstance(cell, (list, tuple)) else [cell]:
                    if isinstance(flowable, Continued):
                        flowable.shown = True
        return parts


# The tallest part of a cell that one table row holds: about six lines of the tables'
# text, so that a page break leaves at most that much room unused. The short columns
# beside the long text (a measure's number, text, status) may take more, so that they
# rarely continue at all.
ROW_LIMIT = FRAME_HEIGHT / 8
HEAD_LIMIT = FRAME_HEIGHT / 3


class Continued(Flowable):
    """The place for "1.1 / jatkuu" on a row that continues a measure: drawn only when
    the row begins a page (FlowingTable.split says so), and as tall either way, so that
    the row's height does not depend on where it falls. Each word is drawn on one line,
    smaller when the column is narrow, so that a reader finds it whole."""

    WORD = "jatkuu"

    def __init__(self, number: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.shown = False
        self.number, self.style = number, style

    def wrap(self, availWidth, availHeight):
        widest = max(stringWidth(self.number, FONT_BOLD, self.style.fontSize),
                     stringWidth(self.WORD, FONT, self.style.fontSize))
        self.size = self.style.fontSize * min(1.0, availWidth / widest) if widest else 1
        self.width, self.height = availWidth, 2 * self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        if not self.shown:
            return
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT_BOLD, self.size)
        canvas.drawString(0, self.height - self.style.leading + 2, visual(self.number))
        canvas.setFont(FONT, self.size)
        canvas.drawString(0, 2, self.WORD)
        canvas.restoreState()


def _pieces(flowable: Flowable, width: float, limit: float) -> list[Flowable]:
    """`flowable` in pieces no taller than `limit` (when it can split): halved at a line
    boundary each time, so that a 30,000-character paragraph is not wrapped again for
    each piece. A split never leaves one line of a paragraph alone (no orphan, no widow)."""
    flowable.allowWidows = 0
    _width, height = flowable.wrap(width, 1e9)
    if height <= limit:
        return [flowable]
    pieces = -(-height // limit)
    parts = flowable.split(width, limit * (pieces // 2) + 0.01)
    if len(parts) != 2:
        parts = flowable.split(width, limit + 0.01)
    if len(parts) != 2:
        return [flowable]
    return [*_pieces(parts[0], width, limit), *_pieces(parts[1], width, limit)]


def _height(flowable: Flowable, width: float) -> float:
    return flowable.wrap(width, 1e9)[1] + flowable.getSpaceBefore() + \
        flowable.getSpaceAfter()


def _line(flowable: Flowable) -> float:
    """One line of a paragraph's text (0 for anything else)."""
    return flowable.style.leading if isinstance(flowable, Paragraph) else 0.0


def chunked(flowables: list[Flowable], width: float, limit: float = ROW_LIMIT,
            room_of=None) -> list[list[Flowable]]:
    """A cell's flowables packed into consecutive rows, each at most `limit` tall (or
    `room_of(row index)` when that is more: the height the row has anyway) and filled up
    (a paragraph continues on the next row where the room ends), so that the rows of a
    measure read as one cell; a flowable that keeps with the next (a unit's name) goes to
    the row of what follows it.

    A paragraph one line taller than the room left stays whole in its row (the row grows
    by that line): split, it would leave its last line alone on the next row, which a
    split never does (no widow), so only the lines before that one would fit, and the
    room of a line stood empty inside a sentence, read as a paragraph break (a full
    round's meeting summary had one in almost every long narrative)."""
    rows: list[list[Flowable]] = [[]]
    used = 0.0

    def room() -> float:
        return max(limit, room_of(len(rows) - 1)) if room_of else limit

    def new_row() -> None:
        nonlocal used
        kept: list[Flowable] = []
        while len(rows[-1]) > 1 and getattr(rows[-1][-1], "keepWithNext", 0):
            kept.insert(0, rows[-1].pop())
        rows.append(kept)
        used = sum(_height(f, width) for f in kept)

    for flowable in flowables:
        for piece in _pieces(flowable, width, limit):
            height = _height(piece, width)
            if rows[-1] and used + height > room() + _line(piece):
                left = room() - used - piece.getSpaceBefore()
                parts = piece.split(width, left) if left > 0 and \
                    not getattr(piece, "keepWithNext", 0) else []
                if len(parts) == 2:
                    rows[-1].append(parts[0])
                    piece, height = parts[1], _height(parts[1], width)
                new_row()
            rows[-1].append(piece)
            used += height
    return rows


def paragraphs(text: str, style: ParagraphStyle, *, links: bool = True) -> list[Flowable]:
    """A person's text as one paragraph per line (an empty line as a line's space), so
    that a page may break between any two of them; `paragraph` draws each."""
    out: list[Flowable] = []
    for line in text.split("\n"):
        out.append(paragraph(line, style, links=links) if line.strip()
                   else Spacer(1, style.leading))
    while out and isinstance(out[-1], Spacer):
        out.pop()
    return out


def measure_rows(cells: list[list[Flowable]], widths: list[float], number: str,
                 style: ParagraphStyle, *, marker_column: int = 0) -> list[list]:
    """One measure's table rows: each column's flowables chunked, the chunks side by side;
    every row after the first carries a `Continued` marker in `marker_column`. `widths`
    are the columns' inner widths (without padding). The last column, where the long
    text is, fills each row as tall as the other columns make it."""
    columns = [chunked(cell, width, HEAD_LIMIT)
               for cell, width in zip(cells[:-1], widths, strict=False)]

    def room_of(index: int) -> float:
        return max((sum(_height(f, w) for f in c[index])
                    for c, w in zip(columns, widths, strict=False) if index < len(c)),
                   default=0.0)

    columns.append(chunked(cells[-1], widths[-1], room_of=room_of))
    rows = []
    for index in range(max(len(c) for c in columns)):
        row = [list(c[index]) if index < len(c) else [] for c in columns]
        if index:
            row[marker_column].insert(0, Continued(number, style))
        rows.append(row)
    return rows


class SignatureBox(Flowable):
    """The visible signature: a framed block naming signer and time. Remembers the page
    and rectangle it was drawn at (`place`)."""

    def __init__(self, title: str, lines: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title, self.lines = title, lines
        self.label_width = max(stringWidth(label, FONT_BOLD, 7.5) for label, _ in lines) + 5
        widest = max([stringWidth(value, FONT, 7.5) for _, value in lines]
                     + [stringWidth(title, FONT_BOLD, 9) - self.label_width])
        self.width = 8 + self.label_width + widest + 10
        self.height = 14 + 11 * len(lines) + 8
        self.place: SignaturePlace | None = None

    def wrap(self, availWidth, availHeight):
        self.width = min(self.width, availWidth)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(HEADER_FILL)
        canvas.setLineWidth(1)
        canvas.roundRect(0, 0, self.width, self.height, 4, stroke=1, fill=0)
        y = self.height - 14
        canvas.setFillColor(INK)
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(8, y, visual(self.title))
        for label, value in self.lines:
            y -= 11
            canvas.setFont(FONT_BOLD, 7.5)
            canvas.drawString(8, y, visual(label))
            canvas.setFont(FONT, 7.5)
            left = 8 + self.label_width
            canvas.drawString(left, y, _fit(visual(value), self.width - left - 8, FONT, 7.5))
        canvas.restoreState()
        x1, y1 = canvas.absolutePosition(0, 0)
        x2, y2 = canvas.absolutePosition(self.width, self.height)
        self.place = SignaturePlace(canvas.getPageNumber() - 1, (x1, y1, x2, y2))


def _fit(text: str, width: float, font: str, size: float) -> str:
    """`text`, cut with an ellipsis when wider than `width`."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


@dataclass(frozen=True)
class Furniture:
    """What every page repeats: header left and right, footer left ("sivu X / Y" right)."""

    header_left: str
    header_right: str
    footer_left: str


def _numbered_canvas(furniture: Furniture):
    half = FRAME_WIDTH / 2 - 10
    # The header's texts are the same on every page, and the footer's differ only in the
    # room the page number leaves: shaped and fitted once each, not on every page.
    header_left = _fit(visual(furniture.header_left), half, FONT, 7)
    header_right = _fit(visual(furniture.header_right), half, FONT, 7)
    footer_left = cache(lambda room: _fit(visual(furniture.footer_left), room, FONT, 7))

    class NumberedCanvas(Canvas):
        """Holds every page back until the end, so that each can say how many there are.

        A bookmark (an outline entry's or a link's destination) names the page the PDF
        document is on, which is the last one only while the pages are written out in
        save(); so bookmarks are held back with their page too."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._bookmarks: list[tuple[str, tuple, dict]] = []

        def bookmarkPage(self, key, *fit, **where):
            self._bookmarks.append((key, fit, where))

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._bookmarks = []
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                for key, fit, where in state["_bookmarks"]:
                    Canvas.bookmarkPage(self, key, *fit, **where)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            width, height = PAGE
            top = height - MARGIN_TOP + 6 * mm
            bottom = MARGIN_BOTTOM - 7 * mm
            self.saveState()
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, top - 3, width - MARGIN_X, top - 3)
            self.line(MARGIN_X, bottom + 9, width - MARGIN_X, bottom + 9)
            self.setFont(FONT, 7)
            page = f"sivu {self._pageNumber} / {total}"
            self.drawString(MARGIN_X, top, header_left)
            self.drawRightString(width - MARGIN_X, top, header_right)
            self.drawString(MARGIN_X, bottom,
                            footer_left(FRAME_WIDTH - stringWidth(page, FONT, 7) - 20))
            self.drawRightString(width - MARGIN_X, bottom, page)
            self.restoreState()

    return NumberedCanvas


@dataclass(frozen=True)
class BuiltPdf:
    data: bytes
    signature: SignaturePlace | None  # where the SignatureBox landed, if the story has one


def build(story: list[Flowable], furniture: Furniture, *, title: str, author: str,
          subject: str) -> BuiltPdf:
    """Lay out `story` on A4 landscape pages with header and footer; the PDF's bytes."""
    register_fonts()
    # Page streams compressed only, not also ASCII85-encoded as reportlab does by default
    # (a text encoding for PDFs sent through 7-bit channels; ours are binary anyway, with
    # their fonts and signature): the pages are a quarter smaller and a 50-measure return
    # is about 5 ms faster to make (issue 16). reportlab reads this for each document.
    rl_config.useA85 = 0
    buffer = io.BytesIO()
    # The body is FRAME_WIDTH wide, as the tables are and as the header's and footer's
    # rules run: no padding at the sides (reportlab's default frame has 6 pt, and drew
    # every table 6 pt to the right of where its columns are reckoned, over the margin).
    body = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, leftPadding=0,
                 rightPadding=0, id="body")
    document = BaseDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=author,
        subject=subject, creator=f"kotodesk {__version__}", lang="fi",
        pageCompression=1, pageTemplates=[PageTemplate(id="page", frames=[body])],
        # Each page starts in this font: reportlab's default, Helvetica, is a base-14
        # font that is never embedded, and pdffonts (and PDF/A checks) list it as such.
        initialFontName=FONT)
    # build() consumes the story, so find the signature box first (at the top level or
    # inside a KeepTogether).
    boxes = [f for item in story for f in [item, *getattr(item, "_content", [])]
             if isinstance(f, SignatureBox)]
    document.build(story, canvasmaker=_numbered_canvas(furniture))
    place = next((b.place for b in boxes if b.place is not None), None)
    return BuiltPdf(buffer.getvalue(), place)
