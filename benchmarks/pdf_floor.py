"""The floor a kotodesk PDF is measured against, in the same run: reportlab laying out
plain tables on the same pages, plus one pyHanko signature of a one-page PDF.

The floor is reportlab as it ships: the same font files, but registered as reportlab's
own TTFont (kotodesk's fonts remember their word widths), and its page streams encoded
as reportlab's defaults say (kotodesk turns the ASCII85 encoding off in pages.build). The
signature is pyHanko's as its documentation shows it (`signers.sign_pdf`), which sizes the
signature's space by a dry run each time (kotodesk keeps the size per signer). So what
kotodesk tunes in reportlab and pyHanko counts for kotodesk, not for its floor too."""

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


def bare_signature(identity) -> Callable[[], bytes]:
    """pyHanko's plain invisible signature of a one-page PDF by `identity`'s key, of the
    kind kotodesk makes (PAdES, SHA-256)."""
    from asn1crypto import keys as asn1_keys
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    from kotodesk.signing.pades import asn1_certificate

    trivial = trivial_pdf()
    signer = signers.SimpleSigner(
        signing_cert=asn1_certificate(identity.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(identity.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())),
        cert_registry=None)
    meta = signers.PdfSignatureMetadata(field_name="Signature1", md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES)

    def sign() -> bytes:
        writer = IncrementalPdfFileWriter(io.BytesIO(trivial))
        return signers.sign_pdf(writer, meta, signer=signer).getvalue()
    return sign


def against_floor(name: str, build_and_sign: Callable[[], bytes],
                  bare_pages: Callable[[], bytes], identity, benchmark, ratio) -> None:
    """Record `build_and_sign` against `bare_pages` plus one signature."""
    sign = bare_signature(identity)
    build_and_sign()  # warm up: fonts parsed, pyHanko imported
    sign()
    bare = median_time(bare_pages, repeat=7)
    signature = median_time(sign, repeat=7)
    benchmark.pedantic(build_and_sign, rounds=7, iterations=1)
    ratio(name, benchmark.stats.stats.median, FLOOR, bare + signature)
