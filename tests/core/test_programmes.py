"""Three programmes in one data folder: the shapes read off seeds 000, 003 and 004 by hand,
the 2019 report as a closed round, Mukana's goal-less measures, and the catalogue
workbook round trip of each programme."""

from __future__ import annotations

import io
from collections import Counter

import pytest

from kotodesk.catalogue.rules import catalogue_to_dict, content_hash
from kotodesk.catalogue.xlsx_format import read_catalogue_xlsx, write_catalogue
from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.errors import UsageError
from kotodesk.domain.model import IndicatorType, MeasureKind
from kotodesk.domain.register import Register
from kotodesk.reporting.entries import apply_edits
from kotodesk.reporting.validation import problems
from kotodesk.storage import entries, measure_texts, rounds, settings
from tests.support import dump

DEFAULT = "kotoutuminen-2022-2025"
OLD = "kotouttamisohjelma-2017-2021"
MUKANA = "mukana"
PROGRAMMES = [DEFAULT, OLD, MUKANA]


def measure_refs(catalogue) -> list[str]:
    return [m.ref for m in catalogue.measures()]


# -- a fresh installation ----------------------------------------------------------------


def test_a_new_data_folder_holds_all_three_programmes_with_2022_2025_the_default(workspace):
    from kotodesk.storage import catalogues

    assert [p.id for p in catalogues.list_programmes(workspace.store)] == PROGRAMMES
    assert workspace.default_programme_id() == DEFAULT
    open_rounds = [r for r in rounds.list_rounds(workspace.store) if r.state == "open"]
    assert [(r.programme_id, r.period) for r in open_rounds] == [(DEFAULT, "6–12/2023")]
    assert workspace.round().period == "6–12/2023"


def test_first_start_adds_no_units_the_register_does_not_know(workspace):
    """Every Vastuutaho of the three programmes reads as register units: the register
    file lists exactly the units a new data folder has."""
    from kotodesk.system import resources

    shipped = Register.load(resources.path("register", "helsinki.json"))
    assert set(workspace.register.units) == set(shipped.units)
    catalogue = workspace.catalogue(OLD)
    names = {ref: [workspace.register.units[r.unit_id].name for r in catalogue.measure(ref).units]
             for ref in ("1/1.2", "1/1.3", "3/6.3", "3/7.3", "4/11")}
    assert names == {
        "1/1.2": ["Kaupunginkanslian työvoima ja maahanmuutto"],
        "1/1.3": ["Ohjaamo"],
        "3/6.3": ["Kulttuurin ja vapaa-ajan toimialan kehittämispalvelut",
                  "Kulttuurin ja vapaa-ajan toimialan viestintä- ja markkinointipalvelut"],
        "3/7.3": ["Annantalo", "HAM Helsingin taidemuseo", "Helsingin kaupunginmuseo"],
        "4/11": ["Kaupunginkanslian asuminen ja kaupunkiuudistus"],
    }


def test_the_command_line_defaults_to_the_programme_of_the_open_round(cli, home):
    ws = Workspace.open(home)
    settings.put(ws.store, programme=OLD)  # the window last showed the 2019 report
    ws.close()
    assert cli("catalogue", "show", "--json").json()["programme"]["id"] == DEFAULT
    shown = cli("entry", "show", "--unit", "Kasko", "--json").json()
    assert (shown["programme"], shown["period"]) == (DEFAULT, "6–12/2023")
    old = cli("entry", "show", "--unit", "Stadin osaamiskeskus", "--programme", OLD, "--json")
    assert (old.json()["programme"], old.json()["period"]) == (OLD, "2019")


# -- the 2017–2021 programme (seeds 000 and 003) -------------------------------------------


