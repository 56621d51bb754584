"""Preparing people's text for reportlab: fonts, markup safety, links, Arabic order."""

from __future__ import annotations

import io

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kotodesk.documents.pdf import text as pdf_text
from kotodesk.system import resources


def test_the_fonts_ship_with_kotodesk_and_cover_the_citys_scripts():
    for filename in pdf_text.FONT_FILES.values():
        assert resources.path("fonts", filename).is_file()
    assert resources.path("fonts", "LICENSE-DejaVu.txt").is_file()
    regular, bold = pdf_text.register_fonts()
    for name in (regular, bold):
        glyphs = getFont(name).face.charToGlyph
        for text in ("äöåÄÖÅ", "Привет", "مرحبا", "ﻣﺮﺣﺒﺎ", "–·…€"):
            assert all(ord(c) in glyphs for c in text), (name, text)


def test_clean_drops_control_and_invisible_characters_but_keeps_lines():
    text = "a\x00b\x07c\x1b[0m\td\r\ne\rf\u2028g\u202eh\u200bi\ufeffj\ud800k\ufffel\u200dm"
    assert pdf_text.clean(text) == "abc[0m d\ne\nf\ngh" + "ijkl\u200dm"


@pytest.mark.parametrize("text, expected", [
    ("<b>x</b> & y", "&lt;b&gt;x&lt;/b&gt; &amp; y"),
    ("=HYPERLINK(1)", "=HYPERLINK(1)"),
    ("rivi 1\nrivi 2", "rivi 1<br/>rivi 2"),
    ('"lainaus"', "&quot;lainaus&quot;"),
])
def test_markup_is_literal_text(text, expected):
    assert pdf_text.markup(text) == expected


def test_urls_become_links_without_trailing_punctuation():
    text = "Katso https://www.hel.fi/fi/a?b=1&c=2. Ja (https://en.wikipedia.org/wiki/A_(b))."
    out = pdf_text.markup(text)
    assert '<a href="https://www.hel.fi/fi/a?b=1&amp;c=2" ' in out
    assert '<a href="https://en.wikipedia.org/wiki/A_(b)" ' in out
    assert "</a>. Ja (" in out and "</a>)." in out
    assert "<a" not in pdf_text.markup("javascript:alert(1) ftp://x.fi file:///etc")
    assert "<a" not in pdf_text.markup("https://")


def test_arabic_is_shaped_and_drawn_right_to_left_with_brackets_mirrored():
    line = pdf_text.visual("مرحبا (Helsinki) 2024")
    # Drawn left to right: the number, then Helsinki in its brackets, then the word,
    # whose letters come last-first in their joined forms.
    assert line.startswith("2024 (Helsinki) ")
    shaped = pdf_text.shape("مرحبا")
    assert shaped != "مرحبا" and all("\ufe70" <= c <= "\ufeff" for c in shaped)
    assert line.endswith(shaped[::-1])
    assert pdf_text.visual("Helsinki") == "Helsinki"
    # Pairs in a right-to-left run are mirrored; nested ones too; Latin ones untouched.
    assert pdf_text.visual("(أ (ب) ج)") == pdf_text.shape("(ج (ب) أ)")
    assert pdf_text.visual("abc (مرحبا) abc") == "abc (ﺎﺒﺣﺮﻣ) abc"
    assert pdf_text.is_rtl("مرحبا Helsinki") and not pdf_text.is_rtl("Helsinki مرحبا")


def test_wrapped_right_to_left_lines_fit_and_keep_reading_order():
    style = ParagraphStyle("t", fontName=pdf_text.register_fonts()[0], fontSize=8, leading=10)
    words = [f"كلمة{i}" for i in range(60)]
    flowable = pdf_text.paragraph(" ".join(words), style)
    assert isinstance(flowable, pdf_text.BidiParagraph)
    _width, height = flowable.wrap(150, 1000)
    assert height > 5 * style.leading  # wrapped, not one long line
    lines = pdf_text.wrap_shaped(pdf_text.shape(" ".join(words)), 150, style.fontName, 8)
    assert all(stringWidth(line, style.fontName, 8) <= 150 for line in lines)
    # The first line holds the first words: wrapped before reordering, not after.
    assert pdf_text.shape(words[0]) in lines[0] and pdf_text.shape(words[-1]) in lines[-1]


