"""The seed 001 table format: the exact shape read off the seed by hand."""

from __future__ import annotations

import pytest

from kotodesk.catalogue.text_format import read_table_text
from kotodesk.domain.errors import InputError
from tests.support import SEED_001

THEMES = [
    "Läpileikkaavat teemat",
    "Työllisyys ja työvoima",
    "Lapset, nuoret ja perheet",
    "Asuinalueet ja yhteisöllisyys",
]
GOALS = [["1", "2", "3", "4", "5"], ["1", "2", "3"], ["1", "2", "3"], ["1", "2", "3"]]
MEASURES = [
    ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2", "5.1"],
    ["1.1", "1.2", "1.3", "2.1", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4"],
    ["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "3.1", "3.2", "3.3", "3.4", "3.5"],
    ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8"],
]


@pytest.fixture(scope="module")
def seed():
    return read_table_text(SEED_001)


def test_themes_goals_and_measures_are_those_of_seed_001(seed):
    assert [t.name for t in seed.themes] == THEMES
    assert [[g.number for g in t.goals] for t in seed.themes] == GOALS
    assert [[m.number for m in t.measures] for t in seed.themes] == MEASURES
    assert sum(len(t.measures) for t in seed.themes) == 47


def test_title_line_names_the_programme_and_period(seed):
    assert seed.title.startswith("Helsingin kaupungin kotoutumisen edistämisen painopisteitä")
    assert seed.programme.period == "2022–2025"


def test_measure_numbers_repeat_across_themes_and_refs_keep_them_apart(seed):
    refs = [m.ref for m in seed.measures()]
    assert len(refs) == len(set(refs)) == 47
    assert {"1/1.1", "2/1.1", "3/1.1", "4/1.1"} <= set(refs)
    assert seed.measure("2/1.1").text.startswith("Kaupungin työllisyyspalvelut")
    assert seed.measure("4/1.1").text.startswith("Toimialat raportoivat")


def test_trailing_dot_in_measure_number_is_the_same_measure(seed):
    measure = seed.measure("3/3.3")
    assert measure.text.startswith("Toteutetaan edelleen Kiusaamisen vastaista ohjelmaa")


def test_cells_continued_across_a_page_break_are_joined(seed):
    m = seed.measure("2/2.3")
    assert m.monitoring == (
        "Työllisyyspalvelut on tarjonnut toimialojen maahan muuttaneiden kanssa "
        "työskenteleville henkilöille informaatiota / koulutusta palveluprosessin "
        "käynnistämistä (kyllä/ei)."
    )
    assert m.responsible == (
        "Kaupunginkanslian elinkeino-osasto yhdessä sosiaali- ja terveystoimialan sekä "
        "kasvatuksen ja koulutuksen toimialan kanssa"
    )
    assert seed.measure("3/1.4").text == (
        "Monikielinen ohjaaja -mallille luodaan rakenne varhaiskasvatuksessa, "
        "perusopetuksessa, toisella asteella ja ruotsinkielisessä palvelukokonaisuudessa. "
        "Vahvistetaan tällä erityisesti monikielisten oppijoiden oppimisen edellytyksiä."
    )
    # The continuation rows did not become measures of their own.
    assert [m.number for m in seed.themes[1].measures].count("2.3") == 1


def test_goals_of_measures_and_texts_are_verbatim(seed):
    assert seed.measure("1/2.3").goal == "2"
    assert seed.themes[0].goal("2").text == (
        "Kaupunki nojaa tietoon ja tutkimukseen maahanmuuton ja Suomeen muuttaneiden "
        "kotoutumisen kysymyksissä.")
    assert seed.measure("2/3.2").text == "Anonyymiä rekrytointia laajennetaan."
    assert seed.measure("2/3.2").monitoring == (
        "Anonyymisti toteutettujen rekrytointiprosessien osuus kaikista "
        "rekrytointiprosesseista (%)")


def write(tmp_path, text: str, name: str = "catalogue.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


HEADER = "Tavoitteet\tToimenpiteet\tSeuranta\tVastuutahot\n"


def test_measure_row_before_any_theme_names_the_row(tmp_path):
    path = write(tmp_path, HEADER + "1. Tavoite\t1.1 Toimenpide\tX (kyllä/ei)\tKasko\n")
    with pytest.raises(InputError) as err:
        read_table_text(path)
    assert err.value.row == 2
    assert "before any theme" in str(err.value)
    assert str(path) in str(err.value)


def test_duplicate_measure_number_in_a_theme_names_both_rows(tmp_path):
    path = write(tmp_path, "Otsikko\nTeema\t\t\t\n" + HEADER
                 + "1. Tavoite\t1.1 Eka\t\tKasko\n\t1.2 Toka\t\tKuva\n\t1.1 Kolmas\t\tKasko\n")
    with pytest.raises(InputError) as err:
        read_table_text(path)
    assert err.value.row == 6
    assert "1.1 appears twice" in str(err.value) and "row 4" in str(err.value)


@pytest.mark.parametrize("content, problem", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"Otsikko\nei taulukkoa\n", "no theme found"),
    ("Teema\n".encode("latin-1") + "Tavoitteet\tToimenpiteet\n1. ä\t1.1 ö\n".encode("cp1252"),
     "not UTF-8"),
])
def test_bad_text_files_are_refused_with_the_reason(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_table_text(path)
    assert problem in str(err.value)
    assert str(path) in str(err.value)


def test_measures_without_goal_are_kept_without_goal(tmp_path):
    path = write(tmp_path, "Teema\n" + HEADER + "\t1.1 Ilman tavoitetta\t\tKasko\n")
    catalogue = read_table_text(path)
    assert catalogue.measure("1/1.1").goal is None
