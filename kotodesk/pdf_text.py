"""Text in kotodesk's PDFs: the embedded fonts, and people's plain text made safe to draw.

reportlab's Paragraph reads a small markup language and draws glyphs in the order it is
given them, so a narrative typed by a person needs three things before it can be drawn:
characters that would break the markup or draw as boxes removed or escaped, URLs made
clickable, and Arabic (and Hebrew) shaped with arabic-reshaper and put in visual order with
python-bidi. Bidi reordering is per line, so right-to-left text is wrapped here, at the
width the paragraph is given, before it is reordered (`BidiParagraph`). The fonts are
DejaVu Sans, shipped in resources/fonts, because a Windows laptop has no /usr/share/fonts
and the PDF must look the same everywhere. The return PDF and the meeting summary both
draw their text through `paragraph`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from kotodesk import resources

FONT = "KotodeskSans"
FONT_BOLD = "KotodeskSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
LINK_COLOUR = "#1a4f8b"

_URL = re.compile(r"https?://[^\s<>\"'\u00a0]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}'\""
_KEEP_FORMAT = {"\u200c", "\u200d"}  # ZWNJ/ZWJ steer Arabic and Persian shaping
_NEWLINES = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n",
                           "\t": " ", "\x0b": "\n", "\x0c": "\n"})
_RTL_CLASSES = {"R", "AL"}
_PAIRS = ("()", "[]", "{}", "<>", "«»", "‹›", "⁅⁆", "〈〉", "⟨⟩", "﴾﴿")
_PAIR = {a: b for pair in _PAIRS for a, b in (pair, pair[::-1])}
_CLOSERS = {pair[1] for pair in _PAIRS}


@cache
def register_fonts() -> tuple[str, str]:
    """Register the embedded fonts with reportlab once per process; returns (regular, bold).

    `<b>` in a paragraph picks the bold face. Parsing the two TTFs takes a few tens of
    milliseconds, which is why this is not done on import.
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resources.path("fonts", filename))))
    for bold, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
        addMapping(FONT, bold, italic, FONT_BOLD if bold else FONT)
    return FONT, FONT_BOLD


def clean(text: str) -> str:
    """Plain text that draws: one newline convention, tabs as spaces, no control or
    invisible formatting characters, no surrogates or noncharacters."""
    text = text.replace("\r\n", "\n").translate(_NEWLINES)
    if text.replace("\n", "").isprintable():  # the usual case, without a loop in Python
        return text
    kept = []
    for char in text:
        if char == "\n":
            kept.append(char)
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs") or (category == "Cf" and char not in _KEEP_FORMAT):
            continue
        if category == "Cn" and (0xFDD0 <= ord(char) <= 0xFDEF or ord(char) & 0xFFFE == 0xFFFE):
            continue
        kept.append(char)
    return "".join(kept)


def escape(text: str) -> str:
    """Text as literal characters inside reportlab's markup (also inside an attribute)."""
    return _xml_escape(text, {'"': "&quot;"})


def _linked(text: str) -> str:
    """Escape `text`, making each http(s) URL in it a clickable link."""
    out, at = [], 0
    for match in _URL.finditer(text):
        raw = match.group(0)
        url = raw.rstrip(_URL_TRAILING)
        while url.count("(") > url.count(")") and raw[len(url):].startswith(")"):
            url += ")"  # a bracket inside the URL, as Wikipedia writes them
        if len(url) <= len("https://"):
            continue
        start = match.start()
        out.append(escape(text[at:start]))
        out.append(f'<a href="{escape(url)}" color="{LINK_COLOUR}">{escape(url)}</a>')
        at = start + len(url)
    out.append(escape(text[at:]))
    return "".join(out)


def markup(text: str, *, links: bool = True) -> str:
    """Paragraph markup for left-to-right plain text: cleaned, escaped, newlines kept."""
    lines = clean(text).split("\n")
    render = _linked if links else escape
    return "<br/>".join(render(line) for line in lines)


def has_rtl(text: str) -> bool:
    """Whether `text` holds right-to-left letters (Arabic, Hebrew, Syriac, Thaana…)."""
    return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)


