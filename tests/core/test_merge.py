"""Merging returns: supersede, conflicts, unsigned returns, refusals, completeness."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from kotodesk.coordinator import intake
from kotodesk.coordinator.merge import Candidate, resolve_unit
from kotodesk.coordinator.merged import completeness, merged_payload
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from kotodesk.domain.received import ReceivedFile
from kotodesk.reporting.entries import apply_edits
from kotodesk.storage import entries as entry_store
from kotodesk.storage import inbox, rounds
from tests.support import dump, make_identity, write_return_xlsx

HENKILOSTO = "kanslia-henkilosto"  # answers alone for 2/3.1–2/3.4
KASKO = "kasko"


@pytest.fixture(scope="module")
def people():
    return {"henkilosto": make_identity("Heli Henkilöstö",
                                        unit="Kaupunginkanslian henkilöstöosasto"),
            "kasko": make_identity("Kaisa")}


@pytest.fixture
def unit_home(tmp_path):
    ws = Workspace.open(tmp_path / "unit")
    yield ws
    ws.close()


def fill(ws, unit, ref, **edits):
    round_ = ws.round()
    catalogue = ws.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(ws.store, catalogue, round_, unit, ref, edits, "Testi")


def export(ws, unit, identity, path):
    write_return_xlsx(ws, unit, identity, path)
    return path


def trusted(people):
    return {p.info.fingerprint for p in people.values()}


def test_two_units_merge_and_completeness_names_who_is_missing(workspace, unit_home, people,
                                                               tmp_path):
    fill(unit_home, HENKILOSTO, "2/3.1", status="green", narrative="Malli valmis.")
    fill(unit_home, HENKILOSTO, "2/3.2", status="yellow", narrative="Pilotti.",
         indicator_report="2 % hauista")
    first = export(unit_home, HENKILOSTO, people["henkilosto"], tmp_path / "h.xlsx")
    fill(unit_home, KASKO, "2/2.3", status="red", narrative="Ei aloitettu.", reasons="Rahoitus")
    second = export(unit_home, KASKO, people["kasko"], tmp_path / "k.xlsx")

    for path in (first, second):
        result = intake.take_in(workspace, path, trusted(people))
        assert result.accepted, result.reason
    round_ = workspace.round()
    saved = entry_store.load_entry(workspace.store, round_.id, "2/3.1", HENKILOSTO)
    assert (saved.status, saved.narrative, saved.author) == ("green", "Malli valmis.",
                                                            "Heli Henkilöstö")
    state = completeness(workspace, round_)
    returned = {u.unit.id for u in state.units if u.returned}
    assert returned == {HENKILOSTO, KASKO}
    assert "sotepe" in {u.id for u in state.missing_units}
    assert "Palautus puuttuu" in state.reminder("Ohjelma")
    assert state.cells[(HENKILOSTO, "2/3.1")] == "green"
    assert state.cells[(HENKILOSTO, "2/3.3")] is None

    payload = merged_payload(workspace, round_, {"name": "K"}, "2026-11-25T12:00:00+00:00")
    measures = {m["ref"]: m for t in payload["themes"] for m in t["measures"]}
    shared = measures["2/2.3"]  # Kaikki toimialat: every division answers
    assert [c["unit"]["id"] for c in shared["contributions"]] == [KASKO]
    assert shared["status"] == "red"
    assert measures["2/3.2"]["contributions"][0]["entry"]["indicator_report"] == "2 % hauista"
    assert payload["returns"]["received"] == "2"


def test_newer_return_supersedes_older_and_the_same_file_again_changes_nothing(
        workspace, unit_home, people, tmp_path):
    fill(unit_home, HENKILOSTO, "2/3.1", status="yellow", narrative="Alussa.")
    old = export(unit_home, HENKILOSTO, people["henkilosto"], tmp_path / "old.xlsx")
    fill(unit_home, HENKILOSTO, "2/3.1", status="green", narrative="Valmis.")
    new = export(unit_home, HENKILOSTO, people["henkilosto"], tmp_path / "new.xlsx")
    # Arrival order does not matter: the signing time does.
    assert intake.take_in(workspace, new, trusted(people)).accepted
    assert intake.take_in(workspace, old, trusted(people)).accepted
    round_ = workspace.round()
    assert entry_store.load_entry(workspace.store, round_.id, "2/3.1",
                                  HENKILOSTO).narrative == "Valmis."
    resolution = intake.resolutions(workspace, round_)[HENKILOSTO]
    names = {f.id: f.file_name for f in inbox.files(workspace.store, round_.id)}
    assert {names[a]: names[b] for a, b in resolution.superseded.items()} == {
        "old.xlsx": "new.xlsx"}
    before = dump(workspace.store)
    again = intake.take_in(workspace, new, trusted(people))
    assert again.accepted and again.already and "already received as new.xlsx" in again.reason
    assert dump(workspace.store) == before


def test_a_unit_that_signs_its_earlier_content_again_is_heard_last(
        workspace, unit_home, people, tmp_path):
    """A unit sends yellow, then green by mistake, then corrects it back to yellow and
    sends that, signed anew: the last signed return is the unit's word, although its
    content is the first one's (which the green one superseded). Taken as a copy of the
    first, it was ordered by the first's signing time, and green stayed merged."""
    from datetime import timedelta

    from tests.trust_support import NOW, person, return_payload, write_signed

    heli = person("Heli Henkilöstö", "Kaupunginkanslian henkilöstöosasto")
    times = (NOW - timedelta(hours=hours) for hours in (3, 2, 1))
    paths = []
    for name, status, narrative in (("first.xlsx", "yellow", "Alussa."),
                                    ("green.xlsx", "green", "Valmis."),
                                    ("again.xlsx", "yellow", "Alussa.")):
        fill(unit_home, HENKILOSTO, "2/3.1", status=status, narrative=narrative)
        payload = return_payload(unit_home, HENKILOSTO, heli,
                                 signed_at=next(times).isoformat(timespec="milliseconds"))
        paths.append(write_signed(payload, heli, tmp_path / name))
    for path in paths:
        taken = intake.take_in(workspace, path, {heli.info.fingerprint})
        assert taken.accepted, taken.reason
    round_ = workspace.round()
    saved = entry_store.load_entry(workspace.store, round_.id, "2/3.1", HENKILOSTO)
    assert (saved.status, saved.narrative) == ("yellow", "Alussa.")
    names = {f.id: f.file_name for f in inbox.files(workspace.store, round_.id)}
    assert names[saved.source_file_id] == "again.xlsx"
    resolution = intake.resolutions(workspace, round_)[HENKILOSTO]
    assert {names[a]: names[b] for a, b in resolution.superseded.items()} == {
        "green.xlsx": "again.xlsx"}


