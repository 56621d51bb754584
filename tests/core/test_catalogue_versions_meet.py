"""A return or a round package made on another version of the catalogue than the one it
meets: in version 2 of seed 001, 1/1.2 (InfoFinland) is gone, 1.3 and 1.4 are renumbered
1.2 and 1.3, and a new measure is 1.4. A file's "1/1.4" may then mean the interpreting
measure or the plain-language one; what was written of one must never be filed as said of
the other."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from kotodesk.catalogue.xlsx_format import write_catalogue
from kotodesk.coordinator import intake
from kotodesk.coordinator.new_round import open_new_round
from kotodesk.datafolder.workspace import Workspace
from kotodesk.storage import entries as entry_store
from tests.support import coordinator_ready, make_identity, signed_return

VIESTINTA = "kanslia-viestinta"
NEW_MEASURE = "Kehitetään selkokielistä viestintää yhdessä järjestöjen kanssa."
PERIOD = "1–6/2024"


def version_2(source: Workspace, target) -> None:
    """Seed 001's catalogue with 1.2 removed, 1.3/1.4 renumbered and a new 1.4."""
    round_ = source.round()
    write_catalogue(source.catalogue(round_.programme_id, round_.catalogue_version), target)
    wb = openpyxl.load_workbook(target)
    sheet = wb.worksheets[1]
    rows = {r[1].value: r for r in sheet.iter_rows(min_row=3) if r[1].value}
    rows["1.3"][1].value, rows["1.4"][1].value = "1.2", "1.3"
    sheet.delete_rows(rows["1.2"][0].row)
    sheet.insert_rows(5)
    for col, value in enumerate(["", "1.4", NEW_MEASURE, "Toteutunut (kyllä/ei)", "",
                                 "Kaupunginkanslian viestintäosasto"], start=1):
        sheet.cell(5, col, value)
    wb.save(target)


@pytest.fixture
def coordinator(cli, home, tmp_path):
    """The coordinator's folder: version 2 imported, the round 1–6/2024 opened on it."""
    ws = Workspace.open(home)
    version_2(ws, tmp_path / "v2.xlsx")
    ws.close()
    assert cli("catalogue", "import", tmp_path / "v2.xlsx").code == 0
    assert cli("round", "new", "--period", PERIOD, "--deadline", "2024-07-31").code == 0
    return home


def on_version_1(folder) -> None:
    """A folder whose round 1–6/2024 was opened on version 1 (another coordinator's
    folder, or one from before the catalogue changed)."""
    ws = Workspace.open(folder / "home")
    try:
        open_new_round(ws, ws.round().programme_id, PERIOD, dt.date(2024, 7, 31))
    finally:
        ws.close()


def test_a_return_made_on_another_catalogue_version_is_refused_naming_the_measures(
        cli, coordinator, monkeypatch, tmp_path):
    """It was taken in: what the unit wrote of the interpreting measure (its 1/1.4) became
    the unit's entry for the round's new plain-language 1/1.4."""
    person = make_identity("Ville Viestijä", "Kaupunginkanslian viestintäosasto")
    folder = tmp_path / "unit"
    on_version_1(folder)
    path = signed_return(folder, person, {
        "1/1.1": {"status": "green", "narrative": "Palveluviestinnän tarpeet kartoitettu."},
        "1/1.4": {"status": "red", "narrative": "Tulkkausohje odottaa päätöstä."}},
        unit=VIESTINTA)
    coordinator_ready(coordinator, monkeypatch, person, units=(VIESTINTA,))
    result = cli("merge", path, "--xlsx", tmp_path / "m.xlsx", "--pdf", tmp_path / "m.pdf",
                 "--json")
    assert result.code == 1, result.err
    [rejected] = result.json()["rejected"]
    reason = rejected["reason"]
    assert reason.startswith("made on another version of the catalogue"), reason
    assert "1/1.4 is 'Yhtenäistetään Helsingin kaupungin käytäntöjä tulkkaukspalve…' in the " \
           "file, 'Kehitetään selkokielistä viestintää yhdessä järjestöjen kans…' in the " \
           "round" in reason, reason
    assert "1/1.1" not in reason  # the same measure in both
    ws = Workspace.open(coordinator)
    try:
        assert entry_store.entries_of_round(ws.store, ws.round().id, VIESTINTA) == []
    finally:
        ws.close()


def test_an_unsigned_template_of_another_catalogue_version_is_refused_too(
        coordinator, tmp_path):
    person = make_identity("Ville Viestijä", "Kaupunginkanslian viestintäosasto")
    folder = tmp_path / "unit"
    on_version_1(folder)
    path = signed_return(folder, person, {
        "1/1.4": {"status": "red", "narrative": "Tulkkausohje odottaa päätöstä."}},
        unit=VIESTINTA)
    wb = openpyxl.load_workbook(path)
    del wb["kotodesk_allekirjoitus"]
    unsigned = tmp_path / "template.xlsx"
    wb.save(unsigned)
    ws = Workspace.open(coordinator)
    try:
        taken = intake.take_in(ws, unsigned, set())
        assert not taken.accepted
        assert "made on another version of the catalogue" in taken.reason, taken.reason
        assert "1/1.4 is 'Yhtenäistetään" in taken.reason
    finally:
        ws.close()
