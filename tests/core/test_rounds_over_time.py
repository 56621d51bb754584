"""A programme lives for years: round after round, what a unit and the meeting see of
"last round" is what the city wrote and the coordinator merged, marked by who said it.

Real SQLite data folders (a coordinator's and a unit's), real signed round packages and
returns, taken in as the coordinator takes them in.
"""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from kotodesk.coordinator import intake
from kotodesk.coordinator.merged import merged_payload
from kotodesk.coordinator.new_round import open_new_round
from kotodesk.coordinator.signed_outputs import write_outputs
from kotodesk.coordinator.statuses import set_merged_status
from kotodesk.documents.report import from_payload
from kotodesk.documents.summary_facts import round_change
from kotodesk.signing import keys
from tests.returns_batch import fill
from tests.support import make_identity, write_return_xlsx

SIGNER = {"name": "Kirsi Koordinaattori", "email": "kirsi@hel.fi"}
ALONE = ("3/1.1", "3/1.4")  # Kasko answers for these alone


@pytest.fixture(scope="module")
def coordinator():
    return keys.new_identity(name="Kirsi Koordinaattori", email="kirsi@hel.fi",
                             unit="Kaupunginkanslia", organisation="Helsingin kaupunki")


@pytest.fixture(scope="module")
def kasko():
    return make_identity("Kaisa Kasko", unit="Kasvatuksen ja koulutuksen toimiala")


def test_a_status_the_coordinator_set_is_marked_in_the_next_rounds_change(
        workspace, unit_home, coordinator, kasko, tmp_path):
    trusted = {kasko.info.fingerprint}

    def send(name: str) -> None:
        path = tmp_path / name
        write_return_xlsx(unit_home, "kasko", kasko, path)
        assert intake.take_in(workspace, path, trusted).accepted

    for ref in ALONE:
        fill(unit_home, "kasko", ref, status="red", narrative="Ei aloitettu.",
             reasons="Rahoitus puuttuu.")
    send("r1.xlsx")
    first = workspace.round()
    set_merged_status(workspace, first, "3/1.1", "green", "Aloitettu jo.", "Kirsi")

    for r in (workspace, unit_home):
        open_new_round(r, first.programme_id, "1–6/2024", date(2024, 8, 31))
    for ref in ALONE:
        fill(unit_home, "kasko", ref, status="yellow", narrative="Käynnissä.")
    send("r2.xlsx")
    second = workspace.round()
    payload = merged_payload(workspace, second, SIGNER, "2024-09-01T00:00:00+03:00")
    assert payload["previous"]["set_by_coordinator"] == ["3/1.1"]
    change = round_change(from_payload(payload), payload["previous"])
    by_ref = {c.row.ref: c for c in change.changes}
    assert (by_ref["3/1.1"].before.code, by_ref["3/1.1"].before_by_coordinator) == (
        "green", True)
    assert (by_ref["3/1.4"].before.code, by_ref["3/1.4"].before_by_coordinator) == (
        "red", False)
    assert not by_ref["3/1.1"].after_by_coordinator

    # The meeting reads it: the change table says whose the green was.
    pdf = tmp_path / "yhteenveto.pdf"
    write_outputs(workspace, second, coordinator, pdf=pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    section = text[text.index("Muutos edelliseen kierrokseen"):]
    section = section[:section.index("Palautukset ja puuttuvat")]
    row = section[section.index("3/1.1"):section.index("3/1.4")]
    assert "koordinaattorin asettama" in row
    assert "koordinaattorin asettama" not in section[section.index("3/1.4"):]
