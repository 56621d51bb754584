"""Proposing typed indicators from the source's monitoring texts, and typed values."""

from __future__ import annotations

import pytest

from kotodesk.domain.indicators import IndicatorValueError, parse_value, propose_indicators
from kotodesk.domain.model import IndicatorType as T


def kinds(text: str) -> list[tuple[str, T]]:
    return [(i.name, i.type) for i in propose_indicators(text)]


def test_markers_give_types_and_split_run_together_indicators():
    assert kinds("Kartoitus tehty (kyllä/ei) Osallistamalla toteutettujen ohjelmistojen määrä") \
        == [("Kartoitus tehty", T.YES_NO),
            ("Osallistamalla toteutettujen ohjelmistojen määrä", T.COUNT)]
    assert [k for _, k in kinds(
        "Vieraskielisten työllisyysaste (%), vieraskielisten aktivointiaste työmarkkinoita "
        "lähellä oleviin palveluihin (%), vieraskielisten työttömyysjaksojen keskimääräinen "
        "pituus (%)")] == [T.PERCENT] * 3
    assert kinds("Toimintamalli on luotu ja otettu käyttöön (kyllä/ei); suoritettujen "
                 "kieliopintojen määrä (osallistujamäärä/kurssit/h)")[1][1] is T.TEXT


def test_sentences_and_capitalised_clauses_split_but_names_and_hyphens_do_not():
    assert len(kinds("Dialogitapaamisten laadullinen palaute Järjestöfoorumien määrä ja palaute "
                     "Kokemukset kodin ja koulun yhteistyöstä huoltajilta")) == 3
    assert len(kinds("Ulkomaalaistaustaisille nuorille kohdentuu ensimmäisiä työkokemuksia "
                     "Job'd-toimintamallin kautta vähintään heidän osuutensa verran ikäluokasta "
                     "(kyllä/ei).")) == 1
    assert len(kinds("Esihenkilöiden osaamista on vahvistettu mm. koulutuskokonaisuuksilla ja "
                     "Helmi-materiaaleilla (kyllä/ei).")) == 1
    assert kinds("Osana kirjastopalveluiden Demokratiakahvila -hanketta toteutuneet "
                 "asukastilaisuudet ja niiden osallistujamäärät. Selvitys hankkeen puitteissa "
                 "tehdyistä havainnoista ja suosituksista (tehty/ei tehty).") == [
        ("Osana kirjastopalveluiden Demokratiakahvila -hanketta toteutuneet asukastilaisuudet "
         "ja niiden osallistujamäärät", T.TEXT),
        ("Selvitys hankkeen puitteissa tehdyistä havainnoista ja suosituksista", T.YES_NO)]


# The nine clauses of the 2022–2025 catalogue (seed 001) that ask for more than one number,
# or a number and words: a count field would hold only one of them.
SEVERAL = [
    "suoritettujen kieliopintojen määrä (osallistujamäärä/kurssit/h)",
    "Koulutusten määrä ja laadullinen palaute",
    "Järjestöfoorumien määrä ja palaute",
    "Toimenpiteiden määrä ja sisällöt: monikielinen materiaali, eri kielet ja "
    "sisältökokonaisuudet",
    "Uudet yhteistyökumppanuudet ja yhteistyömuotojen määrä",
    "Osana kirjastopalveluiden Demokratiakahvila -hanketta toteutuneet asukastilaisuudet ja "
    "niiden osallistujamäärät.",
    "Koulutuksiin osallistuneiden määrä ja laadullinen palaute toimialoittain",
    "Käytettyjen dialogisten menetelmien määrä ja niiden kuvaukset.",
    "Liikuntapalveluiden henkilöstöä on koulutettu moninaisten helsinkiläisten kohtaamisessa "
    "(tilaisuuksien määrä/osallistujamäärä).",
]


@pytest.mark.parametrize("clause", SEVERAL)
def test_a_clause_asking_for_several_numbers_takes_them_as_written(clause):
    ((_, kind),) = kinds(clause)
    assert kind is T.TEXT
    assert parse_value(kind, "6 kieltä, 4 sisältökokonaisuutta") == \
        "6 kieltä, 4 sisältökokonaisuutta"