def is_rtl(text: str) -> bool:
    """Whether the text's first strong character runs right to left (Unicode rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return False


def shape(text: str) -> str:
    """Arabic letters in their joined (presentation) forms, still in logical order."""
    import arabic_reshaper

    return arabic_reshaper.reshape(text) if has_rtl(text) else text


def _mirror_reversed_pairs(line: str) -> str:
    """Swap each bracket pair that reads close-before-open after reordering.

    python-bidi's default (Rust) get_display resolves bracket pairs right (rule N0) but
    applies only rules L1–L2, not L4: a pair in a right-to-left run comes out reversed,
    ")Helsinki(" (python-bidi issue #25). Its older pure-Python algorithm mirrors but
    knows no bracket pairs, and scatters "(Helsinki)" in Arabic text. A pair that reads
    close-before-open can only be one that was reversed, so mirroring it is rule L4.
    """
    chars = list(line)
    stack: list[int] = []
    for index, char in enumerate(chars):
        if char not in _PAIR:
            continue
        if stack and _PAIR[chars[stack[-1]]] == char:
            opened = stack.pop()
            if chars[opened] in _CLOSERS:  # read close-before-open: a reversed pair
                chars[opened], chars[index] = _PAIR[chars[opened]], _PAIR[char]
        else:
            stack.append(index)
    return "".join(chars)


def order(line: str, *, rtl: bool) -> str:
    """One shaped line in the order its glyphs are drawn left to right; `rtl` is the
    line's base direction."""
    from bidi import get_display

    if not has_rtl(line):
        return line
    ordered = _mirror_reversed_pairs(get_display(line, base_dir="R" if rtl else "L"))
    return "".join(c for c in ordered if unicodedata.category(c) != "Cf")


def visual(line: str, *, rtl: bool | None = None) -> str:
    """A single line (a header, a name) shaped and ordered for drawing; `rtl` defaults to
    the direction of its first strong character."""
    return order(shape(line), rtl=is_rtl(line) if rtl is None else rtl)


def _break_word(word: str, width: float, font: str, size: float) -> list[str]:
    """A word wider than the line, cut where it no longer fits (URLs, long numbers)."""
    pieces, current, used = [], "", 0.0
    for char in word:
        advance = stringWidth(char, font, size)
        if current and used + advance > width:
            pieces.append(current)
            current, used = "", 0.0
        current += char
        used += advance
    return [*pieces, current] if current else pieces


def wrap_shaped(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy word wrap of one shaped logical line into lines at most `width` wide."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if stringWidth(word, font, size) <= width:
            current = word
        else:
            *whole, current = _break_word(word, width, font, size) or [""]
            lines.extend(whole)
    lines.append(current)
    return lines


class BidiParagraph(Flowable):
    """A paragraph holding right-to-left text: wrapped in logical order at the width it is
    given, each line then reordered for drawing; right-aligned when the text starts in a
    right-to-left script. Behaves as a Paragraph (it is one once the width is known)."""

    def __init__(self, text: str, style: ParagraphStyle, *, links: bool = True) -> None:
        super().__init__()
        self.text = clean(text)
        self.style = style
        self.links = links
        self._inner: Paragraph | None = None
        self._width: float | None = None

    def _paragraph(self, width: float) -> Paragraph:
        if self._inner is None or self._width != width:
            style = self.style
            usable = max(width - style.leftIndent - style.rightIndent - 1.0, 10.0)
            render = _linked if self.links else escape
            lines = []
            for logical in self.text.split("\n"):
                rtl = is_rtl(logical)
                for line in wrap_shaped(shape(logical), usable, style.fontName, style.fontSize):
                    lines.append(render(order(line, rtl=rtl)))
            align = TA_RIGHT if is_rtl(self.text) else TA_LEFT
            aligned = ParagraphStyle(f"{style.name}-bidi", parent=style, alignment=align,
                                     splitLongWords=0)
            self._inner, self._width = Paragraph("<br/>".join(lines), aligned), width
        return self._inner

    def wrap(self, availWidth, availHeight):
        inner = self._paragraph(availWidth)
        self.width, self.height = inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        return self._paragraph(availWidth).split(availWidth, availHeight)

    def draw(self) -> None:
        assert self._inner is not None, "wrap() comes before draw()"
        self._inner.drawOn(self.canv, 0, 0)

    def minWidth(self) -> float:
        return self.style.fontSize * 4


def paragraph(text: str, style: ParagraphStyle, *, links: bool = True) -> Flowable:
    """A flowable drawing a person's plain text in `style`: never markup, never a crash on
    odd characters, URLs clickable, Arabic shaped and ordered right to left."""
    if has_rtl(text):
        return BidiParagraph(text, style, links=links)
    return Paragraph(markup(text, links=links), style)