def test_2017_2021_themes_goals_and_measures_as_in_the_report(workspace):
    catalogue = workspace.catalogue(OLD)
    assert catalogue.programme.name == "Helsingin kaupungin kotouttamisohjelma 2017–2021"
    assert [t.name for t in catalogue.themes] == [
        "Helsinki on osaavan työvoiman kaupunki",
        "Helsinki on maailman vaikuttavin paikka oppia",
        "Helsinki on avoin ja osallistava",
        "Helsinki ehkäisee eriarvoistumista"]
    assert [len(t.measures) for t in catalogue.themes] == [9, 28, 16, 15]
    assert [len(t.goals) for t in catalogue.themes] == [6, 13, 8, 10]
    assert measure_refs(catalogue)[:9] == ["1/1.1", "1/1.2", "1/1.3", "1/1.4", "1/1.5", "1/2",
                                           "1/3.1", "1/3.2", "1/N1"]
    assert [m.number for m in catalogue.themes[3].measures] == [
        "9.1", "9.2", "9.3", "9.4", "9.5", "9.6", "9.7", "9.8", "9.9",
        "10.1", "10.2", "10.3", "10.4", "11", "N1"]
    # The Lukuohje of seed 000, word for word.
    assert [(s.code, s.label) for s in catalogue.programme.scale] == [
        ("green", "Toiminta käynnistynyt ja etenee aikataulussa"),
        ("yellow", "Toiminta käynnistynyt, mutta jäljessä aikataulusta"),
        ("red", "Toiminta ei ole käynnistynyt/toimintaa ei käynnistetä")]


def test_2017_2021_sample_measures_verbatim(workspace):
    catalogue = workspace.catalogue(OLD)
    m = catalogue.measure("1/1.1")
    assert m.text.startswith("Stadin osaamiskeskuksen toimintaa kehitetään yhteistyössä "
                             "TE-palveluiden sekä sosiaali- ja terveystoimialan kanssa")
    assert m.monitoring == ("Stadin osaamiskeskuksen osaamiskartoitukseen tulee vuosittain 1000 "
                            "uutta asiakasta. Heistä 50 % ohjautuu ammatilliseen koulutukseen ja "
                            "vähintään 20 % aloittaa palkkatyön.")
    assert [(i.type, i.wording) for i in m.indicators] == [
        (IndicatorType.COUNT, "Stadin osaamiskeskuksen osaamiskartoitukseen tulee vuosittain "
                              "1000 uutta asiakasta."),
        (IndicatorType.PERCENT, "Heistä 50 % ohjautuu ammatilliseen koulutukseen"),
        (IndicatorType.PERCENT, "vähintään 20 % aloittaa palkkatyön.")]
    assert m.responsible == "Kasvatuksen ja koulutuksen toimiala, Stadin osaamiskeskus"
    assert catalogue.theme_of(m).goal(m.goal).text == (
        "Kaupungin työllisyyttä edistäviä palveluita suunnataan niihin ryhmiin, joissa "
        "osallistuminen työmarkkinoille on vähäisintä")

    m = catalogue.measure("1/2")  # the source's own spelling is kept
    assert m.monitoring == ("Ulkomaalaisjataustaisten osuus henkilöstöstä (%)\n"
                            "Harjoittelupaikkojen kehitys strategiakaudella (lkm)")
    assert m.tags == ("Helsinki kehittyy monimuotoisena ja kansainvälisenä työnantajana",)

    m = catalogue.measure("2/4.13")
    assert m.text == ("Kasvatuksen ja koulutuksen toimialan palveluita esitellään vuosittain "
                      "Oppimispolut Helsingissä -tapahtumassa, joka on suunnattu ohjaaville "
                      "tahoille, asiakkaille ja huoltajille. Tapahtumassa tarjotaan myös "
                      "monikielistä neuvontaa ja ohjausta.")
    assert m.goal is None and m.tags == ("Ohjaus, neuvonta ja siirtymät",)
    # The table's Mittarit column is "koko ohjelmaa koskevat, ei yksittäistä toimenpidettä":
    # programme-level indicators, so no measure of the table has indicators of its own.
    theme = catalogue.themes[1]
    assert all(not m.indicators and not m.monitoring for m in theme.measures)
    assert sum(len(m.indicators) for m in catalogue.measures()) == 190 - 125

    m = catalogue.measure("4/11")
    assert m.tags == ("Asuntopoliittiset toimenpiteet",)
    assert m.responsible == ("Kaupunginkanslia, talous- ja suunnitteluosasto, asuminen ja "
                             "kaupunkiuudistus")
    assert m.indicators[0].type is IndicatorType.TEXT