def test_the_2022_2025_catalogue_has_those_nine_and_three_single_counts():
    from pathlib import Path

    from kotodesk.catalogue.text_format import read_table_text
    from kotodesk.system.resources import path as resource

    catalogue = read_table_text(Path(resource("programmes", "kotoutuminen-2022-2025",
                                              "catalogue.tsv")))
    by_wording = {i.wording: i.type for m in catalogue.measures() for i in m.indicators}
    assert all(by_wording[clause] is T.TEXT for clause in SEVERAL)
    assert sorted(w for w, k in by_wording.items() if k is T.COUNT) == [
        "Osallistamalla toteutettujen ohjelmistojen määrä",
        "Toteutettujen asukastilaisuuksien määrä.",
        "vieraskielisten määrä toimialan henkilöstössä lähenee vastaamaan väestöosuutta."]


def test_words_that_only_look_like_counts_stay_text():
    assert kinds("Neuvonnan määrällinen ja laadullinen seuranta") == [
        ("Neuvonnan määrällinen ja laadullinen seuranta", T.TEXT)]
    assert kinds("") == []


def test_wording_is_kept_verbatim():
    (indicator,) = propose_indicators("Tulkkaukspalveluiden käytännöt yhtenäistetty "
                                      "(kyllä/ei, miten).")
    assert indicator.wording == "Tulkkaukspalveluiden käytännöt yhtenäistetty (kyllä/ei, miten)."


@pytest.mark.parametrize("kind, typed, stored", [
    (T.PERCENT, "12,5", "12.5"),
    (T.PERCENT, "12.5 %", "12.5"),
    (T.PERCENT, "100", "100"),
    (T.NUMBER, "1 234,50", "1234.5"),
    (T.NUMBER, "-3", "-3"),
    (T.COUNT, "17 661", "17661"),
    (T.COUNT, "1000", "1000"), (T.COUNT, "1 000", "1000"), (T.COUNT, "1,0", "1"),
    (T.NUMBER, "1,000", "1"),  # a number field reads the comma the Finnish way
    (T.YES_NO, "Kyllä", "yes"),
    (T.YES_NO, "ei", "no"),
    (T.YES_NO, "nej", "no"),
    (T.TEXT, "  vapaata tekstiä ", "vapaata tekstiä"),
    (T.COUNT, "", ""),
])
def test_values_are_stored_canonically(kind, typed, stored):
    assert parse_value(kind, typed) == stored


@pytest.mark.parametrize("kind, typed", [
    (T.PERCENT, "abc"), (T.PERCENT, "150"), (T.PERCENT, "-1"), (T.COUNT, "1,5"),
    (T.COUNT, "-2"), (T.YES_NO, "ehkä"), (T.NUMBER, "12,5,3"), (T.NUMBER, "NaN"),
    (T.NUMBER, "Infinity"),
    # Figures no report gives, which Python would write out digit by digit: refused,
    # not a ValueError or decimal.Overflow escaping to the window.
    (T.COUNT, "1e5000"), (T.COUNT, "9" * 5000), (T.NUMBER, "1e9999999"),
    (T.NUMBER, "1e-99999"), (T.PERCENT, "1e-99999"), (T.COUNT, "1e15"),
    # A thousand grouped with a comma or a point: a count was saved as 1 (the comma read
    # as Finnish decimals); ambiguous, so refused, with the ways to write it in the text.
    (T.COUNT, "1,000"), (T.COUNT, "1.000"), (T.COUNT, "12,500"), (T.COUNT, "1.000.000"),
])
def test_values_that_do_not_fit_their_type_are_rejected(kind, typed):
    with pytest.raises(IndicatorValueError):
        parse_value(kind, typed)


def test_a_count_typed_with_a_huge_exponent_is_refused_at_once():
    """"1e9999999" in a count field froze the window: int() of ten million digits.
    Checked in a child process, so that the old behaviour fails the test, not hangs it."""
    import subprocess
    import sys

    code = ("from kotodesk.domain.indicators import IndicatorValueError, parse_value\n"
            "from kotodesk.domain.model import IndicatorType\n"
            "try:\n    parse_value(IndicatorType.COUNT, '1e9999999')\n"
            "except IndicatorValueError:\n    print('refused')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.strip() == "refused", done.stderr[-500:]
