"""The signed PDF return: real reportlab, real pyHanko, checked with poppler's tools."""

from __future__ import annotations

import io
import subprocess
import unicodedata

import pytest

from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import report
from kotodesk.documents.pdf_verify import verify_pdf
from kotodesk.documents.return_pdf import return_pages, write_return_pdf
from kotodesk.signing import sealing as signing
from kotodesk.signing.pades import FIELD_NAME, SEALED_NAME, sign_pdf
from kotodesk.signing.verdict import MODIFIED, NOT_KOTODESK, UNKNOWN_SIGNER, UNSIGNED, VALID
from tests.pdf_support import (
    ARABIC,
    ARABIC_LONG,
    CYRILLIC,
    FINNISH,
    closed_round_payload,
    open_round_payload,
    page_count,
    pdftotext,
    signature_gap,
    signed_pdf,
    tool,
)
from tests.support import make_identity


@pytest.fixture(scope="module")
def identity():
    return make_identity()


@pytest.fixture(scope="module")
def shared_workspace(tmp_path_factory):
    ws = Workspace.open(tmp_path_factory.mktemp("home"))
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def payload(shared_workspace, identity):
    return closed_round_payload(shared_workspace, identity)


@pytest.fixture(scope="module")
def pdf(payload, identity) -> bytes:
    return signed_pdf(payload, identity)


# -- export, then verify ------------------------------------------------------------------


def test_export_then_verify_is_valid(pdf, payload, identity, tmp_path):
    target = tmp_path / "palautus.pdf"
    write_return_pdf(payload, signing.seal(payload, identity), identity, target)
    result = verify_pdf(target.read_bytes(), [identity.certificate])
    assert result.status == VALID, result.message
    assert result.intact and result.valid and result.trusted
    assert result.covers_entire_file and not result.modified_after_signing
    assert result.signer == identity.certificate
    assert result.fingerprint == identity.info.fingerprint
    assert result.signed_at is not None
    assert result.payload == payload  # the machine-readable return comes back whole
    assert result.opened.signature_valid
    assert not list(tmp_path.glob("*.part"))  # the temporary file is gone


def test_pdfsig_says_the_fresh_signature_is_valid_and_covers_the_document(pdf, tmp_path):
    path = tmp_path / "palautus.pdf"
    path.write_bytes(pdf)
    done = subprocess.run([tool("pdfsig"), str(path)], capture_output=True, text=True,
                          timeout=60)
    assert "Signature is Valid." in done.stdout, done.stdout + done.stderr
    assert "Total document signed" in done.stdout
    assert "Signer Certificate Common Name: Anna Testaaja" in done.stdout
    assert "ETSI.CAdES.detached" in done.stdout  # PAdES, not the legacy PKCS#7 kind
    assert f"Signature Field Name: {FIELD_NAME}" in done.stdout


def test_a_signers_second_pdf_reuses_the_space_its_first_signature_was_given(
        payload, identity, tmp_path):
    """pyHanko sizes a signature's space by signing once more in a dry run; sign_pdf keeps
    the size per signer. The second PDF of a signer gets the same space without the dry
    run and is valid to an independent reader; a kept size that does not fit is sized
    anew, not a failed export."""
    from kotodesk.signing import pades

    signer_key = (identity.info.fingerprint,)
    pades._RESERVED.pop(signer_key, None)
    first = signed_pdf(payload, identity)
    kept = pades._RESERVED[signer_key]
    second = signed_pdf(payload, identity)
    for data in (first, second):
        start, end = signature_gap(data)
        assert end - start - 2 == kept  # the hex digits between < and >
    pades._RESERVED[signer_key] = 64  # far too small for any signature
    third = signed_pdf(payload, identity)
    assert abs(pades._RESERVED[signer_key] - kept) < 100  # sized anew (an ECDSA signature
    # varies by a byte or two)
    for name, data in (("second.pdf", second), ("third.pdf", third)):
        assert verify_pdf(data, [identity.certificate]).status == VALID
        path = tmp_path / name
        path.write_bytes(data)
        done = subprocess.run([tool("pdfsig"), str(path)], capture_output=True, text=True,
                              timeout=60)
        assert "Signature is Valid." in done.stdout, done.stdout + done.stderr


def test_a_key_not_on_the_trust_list_is_an_unknown_signer(pdf):
    stranger = make_identity("Outo Allekirjoittaja")
    for trusted in ([], [stranger.certificate]):
        result = verify_pdf(pdf, trusted)
        assert result.status == UNKNOWN_SIGNER, result.message
        assert result.intact and result.valid and not result.trusted
        assert "not on the trust list" in result.message


