"""Status in kotodesk's PDFs without relying on colour: an icon per level, a label beside
it, and the stacked bar chart of statuses per theme.

The icons are the application's (ui/status_icons.py): a circle with a tick for the most
advanced level, a triangle with "!" in between, a square with a cross for the least
advanced, a hollow circle with a dash for "not reported". A programme with its own
scale gets the shapes by rank, so a grey-scale printout still tells the levels apart.
Drawn with reportlab.graphics, so they stay sharp at any zoom.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from kotodesk.documents.pdf.pages import INK, MUTED, RULE, fill_colour, text_colour_on
from kotodesk.documents.pdf.text import FONT, FONT_BOLD, paragraph, visual
from kotodesk.domain.model import NOT_REPORTED_COLOUR, StatusLevel

_SHAPES = {"green": "circle", "yellow": "triangle", "red": "square"}


def shape_of(level: StatusLevel, scale: tuple[StatusLevel, ...]) -> str:
    """"circle", "triangle", "square" or "hollow" (not reported)."""
    if level.code == "" or level not in scale:
        return "hollow"
    if level.code in _SHAPES and all(lvl.code in _SHAPES for lvl in scale):
        return _SHAPES[level.code]
    rank = scale.index(level)
    return "circle" if rank == 0 else "square" if rank == len(scale) - 1 else "triangle"


def tint(colour: str, share: float = 0.22) -> colors.Color:
    """`colour` mixed into white: a background that a coloured icon still stands out on."""
    base = fill_colour(colour)
    return colors.Color(1 - share * (1 - base.red), 1 - share * (1 - base.green),
                        1 - share * (1 - base.blue))


def icon(level: StatusLevel, shape: str, size: float, x: float = 0, y: float = 0, *,
         edge: colors.Color | None = None) -> Group:
    """The icon of `level`, `size` points square, its lower left corner at (x, y); its
    outline a darker shade of the fill unless `edge` is given (white on a bar of the
    same colour)."""
    s, m = size, size * 0.06
    fill = fill_colour(level.colour)
    outline = max(0.4, s * (0.05 if edge is None else 0.1))
    if edge is None:
        edge = colors.Color(fill.red * 0.7, fill.green * 0.7, fill.blue * 0.7)
    mark = colors.HexColor(text_colour_on(level.colour))
    weight = max(0.8, s * 0.12)
    group = Group()
    if shape == "hollow":
        grey = colors.HexColor(NOT_REPORTED_COLOUR)
        group.add(Circle(s / 2, s / 2, s * 0.4, fillColor=colors.white, strokeColor=grey,
                         strokeWidth=max(0.7, s * 0.09)))
        group.add(Line(s * 0.33, s / 2, s * 0.67, s / 2, strokeColor=grey,
                       strokeWidth=max(0.7, s * 0.09)))
    elif shape == "circle":
        group.add(Circle(s / 2, s / 2, s / 2 - m, fillColor=fill, strokeColor=edge,
                         strokeWidth=outline))
        group.add(PolyLine([s * 0.28, s * 0.5, s * 0.44, s * 0.33, s * 0.72, s * 0.66],
                           strokeColor=mark, strokeWidth=weight, strokeLineCap=1,
                           strokeLineJoin=1))
    elif shape == "triangle":
        group.add(Polygon([s / 2, s - m, s - m, m * 1.5, m, m * 1.5], fillColor=fill,
                          strokeColor=edge, strokeWidth=outline,
                          strokeLineJoin=1))
        group.add(Line(s / 2, s * 0.66, s / 2, s * 0.38, strokeColor=mark, strokeWidth=weight,
                       strokeLineCap=1))
        group.add(Circle(s / 2, s * 0.22, weight * 0.55, fillColor=mark, strokeColor=None))
    else:
        group.add(Rect(m, m, s - 2 * m, s - 2 * m, rx=s * 0.12, ry=s * 0.12, fillColor=fill,
                       strokeColor=edge, strokeWidth=outline))
        for x1, y1, x2, y2 in ((0.32, 0.32, 0.68, 0.68), (0.32, 0.68, 0.68, 0.32)):
            group.add(Line(s * x1, s * y1, s * x2, s * y2, strokeColor=mark,
                           strokeWidth=weight, strokeLineCap=1))
    group.translate(x, y)
    return group


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose drawing starts in kotodesk's font: reportlab's renderer otherwise
    sets Helvetica first (never embedded, so listed by pdffonts as such)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    return drawing


class StatusLabel(Flowable):
    """The icon, then the label wrapped beside it: a status as a table cell shows it. In
    a column too narrow for the label's longest word beside the icon, the icon stands
    above the label instead, so that no word is cut in two."""

    def __init__(self, level: StatusLevel, shape: str, style: ParagraphStyle, *,
                 text: str | None = None, size: float | None = None) -> None:
        super().__init__()
        self.level, self.shape = level, shape
        self.size = size or style.fontSize * 1.45
        self.gap = self.size * 0.4
        label = level.label if text is None else text
        self.text = paragraph(label, style, links=False)
        self.longest = max((stringWidth(word, style.fontName, style.fontSize)
                            for word in label.split()), default=0.0)
        self.style = style
        self.stacked = False

    def wrap(self, availWidth, availHeight):
        beside = availWidth - self.size - self.gap
        self.stacked = self.longest > beside - 1 and availWidth > beside
        inner = availWidth if self.stacked else max(beside, self.style.fontSize * 4)
        _, height = self.text.wrap(inner, availHeight)
        above = self.size + self.gap / 2 if self.stacked else 0
        self.width, self.height = availWidth, max(height + above, self.size)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        return []  # a few words: they move whole

    def draw(self) -> None:
        drawing = _drawing(self.size, self.size)
        drawing.add(icon(self.level, self.shape, self.size))
        top = self.height
        if self.stacked:
            drawing.drawOn(self.canv, 0, top - self.size)
            self.text.drawOn(self.canv, 0, 0)
            return
        first_line = self.style.leading  # the icon beside the label's first line
        drawing.drawOn(self.canv, 0, top - (first_line + self.size) / 2 - 1)
        self.text.drawOn(self.canv, self.size + self.gap, top - self.text.height)


# -- the chart ------------------------------------------------------------------------------

ROW = 30  # points per theme
BAR = 20
LABEL_SIZE = 8


def _wrap_words(text: str, width: float, font: str, size: float, lines: int = 2) -> list[str]:
    """`text` in at most `lines` lines of `width`, the last cut with an ellipsis."""
    out, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width or not current:
            current = candidate
        else:
            out.append(current)
            current = word
    out.append(current)
    if len(out) > lines:
        out = out[:lines]
        while out[-1] and stringWidth(out[-1] + " …", font, size) > width:
            out[-1] = out[-1][:-1]
        out[-1] = out[-1].rstrip() + " …"
    return out


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 8:
            return step
    return max(1, top // 8)


def status_chart(rows: list[tuple[str, list[tuple[StatusLevel, int]]]],
                 scale: tuple[StatusLevel, ...], width: float) -> Drawing:
    """Horizontal stacked bars, one per (name, counts per level): each segment in its
    level's colour with its count and the level's icon, a count axis, a legend below."""
    label_width = min(200.0, width * 0.26)
    right_room = 26.0
    bar_left = label_width + 8
    bar_width = width - bar_left - right_room
    top_count = max([sum(n for _, n in counts) for _, counts in rows] + [1])
    step = _nice_step(top_count)
    axis_top = -(-top_count // step) * step
    per = bar_width / axis_top
    levels = [level for level, _ in rows[0][1]] if rows else list(scale)
    legend_rows = _legend_layout(levels, scale, width)
    legend_height = 15 * len(legend_rows)
    axis_height = 22
    height = ROW * len(rows) + axis_height + legend_height + 6
    drawing = _drawing(width, height)
    base = legend_height + axis_height + 6
    for tick in range(0, axis_top + 1, step):
        x = bar_left + tick * per
        drawing.add(Line(x, base - 3, x, base + ROW * len(rows), strokeColor=RULE,
                         strokeWidth=0.4, strokeDashArray=None if tick == 0 else [1.5, 2]))
        drawing.add(String(x, base - 12, str(tick), fontName=FONT, fontSize=7,
                           fillColor=MUTED, textAnchor="middle"))
    drawing.add(String(bar_left + bar_width, base - 21, "toimenpiteitä", fontName=FONT,
                       fontSize=7, fillColor=MUTED, textAnchor="end"))
    for index, (name, counts) in enumerate(rows):
        y = base + ROW * (len(rows) - index - 1) + (ROW - BAR) / 2
        lines = _wrap_words(visual(name), label_width, FONT_BOLD, LABEL_SIZE)
        middle = y + BAR / 2
        first = middle + (len(lines) - 1) * 4.6 - 2.8
        for number, line in enumerate(lines):
            drawing.add(String(label_width, first - number * 9.2, line, fontName=FONT_BOLD,
                               fontSize=LABEL_SIZE, fillColor=INK, textAnchor="end"))
        x = bar_left
        for level, count in counts:
            if not count:
                continue
            span = count * per
            drawing.add(Rect(x, y, span, BAR, fillColor=fill_colour(level.colour),
                             strokeColor=colors.white, strokeWidth=0.8))
            _segment_label(drawing, level, shape_of(level, scale), count, x, y, span)
            x += span
        drawing.add(String(x + 4, middle - 2.8, str(sum(n for _, n in counts)),
                           fontName=FONT_BOLD, fontSize=LABEL_SIZE, fillColor=INK))
    _draw_legend(drawing, legend_rows, scale)
    return drawing


def _segment_label(drawing: Drawing, level: StatusLevel, shape: str, count: int, x: float,
                   y: float, span: float) -> None:
    """The count in the segment, with the level's icon when there is room for both."""
    text = str(count)
    text_width = stringWidth(text, FONT_BOLD, LABEL_SIZE)
    size = 10.0
    ink = colors.HexColor(text_colour_on(level.colour))
    middle = y + BAR / 2
    if span >= text_width + size + 9:
        left = x + (span - text_width - size - 3) / 2
        drawing.add(icon(level, shape, size, left, middle - size / 2, edge=ink))
        drawing.add(String(left + size + 3, middle - 2.8, text, fontName=FONT_BOLD,
                           fontSize=LABEL_SIZE, fillColor=ink))
    elif span >= text_width + 3:
        drawing.add(String(x + span / 2, middle - 2.8, text, fontName=FONT_BOLD,
                           fontSize=LABEL_SIZE, fillColor=ink, textAnchor="middle"))


