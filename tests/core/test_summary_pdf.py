"""The meeting summary: real merged payloads from a data folder, real reportlab and
pyHanko, read back with poppler's tools and pyHanko's reader."""

from __future__ import annotations

import io
import json
import subprocess

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kotodesk.coordinator.merged import merged_payload
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import report, verify
from kotodesk.documents.pdf.status import shape_of, status_chart
from kotodesk.documents.pdf_verify import verify_pdf
from kotodesk.documents.summary_facts import reported, round_change, shares, still_owed
from kotodesk.documents.summary_pdf import summary_pdf_bytes, write_summary_pdf
from kotodesk.domain.model import NOT_REPORTED_COLOUR
from kotodesk.reporting.entries import apply_edits
from kotodesk.signing import keys
from kotodesk.signing.sealing import now_iso, seal, signer_part
from kotodesk.system.resources import path as resource
from tests.pdf_support import DETAIL_HEAD, flowing_text, page_count, pdftotext, tool
from tests.support import make_identity, write_return_xlsx

SEED_ROUND = resource("programmes", "kotoutuminen-2022-2025", "round-2022-05_2023-05.json")
CLOSED = "5/2022-5/2023"
# Edits in the open round 6–12/2023, whose previous round is 5/2022–5/2023 (seed 002
# states no status for 1/1.1, 1/1.2 or 1/1.3; for 2/2.3 "Ei ole käynnistetty": red).
EDITS = [
    ("kanslia-viestinta", "1/1.1", {"status": "green", "narrative": "Mallit ovat valmiit."}),
    ("kasko", "1/1.1", {"status": "red", "narrative": "Kaskon osuus ei ole alkanut."}),
    ("kanslia-elinkeino", "1/1.3", {"status": "green", "narrative": "Hanke on käynnissä."}),
    ("kanslia-viestinta", "1/1.2", {"status": "green", "narrative": "Jatkuu ennallaan."}),
    # 2/2.3's three units all answer: a merged status waits for every responsible unit.
    ("kanslia-elinkeino", "2/2.3", {"status": "green", "narrative": "Koulutus aloitettu."}),
    ("sotepe", "2/2.3", {"status": "green", "narrative": "Sotepen osuus käynnissä."}),
    ("kasko", "2/2.3", {"status": "green", "narrative": "Kaskon osuus käynnissä."}),
]


@pytest.fixture(scope="module")
def identity():
    return make_identity("Kaisa Koordinaattori", unit="Maahanmuuttoyksikkö")


@pytest.fixture(scope="module")
def data(tmp_path_factory, identity):
    """{"seed": merged payload of 5/2022–5/2023, "open": of 6–12/2023 after EDITS}."""
    workspace = Workspace.open(tmp_path_factory.mktemp("home"))
    try:
        signer = signer_part(identity)
        seed = merged_payload(workspace, workspace.round(CLOSED), signer, now_iso())
        round_ = workspace.round()
        catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
        for unit, ref, fields in EDITS:
            apply_edits(workspace.store, catalogue, round_, unit, ref, fields, "Testi")
        opened = merged_payload(workspace, round_, signer, now_iso())
    finally:
        workspace.close()
    return {"seed": seed, "open": opened}


@pytest.fixture(scope="module")
def pdfs(data, identity, tmp_path_factory):
    """{"seed": path, "open": path} of the signed summaries, written as merge writes them."""
    folder = tmp_path_factory.mktemp("pdf")
    out = {}
    for name, payload in data.items():
        out[name] = folder / f"{name}.pdf"
        write_summary_pdf(payload, seal(payload, identity), identity, out[name])
    return out


def _flat(text: str) -> str:
    return " ".join(text.split())


def _bare(text: str) -> str:
    """Without any whitespace: a long word (a URL) breaks where its cell ends."""
    return "".join(text.split())


def _pages(pdf: bytes, tmp_path) -> list[str]:
    return [_flat(pdftotext(pdf, tmp_path, first=n, last=n, raw=True))
            for n in range(1, page_count(pdf, tmp_path) + 1)]


def _page_of(pages: list[str], text: str) -> int:
    """The 1-based number of the first page holding `text`."""
    return next(n for n, page in enumerate(pages, start=1) if text in page)