# -- changed after signing ------------------------------------------------------------------


@pytest.mark.parametrize("where", [0.02, 0.25, 0.5, 0.75, 0.98, "gap-der", "gap-padding"])
def test_a_flipped_byte_anywhere_is_not_valid(pdf, identity, where):
    gap_start, gap_end = signature_gap(pdf)
    if where == "gap-der":
        position = gap_start + 40  # inside the CMS signature itself
    elif where == "gap-padding":
        position = gap_end - 20  # in the zero padding after the CMS, unsigned by design
    else:
        position = int(len(pdf) * where)
        if gap_start <= position < gap_end:
            position = gap_start - 10
    changed = bytearray(pdf)
    changed[position] ^= 0x01
    result = verify_pdf(bytes(changed), [identity.certificate])
    assert result.status != VALID
    if isinstance(where, str):
        # pyHanko alone accepts a changed padding byte; kotodesk checks the gap too.
        assert result.status == MODIFIED, result.message
    else:
        assert result.status in (MODIFIED, "unreadable"), result.message


def test_a_revision_added_after_signing_is_modified(pdf, identity, tmp_path):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    info = writer.trailer["/Info"]
    info[generic.pdf_name("/Title")] = generic.pdf_string("Muutettu jälkikäteen")
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    changed = out.getvalue()
    assert changed.startswith(pdf)  # an incremental update: the signed bytes are intact
    result = verify_pdf(changed, [identity.certificate])
    assert result.status == MODIFIED, result.message
    assert "revision was added" in result.message
    assert result.intact and result.valid  # what pyHanko alone would accept
    assert result.modified_after_signing and not result.covers_entire_file
    path = tmp_path / "muutettu.pdf"
    path.write_bytes(changed)
    done = subprocess.run([tool("pdfsig"), str(path)], capture_output=True, text=True,
                          timeout=60)
    assert "Not total document signed" in done.stdout


def test_bytes_appended_after_the_signature_are_modified(pdf, identity):
    for tail in (b"\n", b"%%EOF\n", b"\n1 0 obj\n(lis\xe4ys)\nendobj\n"):
        result = verify_pdf(pdf + tail, [identity.certificate])
        assert result.status == MODIFIED, (tail, result.message)
        assert result.intact and result.valid and not result.covers_entire_file


def test_sealed_content_signed_by_another_key_than_the_pdf_is_modified(payload, identity):
    """Someone re-signs the PDF with their own key but keeps Anna's sealed return."""
    other = make_identity("Toinen Henkilö")
    built = return_pages(report.from_payload(payload))
    forged = sign_pdf(built.data, other, place=built.signature,
                      attachments={SEALED_NAME: signing.seal(payload, identity).encode()})
    result = verify_pdf(forged, [identity.certificate, other.certificate])
    assert result.status == MODIFIED
    assert "different key" in result.message


def test_a_pdf_with_the_sealed_text_but_no_signature_is_unsigned(payload, identity):
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    built = return_pages(report.from_payload(payload))
    writer = IncrementalPdfFileWriter(io.BytesIO(built.data))
    sealed = signing.seal(payload, identity).encode()
    embed.embed_file(writer, embed.FileSpec(
        SEALED_NAME, embedded_data=embed.EmbeddedFileObject.from_file_data(writer, sealed)))
    out = io.BytesIO()
    writer.write(out)
    result = verify_pdf(out.getvalue(), [identity.certificate])
    assert result.status == UNSIGNED
    assert result.payload == payload


def test_a_signed_pdf_without_kotodesks_content_is_not_kotodesk(payload, identity):
    built = return_pages(report.from_payload(payload))
    assert verify_pdf(built.data, [identity.certificate]).status == NOT_KOTODESK
    signed = sign_pdf(built.data, identity, place=built.signature)
    assert verify_pdf(signed, [identity.certificate]).status == NOT_KOTODESK


# -- what the pages show ------------------------------------------------------------------


def _flat(text: str) -> str:
    return " ".join(text.split())


def _logical(text: str) -> str:
    """pdftotext's text with Arabic presentation forms and bidi marks normalised away."""
    text = unicodedata.normalize("NFKC", text)
    return _flat("".join(c for c in text if unicodedata.category(c) != "Cf"))