@pytest.mark.parametrize("words", [
    [f"كلمة{i}" for i in range(60)],  # right to left
    ["Tiedote", "käännettiin", "arabiaksi", "(مرحباً", "بكم)", "ja"] * 12,  # mixed
])
def test_a_right_to_left_paragraph_split_between_rows_adds_no_empty_line(words):
    # A paragraph with Arabic is drawn from its lines joined by <br/>: split after a line,
    # reportlab began the rest with that line's <br/>, an empty line (a full round's
    # summary showed a gap of lines inside a narrative that continued on the next row).
    style = ParagraphStyle("t", fontName=pdf_text.register_fonts()[0], fontSize=8, leading=10)
    flowable = pdf_text.paragraph(" ".join(words), style)
    _width, height = flowable.wrap(150, 1e9)
    lines = round(height / style.leading)
    assert lines > 3
    first, rest = flowable.split(150, 2 * style.leading + 0.5)
    assert first.wrap(150, 1e9)[1] == 2 * style.leading
    assert rest.wrap(150, 1e9)[1] == (lines - 2) * style.leading


@pytest.mark.parametrize("first", ["مرحبا بكم في هلسنكي.", "Terve kaikille."])
def test_a_paragraph_split_between_rows_or_pages_adds_no_blank_line(first):
    """A long text continues on the next table row or page: the parts together are as
    tall as the whole. A right-to-left paragraph, whose lines kotodesk breaks itself,
    began each continuation with an empty line (reportlab split at a <br/> keeps it)."""
    style = ParagraphStyle("t", fontName=pdf_text.register_fonts()[0], fontSize=7.5,
                           leading=9.3)
    text = first + " Kaupunginkanslian viestinnässä on alkanut monikielisen hanke." * 12
    whole = pdf_text.paragraph(text, style)
    height = whole.wrap(160, 1e9)[1]
    assert height > 10 * style.leading
    parts = whole.split(160, height / 2)
    assert len(parts) == 2
    assert sum(part.wrap(160, 1e9)[1] for part in parts) == pytest.approx(height)


@pytest.mark.parametrize("text", [
    "x" * 20_000,
    "ب" * 20_000,
    "sana " * 5_000,
    "\n" * 500,
    "",
    "😀🇫🇮 emoji ja 中文",
    "]]></para><para>&#0;&amp",
])
def test_odd_texts_lay_out_without_error(text):
    style = ParagraphStyle("t", fontName=pdf_text.register_fonts()[0], fontSize=8, leading=10,
                           splitLongWords=1)
    flowable = pdf_text.paragraph(text, style)
    assert isinstance(flowable, (Paragraph, pdf_text.BidiParagraph))
    SimpleDocTemplate(io.BytesIO()).build([flowable])


def test_has_rtl_finds_every_right_to_left_letter_and_no_other():
    """has_rtl's quick answer for text below U+0590 holds: no right-to-left letter is
    there; above it, each one is found wherever it stands in the text."""
    import sys
    import unicodedata

    rtl = [chr(c) for c in range(sys.maxunicode + 1)
           if unicodedata.bidirectional(chr(c)) in ("R", "AL")]
    assert min(rtl) >= pdf_text._FIRST_RTL
    assert all(pdf_text.has_rtl(f"Tila: {c} ok") for c in rtl)
    assert not pdf_text.has_rtl("".join(chr(c) for c in range(0x590)))
    assert not pdf_text.has_rtl("Привет ‐ € 😀 中文") and not pdf_text.has_rtl("")


_TEXTS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60) | st.lists(
    st.sampled_from(["&", "&amp;", "<", ">", '"', "'", "  ", "\u00a0", "\t", "-&gt;", "R&D",
                     "sote-palvelut", "ääkkönen", " ", "x", "&#0;", "]]>"]),
    max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_a_plain_paragraph_is_the_run_reportlabs_parser_makes(text):
    """_paragraph makes a plain paragraph's run without reportlab's markup parser: the
    same run, text and style as parsing the markup and joining its runs gives, so the
    page is the same (issue 16)."""
    from kotodesk.documents.pdf.pages import styles

    body = styles()["body"]
    style = pdf_text._hyphenated(body)
    markup = pdf_text.escape(pdf_text.clean(text).replace("\n", " "))
    assume("<" not in markup)  # an emoji's font change: parsed as markup anyway
    made = pdf_text._paragraph(markup, body)
    parsed = Paragraph(markup, style)
    looks = [{k: v for k, v in vars(f).items() if k != "text"} for f in parsed.frags]
    assert all(look == looks[0] for look in looks)  # one run, cut only at the escapes
    if len(parsed.frags) > 1:
        parsed.frags = [parsed.frags[0].clone(text="".join(f.text for f in parsed.frags))]
    assert made.style is style and made.text == parsed.text
    assert [vars(f) for f in made.frags] == [vars(f) for f in parsed.frags]


_PLAIN: dict = {}  # reportlab's own TTFont of each of kotodesk's fonts


def _plain_font(name: str):
    from reportlab.pdfbase.ttfonts import TTFont

    found = _PLAIN.get(name)
    if found is None:
        filename = pdf_text.FONT_FILES[name]
        found = _PLAIN[name] = TTFont(f"plain-{name}",
                                      str(resources.path("fonts", *filename.split("/"))))
    return found


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.sampled_from([7, 7.5, 9, 11, 15]),
       st.sampled_from([pdf_text.FONT, pdf_text.FONT_BOLD, pdf_text.FONT_EMOJI]))