def test_unsigned_template_is_held_until_accepted_then_a_difference_is_a_conflict(
        workspace, unit_home, people, tmp_path):
    fill(unit_home, HENKILOSTO, "2/3.1", status="green", narrative="Allekirjoitettu.")
    signed = export(unit_home, HENKILOSTO, people["henkilosto"], tmp_path / "signed.xlsx")
    wb = openpyxl.load_workbook(signed)
    del wb["kotodesk_allekirjoitus"]
    ws = wb.worksheets[1]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == "Allekirjoitettu.")
    cell.value = "Käsin muutettu."
    unsigned = tmp_path / "unsigned.xlsx"
    wb.save(unsigned)

    assert intake.take_in(workspace, signed, trusted(people)).accepted
    taken = intake.take_in(workspace, unsigned, trusted(people))
    assert taken.accepted and taken.status == verify.UNSIGNED
    assert taken.held == "the return is unsigned"
    round_ = workspace.round()
    assert not intake.resolutions(workspace, round_)[HENKILOSTO].conflicts
    payload = merged_payload(workspace, round_, {}, "")
    measure = next(m for t in payload["themes"] for m in t["measures"] if m["ref"] == "2/3.1")
    assert [c["entry"]["narrative"] for c in measure["contributions"]] == ["Allekirjoitettu."]
    assert "Pidätetty, ei mukana: Kaupunginkanslian henkilöstöosasto, allekirjoittamaton " \
           "(unsigned.xlsx)" in measure["status_note"]
    held_file = next(f for f in inbox.files(workspace.store, round_.id)
                     if f.file_name == "unsigned.xlsx")
    intake.accept_file(workspace, round_, held_file.id, "K")
    conflicts = intake.resolutions(workspace, round_)[HENKILOSTO].conflicts
    assert [(c.ref, sorted(f.file_name for f, _ in c.options)) for c in conflicts] == [
        ("2/3.1", ["signed.xlsx", "unsigned.xlsx"])]
    # Until it is settled, the signed return's text stands.
    assert entry_store.load_entry(workspace.store, round_.id, "2/3.1",
                                  HENKILOSTO).narrative == "Allekirjoitettu."
    chosen = next(f for f in inbox.files(workspace.store, round_.id)
                  if f.file_name == "unsigned.xlsx")
    inbox.choose(workspace.store, round_.id, "2/3.1", HENKILOSTO, chosen.id, "K")
    intake.merge_unit(workspace, round_, HENKILOSTO)
    assert entry_store.load_entry(workspace.store, round_.id, "2/3.1",
                                  HENKILOSTO).narrative == "Käsin muutettu."
    assert not intake.resolutions(workspace, round_)[HENKILOSTO].conflicts
    payload = merged_payload(workspace, round_, {}, "")
    contribution = next(m for t in payload["themes"] for m in t["measures"]
                        if m["ref"] == "2/3.1")["contributions"][0]
    assert contribution["marks"] == ["allekirjoittamaton"]