# -- signed and genuine --------------------------------------------------------------------


def test_kotodesk_verify_reads_the_summary_back(pdfs, data, identity):
    result = verify.verify_file(pdfs["seed"], set())
    assert result.status == verify.UNKNOWN_SIGNER, result.message
    assert result.kind == "kotodesk-merged/1"
    assert result.signer == "Kaisa Koordinaattori" and result.round == "5/2022–5/2023"
    assert result.payload == data["seed"]  # the merged payload comes back whole
    trusted = verify.verify_file(pdfs["seed"], {identity.info.fingerprint})
    assert trusted.status == verify.VALID, trusted.message
    assert not list(pdfs["seed"].parent.glob("*.part"))


def test_pdfsig_says_the_signature_is_valid_and_covers_the_document(pdfs):
    done = subprocess.run([tool("pdfsig"), str(pdfs["open"])], capture_output=True,
                          text=True, timeout=60)
    assert "Signature is Valid." in done.stdout, done.stdout + done.stderr
    assert "Total document signed" in done.stdout
    assert "ETSI.CAdES.detached" in done.stdout
    assert "Signer Certificate Common Name: Kaisa Koordinaattori" in done.stdout


def fonts_not_embedded(path) -> list[str]:
    """The fonts pdffonts lists as not embedded in the PDF at `path`."""
    done = subprocess.run([tool("pdffonts"), str(path)], capture_output=True, text=True,
                          check=True, timeout=60)
    rows = [line.split() for line in done.stdout.splitlines()[2:] if line.strip()]
    # name type [type] encoding emb sub uni object ID: emb is the fifth field from the end
    return [row[0] for row in rows if row[-5] != "yes"]


def test_every_font_of_the_summary_and_a_return_is_embedded(pdfs, tmp_path):
    # reportlab starts each page in Helvetica (a base-14 font, never embedded) unless told
    # otherwise: pdffonts then lists it as not embedded, which a print shop or an archive
    # check (PDF/A) refuses, though no glyph is drawn with it.
    from tests.pdf_support import closed_round_payload, signed_pdf

    assert fonts_not_embedded(pdfs["open"]) == []
    workspace = Workspace.open(tmp_path / "home")
    try:
        identity = make_identity("Kaisa Kasko")
        returned = tmp_path / "return.pdf"
        returned.write_bytes(signed_pdf(closed_round_payload(workspace, identity), identity))
    finally:
        workspace.close()
    assert fonts_not_embedded(returned) == []


def test_title_author_and_subject_are_set(pdfs):
    done = subprocess.run([tool("pdfinfo"), str(pdfs["seed"])], capture_output=True,
                          text=True, check=True, timeout=60)
    info = dict(line.split(":", 1) for line in done.stdout.splitlines() if ":" in line)
    assert info["Title"].strip() == ("Helsingin kaupungin kotoutumisen edistämisen "
                                     "painopisteet 2022–2025: kokousyhteenveto 5/2022–5/2023")
    assert info["Author"].strip() == "Kaisa Koordinaattori <anna.testaaja@hel.fi>"
    assert "5/2022–5/2023" in info["Subject"]


# -- what the meeting reads ----------------------------------------------------------------


def test_every_measure_text_and_every_narrative_of_seed_002_is_in_the_summary(
        pdfs, data, tmp_path):
    pdf = pdfs["seed"].read_bytes()
    document = report.from_payload(data["seed"])
    # A narrative that goes on over a page break reads as one text without the page's
    # header, footer and repeated table head between its parts.
    heads = {f"{s.position}. {s.name}" for s in document.sections} | {DETAIL_HEAD}
    whole = _bare(flowing_text(pdf, tmp_path, heads=heads))
    assert len(document.rows()) == 47
    missing = [row.ref for row in document.rows() if _bare(row.text) not in whole]
    assert not missing, missing
    seed = json.loads(SEED_ROUND.read_text(encoding="utf-8"))["entries"]
    assert len({e["measure"] for e in seed}) == 47  # 4/2.1 in two: Kuva's and the rest
    missing = [e["measure"] for e in seed if _bare(e["narrative"]) not in whole]
    assert not missing, missing


