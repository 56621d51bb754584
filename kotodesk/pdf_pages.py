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

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table

from kotodesk import __version__
from kotodesk.pdf_signing import SignaturePlace
from kotodesk.pdf_text import FONT, FONT_BOLD, register_fonts, visual
from kotodesk.text import time_text

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
    """A table whose rows move whole to the next page. A row taller than a page (a very
    long narrative) is split inside instead, starting where it is when a good part of
    the page is left, so that no page stays empty before it."""

    def split(self, availWidth, availHeight):
        self._calc(availWidth, availHeight)  # what Table.split does first: the row heights
        heights = self._rowHeights
        used, breaking = 0.0, len(heights)  # the rows that fit, the first one that does not
        for index, height in enumerate(heights):
            if used + height > availHeight:
                breaking = index
                break
            used += height
        too_tall = breaking < len(heights) and \
            sum(heights[:self.repeatRows]) + heights[breaking] > FRAME_HEIGHT
        if breaking >= self.repeatRows and too_tall and availHeight - used >= FRAME_HEIGHT / 4:
            self.splitByRow, self.splitInRow = 0, 1  # split that row here, below the others
        else:
            self.splitByRow, self.splitInRow = 1, int(availHeight >= FRAME_HEIGHT * 0.7)
        # The rest of Table.split (reportlab 5.1), without computing the heights again.
        parts = self._splitRows(availHeight, doInRowSplit=not self.splitByRow)
        if not parts and self.splitInRow:
            parts = self._splitRows(availHeight, doInRowSplit=bool(self.splitByRow))
        return parts


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
            right = visual(furniture.header_right)
            half = FRAME_WIDTH / 2 - 10
            self.drawString(MARGIN_X, top, _fit(visual(furniture.header_left), half, FONT, 7))
            self.drawRightString(width - MARGIN_X, top, _fit(right, half, FONT, 7))
            footer_room = FRAME_WIDTH - stringWidth(page, FONT, 7) - 20
            self.drawString(MARGIN_X, bottom,
                            _fit(visual(furniture.footer_left), footer_room, FONT, 7))
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
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=author,
        subject=subject, creator=f"kotodesk {__version__}", lang="fi",
        pageCompression=1)
    # build() consumes the story, so find the signature box first (at the top level or
    # inside a KeepTogether).
    boxes = [f for item in story for f in [item, *getattr(item, "_content", [])]
             if isinstance(f, SignatureBox)]
    document.build(story, canvasmaker=_numbered_canvas(furniture))
    place = next((b.place for b in boxes if b.place is not None), None)
    return BuiltPdf(buffer.getvalue(), place)
