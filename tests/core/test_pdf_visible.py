"""A signed PDF whose pages, drawn by its signer, say something else than its sealed
content is modified (issue 11, "What is wrong today", bullet 7); a genuine return with the
city's real narratives passes, and a merge takes in the genuine one only."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from pypdf.generic import DecodedStreamObject, NameObject

from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import report, verify
from kotodesk.documents.pdf_visible import words
from kotodesk.documents.return_pdf import return_pages
from kotodesk.signing import keys
from kotodesk.signing import sealing as signing
from kotodesk.signing.pades import SEALED_NAME, sign_pdf
from tests.pdf_support import closed_round_payload, signed_pdf
from tests.support import coordinator_ready, make_identity


@pytest.fixture(scope="module")
def identity():
    return make_identity("Kaisa Kasko", unit="Kasvatuksen ja koulutuksen toimiala")


@pytest.fixture(scope="module")
def payload(tmp_path_factory, identity):
    ws = Workspace.open(tmp_path_factory.mktemp("unit") / "home")
    try:
        return closed_round_payload(ws, identity)
    finally:
        ws.close()


def drawn_by_signer(payload: dict, identity, edit) -> bytes:
    """Pages rendered from an edited copy of the payload, sealed with the real one and
    signed by the same key: everything cryptographic holds."""
    forged = copy.deepcopy(payload)
    edit(forged)
    built = return_pages(report.from_payload(forged),
                         fingerprint=keys.fingerprint(identity.certificate))
    return sign_pdf(built.data, identity, place=built.signature,
                    attachments={SEALED_NAME: signing.seal(payload, identity).encode()})


def first_entry(payload: dict) -> dict:
    """The first entry with a narrative (the city's own text)."""
    return next(m["entry"] for t in payload["themes"] for m in t["measures"]
                if m["entry"]["narrative"])


def test_words_ignore_line_breaks_and_hyphenation_but_not_changed_words():
    assert words("sote-\npalveluja  ja\nmuuta") == words("sote-palveluja ja muuta")
    assert words("kotoutu\u00admisen") == words("kotoutumisen")
    assert words("Toteutunut") != words("Ei toteutunut")


def test_the_genuine_return_passes(payload, identity, tmp_path):
    path = tmp_path / "palautus.pdf"
    path.write_bytes(signed_pdf(payload, identity))
    result = verify.verify_file(path, {identity.info.fingerprint})
    assert result.status == verify.VALID, result.message


@pytest.mark.parametrize("what, edit, shown", [
    ("a status", lambda p: first_entry(p).update(status="green"), "Käynnistynyt"),
    ("a word of a narrative",
     lambda p: first_entry(p).update(narrative=first_entry(p)["narrative"].replace(
         " ", " ei ", 1)), "ei"),
    ("the unit", lambda p: p["unit"].update(name="Kulttuurin ja vapaa-ajan toimiala"),
     "Kulttuurin"),
])
def test_pages_that_say_something_else_are_modified(payload, identity, tmp_path, what, edit,
                                                    shown):
    path = tmp_path / "piirretty.pdf"
    path.write_bytes(drawn_by_signer(payload, identity, edit))
    result = verify.verify_file(path, {identity.info.fingerprint})
    assert result.status == verify.MODIFIED, (what, result.message)
    assert result.message.startswith("signed, but its pages do not say what its signed "
                                     "content says: its pages say “"), result.message
    assert shown in result.message.split("where")[0], result.message
    # The payload names this kotodesk's drawing (report.PAGES), so it is not another
    # version's: tests/core/test_pages_version.py covers a PDF that names another.
    assert "drawn as this kotodesk draws" in result.message, result.message


def test_a_merge_takes_in_the_genuine_pdf_only(payload, identity, tmp_path, home, cli,
                                               monkeypatch):
    # The closed round's return, taken in by a coordinator whose open round it is not:
    # so the merge is checked on what verification says, as the refusal reason.
    folder = tmp_path / "saapuneet"
    folder.mkdir()
    (folder / "piirretty.pdf").write_bytes(drawn_by_signer(
        payload, identity, lambda p: first_entry(p).update(status="green")))
    coordinator_ready(home, monkeypatch, identity)
    result = cli("merge", folder, "--xlsx", tmp_path / "koottu.xlsx", "--json")
    assert result.code == 1, result.err
    rejected = result.json()["rejected"]
    assert [Path(r["file"]).name for r in rejected] == ["piirretty.pdf"]
    assert rejected[0]["status"] == verify.MODIFIED
    assert "do not say what its signed content says" in rejected[0]["reason"]


def _readers(payload, identity, change=None):
    """The signed return and the pages rendered again from its payload (pypdf readers);
    `change(writer)` edits a copy of the rendered pages first, written anew by pypdf."""
    import io

    from pypdf import PdfReader, PdfWriter

    rendered = return_pages(report.from_payload(payload),
                            fingerprint=keys.fingerprint(identity.certificate)).data
    if change is not None:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(rendered)))
        change(writer)
        buffer = io.BytesIO()
        writer.write(buffer)
        rendered = buffer.getvalue()
    return (PdfReader(io.BytesIO(signed_pdf(payload, identity))),
            PdfReader(io.BytesIO(rendered)))