def test_the_cover_names_programme_round_date_returns_and_signer(pdfs, data, tmp_path):
    first = _pages(pdfs["seed"].read_bytes(), tmp_path)[0]
    assert "Helsingin kaupungin kotoutumisen edistämisen painopisteet 2022–2025" in first
    assert "Seurannan aikaväli 5/2022–5/2023, seuraava 6–12/2023" in first
    returns = data["seed"]["returns"]
    assert f"Palautuksia saatu {returns['received']} / {returns['expected']}" in first
    assert "Koonnut Kaisa Koordinaattori" in first
    assert "Sähköisesti allekirjoitettu (PAdES)" in first
    # The legend: each level of the scale and "not reported", with its count. Seed 002
    # states one status (2/2.3, red); kotodesk shows no other as the report's.
    counts = report.from_payload(data["seed"]).counts()
    labels = " ".join(level.label for level, _ in counts)
    assert f"{labels} 0 toimenpidettä · 0 % 0 toimenpidettä · 0 % 1 toimenpide · 2 % " \
           "46 toimenpidettä · 98 %" in first


@given(st.lists(st.integers(0, 400), min_size=1, max_size=6))
def test_the_covers_shares_add_up_to_100_and_each_is_within_a_point(counts):
    """The full round's cover read 16, 13, 14 and 4 of 47 measures as 34 + 28 + 30 + 9 =
    101 %."""
    said = shares(counts)
    if not sum(counts):
        assert said == [0] * len(counts)
        return
    assert sum(said) == 100
    assert all(abs(p - 100 * c / sum(counts)) < 1 for p, c in zip(said, counts, strict=True))
    assert shares([16, 13, 14, 4]) == [34, 28, 30, 8]


def test_the_status_page_counts_each_theme_and_the_whole(pdfs, data, tmp_path):
    pages = _pages(pdfs["seed"].read_bytes(), tmp_path)
    page = pages[_page_of(pages, "Tilanne teemoittain") - 1]
    document = report.from_payload(data["seed"])
    for section in document.sections:
        by_level = document.section_counts(section)
        counts = " ".join(str(n) if n else "–" for _, n in by_level)
        total = len(section.rows)
        assert f"{section.position}. {section.name} {counts} {total} " \
               f"{reported(by_level)} / {total}" in page
    assert "Kaikki teemat – – 1 46 47 1 / 47" in page


def test_a_round_without_a_previous_one_says_so(pdfs, tmp_path):
    pages = _pages(pdfs["seed"].read_bytes(), tmp_path)
    page = pages[_page_of(pages, "Muutos edelliseen kierrokseen") - 1]
    assert "Edellisen seurantakierroksen tietoja ei ole" in page


def test_the_change_section_lists_the_measures_whose_status_changed(pdfs, tmp_path):
    pages = _pages(pdfs["open"].read_bytes(), tmp_path)
    page = pages[_page_of(pages, "Muutos edelliseen kierrokseen") - 1]
    # It says what it compares against, and that only stated statuses are compared.
    assert ("Verrataan kierroksen 5/2022–5/2023 tiloihin sellaisina kuin raportti "
            "”Seurannan aikaväli 5/2022-5/2023 (Seuraava 6-12/2023)” ne ilmoittaa. Vain "
            "ilmoitettuja tiloja verrataan: edellisellä kierroksella tila on ilmoitettu 1 "
            "toimenpiteelle 47:stä; ilmoittamatonta tilaa ei arvioida eikä lasketa.") in page
    assert ("↑ Parantunut ↓ Heikentynyt = Ennallaan Ei tilaa tällä kierroksella Ei tilaa "
            "edellisellä kierroksella 1 toimenpide 0 toimenpidettä 0 toimenpidettä 43 "
            "toimenpidettä 3 toimenpidettä") in page
    assert ("2/2.3 " in page
            and "Ei käynnistynyt / ei käynnistetä → Käynnistynyt ja etenee aikataulussa ↑ "
                "parantunut" in page)
    # 1/1.1–1/1.3 have a status now but none stated last round: counted, not compared.
    assert "1/1.1 Kehitetään palveluviestintää" not in page
    assert "1/1.3 Toteutetaan ajankohtaisviestintää" not in page


