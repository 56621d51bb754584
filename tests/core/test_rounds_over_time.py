"""A programme lives for years: round after round, what a unit and the meeting see of
"last round" is what the city wrote and the coordinator merged, marked by who said it.

Real SQLite data folders (a coordinator's and a unit's), real signed round packages and
returns, taken in as the coordinator takes them in.
"""

from __future__ import annotations

import json
import subprocess
from datetime import date

import pytest

from kotodesk.cli import main
from kotodesk.coordinator import intake
from kotodesk.coordinator.merged import merged_payload
from kotodesk.coordinator.new_round import open_new_round
from kotodesk.coordinator.package import import_package
from kotodesk.coordinator.signed_outputs import write_outputs, write_package
from kotodesk.coordinator.statuses import set_merged_status
from kotodesk.documents.report import from_payload
from kotodesk.documents.summary_facts import round_change
from kotodesk.reporting.entries import last_round, previous_entries
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


def _package(workspace, coordinator, path):
    write_package(workspace, workspace.round(), coordinator, path)
    return path


def test_a_draft_never_sent_is_not_shown_as_last_rounds_entry(workspace, unit_home,
                                                              coordinator, kasko, tmp_path,
                                                              capsys):
    trusted = {coordinator.info.fingerprint}
    import_package(unit_home, _package(workspace, coordinator, tmp_path / "p1.xlsx"), trusted,
                   accept=coordinator.info.fingerprint)
    fill(unit_home, "kasko", "3/1.1", status="green", narrative="Lähetetty ja yhdistetty.")
    sent = tmp_path / "kasko.xlsx"
    write_return_xlsx(unit_home, "kasko", kasko, sent)
    taken = intake.take_in(workspace, sent, {kasko.info.fingerprint})
    assert taken.accepted and not taken.held
    # After sending: a change to what was sent, and a draft of another measure, never sent.
    fill(unit_home, "kasko", "3/1.1", status="red", narrative="Muutettu lähettämisen jälkeen.",
         reasons="Ei lähetetty.")
    fill(unit_home, "kasko", "3/1.4", status="green", narrative="LUONNOS, ei lähetetty.")

    open_new_round(workspace, workspace.round().programme_id, "1–6/2024", date(2024, 8, 31))
    import_package(unit_home, _package(workspace, coordinator, tmp_path / "p2.xlsx"), trusted)
    now = unit_home.round()
    assert now.period == "1–6/2024"

    merged = last_round(unit_home.store, now, "3/1.1", "kasko")
    assert (merged.own.status, merged.own.narrative) == ("green", "Lähetetty ja yhdistetty.")
    draft = last_round(unit_home.store, now, "3/1.4", "kasko")
    # Not last round's entry (Copy would take it as the unit's merged text), but not lost.
    assert draft.own is None and not draft.others
    assert draft.unmerged.narrative == "LUONNOS, ei lähetetty."
    assert merged.unmerged is None
    assert not draft.empty
    assert previous_entries(unit_home.store, now, "3/1.4") == []
    assert [e.narrative for e in previous_entries(unit_home.store, now, "3/1.1")] == [
        "Lähetetty ja yhdistetty."]

    # `entry show` of that round says the same of each entry.
    capsys.readouterr()
    assert main(["entry", "show", "--unit", "kasko", "--round", "6–12/2023", "--json",
                 "--home", str(tmp_path / "unit")]) == 0
    shown = {e["measure"]: e for e in json.loads(capsys.readouterr().out)["entries"]}
    assert (shown["3/1.1"]["merged"], shown["3/1.4"]["merged"]) == (True, False)
    assert shown["3/1.4"]["narrative"] == "LUONNOS, ei lähetetty."
    assert shown["3/1.5"]["merged"] is None  # nothing written for it
    main(["entry", "show", "--unit", "kasko", "--round", "6–12/2023",
          "--home", str(tmp_path / "unit")])
    text = capsys.readouterr().out
    part = text[text.index("3/1.4 "):text.index("3/1.5 ")]
    assert "not in the merged round" in part and "not in the merged round" not in \
        text[text.index("3/1.1 "):text.index("3/1.4 ")]


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


def test_a_round_named_as_an_older_one_is_refused_however_it_is_spelled(workspace):
    from kotodesk.domain.errors import UsageError
    from kotodesk.storage import rounds

    programme = workspace.round().programme_id
    before = rounds.list_rounds(workspace.store, programme)
    for spelling in ("6–12/2023", "6-12/2023", " 6 - 12/2023 ", "5/2022 – 5/2023"):
        with pytest.raises(UsageError, match="already has a round"):
            open_new_round(workspace, programme, spelling, date(2024, 8, 31))
    assert rounds.list_rounds(workspace.store, programme) == before


def test_a_late_return_for_a_closed_round_says_how_to_take_it_in(workspace, unit_home, kasko,
                                                                 tmp_path):
    fill(unit_home, "kasko", "3/1.1", status="green", narrative="Myöhässä.")
    path = tmp_path / "myohassa.xlsx"
    write_return_xlsx(unit_home, "kasko", kasko, path)
    late = workspace.round()
    open_new_round(workspace, late.programme_id, "1–6/2024", date(2024, 8, 31))
    taken = intake.take_in(workspace, path, {kasko.info.fingerprint})
    assert not taken.accepted
    assert taken.reason == ("round 6–12/2023 is closed, and a return that comes after it "
                            "closed is not taken in: to take it in, open the round again "
                            "(Reopen round)")
