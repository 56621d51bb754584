"""The embedded 5/2022–5/2023 round shows only what seed 002 says, each text under whoever
wrote it, and the meeting summary compares only what was stated.

Seed 002 has no status column; its one text per measure speaks for the measure as a
whole unless the measure has a single responsible unit or the text names the unit
("Nuorisopalvelut: …", "Kuvan toimiala: …" in 4/2.1).
"""

from __future__ import annotations

from collections import Counter

import pytest

from kotodesk.coordinator.merged import NOT_STATED_NOTE, merged_payload
from kotodesk.coordinator.package import import_package, package_payload, write_package
from kotodesk.documents.report import from_payload
from kotodesk.documents.summary_facts import round_change
from kotodesk.domain.model import WHOLE_MEASURE_LABEL
from kotodesk.reporting.entries import apply_edits, last_round
from kotodesk.signing import keys
from kotodesk.storage import entries as entry_store
from kotodesk.storage import measure_texts, rounds

PERIOD = "5/2022–5/2023"
TITLE = "Seurannan aikaväli 5/2022-5/2023 (Seuraava 6-12/2023)"
# The measures with several responsible units, none named by the report's text.
WHOLE = {"1/1.1", "1/1.4", "1/2.3", "1/3.1", "2/1.3", "2/2.1", "2/2.3", "2/2.4", "2/3.3",
         "3/1.2", "3/1.3", "4/1.1", "4/1.2", "4/2.1", "4/2.2", "4/3.1", "4/3.3"}
SIGNER = {"name": "Kirsi Koordinaattori", "email": "kirsi@hel.fi"}


@pytest.fixture
def report(workspace):
    return workspace.round(PERIOD)


@pytest.fixture
def texts(workspace, report):
    return {(e.measure_ref, e.unit_id): e for e in
            entry_store.entries_of_round(workspace.store, report.id)
            + measure_texts.texts_of_round(workspace.store, report.id)}


def test_no_status_is_shown_that_seed_002_does_not_state(report, texts):
    assert report.source == TITLE
    assert Counter(e.status for e in texts.values()) == {None: 47, "red": 1}
    # "Ei ole käynnistetty": the legend's own words for red (Ei käynnistynyt).
    assert [(ref, e.status) for (ref, _), e in texts.items() if e.status] == [("2/2.3", "red")]
    # Reasons are not picked out of the narrative: the report's column holds both.
    assert all(not e.reasons for e in texts.values())


def test_each_text_stands_under_whoever_the_report_says_wrote_it(workspace, texts):
    catalogue = workspace.catalogue("kotoutuminen-2022-2025")
    assert {ref for ref, unit in texts if unit == ""} == WHOLE
    for (ref, unit), entry in texts.items():
        measure = catalogue.measure(ref)
        if unit:  # the sole responsible unit, or the one the text names
            assert measure.unit_ids() == [unit] or (ref, unit) == ("4/2.1", "kuva")
        else:
            assert len(measure.units) > 1 and entry.whole_measure
    kuva = texts[("4/2.1", "kuva")].narrative
    assert kuva.startswith("Nuorisopalvelut: Ks. Kohdan Lapset, nuoret ja perheet")
    assert "\n\nKuvan toimiala: Antirasismia ja syrjintää käsitelty" in kuva
    assert texts[("4/2.1", "")].narrative.startswith("Moniääninen Helsinki -hanke 2022-2023")
    assert ("4/2.1", "kasko") not in texts
    assert texts[("1/2.3", "")].narrative.endswith(
        "Kanslian maahanmuuttoyksikössä on aloitettu tutkijayhteistyö.")


