"""Verification of PDFs that are not what they claim: a message, never a traceback or hang."""

from __future__ import annotations

import random
import zlib

import pytest

from kotodesk.datafolder.workspace import Workspace
from kotodesk.signing.pades import MODIFIED, NOT_KOTODESK, SEALED_NAME, UNREADABLE, verify_pdf
from tests.pdf_support import closed_round_payload, signed_pdf
from tests.support import make_identity


@pytest.fixture(scope="module")
def identity():
    return make_identity()


@pytest.fixture(scope="module")
def pdf(tmp_path_factory, identity) -> bytes:
    workspace = Workspace.open(tmp_path_factory.mktemp("home"))
    try:
        return signed_pdf(closed_round_payload(workspace, identity), identity)
    finally:
        workspace.close()


def minimal_pdf(objects: list[bytes], *, trailer_extra: bytes = b"",
                prev: int | None = None) -> bytes:
    """A PDF of numbered `objects` (1 is the catalogue) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    prev_entry = b" /Prev %d" % (xref if prev == -1 else prev) if prev is not None else b""
    out += (b"trailer\n<< /Size %d /Root 1 0 R%s%s >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, prev_entry, trailer_extra, xref))
    return bytes(out)


PAGES = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"]


def _with_sealed(stream: bytes, filters: bytes = b"") -> bytes:
    catalogue = (b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names "
                 b"[(" + SEALED_NAME.encode() + b") 4 0 R] >> >> >>")
    return minimal_pdf([catalogue, *PAGES[1:],
                        b"<< /Type /Filespec /F (x) /EF << /F 5 0 R >> >>",
                        b"<< /Length %d%s >>\nstream\n" % (len(stream), filters) + stream
                        + b"\nendstream"])


def test_a_plain_pdf_is_not_kotodesk_and_the_builder_works():
    result = verify_pdf(minimal_pdf(PAGES), [])
    assert result.status == NOT_KOTODESK, result.message


@pytest.mark.parametrize("data", [
    b"",
    b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 200,  # an .xlsx
    "Tämä ei ole PDF".encode(),
    b"\x00" * 5000,
], ids=["empty", "xlsx", "text", "zeros"])
def test_a_file_that_is_not_a_pdf_is_unreadable(data):
    result = verify_pdf(data, [])
    assert result.status == UNREADABLE
    assert "not a PDF" in result.message


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.999])
def test_a_truncated_pdf_is_unreadable_or_modified_never_valid(pdf, identity, fraction):
    result = verify_pdf(pdf[:int(len(pdf) * fraction)], [identity.certificate])
    if fraction < 0.95:
        assert result.status == UNREADABLE, result.message
        assert "damaged PDF" in result.message
    else:  # cut inside the last lines: the signature no longer covers what is there
        assert result.status in (UNREADABLE, MODIFIED), result.message


def test_random_bytes_after_a_pdf_header_are_unreadable():
    noise = random.Random(4).randbytes(20_000)
    result = verify_pdf(b"%PDF-1.7\n" + noise, [])
    assert result.status == UNREADABLE and result.message


def test_an_xref_chain_that_loops_is_unreadable_not_a_hang():
    result = verify_pdf(minimal_pdf(PAGES, prev=-1), [])
    assert result.status in (UNREADABLE, NOT_KOTODESK), result.message


def test_deeply_nested_arrays_are_unreadable_not_a_crash():
    deep = b"[" * 200_000 + b"]" * 200_000
    result = verify_pdf(minimal_pdf([PAGES[0], PAGES[1], b"<< /Type /Page /X " + deep
                                     + b" >>"]), [])
    assert result.status in (UNREADABLE, NOT_KOTODESK), result.message


def test_an_embedded_file_tree_that_loops_is_unreadable_not_a_hang():
    catalogue = b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>"
    looping = b"<< /Kids [4 0 R 4 0 R] >>"
    result = verify_pdf(minimal_pdf([catalogue, *PAGES[1:], looping]), [])
    assert result.status == UNREADABLE
    assert "nested too deeply" in result.message


def test_a_sealed_attachment_that_is_a_decompression_bomb_is_unreadable():
    bomb = zlib.compress(b"\0" * (80 * 2**20), 9)  # 80 MiB of zeros in ~80 KB
    result = verify_pdf(_with_sealed(bomb, b" /Filter /FlateDecode"), [])
    assert result.status == UNREADABLE, result.message


def test_a_sealed_attachment_that_is_not_a_seal_is_modified():
    result = verify_pdf(_with_sealed(b"not base64 at all!"), [])
    assert result.status == MODIFIED
    assert "damaged" in result.message


def test_a_signature_whose_contents_are_garbage_is_modified_or_unreadable():
    catalogue = (b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>")
    field = (b"<< /FT /Sig /T (s) /V << /Type /Sig /Filter /Adobe.PPKLite /SubFilter "
             b"/ETSI.CAdES.detached /ByteRange [0 10 20 30] /Contents <deadbeef> >> >>")
    result = verify_pdf(minimal_pdf([catalogue, *PAGES[1:], field]), [])
    assert result.status in (UNREADABLE, NOT_KOTODESK, MODIFIED), result.message
