"""The catalogue workbook: export then import gives back the same catalogue."""

from __future__ import annotations

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kotodesk.catalogue.rules import catalogue_to_dict, content_hash
from kotodesk.catalogue.text_format import read_table_text
from kotodesk.catalogue.xlsx_format import read_catalogue_xlsx, write_catalogue
from kotodesk.domain.errors import InputError
from kotodesk.domain.model import (
    Catalogue,
    Goal,
    Indicator,
    IndicatorType,
    Measure,
    MeasureKind,
    Programme,
    ProgrammeIndicator,
    Theme,
)
from tests.support import SEED_001


def comparable(catalogue: Catalogue) -> dict:
    """What must survive a round trip. Indicator wording is derived again from the
    monitoring text on import, so names and types are compared."""
    data = catalogue_to_dict(catalogue)
    data["programme"].pop("id")
    for theme in data["themes"]:
        for measure in [m for g in theme["goals"] for m in g["measures"]] + theme["measures"]:
            for indicator in measure["indicators"]:
                indicator.pop("wording")
    return data


def test_seed_001_round_trips_through_xlsx(tmp_path):
    seed = read_table_text(SEED_001)
    target = tmp_path / "catalogue.xlsx"
    write_catalogue(seed, target)
    back = read_catalogue_xlsx(target)
    assert content_hash(back) == content_hash(seed)
    assert back.measure("2/2.3").indicators == seed.measure("2/2.3").indicators


def test_workbook_is_laid_out_for_people(tmp_path):
    seed = read_table_text(SEED_001)
    target = tmp_path / "catalogue.xlsx"
    write_catalogue(seed, target)
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Ohjelma", "Läpileikkaavat teemat", "Työllisyys ja työvoima",
                             "Lapset, nuoret ja perheet", "Asuinalueet ja yhteisöllisyys",
                             "Ohjelman mittarit"]
    ws = wb["Työllisyys ja työvoima"]
    assert [c.value for c in ws[2]][:6] == ["Tavoitteet", "Nro", "Toimenpiteet", "Seuranta",
                                            "Mittarit", "Vastuutahot"]
    assert ws.freeze_panes == "A3"
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$2:$2"


# -- generated catalogues ------------------------------------------------------------------

ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "Zs", "S"),
    include_characters="äöåÄÖÅжЖщبيتسلام\n",
    # Line separators become line breaks, and U+FFFD..U+FFFF (a broken decode's trace,
    # noncharacters) are removed, in every file kotodesk writes (kotodesk/domain/text.py).
    exclude_characters="\x85\u2028\u2029\ufffd\ufffe\uffff",
)
plain = st.text(ALPHABET, max_size=60).map(str.strip)
line = st.text(ALPHABET.filter(lambda c: c != "\n"), min_size=1, max_size=40).map(
    lambda s: " ".join(s.split())).filter(bool)
formula_like = st.builds(lambda p, s: p + s, st.sampled_from("=+-@"), plain).map(str.strip)
cell_text = st.one_of(plain, formula_like, st.sampled_from([
    "Helsingin kaupunki ja Kasko", "Göteborgs stad och Malmö", "Москва и Санкт-Петербург",
    "مرحبا بالعالم", "=HYPERLINK(\"http://x\")", "+358 40 123", "-12,5 %", "@mention",
    "rivi 1\nrivi 2\n\nkappale",
]))
tag = st.text(ALPHABET.filter(lambda c: c not in ";\n"), min_size=1, max_size=15).map(
    lambda s: " ".join(s.split())).filter(bool)