def test_missing_units_and_what_each_still_owes_are_listed(pdfs, data, tmp_path):
    pages = _pages(pdfs["seed"].read_bytes(), tmp_path)
    page = pages[_page_of(pages, "Palautukset ja puuttuvat osuudet") - 1]
    owed = still_owed(data["seed"], report.from_payload(data["seed"]))
    # Seed 002 attributes no text to these units: their measures' texts speak for the
    # measure as a whole (shown as the report's, never as a unit's return).
    assert [o.unit for o in owed if not o.returned] == [
        "Kaupunkiympäristön toimiala", "Työväenopisto", "Kaupunginkanslian asukasosallisuus",
        "Kulttuurin ja vapaa-ajan toimialan liikuntapalvelut"]
    assert "Kaupunkiympäristön toimiala puuttuu" in page
    for item in owed:
        assert f"{item.unit} " in page
        if item.refs:
            assert f"{len(item.refs)}: {', '.join(item.refs)}" in page


def test_each_measure_shows_status_units_disagreement_and_labelled_narratives(
        pdfs, tmp_path):
    pages = _pages(pdfs["open"].read_bytes(), tmp_path)
    detail = pages[_page_of(pages, "Tavoite 1. Kaupungin viestintä") - 1]
    assert "Vastuutahot: Kaupunginkanslian viestintäosasto, Kasvatuksen ja koulutuksen" \
        in detail
    assert "Ei käynnistynyt / ei käynnistetä" in detail  # the merged status, with its label
    assert ("Yksiköiden tilat eroavat: Kaupunginkanslian viestintäosasto: Käynnistynyt ja "
            "etenee aikataulussa; Kasvatuksen ja koulutuksen toimiala: Ei käynnistynyt") \
        in detail
    assert ("Kaupunginkanslian viestintäosasto Yksikön tila: Käynnistynyt ja etenee "
            "aikataulussa Mallit ovat valmiit.") in detail
    assert ("Kasvatuksen ja koulutuksen toimiala Yksikön tila: Ei käynnistynyt / ei "
            "käynnistetä Kaskon osuus ei ole alkanut.") in detail
    assert "Osuus puuttuu: Kulttuurin ja vapaa-ajan toimiala" in detail


# -- outline -------------------------------------------------------------------------------