def _font(writer):
    return next(iter(writer.pages[0]["/Resources"]["/Font"].values())).get_object()


def _stream(data: bytes) -> DecodedStreamObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return stream


def _one_letter(writer) -> None:
    page = writer.pages[-1]
    data = page.get_contents().get_data()
    at = data.index(b") Tj")
    page.replace_contents(_stream(data[:at - 1] + b"x" + data[at:]))


def _glyph_map(writer) -> None:
    _font(writer)[NameObject("/ToUnicode")] = writer._add_object(_stream(b"x"))


def _crop_box_from_the_tree(writer) -> None:
    pages = writer._root_object["/Pages"].get_object()
    pages[NameObject("/CropBox")] = writer.pages[0].mediabox


def test_a_genuine_returns_pages_are_the_renderers_own_objects(payload, identity):
    from kotodesk.documents.pdf_visible import same_pages

    # so verification skips extracting the words of a genuine file (issue 16)
    assert same_pages(*_readers(payload, identity))
    # written anew by another program, object numbers and compression differ: the same
    assert same_pages(*_readers(payload, identity, lambda w: w.compress_identical_objects()))


def test_a_return_written_with_ascii85_streams_is_the_renderers_own(payload, identity,
                                                                     monkeypatch):
    """kotodesk wrote its page streams ASCII85-encoded until issue 16's last step: such a
    return, and the pages rendered now without that encoding, are still the same pages."""
    import io
    import types

    from pypdf import PdfReader
    from reportlab import rl_config

    from kotodesk.documents.pdf import pages
    from kotodesk.documents.pdf_visible import same_pages

    shown = PdfReader(io.BytesIO(signed_pdf(payload, identity)))
    monkeypatch.setattr(rl_config, "useA85", 1)
    monkeypatch.setattr(pages, "rl_config", types.SimpleNamespace())  # build's setting
    earlier = return_pages(report.from_payload(payload),
                           fingerprint=keys.fingerprint(identity.certificate)).data
    assert b"/ASCII85Decode" in earlier and b"/ASCII85Decode" not in shown.stream.getvalue()
    assert same_pages(shown, PdfReader(io.BytesIO(earlier)))


@pytest.mark.parametrize("what, change", [
    ("one letter of the last page's text", _one_letter),
    ("the font's glyph-to-text map", _glyph_map),
    ("a crop box inherited from the page tree", _crop_box_from_the_tree),
    ("a page fewer", lambda writer: writer.remove_page(len(writer.pages) - 1)),
])
def test_pages_that_are_not_the_renderers_own_go_to_the_word_comparison(
        payload, identity, what, change):
    from kotodesk.documents.pdf_visible import same_pages

    assert not same_pages(*_readers(payload, identity, change)), what