def test_pages_show_the_return_with_header_legend_and_page_numbers(pdf, payload, tmp_path):
    pages = page_count(pdf, tmp_path)
    assert pages >= 3
    document = report.from_payload(payload)
    first = _flat(pdftotext(pdf, tmp_path, first=1, last=1))
    assert document.programme in first
    assert "Palautus: Kasvatuksen ja koulutuksen toimiala" in first
    assert "Seurannan aikaväli 5/2022–5/2023, seuraava 6–12/2023" in first
    assert "Allekirjoittaja: Anna Testaaja <anna.testaaja@hel.fi>" in first
    for level in ("Käynnistynyt ja etenee aikataulussa", "Ei käynnistynyt / ei käynnistetä",
                  "Ei raportoitu"):
        assert level in first  # the legend
    for page in range(1, pages + 1):
        text = _flat(pdftotext(pdf, tmp_path, first=page, last=page))
        assert f"sivu {page} / {pages}" in text
        assert "5/2022–5/2023" in text and "Kasvatuksen ja koulutuksen toimiala" in text
    whole = _flat(pdftotext(pdf, tmp_path, raw=True))
    # Every column of seed 002 and every measure's own text is there.
    for column in report.COLUMNS:
        assert _flat(column) in whole or column.split()[0] in whole
    for row in document.rows():
        assert _flat(row.text)[:40] in whole
        for contribution in row.contributions:
            if contribution.narrative:
                assert _flat(contribution.narrative)[:50] in whole


def test_status_cells_carry_the_label_not_only_the_colour(pdf, payload, tmp_path):
    document = report.from_payload(payload)
    whole = _flat(pdftotext(pdf, tmp_path, raw=True))
    for level, count in document.counts():
        if count:
            # once in the legend, once in each measure's status cell
            assert whole.count(level.label) >= 1 + count or \
                _flat(whole).count(level.label.split()[0]) >= 1 + count


def test_an_incomplete_return_lists_what_is_missing(pdf, payload, tmp_path):
    assert payload["incomplete"], "kasko's 5/2022–5/2023 return lacks some answers"
    whole = _flat(pdftotext(pdf, tmp_path, raw=True))
    assert "Palautus on keskeneräinen" in whole
    assert "KESKENERÄINEN" in whole  # in the page header
    ref, _, problem = payload["incomplete"][0].partition(": ")
    assert ref in whole and problem in whole


def test_a_complete_return_has_no_incomplete_notice(payload, identity, tmp_path):
    complete = {**payload, "incomplete": []}
    whole = _flat(pdftotext(signed_pdf(complete, identity), tmp_path))
    assert "keskeneräinen" not in whole.casefold()


def test_finnish_cyrillic_and_arabic_narratives_are_found_by_pdftotext(
        workspace, identity, tmp_path):
    payload = open_round_payload(workspace, identity, {
        "1/1.1": {"status": "green", "narrative": FINNISH},
        "1/1.4": {"status": "yellow", "narrative": CYRILLIC, "reasons": "Нехватка ресурсов."},
        "1/2.3": {"status": "red", "narrative": ARABIC, "reasons": "لا يوجد تمويل"},
        "1/3.1": {"status": "green", "narrative": ARABIC_LONG},
    })
    pdf = signed_pdf(payload, identity)
    assert verify_pdf(pdf, [identity.certificate]).status == VALID
    text = _logical(pdftotext(pdf, tmp_path, raw=True))
    assert FINNISH in text
    assert CYRILLIC in text and "Perustelut: Нехватка ресурсов." in text
    # Shaped and ordered for drawing, Arabic still reads in its own order, word after
    # word, once poppler puts right-to-left lines back in logical order (not in -raw
    # mode); drawn unordered, the words would come out backwards.
    text = _logical(pdftotext(pdf, tmp_path))
    assert ARABIC in text
    assert "لا يوجد تمويل" in text
    assert "تمت ترجمة المواد إلى اللغة العربية" in text
    assert " ".join(reversed(ARABIC.split())) not in text