def test_an_unsigned_template_that_shows_a_measure_twice_is_refused(
        workspace, unit_home, people, tmp_path):
    """A person reads both rows of a measure written twice; the reader kept the last one
    and dropped the first without a word."""
    fill(unit_home, HENKILOSTO, "2/3.1", status="green", narrative="Ensimmäinen rivi.")
    signed = export(unit_home, HENKILOSTO, people["henkilosto"], tmp_path / "signed.xlsx")
    wb = openpyxl.load_workbook(signed)
    del wb["kotodesk_allekirjoitus"]
    ws = wb.worksheets[1]
    row = next(r for r in ws.iter_rows() if any(c.value == "Ensimmäinen rivi." for c in r))
    copied = ws.max_row + 1
    for cell in row:
        ws.cell(copied, cell.column, cell.value)
    ws.cell(copied, row[-1].column, "Toinen rivi.")
    unsigned = tmp_path / "unsigned.xlsx"
    wb.save(unsigned)
    before = dump(workspace.store)
    taken = intake.take_in(workspace, unsigned, trusted(people))
    assert not taken.accepted
    assert f"measure 3.1 appears twice in theme {ws.title!r} (first on row {row[0].row})" \
        in taken.reason, taken.reason
    assert dump(workspace.store) == before


def test_refused_files_change_nothing(workspace, unit_home, people, tmp_path):
    fill(unit_home, HENKILOSTO, "2/3.1", status="green", narrative="x")
    good = export(unit_home, HENKILOSTO, people["henkilosto"], tmp_path / "good.xlsx")
    wb = openpyxl.load_workbook(good)
    wb.worksheets[1]["G4"] = "väärennetty"
    forged = tmp_path / "forged.xlsx"
    wb.save(forged)
    renamed = tmp_path / "kuva.xlsx"
    renamed.write_bytes(b"GIF89a not a workbook")
    closed = next(r for r in rounds.list_rounds(unit_home.store) if r.state == "closed")
    rounds.set_state(unit_home.store, closed.id, "open")
    old_round = tmp_path / "old-round.xlsx"
    write_return_xlsx(unit_home, "kasko", people["kasko"], old_round,
                      round_query="5/2022–5/2023")
    before = dump(workspace.store)
    reasons = {}
    for path in (forged, renamed, old_round):
        result = intake.take_in(workspace, path, trusted(people))
        assert not result.accepted
        reasons[path.name] = result.reason
    assert "G4" in reasons["forged.xlsx"]
    assert "not an Excel" in reasons["kuva.xlsx"] or "zip" in reasons["kuva.xlsx"]
    assert "closed" in reasons["old-round.xlsx"]
    assert dump(workspace.store) == before