def test_entry_show_for_kasko_holds_only_what_the_report_gives_kasko_or_the_measure(cli):
    result = cli("entry", "show", "--unit", "Kasko", "--round", PERIOD, "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["from_report"] == TITLE
    shown = {e["measure"]: e for e in data["entries"]}
    own = {ref for ref, e in shown.items() if e["narrative"]}
    assert own == {"3/1.1", "3/1.4", "3/1.5", "3/2.1", "3/3.3"}  # Kasko's alone
    for ref in ("1/2.3", "1/3.1"):
        entry = shown[ref]
        assert (entry["status"], entry["narrative"], entry["author"]) == (None, "", "")
        whole = entry["whole_measure"]
        assert whole["said_by"] == "report, for the measure as a whole"
        assert whole["status"] is None and whole["status_note"] == "not stated in the report"
        assert whole["narrative"]
    assert shown["3/1.1"]["status_note"] == "not stated in the report"
    assert shown["2/2.3"]["whole_measure"]["status"] == "red"
    text = cli("entry", "show", "--unit", "Kasko", "--round", PERIOD).out
    assert "The report, for the measure as a whole [not stated in the report]:" in text


def test_indicator_values_read_as_the_report_writes_them(texts):
    # 4/1.2: six languages and four content sets kept together, as written.
    value = next(iter(texts[("4/1.2", "")].values.values()))
    assert "kuudella kielellä" in value and "sisältökokonaisuuksia on neljä" in value
    # 2/1.3: the 2022 figure is not overwritten by the partial 2023 one.
    report = texts[("2/1.3", "")].indicator_report
    assert "Työväenopiston kurssien täyttöaste: 77 % (2022); 88 % (2023, 17.5. mennessä) " \
           "[kirjattu tekstinä: 2 lukua]" in report
    assert not texts[("2/1.3", "")].values
    # 2/1.1: months cannot go into the source's "(%)", so text, with their years.
    report = texts[("2/1.1", "kanslia-elinkeino")].indicator_report
    assert "pituus: 17,3 kk (2022); 17,1 kk (2023) [kirjattu tekstinä: 2 lukua; mittarin " \
           "tyyppi on %]" in report
    # 1/1.2: the report answers one part of a three-part yes/no: no "yes", its words.
    entry = texts[("1/1.2", "kanslia-viestinta")]
    assert not entry.values
    assert "Finnishcourses.fi-sivustoa on kehitetty: InfoFinland käännetty ja julkaistu " \
           "ukrainan kielellä (80 % valmis) [kirjattu tekstinä: mittarin tyyppi on kyllä/ei]" \
           in entry.indicator_report
    # A figure the type holds is the value; read from the narrative, and said so.
    entry = texts[("2/3.4", "kanslia-henkilosto")]
    assert entry.values["Vieraskielisten osuus kaupungin henkilöstöstä"] == "9.7"
    assert entry.indicator_report.startswith("[Luettu sanallisesta kuvauksesta")


def test_the_merged_report_names_the_whole_measure_text_and_the_missing_status(workspace,
                                                                              report):
    payload = merged_payload(workspace, report, SIGNER, "2024-01-01T00:00:00+00:00")
    rows = {m["ref"]: m for t in payload["themes"] for m in t["measures"]}
    first = rows["1/2.3"]["contributions"][0]
    assert (first["scope"], first["unit"]["name"]) == ("measure", WHOLE_MEASURE_LABEL)
    assert [c["unit"]["name"] for c in rows["4/2.1"]["contributions"]] == [
        WHOLE_MEASURE_LABEL, "Kulttuurin ja vapaa-ajan toimiala"]
    assert rows["1/2.3"]["status"] == "" and rows["1/2.3"]["status_note"] == NOT_STATED_NOTE
    assert rows["2/2.3"]["status"] == "red" and rows["2/2.3"]["status_note"] == ""
    document = from_payload(payload)
    assert Counter(row.status.code for row in document.rows()) == {"": 46, "red": 1}


def test_the_change_section_compares_only_stated_statuses(workspace):
    open_round = workspace.round()
    catalogue = workspace.catalogue(open_round.programme_id, open_round.catalogue_version)
    # Every responsible unit of 2/2.3 answers: a merged status waits for all of them.
    for ref, unit, status in (("2/2.3", "kanslia-elinkeino", "green"),
                              ("2/2.3", "sotepe", "green"), ("2/2.3", "kasko", "green"),
                              ("2/3.2", "kanslia-henkilosto", "yellow")):
        apply_edits(workspace.store, catalogue, open_round, unit, ref, {"status": status},
                    "Testi")
    payload = merged_payload(workspace, open_round, SIGNER, "2024-01-01T00:00:00+00:00")
    change = round_change(from_payload(payload), payload["previous"])
    assert (change.stated_before, change.measures, change.previous_source) == (1, 47, TITLE)
    # 2/2.3 was stated red and is green now; 2/3.2 had no stated status: not a decline.
    assert [(c.row.ref, c.before.code, c.after.code) for c in change.changes] == [
        ("2/2.3", "red", "green")]
    assert change.no_previous == 1 and change.unchanged == 0
    assert change.compared.startswith(
        f"Verrataan kierroksen {PERIOD} tiloihin sellaisina kuin raportti ”{TITLE}” ne "
        "ilmoittaa. Vain ilmoitettuja tiloja verrataan: edellisellä kierroksella tila on "
        "ilmoitettu 1 toimenpiteelle 47:stä")


def test_a_unit_sees_the_report_text_beside_its_own_and_can_copy_only_its_own(workspace):
    open_round = workspace.round()
    shared = last_round(workspace.store, open_round, "1/2.3", "kasko")
    assert shared.own is None and shared.whole.narrative and shared.round.from_report
    alone = last_round(workspace.store, open_round, "3/1.1", "kasko")
    assert alone.own.narrative.startswith("Ajalla 1.5.2022 - 31.5.2023:")
    assert alone.whole is None


def test_the_round_package_carries_whole_measure_texts_to_the_unit(workspace, unit_home,
                                                                   tmp_path):
    me = keys.new_identity(name="Kirsi Koordinaattori", email="kirsi@hel.fi",
                           unit="Kaupunginkanslia", organisation="Helsingin kaupunki")
    open_round = workspace.round()
    payload = package_payload(workspace, open_round, SIGNER, "2024-01-01T00:00:00+00:00")
    assert payload["previous"]["source"] == TITLE
    target = tmp_path / "paketti.xlsx"
    write_package(workspace, open_round, me, target)
    # A unit folder that lacks the report's texts gets them from the package.
    store = unit_home.store
    before = unit_home.round(PERIOD)
    with store.write():
        store.conn.execute("DELETE FROM measure_text")
        store.conn.execute("UPDATE round SET source = '' WHERE id = ?", (before.id,))
    done = import_package(unit_home, target, {me.info.fingerprint})
    assert done.previous_round == PERIOD
    after = unit_home.round(PERIOD)
    assert after.source == TITLE
    wholes = {t.measure_ref for t in measure_texts.texts_of_round(store, after.id)}
    assert wholes == WHOLE
    assert entry_store.load_entry(store, after.id, "1/2.3", "kasko") is None
    assert measure_texts.text_of_measure(store, after.id, "2/2.3").status == "red"


def test_round_files_refuse_a_status_without_the_reports_words(workspace, tmp_path):
    import json

    from kotodesk.catalogue.round_files import load_round_file
    from kotodesk.domain.errors import InputError
    from kotodesk.system.resources import path as resource

    data = json.loads(resource("programmes", "kotoutuminen-2022-2025",
                               "round-2022-05_2023-05.json").read_text(encoding="utf-8"))
    data["period"] = "1/2099"
    data["entries"][0]["status"] = "green"  # an estimate without the words it stands on
    path = tmp_path / "round.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    catalogue = workspace.catalogue("kotoutuminen-2022-2025")
    with pytest.raises(InputError, match=r"1/1\.1: a status without the report's words"):
        load_round_file(workspace.store, catalogue, 1, path, workspace.register)
    assert [r.period for r in rounds.list_rounds(workspace.store, catalogue.programme.id)] \
        == [PERIOD, "6–12/2023"]
