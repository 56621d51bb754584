"""The floor a kotodesk PDF is measured against, in the same run: reportlab laying out
plain tables on the same pages, plus one pyHanko signature of a one-page PDF.

The floor is reportlab as it ships: the same font files, but registered as reportlab's
own TTFont (kotodesk's fonts remember their word widths), and its page streams encoded
as reportlab's defaults say (kotodesk turns the ASCII85 encoding off in pages.build). So
what kotodesk tunes in reportlab counts for kotodesk, not for its floor too."""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import cache

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks.conftest import median_time
from kotodesk.documents.pdf.pages import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE, styles
from kotodesk.documents.pdf.text import FONT, FONT_FILES
from kotodesk.signing.pades import sign_pdf
from kotodesk.system import resources

FLOOR = "bare reportlab + one pyHanko signature"


@cache
def bare_style() -> ParagraphStyle:
    """kotodesk's body style (font, size, leading) on the same font as reportlab's plain
    TTFont."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # Not registerFont: reportlab gives a second font of the same face (DejaVu Sans) the
    # object registered first under the new name, which would be kotodesk's own.
    font = TTFont("FloorSans", str(resources.path("fonts", FONT_FILES[FONT])))
    pdfmetrics._fonts[font.fontName] = font
    for bold, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):  # as registerFont maps it
        addMapping(font.fontName, bold, italic, font.fontName)
    assert type(pdfmetrics.getFont("FloorSans")) is TTFont
    return ParagraphStyle("floor", parent=styles()["body"], fontName="FloorSans")


def bare_build(story: list) -> bytes:
    """`story` on kotodesk's page, without header, footer or anything else."""
    rl_config.useA85 = 1  # reportlab's default, which kotodesk's own build turns off
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                      topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM).build(story)
    return buffer.getvalue()


def trivial_pdf() -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph("x")])
    return buffer.getvalue()


def against_floor(name: str, build_and_sign: Callable[[], bytes],
                  bare_pages: Callable[[], bytes], identity, benchmark, ratio) -> None:
    """Record `build_and_sign` against `bare_pages` plus one signature."""
    trivial = trivial_pdf()
    build_and_sign()  # warm up: fonts parsed, pyHanko imported
    sign_pdf(trivial, identity, place=None)
    bare = median_time(bare_pages, repeat=7)
    signature = median_time(lambda: sign_pdf(trivial, identity, place=None), repeat=7)
    benchmark.pedantic(build_and_sign, rounds=7, iterations=1)
    ratio(name, benchmark.stats.stats.median, FLOOR, bare + signature)