def test_a_right_to_left_paragraph_stays_in_its_cell_whatever_it_holds(workspace, identity,
                                                                        tmp_path):
    """An Arabic paragraph is wrapped by kotodesk itself, at the cell's width: a word of it
    drawn wider than its letters measure (a character no font has, printed as its code;
    an emoji, from the emoji font) ran over the other columns, or off the page."""
    from kotodesk.documents.pdf.pages import FRAME_WIDTH, MARGIN_X
    from kotodesk.documents.return_pdf import COLUMN_SHARES, PADDING
    from tests.pdf_support import text_lines

    payload = open_round_payload(workspace, identity, {
        "1/1.1": {"status": "green",
                  "narrative": "ترجمة الأسماء: 中文名字中文名字中文名字中文名字中文名字 ja 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 "
                               "tunnus 𝔘𝔫𝔦𝔠𝔬𝔡𝔢𝔘𝔫𝔦𝔠𝔬𝔡𝔢 loppu."},
        "1/1.4": {"status": "green", "narrative": "مرحبا " + "😀" * 40 + " 👩‍👩‍👧‍👦" * 12},
    })
    pdf = signed_pdf(payload, identity)
    cell = (MARGIN_X + FRAME_WIDTH * sum(COLUMN_SHARES[:-1]) + PADDING - 0.05,
            MARGIN_X + FRAME_WIDTH - PADDING + 0.05)
    drawn = [line for line in text_lines(pdf, tmp_path)
             if any(mark in word for _l, _r, word in line.words for mark in ("[U+", "😀", "👩"))]
    assert len(drawn) >= 6  # every such word is on its own lines, in the last column
    outside = [f"{line.left:.1f}–{line.right:.1f}" for line in drawn
               if line.left < cell[0] or line.right > cell[1]]
    assert outside == []
    assert "[U+4E2D][U+6587][U+540D][U+5B57]" * 5 in "".join(pdftotext(pdf, tmp_path).split())


def test_formula_looking_text_markup_and_control_characters_do_not_break_it(
        workspace, identity, tmp_path):
    hostile = {
        "1/1.1": {"status": "green",
                  "narrative": '=HYPERLINK("http://example.invalid","klikkaa")'},
        "1/1.4": {"status": "green",
                  "narrative": "<b>ei lihavoitu</b> & <para> ]]> &amp; \u202eRLO\u200b loppu"},
        "1/2.3": {"status": "green",
                  "narrative": "ohjaus\x01merkit\x07ja\x1b[31m\tsarkain\r\nrivi\u2028"},
        "1/3.1": {"status": "green", "narrative": "+358 40 123 4567\n-\n@kaikki\n" + "x" * 400},
    }
    payload = open_round_payload(workspace, identity, hostile)
    pdf = signed_pdf(payload, identity)
    result = verify_pdf(pdf, [identity.certificate])
    assert result.status == VALID, result.message
    assert result.payload == payload
    text = _flat(pdftotext(pdf, tmp_path, raw=True))
    # A long word breaks where the cell ends, so compare without the line breaks.
    assert '=HYPERLINK("http://example.invalid","klikkaa")' in "".join(text.split())
    assert "<b>ei lihavoitu</b> & <para> ]]> &amp;" in text
    assert "+358 40 123 4567" in text and "@kaikki" in text


def test_a_narrative_longer_than_a_page_splits_across_pages(workspace, identity, tmp_path):
    words = " ".join(f"sana{i}" for i in range(4000))
    payload = open_round_payload(workspace, identity, {
        "1/1.1": {"status": "green", "narrative": words}})
    pdf = signed_pdf(payload, identity)
    assert verify_pdf(pdf, [identity.certificate]).status == VALID
    text = _flat(pdftotext(pdf, tmp_path, raw=True))
    assert "sana0 " in text and "sana3999" in text


def test_urls_in_narratives_are_links(workspace, identity):
    from pyhanko.pdf_utils.reader import PdfFileReader

    url = "https://www.hel.fi/fi/kasvatus-ja-koulutus/a/very/long/path?x=1&y=2"
    payload = open_round_payload(workspace, identity, {
        "1/1.1": {"status": "green", "narrative": f"Katso {url}."}})
    reader = PdfFileReader(io.BytesIO(signed_pdf(payload, identity)))
    uris = set()
    for page in range(len(reader.root["/Pages"]["/Kids"])):
        for annot in reader.root["/Pages"]["/Kids"][page].get("/Annots", []):
            action = annot.get_object().get("/A")
            if action is not None and "/URI" in action:
                uris.add(str(action["/URI"]))
    assert url in uris


def test_the_signature_widget_lies_over_the_visible_signature_box(pdf, tmp_path):
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf))
    field = next(f.get_object() for f in reader.root["/AcroForm"]["/Fields"]
                 if str(f.get_object()["/T"]) == FIELD_NAME)
    x1, y1, x2, y2 = (float(v) for v in field["/Rect"])
    assert x2 - x1 > 200 and y2 - y1 > 40  # a visible signature, not an invisible one
    pages = list(reader.root["/Pages"]["/Kids"])
    page = next(i for i, p in enumerate(pages) if p.get_object() == field["/P"].get_object())
    source = tmp_path / "box.pdf"
    source.write_bytes(pdf)
    done = subprocess.run(
        [tool("pdftotext"), "-f", str(page + 1), "-l", str(page + 1), "-r", "72",
         "-x", str(int(x1)), "-y", str(int(595 - y2)), "-W", str(int(x2 - x1)),
         "-H", str(int(y2 - y1)), str(source), "-"],
        capture_output=True, text=True, check=True, timeout=60)
    inside = _flat(done.stdout)
    assert "Sähköisesti allekirjoitettu" in inside
    assert "Anna Testaaja" in inside and "klo" in inside