def _outline(pdf: bytes) -> list[tuple[int, str, int]]:
    """(level, title, 1-based page) of each outline entry, in order."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    kids = reader.root["/Pages"]["/Kids"]
    page_ids = [kids.raw_get(i).idnum for i in range(len(kids))]
    entries = []

    def walk(item, level):
        while item is not None:
            node = item.get_object()
            target = node["/Dest"] if "/Dest" in node else node["/A"]["/D"]
            entries.append((level, str(node["/Title"]),
                            page_ids.index(target.raw_get(0).idnum) + 1))
            if "/First" in node:
                walk(node.raw_get("/First"), level + 1)
            item = node.raw_get("/Next") if "/Next" in node else None

    walk(reader.root["/Outlines"].raw_get("/First"), 0)
    assert str(reader.root["/PageMode"]) == "/UseOutlines"
    return entries


def test_the_outline_leads_to_each_overview_section_and_each_theme(pdfs, data, tmp_path):
    pdf = pdfs["seed"].read_bytes()
    pages = _pages(pdf, tmp_path)
    outline = _outline(pdf)
    document = report.from_payload(data["seed"])
    themes = [f"{s.position}. {s.name}" for s in document.sections]
    assert [(level, title) for level, title, _ in outline] == [
        (0, "Kansilehti"), (0, "Tilanne teemoittain"), (0, "Muutos edelliseen kierrokseen"),
        (0, "Palautukset ja puuttuvat osuudet"), (0, "Toimenpiteet teemoittain"),
        *((1, theme) for theme in themes)]
    for level, title, page in outline[1:]:
        if level == 0 and title != "Toimenpiteet teemoittain":
            assert title in pages[page - 1], title
    for _, theme, page in outline[-len(themes):]:
        assert pages[page - 1].startswith(f"{theme} Nro Toimenpide Tila"), theme
        assert theme not in pages[page - 2]
    assert len({page for _, _, page in outline[-len(themes):]}) == len(themes)


# -- the facts behind the pages --------------------------------------------------------------


def test_round_change_compares_on_the_scale_and_counts_unreported_apart(data):
    document = report.from_payload(data["open"])
    now = {row.ref: row.status.code for row in document.rows()}
    assert {ref: code for ref, code in now.items() if code} == {
        "1/1.1": "red", "1/1.2": "green", "1/1.3": "green", "2/2.3": "green"}
    before = dict(now)
    before["1/1.1"] = "green"  # now red: worse
    before["1/1.3"] = "red"  # now green: better
    before["1/1.2"] = ""  # not reported then
    del before["2/2.3"]  # a measure new in this catalogue
    change = round_change(document, {"period": "2021", "statuses": before})
    assert [(c.row.ref, c.before.code, c.after.code) for c in change.worsened] == [
        ("1/1.1", "green", "red")]
    assert [(c.row.ref, c.before.code, c.after.code) for c in change.improved] == [
        ("1/1.3", "red", "green")]
    assert change.no_previous == 2 and change.not_reported_now == 47 - 4
    assert change.unchanged == 0
    assert (change.stated_before, change.measures) == (2, 47)
    assert change.compared.startswith("Verrataan kierroksen 2021 yhdistettyihin tiloihin")
    assert round_change(document, None) is None


def test_the_chart_draws_each_themes_counts_in_the_scales_colours(data):
    from reportlab.graphics.shapes import Rect, String

    document = report.from_payload(data["seed"])
    rows = [(s.name, document.section_counts(s)) for s in document.sections]
    drawing = status_chart(rows, document.scale, 700)

    def flat(node):
        for item in getattr(node, "contents", []):
            yield item
            yield from flat(item)

    shapes = list(flat(drawing))
    bars = [s for s in shapes if isinstance(s, Rect) and s.height == 20]
    expected = [(level.colour, n) for _, counts in rows for level, n in counts if n]
    assert [b.fillColor.hexval()[2:] for b in bars] == [c.lstrip("#") for c, _ in expected]
    widths = {round(b.width / n, 6) for b, (_, n) in zip(bars, expected, strict=True)}
    assert len(widths) == 1  # one scale for every bar: width proportional to the count
    texts = [s.text for s in shapes if isinstance(s, String)]
    for _, counts in rows:
        assert all(str(n) in texts for _, n in counts if n)
    for level in (*document.scale, report.NOT_REPORTED):
        assert level.label in texts  # the legend names every level


def test_every_level_has_its_own_shape_and_another_scale_gets_them_by_rank():
    from kotodesk.domain.model import DEFAULT_SCALE, StatusLevel

    assert [shape_of(level, DEFAULT_SCALE) for level in DEFAULT_SCALE] == [
        "circle", "triangle", "square"]  # as the application's icons
    scale = (StatusLevel("a", "Valmis", "#2e7d32"), StatusLevel("b", "Kesken", "#f9a825"),
             StatusLevel("c", "Alussa", "#fb8c00"), StatusLevel("d", "Ei alkanut", "#c62828"))
    assert [shape_of(level, scale) for level in scale] == [
        "circle", "triangle", "triangle", "square"]
    assert shape_of(StatusLevel("", "Ei raportoitu", NOT_REPORTED_COLOUR), scale) == "hollow"


# -- end to end through the command line ------------------------------------------------------


def test_merge_writes_a_signed_summary_from_returns(cli, workspace, unit_home, home,
                                                   tmp_path, monkeypatch):
    round_ = unit_home.round()
    catalogue = unit_home.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(unit_home.store, catalogue, round_, "kanslia-viestinta", "1/1.2",
                {"status": "yellow", "narrative": "Käännöstyö viivästyi kesällä."}, "Ville")
    apply_edits(unit_home.store, catalogue, round_, "kanslia-henkilosto", "2/3.1",
                {"status": "green", "narrative": "Koulutukset pidetty https://hel.fi/x."},
                "Heli")
    returns = tmp_path / "palautukset"
    returns.mkdir()
    write_return_xlsx(unit_home, "kanslia-viestinta", make_identity("Ville"),
                      returns / "viestinta.xlsx")
    signed = returns / "henkilosto.xlsx"
    write_return_xlsx(unit_home, "kanslia-henkilosto", make_identity("Heli"), signed)
    unsigned = openpyxl.load_workbook(signed)  # the template without its signature
    del unsigned["kotodesk_allekirjoitus"]
    unsigned.save(signed)

    me = keys.new_identity(name="Kaisa Koordinaattori", email="kaisa@hel.fi", unit="",
                           organisation="Helsingin kaupunki")
    keys.save_identity(home, me, "salasana-123")
    monkeypatch.setenv("KOTODESK_PASSPHRASE", "salasana-123")
    pdf = tmp_path / "out" / "yhteenveto.pdf"
    result = cli("merge", returns, "--xlsx", tmp_path / "out" / "koottu.xlsx", "--pdf", pdf,
                 "--json")
    assert result.code == 1, result.err  # most units have not returned: incomplete
    assert result.json()["pdf"] == str(pdf) and len(result.json()["accepted"]) == 2
    checked = verify.verify_file(pdf, {me.info.fingerprint})
    assert checked.status == verify.VALID, checked.message
    assert checked.kind == "kotodesk-merged/1" and checked.round == "6–12/2023"
    text = _flat(pdftotext(pdf.read_bytes(), tmp_path, raw=True))
    # Ville's key is not on the trust list, Heli's return carries no signature: both are
    # held apart, named in the summary but not merged, until the coordinator decides.
    assert "Pidätetty, ei mukana: Kaupunginkanslian viestintäosasto, tuntematon " \
           "allekirjoittaja (viestinta.xlsx)" in text
    assert "Käännöstyö viivästyi" not in text and "Koulutukset pidetty" not in text
    for name in ("viestinta.xlsx", "henkilosto.xlsx"):
        assert cli("held", "accept", "--file", name).code == 0
    result = cli("merge", returns, "--xlsx", tmp_path / "out" / "koottu.xlsx", "--pdf", pdf,
                 "--json")
    assert len(result.json()["unchanged"]) == 2 and not result.json()["held"]
    text = _flat(pdftotext(pdf.read_bytes(), tmp_path, raw=True))
    assert ("Kaupunginkanslian viestintäosasto (tuntematon allekirjoittaja) Käännöstyö "
            "viivästyi kesällä.") in text
    assert ("Kaupunginkanslian henkilöstöosasto (allekirjoittamaton) Koulutukset pidetty "
            "https://hel.fi/x.") in text
    assert "Palautuksia saatu 2 / 15" in text


# -- people's text ----------------------------------------------------------------------------


def _summary_of(workspace, identity, edits) -> bytes:
    round_ = workspace.round()
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    for unit, ref, fields in edits:
        apply_edits(workspace.store, catalogue, round_, unit, ref, fields, "Testi")
    payload = merged_payload(workspace, round_, signer_part(identity), now_iso())
    return summary_pdf_bytes(payload, seal(payload, identity), identity)


def test_scripts_markup_and_pasted_whitespace_draw_as_typed(workspace, identity, tmp_path):
    import unicodedata

    from tests.pdf_support import ARABIC, ARABIC_LONG, CYRILLIC, FINNISH

    pdf = _summary_of(workspace, identity, [
        ("kanslia-viestinta", "1/1.1", {"status": "green", "narrative": FINNISH}),
        ("kasko", "1/1.1", {"status": "yellow", "narrative": CYRILLIC}),
        ("kanslia-viestinta", "1/1.2", {"status": "red", "narrative": ARABIC,
                                        "reasons": "لا يوجد تمويل"}),
        ("kanslia-elinkeino", "1/1.3", {"status": "green", "narrative": ARABIC_LONG}),
        ("kanslia-viestinta", "1/1.4", {
            "status": "yellow",
            "narrative": "<b>ei lihavoitu</b> & <para> ]]> &amp;\tsarkain\r\nrivi\u2028"}),
    ])
    assert verify_pdf(pdf, [identity.certificate]).status == verify.VALID

    def logical(raw: bool) -> str:
        text = unicodedata.normalize("NFKC", pdftotext(pdf, tmp_path, raw=raw))
        return _flat("".join(c for c in text if unicodedata.category(c) != "Cf"))

    flat = logical(raw=True)
    assert FINNISH in flat and CYRILLIC in flat
    # A text that goes on over a page break reads on without the page's furniture.
    flowing = _flat(flowing_text(pdf, tmp_path,
                                 heads={DETAIL_HEAD, "1. Läpileikkaavat teemat"}))
    assert "<b>ei lihavoitu</b> & <para> ]]> &amp; sarkain rivi" in flowing
    # Shaped and put in visual order: poppler reads Arabic back word after word.
    flat = logical(raw=False)
    assert ARABIC in flat and "لا يوجد تمويل" in flat
    assert "تمت ترجمة المواد إلى اللغة العربية" in flat
    assert " ".join(reversed(ARABIC.split())) not in flat


def _goal_ends_a_page(pdf: bytes, tmp_path) -> list[int]:
    """The pages on which a goal's heading is the last thing in the table."""
    import re

    pages = []
    for number in range(1, page_count(pdf, tmp_path) + 1):
        lines = pdftotext(pdf, tmp_path, first=number, last=number, raw=True).splitlines()
        goals = [i for i, line in enumerate(lines) if line.startswith("Tavoite ")]
        if goals and not any(re.match(r"\d+\.\d+ ", line) for line in lines[goals[-1]:]):
            pages.append(number)
    return pages