def test_2017_2021_social_and_health_measures_follow_seed_003(workspace):
    catalogue = workspace.catalogue(OLD)
    group = [catalogue.measure(f"4/9.{n}") for n in range(1, 10)]
    assert {m.responsible for m in group} == {"Sosiaali- ja terveystoimiala"}
    assert {m.tags for m in group} == {("Sosiaali- ja terveystoimialan toimenpidekokonaisuus",)}
    assert group[3].text.startswith("Toimiala on mukana sote-maakuntarakenteeseen")
    assert group[2].monitoring == ("Järjestetyt koulutustilaisuudet (lkm) ja "
                                   "koulutustilaisuuksiin osallistuneet (lkm)")
    assert [i.type for i in group[2].indicators] == [IndicatorType.COUNT] * 2
    assert group[4].monitoring.endswith("Vasta maahan muuttaneiden sosiaalisen kuntoutuksen "
                                        "osallistuneiden määrä osaamiskeskustoiminnassa.")
    assert group[8].indicators[1].wording == ("Rakennettu sähköisiä kanavia, joiden kautta "
                                              "tavoittaa maahanmuuttajanuoria.")
    goals = catalogue.themes[3]
    assert goals.goal(group[7].goal).text == ("Toimitaan yhdessä kaupungin muiden toimijoiden "
                                              "kanssa toisen sukupolven nuorten syrjäytymisen "
                                              "ehkäisemiseksi")


def test_2017_2021_highlighted_projects_have_no_indicator(workspace):
    catalogue = workspace.catalogue(OLD)
    highlights = [m for m in catalogue.measures() if m.kind is MeasureKind.HIGHLIGHT]
    assert [(m.ref, m.title, m.tags) for m in highlights] == [
        ("1/N1", "Työelämävalmennus ja yrityskoordinaattorit Osaamiskeskuksessa", ("Nosto",)),
        ("3/N1", "Kaupunginorkesterin Opi suomea laulaen -työpajat", ("Nosto", "Esittelyssä")),
        ("3/N2", "Kotivanhempien kieli- ja yhteiskuntatietous", ("Nosto", "Esittelyssä")),
        ("4/N1", "Jalkautuva neuvonta", ("Esittelyssä",))]
    assert all(m.indicators == () for m in highlights)
    assert highlights[0].monitoring == "Ei määrällistä mittaria"


def test_2017_2021_programme_level_indicators_from_seed_003_and_theme_2(workspace):
    catalogue = workspace.catalogue(OLD)
    indicators = catalogue.programme_indicators
    # Seed 003's 7, then the items of theme 2's three "koko ohjelmaa koskevat" columns
    # (4 + 5 + 1), of which 3 repeat a seed 003 row and are that row.
    assert len(indicators) == 7 + 10 - 3
    assert len({i.name for i in indicators}) == len(indicators)
    table = "Helsinki on maailman vaikuttavin paikka oppia – "
    assert [i.section.removeprefix(table) for i in indicators] == [
        "", "", "", "", *["Ohjaus, neuvonta ja siirtymät"] * 3,
        *["Oppimisen edellytykset ja tuki"] * 4, *["Ohjaus, neuvonta ja siirtymät"] * 2,
        "Osaamisen kehittäminen ja rekrytointi"]
    assert indicators[7].name.startswith("3–6-vuotiaiden osallistuminen kunnan tai "
                                         "yksityisen järjestämään varhaiskasvatukseen")
    assert (indicators[7].responsible, indicators[7].source, indicators[7].unit_id) == (
        "", "", None)  # the column names no follower and no source
    first = indicators[0]
    assert (first.name, first.responsible, first.source) == (
        "Alueiden eriytymisen indeksi",
        "Kaupunginkanslian maahanmuutto- ja työllisyysasioiden yksikkö",
        "Kaupunkitutkimus- ja tilastot -yksikkö; Tilastokeskus.")
    assert first.unit_id == "kanslia-maahanmuutto-tyollisyys"
    assert indicators[1].source == "Kaupunkitutkimus- ja tilastot -yksikkö. Tilastokeskus"
    assert indicators[4].source == "Kaupunkitutkimus- ja tilastot -yksikkö; Opetushallitus."
    assert (indicators[6].name, indicators[6].unit_id) == (
        "Koulutuksen ja työn ulkopuolella olevat nuoret ikäluokittain äidinkielen ja "
        "sukupuolen mukaan (16-29-vuotiaat ja tarkennettuna 16-24-vuotiaat).", "kasko")