def test_pyhanko_is_imported_only_when_a_pdf_is_signed_or_checked():
    """pyHanko takes about half a second to import: never at start-up."""
    import sys

    code = ("import sys, kotodesk.documents.return_pdf, kotodesk.signing.pades,"
            " kotodesk.reporting.returns\n"
            "print(sorted({n.split('.')[0] for n in sys.modules} & {'pyhanko', 'asn1crypto',"
            " 'pyhanko_certvalidator'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.strip() == "[]"


def _organisation_identity():
    """An RSA key whose certificate an organisation's CA issued (as in an imported .p12)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    from kotodesk.signing.keys import Identity

    now = dt.datetime.now(dt.UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Helsingin kaupunki CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=365))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(
              digital_signature=False, content_commitment=False, key_encipherment=False,
              data_encipherment=False, key_agreement=False, key_cert_sign=True,
              crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    person = (x509.CertificateBuilder()
              .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Pia Pääkkö")]))
              .issuer_name(ca_name).public_key(key.public_key())
              .serial_number(x509.random_serial_number())
              .not_valid_before(now - dt.timedelta(days=1))
              .not_valid_after(now + dt.timedelta(days=365))
              .add_extension(x509.KeyUsage(
                  digital_signature=True, content_commitment=True, key_encipherment=False,
                  data_encipherment=False, key_agreement=False, key_cert_sign=False,
                  crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
              .sign(ca_key, hashes.SHA256()))
    return Identity(key, person, (ca,)), ca


def test_an_organisations_rsa_certificate_is_trusted_through_its_ca(payload):
    identity, ca = _organisation_identity()
    payload = {**payload, "signer": signing.signer_part(identity)}
    pdf = signed_pdf(payload, identity)
    result = verify_pdf(pdf, [ca])  # the trust list holds the CA, not the person
    assert result.status == VALID, result.message
    assert result.signer == identity.certificate
    assert verify_pdf(pdf, []).status == UNKNOWN_SIGNER


def test_kotodesk_verify_reads_the_pdf_with_the_trust_list(cli, workspace, identity, payload,
                                                          tmp_path):
    from kotodesk.storage import trust

    path = tmp_path / "palautus.pdf"
    write_return_pdf(payload, signing.seal(payload, identity), identity, path)
    result = cli("verify", path, "--json")
    assert result.code == 1  # a negative answer: not from a trusted signer
    [found] = result.json()
    assert found["status"] == UNKNOWN_SIGNER
    assert found["signer"] == "Anna Testaaja"
    assert found["unit"] == "Kasvatuksen ja koulutuksen toimiala"
    assert found["round"] == "5/2022–5/2023"
    assert found["fingerprint"] == identity.info.fingerprint
    trust.add(workspace.store, identity.certificate)
    result = cli("verify", path, "--json")
    assert result.code == 0 and result.json()[0]["status"] == VALID
    path.write_bytes(path.read_bytes() + b"\n")
    assert cli("verify", path, "--json").json()[0]["status"] == MODIFIED


def test_each_paragraph_of_a_return_is_broken_into_lines_once(payload, monkeypatch):
    """Sizing, splitting across pages and drawing a table all ask a cell's paragraphs for
    their lines at the column's width; a paragraph lays them out once (issue 16), also
    when reportlab reckons that width again, a few bits apart, to draw the cell."""
    from reportlab.platypus import paragraph as rl_paragraph

    from kotodesk.documents.pdf.text import LaidOutParagraph

    broken: dict[int, int] = {}
    laid_out = []
    original = rl_paragraph.Paragraph.breakLines

    def counted(self, width):
        broken[id(self)] = broken.get(id(self), 0) + 1
        if isinstance(self, LaidOutParagraph):
            laid_out.append(self)  # kept alive, so that no id is used twice
        return original(self, width)

    monkeypatch.setattr(rl_paragraph.Paragraph, "breakLines", counted)
    built = return_pages(report.from_payload(payload))
    assert built.signature.page > 2  # the tables were split across pages
    assert len(laid_out) > 100  # every table cell, status and number included
    assert {broken[id(p)] for p in laid_out} == {1}