def _legend_layout(levels: list[StatusLevel], scale, width: float) -> list[list[StatusLevel]]:
    """The legend's entries in rows that fit `width`."""
    rows: list[list[StatusLevel]] = [[]]
    used = 0.0
    for level in levels:
        need = 34 + stringWidth(visual(level.label), FONT, 7.5) + 16
        if rows[-1] and used + need > width:
            rows.append([])
            used = 0.0
        rows[-1].append(level)
        used += need
    return rows


def _draw_legend(drawing: Drawing, rows: list[list[StatusLevel]], scale) -> None:
    for number, levels in enumerate(rows):
        y = 15 * (len(rows) - number - 1) + 2
        x = 0.0
        for level in levels:
            drawing.add(Rect(x, y, 18, 9, fillColor=fill_colour(level.colour),
                             strokeColor=None))
            drawing.add(icon(level, shape_of(level, scale), 9, x + 22, y))
            label = visual(level.label)
            drawing.add(String(x + 34, y + 1.8, label, fontName=FONT, fontSize=7.5,
                               fillColor=INK))
            x += 34 + stringWidth(label, FONT, 7.5) + 16


def status_label(level: StatusLevel, scale: tuple[StatusLevel, ...], style: ParagraphStyle,
                 **kw) -> StatusLabel:
    """`level` with the icon its place on `scale` gives it."""
    return StatusLabel(level, shape_of(level, scale), style, **kw)
