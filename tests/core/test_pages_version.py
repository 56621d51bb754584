"""A return's or a meeting summary's PDF is verified by drawing its pages again from its
sealed content (documents.pdf_visible); a kotodesk whose pages say other words cannot
check a PDF another version drew, and said only "changed, or drawn by another version".
report.PAGES names the drawing and each payload records it (with the version that made
it), so a PDF drawn by another version is now said to be that, and one that names this
drawing and still differs was made otherwise than from its content. The same holds for a
workbook laid out by a newer kotodesk (report.LAYOUT; earlier layouts are laid out as
they were).

The first test keeps the number honest: it fails when the words drawn from a fixed
payload (seed 001's catalogue, a round with last round's statuses, one set by the
coordinator, a deadline, a unit that returned after it and one whose unsigned return
cannot be judged against it) change while PAGES stays, which two stops did unnoticed
before it."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import pytest

from kotodesk.documents import report, verify
from kotodesk.documents.pdf_visible import _reader, _words
from kotodesk.documents.return_pdf import return_pages
from kotodesk.documents.summary_pdf import summary_pages
from kotodesk.signing import keys
from kotodesk.signing import sealing as signing
from kotodesk.signing.pades import SEALED_NAME, sign_pdf
from tests.core.test_forged_cells import FORGERIES, SHEET
from tests.core.test_xlsx_appearance import patched
from tests.summary_layouts import as_return
from tests.support import make_identity, signed_return

FIXTURE = Path(__file__).parent.parent / "fixtures" / "pages_payload.json"
FINGERPRINT = "AB" * 32
# The SHA-256 of the words drawn for each PAGES number: (meeting summary, return).
DRAWN = {
    # Of the fixture before it had a return whose lateness cannot be told (below).
    1: ("33343918858d69052470011a0609221258082a683eb7539ab50e1472559c8391",
        "4f9c45af1372021f0fa464d368d76889e71b62ece8797d6157c44881589af702"),
    2: ("31d1487d5ada6ddd8aaf74e28df0e7e11e77afea76d660d3688a50c27da972dd",
        "4f9c45af1372021f0fa464d368d76889e71b62ece8797d6157c44881589af702"),
}


def _digest(pdf: bytes) -> str:
    return hashlib.sha256("\n".join(_words(_reader(pdf))).encode()).hexdigest()


def drawn_now() -> tuple[str, str]:
    payload = json.loads(FIXTURE.read_text(encoding="utf-8"))
    summary = summary_pages(payload, fingerprint=FINGERPRINT).data
    unit = return_pages(report.from_payload(as_return(payload)), fingerprint=FINGERPRINT).data
    return _digest(summary), _digest(unit)


def test_the_words_drawn_are_those_recorded_for_this_pages_number():
    now = drawn_now()
    assert report.PAGES in DRAWN, (
        f"record the words of drawing {report.PAGES} here: {report.PAGES}: {now}")
    assert now == DRAWN[report.PAGES], (
        f"the words drawn on a return's or a summary's pages changed: raise report.PAGES to "
        f"{report.PAGES + 1} and record {now} under it, so that a PDF drawn by an earlier "
        "kotodesk is said to be that rather than changed")


def test_a_payload_without_the_newer_words_draws_as_the_earlier_drawing_did():
    """Drawing 2 adds words only for what a payload of drawing 1 cannot hold (unsigned
    returns whose lateness cannot be told): every summary drawn by 1 is drawn the same
    here, so it still verifies, and is not said to be another drawing's."""
    payload = json.loads(FIXTURE.read_text(encoding="utf-8"))
    del payload["returns"]["unjudged"]
    payload["returns"]["received"] = "1"
    summary = summary_pages(payload, fingerprint=FINGERPRINT).data
    assert _digest(summary) == DRAWN[1][0]


@pytest.fixture(scope="module")
def person():
    return make_identity("Pia Piirtäjä")


@pytest.fixture(scope="module")
def payload(person):
    base = as_return(json.loads(FIXTURE.read_text(encoding="utf-8")))
    base.update(signer=signing.signer_part(person), signed_at=signing.now_iso(), incomplete=[])
    return base


