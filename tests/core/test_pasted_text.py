"""Text as people paste it, through the real export: control characters from Word, e-mail
and PDF viewers, Arabic paragraphs with their vowel marks, emoji, characters no font has,
names a certificate cannot hold, and Finnish words in narrow columns."""

from __future__ import annotations

import subprocess
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
import pytest
from reportlab.lib.enums import TA_LEFT, TA_RIGHT

from kotodesk.documents.pdf import hyphenation
from kotodesk.documents.pdf import text as pdf_text
from kotodesk.domain.text import entered
from tests.pdf_support import pdftotext, tool

PASS = "salasana-2026"
UNIT = "kanslia-henkilosto"
ARABIC = "تمت ترجمة المواد إلى اللغة العربية"
HARAKAT = "مَرْحَبًا بِكُمْ فِي هلسنكي"
FINNISH = "Suomenkielinen kappale jatkuu tässä vasemmalta."
PASTED = ("Ensimmäinen rivi\x0btoinen rivi\x0ckolmas\x85neljäs\u2028viides\r\nkuudes"
          "\x00\x01\x07\x1b[0m\x7f\x80\x9f\ufffd\ufeff loppu\tsarkain")


@pytest.fixture
def signer(cli, monkeypatch):
    monkeypatch.setenv("KOTODESK_PASSPHRASE", PASS)
    made = cli("key", "new", "--name", "Heli Henkilöstö", "--email", "heli@hel.fi",
               "--unit", UNIT)
    assert made.code == 0, made.err


def export(cli, tmp_path: Path, **texts: str) -> dict[str, str]:
    for ref, text in texts.items():
        assert cli("entry", "set", "--unit", UNIT, "--measure", ref.replace("_", "/", 1)
                   .replace("_", "."), "--status", "green", "--narrative", text).code == 0
    done = cli("return", "export", "--unit", UNIT, "--out", tmp_path / "out", "--json")
    assert done.code == 0, done.err
    return done.json()


def test_control_characters_become_line_breaks_or_go_and_no_file_holds_u_fffd(
        cli, signer, tmp_path, workspace):
    assert entered(PASTED) == ("Ensimmäinen rivi\ntoinen rivi\nkolmas\nneljäs\nviides\n"
                               "kuudes[0m\ufeff loppu\tsarkain")
    files = export(cli, tmp_path, **{"2_3_1": PASTED})
    shown = cli("entry", "show", "--unit", UNIT, "--json").json()
    stored = next(e for e in shown["entries"] if e["measure"] == "2/3.1")["narrative"]
    assert stored == entered(PASTED)
    with zipfile.ZipFile(files["xlsx"]) as z:
        for member in z.namelist():
            assert "\ufffd".encode() not in z.read(member), member
    pdf = Path(files["pdf"]).read_bytes()
    text = pdftotext(pdf, tmp_path)
    assert "\ufffd" not in text and "toinen rivi" in text and "kuudes[0m" in text


def test_each_paragraph_takes_its_own_direction_and_harakat_are_kept(cli, signer, tmp_path):
    text = f"{ARABIC}\n{FINNISH}\n{HARAKAT}"
    from kotodesk.documents.pdf.pages import styles

    style = styles()["body"]
    flowable = pdf_text.paragraph(text, style)
    flowable.wrap(300, 1000)
    alignments = [p.style.alignment for p in flowable._parts]
    assert alignments == [TA_RIGHT, TA_LEFT, TA_RIGHT]

    files = export(cli, tmp_path, **{"2_3_1": text})
    pdf = Path(files["pdf"]).read_bytes()
    logical = unicodedata.normalize("NFKC", pdftotext(pdf, tmp_path))
    logical = "".join(c for c in logical if unicodedata.category(c) != "Cf")
    for word in (*ARABIC.split(), *HARAKAT.split()):  # as typed, vowel marks and all
        assert unicodedata.normalize("NFKC", word) in logical, word
    assert FINNISH in " ".join(logical.split())
    # On the page: the Finnish line starts at the column's left edge, the Arabic ends at
    # its right edge.
    boxes = _word_boxes(pdf, tmp_path)
    finnish = [boxes[w] for w in ("Suomenkielinen", "kappale", "jatkuu", "tässä") if w in boxes]
    arabic = [box for word, box in boxes.items() if pdf_text.has_rtl(word)]
    assert boxes["Suomenkielinen"][0] < min(left for left, _ in arabic) - 20  # starts left
    assert max(right for _, right in arabic) > max(right for _, right in finnish)  # ends right