# -- the 2019 report: a closed round -------------------------------------------------------


@pytest.fixture
def round_2019(workspace):
    return rounds.list_rounds(workspace.store, OLD)[0]


def test_the_2019_report_is_a_closed_round_with_statuses_from_its_words(workspace, round_2019):
    assert (round_2019.period, round_2019.state) == ("2019", "closed")
    assert round_2019.from_report
    found = {e.measure_ref: e for e in entries.entries_of_round(workspace.store, round_2019.id)
             + measure_texts.texts_of_round(workspace.store, round_2019.id)}
    assert len(found) == 68
    # Only where the report's words state it, read with its legend (Lukuohje): "Käynnissä"
    # and the like green, "Käynnistetään / Käynnistyy / Käynnistymässä" (not started) red.
    assert Counter(e.status for e in found.values()) == {"green": 26, "red": 7, None: 35}
    assert {ref for ref, e in found.items() if e.status == "red"} == {
        "2/4.5", "2/4.8", "2/4.9", "2/4.13", "2/4.19", "2/4.25", "4/9.8"}
    assert found["2/4.5"].status == "red"  # "Käynnistymässä."
    assert found["2/4.5"].indicator_report.startswith("Käynnistymässä. Mittarina")
    assert found["4/9.8"].status == "red"  # "toimenpiteitä ei ole vielä tehty"
    assert found["1/1.2"].status is None  # "Ei mitattavaa"
    assert found["1/1.1"].unit_id == "kasko-stadin-osaamiskeskus"
    assert found["1/1.1"].status is None  # judged yellow before: no status word in the report
    assert found["1/1.1"].values == {"Uudet asiakkaat osaamiskartoituksessa vuosittain": "793"}
    # Figures for 2016–2019 and for 2018 are not the 2019 values: kept with their periods.
    assert "15 % (2016–2019) [kirjattu tekstinä" in found["1/1.1"].indicator_report
    assert "54 (2018) [kirjattu tekstinä" in found["4/9.5"].indicator_report
    # Several responsible units, none named: the report's text for the measure as a whole.
    assert {ref for ref, e in found.items() if e.whole_measure} == {"3/6.3", "3/7.3", "3/7.4"}
    assert found["3/5.1"].indicator_report == "Ei\nEi"
    assert found["3/N1"].narrative.startswith("Stoassa järjestettiin 12 yksittäistä työpajaa")


def test_the_closed_2019_round_cannot_be_changed(workspace, round_2019, cli, home):
    catalogue = workspace.catalogue(OLD)
    with pytest.raises(UsageError, match="round 2019 is closed"):
        apply_edits(workspace.store, catalogue, round_2019, "kasko-stadin-osaamiskeskus",
                    "1/1.1", {"narrative": "Uusi teksti"}, "Anna")
    before = dump(workspace.store)
    result = cli("entry", "set", "--programme", OLD, "--unit", "Stadin osaamiskeskus",
                 "--measure", "1/1.1", "--status", "green")
    assert result.code == 2
    assert "has no open round; its latest round, 2019, is closed" in result.err
    result = cli("entry", "set", "--programme", OLD, "--round", "2019", "--unit",
                 "Stadin osaamiskeskus", "--measure", "1/1.1", "--status", "green")
    assert result.code == 2
    assert "round 2019 is closed" in result.err
    assert dump(workspace.store) == before