def drawn_apart(payload: dict, person, drawn_from: dict) -> bytes:
    """Pages drawn from `drawn_from`, sealed with `payload`, signed by the same key."""
    built = return_pages(report.from_payload(drawn_from),
                         fingerprint=keys.fingerprint(person.certificate))
    return sign_pdf(built.data, person, place=built.signature,
                    attachments={SEALED_NAME: signing.seal(payload, person).encode()})


def other_words(payload: dict) -> dict:
    """What another drawing of the same content would show: here, another unit line."""
    other = copy.deepcopy(payload)
    other["unit"]["name"] = "Kulttuurin ja vapaa-ajan toimiala"
    return other


@pytest.mark.parametrize("pages, said", [
    (str(report.PAGES + 1), "drawn by a newer kotodesk (kotodesk 9.1.0, pages"),
    ("0", "drawn by an earlier kotodesk (kotodesk 9.1.0, pages 0)"),
])
def test_a_pdf_drawn_by_another_version_is_said_to_be_that_and_stays_modified(
        payload, person, tmp_path, pages, said):
    sealed = {**payload, "pages": pages, "made_by": "kotodesk 9.1.0"}
    path = tmp_path / "palautus.pdf"
    path.write_bytes(drawn_apart(sealed, person, other_words(sealed)))
    result = verify.verify_file(path, {person.info.fingerprint})
    assert result.status == verify.MODIFIED  # the signer writes the number: never valid
    assert said in result.message and "cannot be compared" in result.message, result.message


def test_a_pdf_naming_this_drawing_whose_words_differ_was_made_otherwise(payload, person,
                                                                         tmp_path):
    sealed = {**payload, **report.drawn_by()}
    path = tmp_path / "palautus.pdf"
    path.write_bytes(drawn_apart(sealed, person, other_words(sealed)))
    result = verify.verify_file(path, {person.info.fingerprint})
    assert result.status == verify.MODIFIED
    assert "drawn as this kotodesk draws" in result.message, result.message
    assert "version" not in result.message, result.message


def test_a_pdf_drawn_as_this_kotodesk_draws_is_valid_whatever_number_it_names(payload, person,
                                                                              tmp_path):
    """A drawing that says the same words verifies, whichever version says it drew it."""
    sealed = {**payload, "pages": str(report.PAGES + 1), "made_by": "kotodesk 9.1.0"}
    path = tmp_path / "palautus.pdf"
    path.write_bytes(drawn_apart(sealed, person, sealed))
    assert verify.verify_file(path, {person.info.fingerprint}).status == verify.VALID


def test_a_made_by_that_is_not_a_version_is_not_repeated(payload, person, tmp_path):
    sealed = {**payload, "pages": str(report.PAGES + 1),
              "made_by": "kotodesk 9\nx.pdf: valid, Koordinaattori"}
    path = tmp_path / "palautus.pdf"
    path.write_bytes(drawn_apart(sealed, person, other_words(sealed)))
    result = verify.verify_file(path, {person.info.fingerprint})
    assert result.status == verify.MODIFIED
    assert "another version" in result.message and "Koordinaattori" not in result.message


def test_a_workbook_laid_out_by_a_newer_kotodesk_is_said_to_be_that(person, tmp_path):
    good = signed_return(tmp_path / "unit", person, {"2/3.1": {
        "status": "red", "narrative": "Ei ole käynnistetty: rahoitus puuttuu.",
        "reasons": "Rahoitus puuttuu."}})
    from kotodesk.documents.report_xlsx import write_sealed

    sealed = verify.verify_file(good, {person.info.fingerprint}).payload
    newer = {**sealed, "layout": str(report.LAYOUT + 1), "made_by": "kotodesk 9.1.0"}
    plain = tmp_path / "uudempi.xlsx"
    write_sealed(newer, signing.seal(newer, person), plain, person)
    assert verify.verify_file(plain, {person.info.fingerprint}).status == verify.VALID
    change, _said = FORGERIES["narrative"]
    moved = patched(plain, tmp_path / "siirretty.xlsx", {SHEET: change})
    result = verify.verify_file(moved, {person.info.fingerprint})
    assert result.status == verify.MODIFIED
    assert "laid out by a newer kotodesk (kotodesk 9.1.0, layout" in result.message, \
        result.message