@st.composite
def catalogues(draw) -> Catalogue:
    themes = []
    names = draw(st.lists(line, min_size=1, max_size=3, unique_by=str.casefold))
    for position, name in enumerate(names, start=1):
        theme = Theme(position=position, name=name)
        goal_count = draw(st.integers(0, 3))
        theme.goals = [Goal(str(n), draw(cell_text)) for n in range(1, goal_count + 1)]
        numbers = draw(st.lists(st.tuples(st.integers(1, 9), st.integers(1, 20)), min_size=1,
                                max_size=5, unique=True))
        for a, b in numbers:
            goal = draw(st.sampled_from([None, *[g.number for g in theme.goals]]))
            indicators = tuple(
                Indicator(draw(line), draw(st.sampled_from(list(IndicatorType))), "")
                for _ in range(draw(st.integers(0, 2)))
            )
            if len({i.name for i in indicators}) < len(indicators):
                indicators = indicators[:1]
            theme.measures.append(Measure(
                theme=position, number=f"{a}.{b}", text=draw(cell_text), goal=goal,
                monitoring=draw(cell_text), indicators=indicators,
                responsible=draw(cell_text), tags=tuple(draw(st.lists(tag, max_size=2))),
                kind=draw(st.sampled_from(list(MeasureKind))), note=draw(cell_text),
            ))
        # A goal's measures follow each other, as in the source tables.
        order = {None: -1, **{g.number: i for i, g in enumerate(theme.goals)}}
        theme.measures.sort(key=lambda m: order[m.goal])
        themes.append(theme)
    programme = Programme(id="x", name=draw(line), short_name=draw(plain), period="2022–2025")
    indicators = [ProgrammeIndicator(draw(line), draw(cell_text), draw(cell_text))
                  for _ in range(draw(st.integers(0, 2)))]
    return Catalogue(programme, themes, indicators, title=draw(plain), source=draw(cell_text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogue=catalogues())
def test_any_catalogue_round_trips_through_xlsx(tmp_path_factory, catalogue):
    target = tmp_path_factory.mktemp("rt") / "c.xlsx"
    write_catalogue(catalogue, target)
    assert comparable(read_catalogue_xlsx(target)) == comparable(catalogue)


def test_text_starting_like_a_formula_is_written_and_read_as_text(tmp_path):
    catalogue = read_table_text(SEED_001)
    measure = catalogue.measure("1/1.1")
    measure.text = '=HYPERLINK("http://example.com","klikkaa")'
    measure.monitoring = "+358 40 123"
    measure.responsible = "@Kasko"
    target = tmp_path / "c.xlsx"
    write_catalogue(catalogue, target)
    ws = openpyxl.load_workbook(target)["Läpileikkaavat teemat"]
    cells = {c.value: c.data_type for row in ws.iter_rows() for c in row if c.value}
    assert cells['=HYPERLINK("http://example.com","klikkaa")'] == "s"
    assert cells["+358 40 123"] == "s"
    assert read_catalogue_xlsx(target).measure("1/1.1").text == measure.text


def test_formula_cells_are_read_as_their_text_and_flagged(tmp_path):
    catalogue = read_table_text(SEED_001)
    target = tmp_path / "c.xlsx"
    write_catalogue(catalogue, target)
    wb = openpyxl.load_workbook(target)
    wb["Läpileikkaavat teemat"]["C3"] = "=1+1"  # openpyxl writes this as a formula
    wb.save(target)
    warnings: list[str] = []
    back = read_catalogue_xlsx(target, warnings=warnings)
    assert back.measure("1/1.1").text == "=1+1"
    assert any("row 3" in w and "formula" in w for w in warnings)


def test_one_sheet_with_a_theme_column_is_read_too(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Teema", "Tavoitteet", "Toimenpiteet", "Seuranta", "Vastuutahot"])
    ws.append(["Työ", "1. Työllisyys", "1.1 Ohjataan", "Aste (%)", "Kasko"])
    ws.append(["Työ", None, "1.2 Vahvistetaan", "Resurssi (kyllä/ei)", "Kuva"])
    ws.append(["Asuminen", "1. Alueet", "1.1 Viestitään", "Määrä", "Kaikki toimialat"])
    wb.save(tmp_path / "own.xlsx")
    catalogue = read_catalogue_xlsx(tmp_path / "own.xlsx")
    assert [t.name for t in catalogue.themes] == ["Työ", "Asuminen"]
    assert catalogue.measure("1/1.2").goal == "1"
    assert catalogue.measure("1/1.2").indicators[0].type is IndicatorType.YES_NO
    assert catalogue.measure("2/1.1").indicators[0].type is IndicatorType.COUNT


def test_workbook_without_the_columns_is_refused(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Nimi", "Osoite"])
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(InputError, match="no sheet has the catalogue columns"):
        read_catalogue_xlsx(tmp_path / "other.xlsx")


def test_duplicate_measure_in_xlsx_names_sheet_and_row(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Teema A"
    ws.append(["Tavoitteet", "Toimenpiteet", "Seuranta", "Vastuutahot"])
    ws.append(["1. T", "1.1 Eka", "", "Kasko"])
    ws.append([None, "1.1 Toka", "", "Kasko"])
    wb.save(tmp_path / "dup.xlsx")
    with pytest.raises(InputError) as err:
        read_catalogue_xlsx(tmp_path / "dup.xlsx")
    assert (err.value.sheet, err.value.row) == ("Teema A", 3)
    assert "sheet 'Teema A', row 3" in str(err.value)
