"""Text in kotodesk's PDFs: the embedded fonts, and people's plain text made safe to draw.

reportlab's Paragraph reads a small markup language and draws glyphs in the order it is
given them, so a narrative typed by a person needs these before it can be drawn:
characters that would break the markup escaped, URLs made clickable, and Arabic (and
Hebrew) shaped with arabic-reshaper (its vowel marks, harakat, kept) and put in visual order
with python-bidi. Bidi reordering is per line, so right-to-left text is wrapped here, at the
width the paragraph is given, before it is reordered (`BidiParagraph`); each paragraph of a
text takes its own direction, so a Finnish paragraph after an Arabic one stays left-aligned.

The fonts are DejaVu Sans, shipped in resources/fonts, because a Windows laptop has no
/usr/share/fonts and the PDF must look the same everywhere. An emoji DejaVu lacks is drawn
in Noto Emoji (monochrome, SIL OFL, resources/fonts/NotoEmoji); a character neither font
has is printed as a visible "[U+4E2D]", never as an empty box or not at all. Finnish words
break across lines at their syllables, with a hyphen (kotodesk/documents/pdf/hyphenation.py).
The return PDF and the meeting summary both draw their text through `paragraph` and `escape`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape as _xml_escape
from xml.sax.saxutils import unescape as _xml_unescape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags

from kotodesk.system import resources

FONT = "KotodeskSans"
FONT_BOLD = "KotodeskSans-Bold"
FONT_EMOJI = "KotodeskEmoji"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
              FONT_EMOJI: "NotoEmoji/NotoEmoji-Regular.ttf"}
LINK_COLOUR = "#1a4f8b"

_URL = re.compile(r"https?://[^\s<>\"'\u00a0]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}'\""
_KEEP_FORMAT = {"\u200c", "\u200d"}  # ZWNJ/ZWJ steer Arabic and Persian shaping
_NEWLINES = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n",
                           "\t": " ", "\x0b": "\n", "\x0c": "\n",
                           "\u2010": "-"})  # U+2010 marks kotodesk's own line breaks
_TRANSLATED = re.compile("[" + "".join(map(chr, _NEWLINES)) + "]")  # none is special there
_RTL_CLASSES = {"R", "AL"}
_FIRST_RTL = "\u0590"  # no character before it is of _RTL_CLASSES (tests/core/test_pdf_text.py)
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

    _fix_to_unicode()
    for name, filename in FONT_FILES.items():
        path = str(resources.path("fonts", *filename.split("/")))
        pdfmetrics.registerFont(_measured(TTFont)(name, path))
    for bold, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
        addMapping(FONT, bold, italic, FONT_BOLD if bold else FONT)
    # A table cell's own font (set for each cell, even an empty one) is Helvetica unless
    # its style names another: a base-14 font that is never embedded, listed by pdffonts
    # as such though no glyph is drawn with it. kotodesk's cells draw in DejaVu.
    from reportlab.platypus.tables import CellStyle

    CellStyle.fontname = FONT
    return FONT, FONT_BOLD


WIDTHS_KEPT = 32_768  # words and sizes per font; a long report's vocabulary fits


@cache
def _measured(font_class: type) -> type:
    """reportlab's TTFont, remembering the width of each text it has measured.

    reportlab measures every word of a paragraph each time it breaks it into lines, and
    every line again when it draws it, adding up each glyph's width in Python (without
    its optional C accelerator): about 13,000 measurements for a 50-measure return, most
    of them of words measured before ("ja", "toimenpide", a unit's name). A width depends
    only on the font, the text and the size, so it is kept; the PDF is byte for byte the
    same, and making a return or checking one against its seal (which draws it again)
    takes about a tenth less (issue 16). The store is emptied when it holds WIDTHS_KEPT
    entries, so a report with an unusual vocabulary cannot grow it without bound."""

    class MeasuredFont(font_class):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._widths: dict[tuple, float] = {}

        def stringWidth(self, text, size, encoding="utf8"):
            key = (text, size, encoding)
            width = self._widths.get(key)
            if width is None:
                if len(self._widths) >= WIDTHS_KEPT:
                    self._widths.clear()
                width = self._widths[key] = super().stringWidth(text, size, encoding)
            return width

    return MeasuredFont


def _fix_to_unicode() -> None:
    """reportlab 5.1 writes a character beyond U+FFFF into a font's ToUnicode map as five
    hex digits ("<1F600>"), which readers take as U+1F60 and a stray "0": a search for 😀
    in the PDF, or its text copied, would find "ὠ0". The map wants UTF-16 there (a
    surrogate pair), as for every other character; this writes it so."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "kotodesk", False):
        return

    def to_unicode_cmap(fontname, subset):
        text = original(fontname, [min(v, 0xFFFF) for v in subset])
        lines = text.split("\n")
        first = lines.index(f"{len(subset)} beginbfchar") + 1
        for index, value in enumerate(subset):
            lines[first + index] = \
                f"<{index:02X}> <{chr(value).encode('utf-16-be').hex().upper()}>"
        return "\n".join(lines)

    to_unicode_cmap.kotodesk = True
    ttfonts.makeToUnicodeCMap = to_unicode_cmap


def clean(text: str) -> str:
    """Plain text that draws: one newline convention, tabs as spaces, no control or
    invisible formatting characters, no surrogates or noncharacters."""
    if _TRANSLATED.search(text):  # translate() looks up every character in Python
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


@cache
def _coverage() -> tuple[frozenset[int], frozenset[int]]:
    """The characters DejaVu draws (in both faces), and the further ones Noto Emoji draws."""
    from reportlab.pdfbase.pdfmetrics import getFont

    register_fonts()
    base = set(getFont(FONT).face.charToGlyph) & set(getFont(FONT_BOLD).face.charToGlyph)
    emoji = set(getFont(FONT_EMOJI).face.charToGlyph) - base
    return frozenset(base), frozenset(emoji)


def marker(char: str) -> str:
    """What is printed for a character no shipped font can draw: its code, visibly."""
    return f"[U+{ord(char):04X}]"


def attribute(text: str) -> str:
    """Text as literal characters inside a markup attribute (a link's address)."""
    return _xml_escape(text, {'"': "&quot;"})


def escape(text: str) -> str:
    """Text as literal characters in reportlab's markup, every character drawn: an emoji
    DejaVu lacks in the emoji font, one no font has as its visible code."""
    base, emoji = _coverage()
    if base.issuperset(map(ord, text)):  # the usual case, in one pass in C
        return attribute(text)
    out, run, run_emoji = [], [], False

    def close() -> None:
        if run:
            piece = attribute("".join(run))
            out.append(f'<font name="{FONT_EMOJI}">{piece}</font>' if run_emoji else piece)
            run.clear()

    for char in text:
        code = ord(char)
        is_emoji = code in emoji
        if code not in base and not is_emoji:
            char, is_emoji = marker(char), False
        if is_emoji != run_emoji:
            close()
            run_emoji = is_emoji
        run.append(char)
    close()
    return "".join(out)


def drawable(text: str) -> str:
    """A single line for canvas.drawString in DejaVu: characters it lacks as their code."""
    base, _emoji = _coverage()
    if base.issuperset(map(ord, text)):
        return text
    return "".join(c if ord(c) in base else marker(c) for c in text)


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
        out.append(f'<a href="{attribute(url)}" color="{LINK_COLOUR}">{escape(url)}</a>')
        at = start + len(url)
    out.append(escape(text[at:]))
    return "".join(out)


def markup(text: str, *, links: bool = True) -> str:
    """Paragraph markup for left-to-right plain text: cleaned, escaped, newlines kept."""
    lines = clean(text).split("\n")
    render = _linked if links else escape
    return "<br/>".join(render(line) for line in lines)


def has_rtl(text: str) -> bool:
    """Whether `text` holds right-to-left letters (Arabic, Hebrew, Syriac, Thaana…).
    None is below U+0590 (Hebrew), where Finnish, Swedish and English text all is: that
    is one pass in C instead of a Unicode look-up per character in Python."""
    if not text or max(text) < _FIRST_RTL:
        return False
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


@cache
def _reshaper():
    from arabic_reshaper import ArabicReshaper

    # The vowel marks (harakat) are part of what was typed: kept, not deleted (the default).
    return ArabicReshaper(configuration={"delete_harakat": False})


def shape(text: str) -> str:
    """Arabic letters in their joined (presentation) forms, still in logical order."""
    return _reshaper().reshape(text) if has_rtl(text) else text


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
    """A single line (a header, a name) shaped and ordered for drawing in DejaVu; `rtl`
    defaults to the direction of its first strong character."""
    return drawable(order(shape(line), rtl=is_rtl(line) if rtl is None else rtl))


def drawn_width(text: str, font: str, size: float) -> float:
    """The width `text` takes as `escape` draws it in `font`: an emoji DejaVu lacks in the
    emoji font, a character no font has as its code, "[U+4E2D]", nine glyphs wide."""
    base, emoji = _coverage()
    if base.issuperset(map(ord, text)):  # the usual case, measured at once
        return stringWidth(text, font, size)
    width = 0.0
    for char in text:
        code = ord(char)
        if code in base:
            width += stringWidth(char, font, size)
        elif code in emoji:
            width += stringWidth(char, FONT_EMOJI, size)
        else:
            width += stringWidth(marker(char), font, size)
    return width


def _break_word(word: str, width: float, font: str, size: float) -> list[str]:
    """A word wider than the line, cut where it no longer fits (URLs, long numbers)."""
    pieces, current, used = [], "", 0.0
    for char in word:
        advance = drawn_width(char, font, size)
        if current and used + advance > width:
            pieces.append(current)
            current, used = "", 0.0
        current += char
        used += advance
    return [*pieces, current] if current else pieces


def wrap_shaped(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy word wrap of one shaped logical line into lines at most `width` wide, as
    drawn (`drawn_width`)."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if drawn_width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if drawn_width(word, font, size) <= width:
            current = word
        else:
            *whole, current = _break_word(word, width, font, size) or [""]
            lines.extend(whole)
    lines.append(current)
    return lines


class LaidOutParagraph(Paragraph):
    """A Paragraph that lays its lines out once per width. A table measures a cell when
    kotodesk plans its rows, again when reportlab sizes the table, again when it splits
    it across a page and when it draws it: each a full line break with hyphenation, at
    the same width (issue 16: the return PDF wrapped each paragraph five times). The
    lines depend only on the width, the text and the style, never on the height.

    "The same width" is within SAME_WIDTH: reportlab draws a cell at its column's width
    reckoned again from the column positions, which differs from the width it sized the
    cell at in the last bits (81.68976377952758 against 81.6897637795276 pt), and broke
    every paragraph a second time for that. No line is that close to its cell's edge."""

    SAME_WIDTH = 1e-6  # points; reportlab's own _FUZZ
    _wrapped_at: float | None = None

    def _laid_out_at(self, width: float) -> bool:
        return self._wrapped_at is not None and \
            abs(width - self._wrapped_at) <= self.SAME_WIDTH and "blPara" in self.__dict__

    def wrap(self, availWidth, availHeight):
        if self._laid_out_at(availWidth):
            self.width = availWidth  # never wider than the cell says it is
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth if size == (self.width, self.height) else None
        return size

    def split(self, availWidth, availHeight):
        if not self._laid_out_at(availWidth):  # split reads the lines of the last wrap
            self.wrap(availWidth, availHeight)
        lines = self.__dict__.get("blPara")
        parts = super().split(availWidth, availHeight)
        if not parts and lines is not None and "blPara" not in self.__dict__:
            # reportlab drops the lines (del blPara) when it refuses to split, so that the
            # next wrap lays them out anew: at this width they would be the same lines.
            self.blPara = lines
        return parts


class LinesParagraph(LaidOutParagraph):
    """Lines kotodesk broke itself (a right-to-left paragraph, `wrap_shaped`), drawn one
    below another. reportlab's own split of such a paragraph keeps the <br/> it splits at
    as the second part's first line: every table row or page that continued the text
    began with a blank line. This splits between two lines, as reportlab does otherwise
    (no orphan; no widow where `allowWidows` is 0)."""

    def __init__(self, lines: list[str], style: ParagraphStyle) -> None:
        super().__init__("<br/>".join(lines), style)
        self.lines = lines

    def split(self, availWidth, availHeight):
        fits = int(availHeight / self.style.leading)
        count = len(self.lines)
        if count <= fits:
            return [self]
        if not getattr(self, "allowWidows", self.style.allowWidows) and count == fits + 1:
            fits -= 1
        if fits <= 1 and not self.style.allowOrphans:
            return []
        return [LinesParagraph(self.lines[:fits], self.style),
                LinesParagraph(self.lines[fits:], self.style)]


class TextParagraphs(Flowable):
    """A person's text of several paragraphs (or right-to-left letters), one Paragraph per
    line of the text, each in its own direction: a right-to-left paragraph is wrapped in
    logical order at the width it is given, each line then reordered for drawing, and
    right-aligned; a paragraph in a left-to-right script is an ordinary Paragraph,
    left-aligned and hyphenated (reportlab 5.1 hyphenates only a paragraph of one run of
    text reliably: with a <br/>, a link or a font change in it, it joins the parts of a
    broken word back on one line, hyphen and all)."""

    def __init__(self, text: str, style: ParagraphStyle, *, links: bool = True) -> None:
        super().__init__()
        self.text = clean(text)
        self.style = style
        self.links = links
        self._parts: list[Flowable] | None = None
        self._width: float | None = None

    def _paragraphs(self, width: float) -> list[Flowable]:
        if self._parts is None or self._width != width:
            from reportlab.platypus import Spacer

            style = self.style
            usable = max(width - style.leftIndent - style.rightIndent - 1.0, 10.0)
            render = _linked if self.links else escape
            parts: list[Flowable] = []
            for logical in self.text.split("\n"):
                if not logical.strip():
                    parts.append(Spacer(1, style.leading))  # an empty line keeps its height
                elif not has_rtl(logical):
                    parts.append(_paragraph(render(logical), style))
                else:
                    rtl = is_rtl(logical)
                    lines = [render(order(line, rtl=rtl)) for line in wrap_shaped(
                        shape(logical), usable, style.fontName, style.fontSize)]
                    parts.append(LinesParagraph(
                        lines, _aligned(style, TA_RIGHT if rtl else TA_LEFT)))
            self._parts, self._width = parts, width
        return self._parts

    def wrap(self, availWidth, availHeight):
        heights = [p.wrap(availWidth, availHeight)[1] for p in self._paragraphs(availWidth)]
        self.width, self.height = availWidth, sum(heights)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        """The paragraphs that fit, the one that does not split where it can, the rest."""
        parts = self._paragraphs(availWidth)
        used = 0.0
        for index, part in enumerate(parts):
            height = part.wrap(availWidth, availHeight)[1]
            if used + height <= availHeight:
                used += height
                continue
            pieces = part.split(availWidth, availHeight - used)
            if pieces:
                return [*parts[:index], *pieces, *parts[index + 1:]]
            return [*parts[:index], *parts[index:]] if index else []
        return list(parts)

    def draw(self) -> None:
        assert self._parts is not None, "wrap() comes before draw()"
        y = self.height
        for part in self._parts:
            y -= part.height
            part.drawOn(self.canv, 0, y)

    def minWidth(self) -> float:
        return self.style.fontSize * 4


BidiParagraph = TextParagraphs  # the name it had when it held only right-to-left text


def _aligned(style: ParagraphStyle, alignment: int) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{alignment}", parent=style, alignment=alignment,
                          splitLongWords=0)


def _hyphenated(style: ParagraphStyle) -> ParagraphStyle:
    """`style` with Finnish hyphenation (unless it names one of its own), made once per
    style: every paragraph kotodesk draws is in a column that may be narrow."""
    made = getattr(style, "_kotodesk_hyphenated", None)
    if made is None:
        from kotodesk.documents.pdf.hyphenation import finnish_pairs, install

        install()
        made = style if getattr(style, "hyphenationLang", "") else ParagraphStyle(
            f"{style.name}-fi", parent=style, hyphenationLang=finnish_pairs,
            # Not at a typed hyphen ("sote-palvelut"): a break there could not be told
            # from one kotodesk made, and text taken from the PDF would lose a hyphen.
            embeddedHyphenation=0)
        style._kotodesk_hyphenated = made
    return made


def _paragraph(text_markup: str, style: ParagraphStyle) -> Paragraph:
    """One paragraph of markup, hyphenated when it is one run of text (see TextParagraphs).

    Markup without tags is one run, but reportlab's parser still cuts it at each escaped
    character ("-&gt;", "&quot;", "R&amp;D") into runs of the same font, and lays out a
    paragraph of several runs by its other line breaker: split between table rows, that
    one draws the broken word's hyphen inside the next part ("vanhempain‐ryhmä") and
    lines wider than their cell. So such a paragraph is made as that one run directly:
    the text as the parser would read it (spaces collapsed, the four escapes undone) in
    the run the parser makes of plain text in the style. That is also most of what a
    return's paragraphs cost to make (issue 16): reportlab builds a new markup parser for
    each paragraph."""
    if "<" in text_markup:
        return LaidOutParagraph(text_markup, style)
    hyphenated = _hyphenated(style)
    text = cleanBlockQuotedText(text_markup)
    if not text:
        return LaidOutParagraph(text_markup, hyphenated)
    frag = _copied(_shape_runs(hyphenated, "x")[0], _xml_unescape(text, {"&quot;": '"'}))
    textTransformFrags([frag], hyphenated)
    return LaidOutParagraph(text, hyphenated, frags=[frag])


_TAG = re.compile(r"(<[^>]*>)")


def laid_out(text_markup: str, style: ParagraphStyle) -> LaidOutParagraph:
    """LaidOutParagraph(text_markup, style), its runs made without reportlab's markup
    parser when it can: a bold measure number before its text, a status label in its
    colour, a column header. The parser makes the same runs of each such shape whatever
    its text, so the shape (the tags, each text as "x") is parsed once per style and its
    runs copied with this paragraph's texts: the page is the same (a test compares them
    with the parser's), and ~130 parsers fewer for a 50-measure return (issue 16).
    Markup with an escaped character (the parser cuts a run there) or a shape whose runs
    do not match its texts one to one is parsed as before."""
    text = cleanBlockQuotedText(text_markup)
    if "&" in text:
        return LaidOutParagraph(text_markup, style)
    pieces = _TAG.split(text)
    texts = [piece for index, piece in enumerate(pieces) if index % 2 == 0 and piece]
    shape = "".join(piece if index % 2 or not piece else "x"
                    for index, piece in enumerate(pieces))
    runs = _shape_runs(style, shape)
    if len(runs) != len(texts) or any(run.text != "x" for run in runs):
        return LaidOutParagraph(text_markup, style)
    frags = [_copied(run, piece) for run, piece in zip(runs, texts, strict=True)]
    textTransformFrags(frags, style)
    return LaidOutParagraph(text, style, frags=frags)


def _shape_runs(style: ParagraphStyle, shape: str) -> list:
    """The runs reportlab's parser makes of `shape` in `style` (each text of it "x"; plain
    text is the shape "x"), parsed once per style and shape."""
    shapes = vars(style).setdefault("_kotodesk_shapes", {})
    runs = shapes.get(shape)
    if runs is None:
        runs = shapes[shape] = Paragraph(shape, style).frags
    return runs


def _copied(run, text: str):
    """A run of `_shape_runs` with `text`, its lists (links, underlines) its own."""
    return run.clone(text=text, **{k: list(v) for k, v in vars(run).items()
                                   if isinstance(v, list)})


def paragraph(text: str, style: ParagraphStyle, *, links: bool = True) -> Flowable:
    """A flowable drawing a person's plain text in `style`: never markup, never a crash on
    odd characters, every character drawn, URLs clickable, Finnish hyphenated, Arabic
    shaped and ordered right to left paragraph by paragraph."""
    if has_rtl(text) or "\n" in clean(text).strip():
        return TextParagraphs(text, style, links=links)
    return _paragraph(markup(text, links=links), style)