def test_returns_for_two_open_rounds_are_each_taken_in_and_the_message_says_so(
        home, unit_home, people, tmp_path, cli, monkeypatch):
    """With two rounds open and no --round, merge cannot choose whose outputs to write;
    it has taken every return in by then, each into its own round. It said only "choose
    one with --round", as if nothing had happened."""
    from kotodesk.coordinator.new_round import open_new_round
    from tests.support import coordinator_ready

    coordinator_ready(home, monkeypatch, people["kasko"], units=(KASKO,))
    # (A round read from a published report can no longer be reopened for this.)
    assert cli("round", "new", "--period", "1–6/2024", "--deadline", "2099-06-30",
               "--keep-open").code == 0
    open_new_round(unit_home, unit_home.round().programme_id, "1–6/2024", date(2099, 6, 30),
                   keep_open=True)
    mail = tmp_path / "mail"
    mail.mkdir()
    for name, period in (("vanha.xlsx", "6–12/2023"), ("uusi.xlsx", "1–6/2024")):
        write_return_xlsx(unit_home, KASKO, people["kasko"], mail / name, round_query=period)
    result = cli("merge", mail, "--xlsx", tmp_path / "out.xlsx")
    assert result.code == 2
    assert "the returns are for several rounds (1–6/2024, 6–12/2023): each was taken " \
           "in for its own round, and no output was written; choose the round with --round" \
           in result.err, result.err
    assert not (tmp_path / "out.xlsx").exists()
    for period, name in (("6–12/2023", "vanha.xlsx"), ("1–6/2024", "uusi.xlsx")):
        rows = cli("inbox", "--round", period, "--json").json()
        assert [(r["file"], r["state"]) for r in rows] == [(name, "accepted")]


def _file(id_: int, unit: str, signed_at: str, copy_of=None) -> ReceivedFile:
    return ReceivedFile(id_, 1, unit, f"f{id_}", "", "", "valid", "", "", "", signed_at,
                        "", "", copy_of)


def test_rules_without_files():
    a = Candidate(_file(1, "u", "2026-01-01T10:00+00:00"), {"1/1": {"status": "green"}})
    b = Candidate(_file(2, "u", "2026-01-02T10:00+00:00"), {"1/1": {"status": "yellow"}})
    tie = Candidate(_file(3, "u", "2026-01-02T12:00+02:00"), {"1/1": {"status": "red"}})
    r = resolve_unit([a, b], {})
    assert r.winners[("1/1", "u")][0].id == 2 and r.superseded == {1: 2} and not r.conflicts
    # The same moment (written in another time zone): the one taken in later wins.
    r = resolve_unit([a, b, tie], {})
    assert r.winners[("1/1", "u")][0].id == 3 and r.superseded == {1: 3, 2: 3}
    assert not r.conflicts and not r.out_of_order
    # Signed before b but taken in after it: superseded on arrival, out of order.
    late = Candidate(_file(4, "u", "2026-01-01T12:00+00:00"), {"1/1": {"status": "red"}})
    r = resolve_unit([a, b, late], {})
    assert r.winners[("1/1", "u")][0].id == 2 and r.out_of_order == {4}
    # Text order would put "+02:00" wrongly: 09:00+02:00 is before 08:00Z.
    east = Candidate(_file(5, "u", "2026-01-02T09:00+02:00"), {"1/1": {"status": "red"}})
    west = Candidate(_file(6, "u", "2026-01-02T08:00Z"), {"1/1": {"status": "green"}})
    assert resolve_unit([east, west], {}).winners[("1/1", "u")][0].id == 6
    # An accepted unsigned return against the signed one: a conflict until chosen.
    unsigned = Candidate(_file(7, "u", ""), {"1/1": {"status": "red"}})
    r = resolve_unit([b, unsigned], {})
    assert [sorted(f.id for f, _ in c.options) for c in r.conflicts] == [[2, 7]]
    r = resolve_unit([b, unsigned], {("1/1", "u"): 7})
    assert r.winners[("1/1", "u")][0].id == 7 and not r.conflicts


