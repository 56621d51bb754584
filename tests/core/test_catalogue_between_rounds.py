"""A catalogue changed between two rounds, as coordinators do: a measure removed, the ones
after it renumbered, a new measure under a freed number, another's wording polished.

Entries are kept by reference ("1/1.3"), so last round's texts, the summary's "change since
last round" and the previous round a round package carries must follow each measure to
its new number, and never show what was said of one measure beside another."""

from __future__ import annotations

import openpyxl
import pytest

from kotodesk.catalogue.xlsx_format import write_catalogue
from kotodesk.coordinator.merged import merged_payload
from kotodesk.coordinator.package import import_package
from kotodesk.coordinator.signed_outputs import write_package
from kotodesk.datafolder.workspace import Workspace
from kotodesk.reporting.entries import apply_edits, last_round, previous_entries
from kotodesk.signing import keys
from kotodesk.storage import entries as entry_store

SIGNER = {"name": "Kirsi Koordinaattori", "email": "kirsi@hel.fi"}
# What units wrote in the round 6–12/2023, on the catalogue of seed 001 (version 1).
WRITTEN = {
    ("1/1.1", "kanslia-viestinta"): ("green", "Palveluviestinnän tarpeet kartoitettu."),
    ("1/1.2", "kanslia-viestinta"): ("green", "InfoFinlandin kanavat uudistettu."),
    ("1/1.3", "kanslia-elinkeino"): ("yellow", "Ajankohtaiskirjeet kuudella kielellä."),
    ("1/1.4", "kanslia-viestinta"): ("red", "Tulkkausohje odottaa päätöstä."),
}
NEW_MEASURE = "Kehitetään selkokielistä viestintää yhdessä järjestöjen kanssa."


@pytest.fixture
def changed(cli, home, tmp_path):
    """The data folder after the round 6–12/2023 was written in and closed by a new round
    1–6/2024 on version 2 of the catalogue: 1.2 removed, 1.3 and 1.4 renumbered 1.2 and
    1.3, a new 1.4, and 1.1's wording polished (one word)."""
    ws = Workspace.open(home)
    first = ws.round()
    catalogue = ws.catalogue(first.programme_id, first.catalogue_version)
    for (ref, unit), (status, narrative) in WRITTEN.items():
        apply_edits(ws.store, catalogue, first, unit, ref,
                    {"status": status, "narrative": narrative}, "Testi")
    exported = tmp_path / "luettelo.xlsx"
    write_catalogue(catalogue, exported)
    ws.close()
    wb = openpyxl.load_workbook(exported)
    sheet = wb.worksheets[1]
    rows = {r[1].value: r for r in sheet.iter_rows(min_row=3) if r[1].value}
    rows["1.1"][2].value = rows["1.1"][2].value.replace("Kehitetään", "Parannetaan", 1)
    rows["1.3"][1].value, rows["1.4"][1].value = "1.2", "1.3"
    sheet.delete_rows(rows["1.2"][0].row)
    sheet.insert_rows(5)
    for col, value in enumerate(["", "1.4", NEW_MEASURE, "Toteutunut (kyllä/ei)", "",
                                 "Kaupunginkanslian viestintäosasto"], start=1):
        sheet.cell(5, col, value)
    wb.save(exported)
    result = cli("catalogue", "import", exported, "--json")
    assert result.code == 0, result.err
    assert (result.json()["version"], result.json()["added"], result.json()["removed"]) == \
        (2, [], []), result.json()  # the references are all still there: 1.1–1.4
    assert sorted(result.json()["changed"]) == ["1/1.1", "1/1.2", "1/1.3", "1/1.4"]
    assert cli("round", "new", "--period", "1–6/2024", "--deadline", "2024-07-31").code == 0
    ws = Workspace.open(home)
    yield ws
    ws.close()


def said(last) -> list[str]:
    return [e.narrative for e in (last.own, last.whole, *last.others) if e is not None]


def test_last_round_follows_a_renumbered_measure_and_shows_nothing_for_a_new_one(changed):
    """1/1.2 used to show what the communications unit wrote of the removed InfoFinland
    measure, beside the measure that is the old 1.3; and the new 1/1.4 showed old 1.4's."""
    now = changed.round()
    assert (now.period, now.catalogue_version) == ("1–6/2024", 2)
    moved = last_round(changed.store, now, "1/1.2", "kanslia-elinkeino")
    assert moved.own is not None and said(moved) == ["Ajankohtaiskirjeet kuudella kielellä."]
    assert said(last_round(changed.store, now, "1/1.3", "kanslia-viestinta")) == [
        "Tulkkausohje odottaa päätöstä."]
    fresh = last_round(changed.store, now, "1/1.4", "kanslia-viestinta")
    assert fresh is not None and fresh.empty
    assert previous_entries(changed.store, now, "1/1.4") == []
    polished = last_round(changed.store, now, "1/1.1", "kanslia-viestinta")
    assert said(polished) == ["Palveluviestinnän tarpeet kartoitettu."]
    everything = [n for ref in ("1/1.1", "1/1.2", "1/1.3", "1/1.4")
                  for n in said(last_round(changed.store, now, ref, None))]
    assert "InfoFinlandin kanavat uudistettu." not in everything


def test_change_since_last_round_compares_each_measure_with_what_it_was(changed):
    now = changed.round()
    payload = merged_payload(changed, now, SIGNER, "2024-08-01T00:00:00+00:00")
    statuses = payload["previous"]["statuses"]
    assert statuses["1/1.2"] == "yellow"  # the old 1.3's, not the removed 1.2's green
    assert "1/1.4" not in statuses  # new: nothing to compare with


def test_a_round_package_gives_the_unit_last_round_under_the_new_numbers(changed, unit_home,
                                                                        tmp_path):
    me = keys.new_identity(name="Kirsi Koordinaattori", email="kirsi@hel.fi",
                           unit="Kaupunginkanslia", organisation="Helsingin kaupunki")
    target = tmp_path / "paketti.xlsx"
    write_package(changed, changed.round(), me, target)
    done = import_package(unit_home, target, {me.info.fingerprint})
    assert (done.round, done.previous_round) == ("1–6/2024", "6–12/2023")
    now = unit_home.round()
    assert now.period == "1–6/2024"
    moved = last_round(unit_home.store, now, "1/1.2", "kanslia-elinkeino")
    assert said(moved) == ["Ajankohtaiskirjeet kuudella kielellä."]
    assert last_round(unit_home.store, now, "1/1.4", "kanslia-viestinta").empty
    before = entry_store.entries_of_round(unit_home.store, now.previous_round_id)
    infofinland = [e for e in before if e.narrative == "InfoFinlandin kanavat uudistettu."]
    # Kept as the measure it was written of (1/1.2 of that round's catalogue), if at all.
    assert all(e.measure_ref == "1/1.2" for e in infofinland)
