"""The floor a kotodesk PDF is measured against, in the same run: reportlab laying out
plain tables on the same pages, plus one pyHanko signature of a one-page PDF."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks.conftest import median_time
from kotodesk.documents.pdf.pages import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE
from kotodesk.signing.pades import sign_pdf

FLOOR = "bare reportlab + one pyHanko signature"


def bare_build(story: list) -> bytes:
    """`story` on kotodesk's page, without header, footer or anything else."""
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