def test_trusting_a_signer_later_makes_their_received_returns_valid(
        workspace, unit_home, people, tmp_path, cli):
    from kotodesk.signing.keys import certificate_pem

    fill(unit_home, HENKILOSTO, "2/3.1", status="green", narrative="x")
    path = export(unit_home, HENKILOSTO, people["henkilosto"], tmp_path / "r.xlsx")
    taken = intake.take_in(workspace, path, set())
    assert (taken.status, taken.held) == (verify.UNKNOWN_SIGNER,
                                          "the signer is not on the trust list")
    round_ = workspace.round()
    payload = merged_payload(workspace, round_, {}, "")
    measure = next(m for t in payload["themes"] for m in t["measures"] if m["ref"] == "2/3.1")
    assert measure["contributions"] == []  # held apart: named in the note, never merged
    assert "tuntematon allekirjoittaja (r.xlsx)" in measure["status_note"]
    workspace.close()
    cert = tmp_path / "heli.pem"
    cert.write_bytes(certificate_pem(people["henkilosto"].certificate))
    assert cli("trust", "add", cert).code == 0
    inbox_rows = cli("inbox", "--json").json()
    assert [(r["file"], r["status"], r["state"]) for r in inbox_rows] == [
        ("r.xlsx", "valid", "accepted")]


def test_a_batch_reads_the_catalogue_once_and_merges_as_file_by_file(
        workspace, unit_home, people, tmp_path, monkeypatch):
    """A run shares the round's catalogue and the programmes among its files (issue 16):
    the database reads them once, and what is recorded is what single files record."""
    from kotodesk.storage import catalogues

    fill(unit_home, HENKILOSTO, "2/3.1", status="green", narrative="Perehdytysmalli valmis.")
    first = export(unit_home, HENKILOSTO, people["henkilosto"], tmp_path / "h1.xlsx")
    fill(unit_home, HENKILOSTO, "2/3.1", status="yellow", narrative="Mallia päivitetään.")
    second = export(unit_home, HENKILOSTO, people["henkilosto"], tmp_path / "h2.xlsx")
    fill(unit_home, KASKO, "2/2.3", status="red", narrative="Ei aloitettu: rahoitus puuttuu.")
    third = export(unit_home, KASKO, people["kasko"], tmp_path / "k.xlsx")
    reads = []
    real = catalogues.load_catalogue
    monkeypatch.setattr(catalogues, "load_catalogue",
                        lambda *a, **k: reads.append(a[1:]) or real(*a, **k))
    run = intake.IntakeRun(workspace)
    taken = [intake.take_in(workspace, p, trusted(people), run=run)
             for p in (first, second, third)]
    assert [t.accepted for t in taken] == [True, True, True], [t.reason for t in taken]
    assert len(reads) == 1
    round_ = workspace.round()
    saved = entry_store.load_entry(workspace.store, round_.id, "2/3.1", HENKILOSTO)
    assert (saved.status, saved.narrative) == ("yellow", "Mallia päivitetään.")
    assert entry_store.load_entry(workspace.store, round_.id, "2/2.3", KASKO).status == "red"


def test_a_recorded_file_keeps_no_parsed_certificate_yet_its_signer_can_be_trusted(
        workspace, unit_home, people, tmp_path):
    """A batch's results hold no parsed certificate of a recorded file (a thousand of them
    grew the process by 80 MB); the inbox reads it from the recorded payload instead. A
    refused file, which is not recorded, keeps its own."""
    from kotodesk.coordinator.inbox import InboxRow, certificate_of
    from kotodesk.signing.keys import describe

    fill(unit_home, KASKO, "2/2.3", status="yellow", narrative="Työpajat alkoivat syksyllä.")
    path = export(unit_home, KASKO, people["kasko"], tmp_path / "kasko.xlsx")
    held = intake.take_in(workspace, path, set())  # an unknown signer: recorded, held
    assert held.accepted and held.held and held.verification.certificate is None
    row = InboxRow(path.name, held.status, "held", file_id=held.file_id,
                   verification=held.verification)
    assert describe(certificate_of(workspace, row)).fingerprint == \
        people["kasko"].info.fingerprint
    other = tmp_path / "toinen.xlsx"
    refused = intake.take_in(workspace, export(unit_home, KASKO, people["kasko"], other),
                             set(), expected_round=rounds.Round(-1, "x", 1, "1–6/1999"))
    assert not refused.accepted and refused.verification.certificate is not None