def _word_boxes(pdf: bytes, tmp_path: Path) -> dict[str, tuple[float, float]]:
    """Each word's left and right edge on the page, as poppler finds them."""
    import re

    source = tmp_path / "boxes.pdf"
    source.write_bytes(pdf)
    html = subprocess.run([tool("pdftotext"), "-bbox", str(source), "-"], capture_output=True,
                          text=True, check=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" '
                       r'yMax="[\d.]+">([^<]*)</word>', html)
    return {word: (float(left), float(right)) for left, right, word in found}


def test_emoji_are_drawn_and_unknown_characters_marked_and_the_xlsx_unchanged(
        cli, signer, tmp_path):
    text = "Hyvä 😀 työ 👍 ✅ valmis ⚠ 中文 loppu"
    files = export(cli, tmp_path, **{"2_3_1": text})
    pdf = Path(files["pdf"]).read_bytes()
    source = tmp_path / "fonts.pdf"
    source.write_bytes(pdf)
    fonts = subprocess.run([tool("pdffonts"), str(source)], capture_output=True, text=True,
                           check=True).stdout
    assert "NotoEmoji-Regular" in fonts  # the bundled emoji font, embedded
    flat = " ".join(pdftotext(pdf, tmp_path, raw=True).split())
    assert "Hyvä 😀 työ 👍 ✅ valmis ⚠ [U+4E2D][U+6587] loppu" in flat  # searchable
    cells = [c.value for sheet in openpyxl.load_workbook(files["xlsx"]).worksheets
             for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(text in value for value in cells)  # the .xlsx holds it as typed


def test_names_a_certificate_cannot_hold_are_refused_at_key_new(cli, monkeypatch, tmp_path):
    monkeypatch.setenv("KOTODESK_PASSPHRASE", PASS)
    for name, shown in (("Anna 😀 Testaaja", "😀 (U+1F600)"), ("Anna \u0378", "U+0378"),
                        ("Anna \udcff", "U+DCFF")):
        made = cli("key", "new", "--name", name, "--email", "a@hel.fi", "--unit", UNIT)
        assert made.code == 2, made.err
        assert f"the name has characters a signing certificate cannot hold: {shown}" \
            in made.err
    mixed = cli("key", "new", "--name", "Anna محمد", "--email", "a@hel.fi", "--unit", UNIT)
    assert mixed.code == 2 and "one script" in mixed.err
    arabic = cli("key", "new", "--name", "محمد علي", "--email", "a@hel.fi", "--unit", UNIT)
    assert arabic.code == 0, arabic.err
    files = export(cli, tmp_path, **{"2_3_1": "Valmis"})
    verified = cli("verify", files["xlsx"], files["pdf"], "--json")
    assert verified.code == 0 and {v["signer"] for v in verified.json()} == {"محمد علي"}


@pytest.mark.parametrize("word, expected", [
    ("maahanmuuttajataustaisten", "maa-han-muut-ta-ja-taus-tais-ten"),
    ("työllisyyspalveluiden", "työl-li-syys-pal-ve-lui-den"),
    ("yhteistyössä", "yh-teis-työs-sä"),
    ("kaupunkiympäristön", "kau-pun-ki-ym-pä-ris-tön"),
    ("Kasvatuksen", "Kas-va-tuk-sen"),
    ("raaista", "raa-is-ta"),
    ("aikuissosiaalityö", "ai-kuis-so-si-aa-li-työ"),
    # Compounds whose second part begins with a vowel break at the seam (stop 31 saw
    # "erityisa-vustaja" in a summary; "uo" is kept as a diphthong elsewhere).
    ("erityisavustaja", "eri-tyis-avus-ta-ja"),
    ("palveluohjaus", "pal-ve-lu-oh-jaus"),
    ("palveluohjaaja", "pal-ve-lu-oh-jaa-ja"),
    ("uraohjausta", "ura-oh-jaus-ta"),
])
def test_finnish_words_break_at_their_syllables(word, expected):
    breaks = hyphenation.syllable_breaks(word)
    parts = [word[a:b] for a, b in zip([0, *breaks], [*breaks, len(word)], strict=True)]
    assert "-".join(parts) == expected
    assert list(hyphenation.finnish_pairs("sote-palvelut")) == []  # typed hyphen: not here
    assert list(hyphenation.finnish_pairs("2024")) == []


def test_narrow_columns_hyphenate_finnish_and_the_text_reads_back_whole(tmp_path):
    import io

    from reportlab.platypus import SimpleDocTemplate, Table

    from kotodesk.documents.pdf.pages import styles

    text = ("Maahanmuuttajataustaisten nuorten kotoutumisen edistämisen toimenpideohjelma "
            "käynnistettiin kaupunkiympäristön toimialalla yhteistyössä "
            "työllisyyspalveluiden kanssa.")
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Table([[pdf_text.paragraph(text, styles()["body"])]],
                                           colWidths=[70])])
    source = tmp_path / "narrow.pdf"
    source.write_bytes(buffer.getvalue())
    raw = subprocess.run([tool("pdftotext"), "-enc", "UTF-8", str(source), "-"],
                         capture_output=True, text=True, check=True).stdout
    ends = [line for line in raw.splitlines() if line.endswith(hyphenation.HYPHEN)]
    assert len(ends) >= 5  # hyphenated, not cut without a hyphen
    for line, following in zip(raw.splitlines(), raw.splitlines()[1:], strict=False):
        if line.endswith(hyphenation.HYPHEN):  # each break is at a syllable of the word
            head = line.split()[-1][:-1]
            word = head + following.split()[0].rstrip(".")
            assert len(head) in hyphenation.syllable_breaks(word), (head, word)
    assert " ".join(pdftotext(buffer.getvalue(), tmp_path).split()) == text