def test_a_narrative_longer_than_a_page_flows_over_pages(workspace, identity, tmp_path):
    from tests.pdf_support import ARABIC, ARABIC_LONG, CYRILLIC

    words = " ".join(f"sana{i}" for i in range(1500))
    pdf = _summary_of(workspace, identity, [
        ("kanslia-viestinta", "1/1.1", {"status": "green", "narrative": words}),
        ("kasko", "1/1.1", {"status": "yellow", "narrative": CYRILLIC, "reasons": "Ei."}),
        ("kanslia-viestinta", "1/1.2", {"status": "red", "narrative": ARABIC,
                                        "reasons": "لا يوجد تمويل"}),
        ("kanslia-elinkeino", "1/1.3", {"status": "green", "narrative": ARABIC_LONG
                                        + "\nhttps://www.hel.fi/fi/a/very/long/path?x=1"}),
    ])
    text = _flat(pdftotext(pdf, tmp_path, raw=True))
    assert "sana0 " in text and "sana1499" in text and CYRILLIC in text
    # With these rows, goal 3 of the first theme once stood alone at a page's foot.
    assert _goal_ends_a_page(pdf, tmp_path) == []


def test_no_goal_heading_stands_alone_at_the_foot_of_a_page(pdfs, tmp_path):
    for path in pdfs.values():
        assert _goal_ends_a_page(path.read_bytes(), tmp_path) == [], path.name


def test_another_programmes_scale_and_long_labels_are_drawn_whole(workspace, identity,
                                                                   tmp_path):
    """The 2019 report of the 2017–2021 programme: its own scale, whose red label holds
    "käynnistynyt/toimintaa", wider than a status column beside the icon."""
    round_ = workspace.round("2019", "kotouttamisohjelma-2017-2021")
    payload = merged_payload(workspace, round_, signer_part(identity), now_iso())
    pdf = summary_pdf_bytes(payload, seal(payload, identity), identity)
    assert verify_pdf(pdf, [identity.certificate]).status == verify.VALID
    document = report.from_payload(payload)
    red = next(level for level in document.scale if level.code == "red")
    assert "käynnistynyt/toimintaa" in red.label
    text = _flat(pdftotext(pdf, tmp_path, raw=True))
    pieces = [word for word in text.split() if "/toim" in word or "nistynyt/" in word]
    assert len(pieces) >= 4  # the legend, the table's head, the chart's legend, a measure
    assert set(pieces) == {"käynnistynyt/toimintaa"}  # never cut inside the word
    whole = _bare(text)
    assert all(_bare(row.text) in whole for row in document.rows())