def test_a_remembered_width_is_the_width_reportlab_measures(text, size, name):
    """kotodesk's fonts keep each width they measured (issue 16): asked twice, and asked
    of reportlab's own TTFont on the same file, the answer is the same."""
    pdf_text.register_fonts()
    plain = _plain_font(name)
    first = stringWidth(text, name, size)
    assert first == stringWidth(text, name, size) == plain.stringWidth(text, size)


def test_the_remembered_widths_are_bounded(monkeypatch):
    monkeypatch.setattr(pdf_text, "WIDTHS_KEPT", 100)
    pdf_text.register_fonts()
    font = getFont(pdf_text.FONT)
    for n in range(1000):
        assert stringWidth(f"sana{n}", pdf_text.FONT, 9) == \
            _plain_font(pdf_text.FONT).stringWidth(f"sana{n}", 9)
        assert len(font._widths) <= 100


@settings(max_examples=400, deadline=None)
@given(_TEXTS, _TEXTS, st.sampled_from(["#ffffff", "#1a1a1a", "#b71c1c"]),
       st.sampled_from(["body", "head", "muted"]))
def test_a_laid_out_shape_has_the_runs_reportlabs_parser_makes(first, second, colour, name):
    """laid_out copies the runs of a shape parsed once (a bold number before a text, a
    coloured bold label, a plain header) instead of parsing each paragraph: the runs, text
    and style are those the parser makes of the same markup (issue 16)."""
    from kotodesk.documents.pdf.pages import styles

    style = styles()[name]
    lead, rest = pdf_text.escape(first), pdf_text.markup(second.replace("\n", " "))
    for markup in (f"<b>{lead}</b> {rest}", f'<font color="{colour}"><b>{lead}</b></font>',
                   lead, f"<b>{lead}</b>{rest}"):
        made, parsed = pdf_text.laid_out(markup, style), Paragraph(markup, style)
        assert made.style is style and made.text == parsed.text
        assert [vars(f) for f in made.frags] == [vars(f) for f in parsed.frags], markup


def test_a_shape_is_parsed_once_for_a_returns_measures():
    """Fifty measures' bold numbers and texts are one shape: parsed once, each paragraph's
    runs copied from it, each the parser's own."""
    from reportlab.lib.styles import ParagraphStyle

    from kotodesk.documents.pdf.pages import styles

    style = ParagraphStyle("fresh", parent=styles()["body"])
    for n in range(50):
        markup = (f"<b>{n // 4 + 1}.{n % 4 + 1}</b> Kehitetään kotoutumisen palveluja "
                  f"yhdessä toimialojen kanssa ({n}). ")
        made = pdf_text.laid_out(markup, style)
        assert [vars(f) for f in made.frags] == \
            [vars(f) for f in Paragraph(markup, style).frags]
    assert list(vars(style)["_kotodesk_shapes"]) == ["<b>x</b>x"]


def test_a_long_narrative_fills_each_table_row_without_a_gap_inside_a_sentence():
    """A narrative continued over table rows: each row but the last holds as many lines as
    its room (or one more). A paragraph one line taller than the room was split before
    its widow, leaving a line's room empty inside a sentence (a full round's meeting
    summary: '... Työ on aloitettu', a gap, 'tiedonkeruulla ...')."""
    from kotodesk.documents.pdf.pages import _height, chunked, styles

    style = styles()["body"]
    sentence = ("Kaupunginkanslian viestinnässä on alkanut monikielisen kotoutumista "
                "edistävän viestinnän kehittämishanke, johon toimialat osallistuvat.")
    words = sentence.split(" ")
    room = 3 * style.leading + 0.5
    seen = set()
    for count in range(8, 160, 3):
        text = " ".join(words[i % len(words)] for i in range(count))
        rows = chunked([pdf_text.paragraph(text, style)], 200, room)
        used = [sum(_height(f, 200) for f in row) for row in rows]
        seen.add(round(used[0] / style.leading))
        assert all(room - style.leading < u <= room + style.leading for u in used[:-1]), \
            (count, [round(u / style.leading, 1) for u in used])
    assert 4 in seen  # a row that grew by the widow's line was met