# -- the Mukana programme (seed 004) -------------------------------------------------------


def test_mukana_measures_have_no_goals_and_carry_area_tags(workspace):
    catalogue = workspace.catalogue(MUKANA)
    assert catalogue.programme.name == "Mukana-ohjelma"
    assert [t.name for t in catalogue.themes] == [
        "Systeemiseen muutokseen pyrkivät alueellisesti rajatut toimenpiteet",
        "Nykyisten palveluiden parantamiseen tähtäävät toimenpiteet",
        "Viestinnällisiä toimenpiteitä"]
    assert [len(t.measures) for t in catalogue.themes] == [4, 2, 5]
    assert all(not t.goals for t in catalogue.themes)
    assert all(m.goal is None and not m.units and not m.indicators
               for m in catalogue.measures())
    assert [(m.title, m.tags) for m in catalogue.themes[0].measures] == [
        ("Kontulan 3.-luokkalaisille harrastus", ("Kontula",)),
        ("Varhaisen vaiheen tukea perheille Meri-Rastilassa", ("Meri-Rastila",)),
        ("Me-koulut Mellunmäkeen, Malmille ja Kannelmäkeen",
         ("Mellunmäki", "Malmi", "Kannelmäki")),
        ("Ilmiölähtöinen budjetointi", ())]
    kummi = catalogue.measure("2/1")
    assert kummi.text == (
        "Kulttuurin kummilapset\n\nJokainen syntyvä helsinkiläislapsi ja hänen perheensä saa "
        "seitsemän vuoden pitkäjänteisen kosketuksen johonkin taiteen tai kulttuurin alaan. "
        "Toimenpide laajentaa kaupungin-orkesterin kummilapsitoimintaa koskemaan jokaista "
        "syntyvää ikäluokkaa ja yhteensä seitsemää kulttuurin ja taiteen alaa.")
    assert [m.title for m in catalogue.themes[2].measures] == [
        "Nuorten nettisivut", "Palveluiden mielikuvien muutos", "Mukana-tunnustus",
        "Myytinmurtajat-vlogi", "#Onnistumisia-kampanja"]
    assert rounds.list_rounds(workspace.store, MUKANA) == []


def test_a_mukana_measure_without_goal_is_reported_from_the_command_line(cli):
    assert cli("round", "new", "--programme", "mukana", "--period", "2024",
               "--deadline", "2025-01-31").code == 0
    assert cli("entry", "show", "--unit", "Kuva", "--json").json()["programme"] == (
        "kotoutuminen-2022-2025")  # two open rounds: the first programme stays the default
    result = cli("entry", "set", "--programme", "Mukana", "--unit", "Kuva", "--measure", "1/1",
                 "--status", "green", "--json")
    assert result.code == 0, result.err
    shown = cli("entry", "show", "--programme", MUKANA, "--unit", "Kuva", "--json").json()
    assert [(e["measure"], e["status"], e["tags"]) for e in shown["entries"]] == [
        ("1/1", "green", ["Kontula"])]
    assert shown["missing"] == ["1/1: no description of what has been done"]
    cli("entry", "set", "--programme", MUKANA, "--unit", "Kuva", "--measure", "1/1",
        "--narrative", "Harrastuskokeilut alkoivat Kontulan kouluissa.")
    shown = cli("entry", "show", "--programme", MUKANA, "--unit", "Kuva").out
    assert "1/1  [green]  Kontulan 3.-luokkalaisille harrastus" in shown
    assert "Harrastuskokeilut alkoivat Kontulan kouluissa." in shown
    assert "Nothing missing." in shown


def test_validation_counts_a_goal_less_measure_once_the_unit_has_started_it(workspace):
    catalogue = workspace.catalogue(MUKANA)
    assert problems(catalogue, "kuva", {}) == []
    round_ = rounds.add_round(workspace.store, MUKANA, 1, "2024", state="open")
    apply_edits(workspace.store, catalogue, round_, "kuva", "3/4", {"status": "yellow"}, "Anna")
    started = {e.measure_ref: e for e in entries.entries_of_round(workspace.store, round_.id)}
    assert [p.describe() for p in problems(catalogue, "kuva", started)] == [
        "3/4: no description of what has been done"]