def test_escaped_characters_keep_a_split_paragraph_hyphenated_inside_its_cell(tmp_path):
    """"->" (seed 002 writes it), quotes and "&" are escaped in reportlab's markup, which
    cut the paragraph into runs: split between the rows of a table, reportlab drew the
    broken word's hyphen inside the next row's line ("vanhempain‐ryhmä") and lines wider
    than the cell. Every line stays in its cell, every break hyphen ends its line."""
    from reportlab.platypus import TableStyle

    from kotodesk.documents.pdf.pages import (
        FRAME_HEIGHT,
        MARGIN_TOP,
        MARGIN_X,
        FlowingTable,
        Furniture,
        build,
        chunked,
        styles,
    )
    from tests.pdf_support import text_lines, unhyphenated

    text = ("-> MLL:n maahanmuuttajien vanhempainryhmä Vuotalon tuotantokumppanina "
            "asiantuntijaroolissa. Myös muissa taloissa pilotit tämän vuoden aikana "
            'ei-käyttäjien kanssa. "Miten voin osallistua ja vaikuttaa kaupungissamme" '
            "-monikielinen esitekokonaisuus valmistui syksyllä & se jaettiin järjestöille "
            "sekä asukastiloihin.")
    width, padding, style = 90, 3, styles()["body"]
    rows = chunked([pdf_text.paragraph(text, style)], width - 2 * padding, 3 * style.leading)
    assert len(rows) >= 4  # split into several rows of the table
    table = FlowingTable([[row] for row in rows], colWidths=[width], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), padding),
                               ("RIGHTPADDING", (0, 0), (-1, -1), padding)]))
    pdf = build([table], Furniture("", "", ""), title="", author="", subject="").data
    lines = [line for line in text_lines(pdf, tmp_path)
             if line.top >= MARGIN_TOP and line.bottom <= MARGIN_TOP + FRAME_HEIGHT]
    drawn = "\n".join(" ".join(word for _l, _r, word in line.words) for line in lines)
    assert hyphenation.HYPHEN not in drawn.replace(hyphenation.HYPHEN + "\n", ""), drawn
    assert sum(line.endswith(hyphenation.HYPHEN) for line in drawn.splitlines()) >= 3
    for line in lines:
        assert MARGIN_X + padding - 0.05 <= line.left, line
        assert line.right <= MARGIN_X + width - padding + 0.05, line
    assert " ".join(unhyphenated(drawn).split()) == text