# -- the catalogue workbook ------------------------------------------------------------------


@pytest.mark.parametrize("programme", PROGRAMMES)
def test_each_programme_round_trips_through_the_catalogue_workbook(workspace, tmp_path,
                                                                     programme):
    catalogue = workspace.catalogue(programme)
    target = tmp_path / f"{programme}.xlsx"
    write_catalogue(catalogue, target)
    back = read_catalogue_xlsx(target)
    assert content_hash(back) == content_hash(catalogue)
    expected = catalogue_to_dict(catalogue)
    got = catalogue_to_dict(back)
    for data in (expected, got):
        data["programme"].pop("id")
    assert got == expected


@pytest.mark.parametrize("programme", PROGRAMMES)
def test_exported_workbook_imports_back_as_the_same_version(cli, tmp_path, programme):
    target = tmp_path / "export.xlsx"
    assert cli("catalogue", "export", target, "--programme", programme).code == 0
    result = cli("catalogue", "import", target, "--json")
    assert result.code == 0, result.err
    assert (result.json()["programme_id"], result.json()["unchanged"]) == (programme, True)


# -- import: a new programme or a new version ------------------------------------------------


NEW_PROGRAMME = ("Uusi ohjelma 2026–2028\n\nTeema A\t\t\t\n"
                 "Tavoitteet\tToimenpiteet\tSeuranta\tVastuutahot\n"
                 "1. Tavoite\t1.1 Tehdään\tTehty (kyllä/ei)\tKasko\n")


def test_import_of_an_unknown_programme_needs_a_decision(cli, tmp_path, home):
    path = tmp_path / "uusi.txt"
    path.write_text(NEW_PROGRAMME, encoding="utf-8")
    ws = Workspace.open(home)
    before = dump(ws.store)
    ws.close()
    result = cli("catalogue", "import", path)
    assert result.code == 2
    assert "--new-programme" in result.err and "--programme ID" in result.err
    assert "mukana (Mukana)" in result.err
    ws = Workspace.open(home)
    assert dump(ws.store) == before
    ws.close()
    as_version = cli("catalogue", "import", path, "--programme", "Mukana", "--json").json()
    assert (as_version["programme_id"], as_version["version"]) == (MUKANA, 2)
    assert as_version["removed"] and as_version["added"] == ["1/1.1"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("answer, programme, version", [
    ("n\n", "uusi-ohjelma-2026-2028", 1),
    ("3\n", MUKANA, 2),
])
def test_a_terminal_user_is_asked(cli, home, tmp_path, monkeypatch, answer, programme,
                                  version):
    path = tmp_path / "uusi.txt"
    path.write_text(NEW_PROGRAMME, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", _Terminal(answer))
    result = cli("catalogue", "import", path)
    assert result.code == 0, result.err
    assert "n  a new programme 'Uusi ohjelma 2026–2028'" in result.out
    assert "3  a new version of Mukana (mukana)" in result.out
    shown = cli("catalogue", "show", "--programme", programme, "--json").json()
    assert shown["themes"][0]["name"] == "Teema A"
    listed = {p.id: p.version for p in _programmes(home)}
    assert listed[programme] == version


def test_a_terminal_user_can_cancel(cli, home, tmp_path, monkeypatch):
    path = tmp_path / "uusi.txt"
    path.write_text(NEW_PROGRAMME, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", _Terminal("\n"))
    result = cli("catalogue", "import", path)
    assert result.code == 2
    assert "cancelled" in result.err
    assert [p.id for p in _programmes(home)] == PROGRAMMES


def _programmes(home):
    from kotodesk.storage import catalogues

    ws = Workspace.open(home)
    try:
        return catalogues.list_programmes(ws.store)
    finally:
        ws.close()
