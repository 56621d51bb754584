"""The core behind the coordinator's window, without Qt: inbox rows, merged statuses, a new
round, trust after the fact, and the two-step signed outputs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kotodesk.coordinator import inbox as round_inbox
from kotodesk.coordinator import intake, signed_outputs
from kotodesk.coordinator.new_round import open_new_round
from kotodesk.coordinator.statuses import measure_statuses, set_merged_status
from kotodesk.documents import verify
from kotodesk.domain.errors import UsageError
from kotodesk.storage import inbox, rounds
from tests.returns_batch import HENKILOSTO, SHARED, fill, fill_unit
from tests.support import make_identity, write_return_xlsx


@pytest.fixture(scope="module")
def people():
    return {"kasko": make_identity("Kaisa Kasko"), "kuva": make_identity("Ville Kuva")}


def test_inbox_rows_say_superseded_same_and_refused(workspace, unit_home, people, tmp_path):
    fill(unit_home, "kasko", SHARED, status="yellow", narrative="Alussa.")
    old = tmp_path / "old.xlsx"
    write_return_xlsx(unit_home, "kasko", people["kasko"], old)
    fill(unit_home, "kasko", SHARED, status="green", narrative="Valmis.")
    new = tmp_path / "new.xlsx"
    write_return_xlsx(unit_home, "kasko", people["kasko"], new)
    copy = tmp_path / "copy.xlsx"  # exported again unchanged: another file, the same return
    write_return_xlsx(unit_home, "kasko", people["kasko"], copy)
    junk = tmp_path / "junk.xlsx"
    junk.write_text("no")
    trusted = {people["kasko"].info.fingerprint}
    taken = [intake.take_in(workspace, p, trusted) for p in (old, new, copy, junk)]
    state = round_inbox.inbox_state(workspace, workspace.round(), taken)
    by_name = {r.file_name: r for r in state.rows}
    # Of the copies, the one signed last speaks (the unit's latest word: see
    # received._speaker); the other is the same return.
    assert by_name["old.xlsx"].outcome == round_inbox.SUPERSEDED
    assert by_name["old.xlsx"].detail == "copy.xlsx"
    assert by_name["copy.xlsx"].outcome == round_inbox.ACCEPTED
    assert by_name["copy.xlsx"].path == copy  # this run took it in
    assert by_name["junk.xlsx"].outcome == round_inbox.REFUSED
    assert by_name["junk.xlsx"].detail == taken[3].reason
    assert by_name["new.xlsx"].outcome == round_inbox.SAME
    assert by_name["new.xlsx"].detail == "copy.xlsx"
    assert not state.conflicts
    # After a restart (no intakes in memory) the recorded files read the same.
    again = round_inbox.inbox_state(workspace, workspace.round())
    assert [r.outcome for r in again.rows] == [r.outcome for r in state.rows
                                               if r.outcome != round_inbox.REFUSED]
    assert round_inbox.certificate_of(workspace, again.rows[0]) is not None


def test_refused_by_verification_alone():
    result = verify.Verification(__file__, verify.MODIFIED, "cell G4 was changed")
    refused = round_inbox.refused(result)
    assert not refused.accepted and refused.reason == "cell G4 was changed"
    assert round_inbox.refused(verify.Verification(__file__, verify.UNSIGNED)) is None


def test_trusting_a_signer_later_makes_their_received_files_valid(workspace, unit_home,
                                                                  people, tmp_path):
    from kotodesk.coordinator.trusting import trust_signer

    fill_unit(unit_home, HENKILOSTO)
    path = tmp_path / "h.xlsx"
    signer = make_identity("Heli", unit="Kaupunginkanslian henkilöstöosasto")
    write_return_xlsx(unit_home, HENKILOSTO, signer, path)
    assert intake.take_in(workspace, path, set()).status == verify.UNKNOWN_SIGNER
    change = trust_signer(workspace, signer.certificate)
    assert [f.file_name for f in change.counted] == ["h.xlsx"]
    [received] = inbox.files(workspace.store, workspace.round().id)
    assert received.status == verify.VALID
    assert trust_signer(workspace, signer.certificate).counted == []


def test_measure_statuses_default_to_the_least_advanced_and_take_an_override(
        workspace, unit_home, people, tmp_path):
    fill(unit_home, "kasko", SHARED, status="red", narrative="Ei aloitettu.", reasons="Raha")
    fill(unit_home, "kuva", SHARED, status="green", narrative="Käynnissä.")
    for unit in ("kasko", "kuva"):
        path = tmp_path / f"{unit}.xlsx"
        write_return_xlsx(unit_home, unit, people[unit], path)
        taken = intake.take_in(workspace, path, {p.info.fingerprint for p in people.values()})
        assert taken.accepted and not taken.held
    round_ = workspace.round()
    [shared] = [s for s in measure_statuses(workspace, round_) if s.measure.ref == SHARED]
    assert [(u.id, s) for u, s in shared.by_unit] == [("kasko", "red"), ("kuva", "green")]
    assert (shared.default, shared.status, shared.disagree) == ("red", "red", True)
    set_merged_status(workspace, round_, SHARED, "yellow", " Kuva aloitti. ", "K")
    [shared] = [s for s in measure_statuses(workspace, round_) if s.measure.ref == SHARED]
    assert (shared.status, shared.override.note) == ("yellow", "Kuva aloitti.")
    with pytest.raises(UsageError, match="not on the programme's scale"):
        set_merged_status(workspace, round_, SHARED, "blue", "", "K")
    set_merged_status(workspace, round_, SHARED, None, "", "K")
    assert next(s for s in measure_statuses(workspace, round_)
                if s.measure.ref == SHARED).override is None


def test_a_new_round_closes_the_open_one_and_follows_it(workspace):
    before = workspace.round()
    made = open_new_round(workspace, before.programme_id, " 1-12/2024 ", date(2025, 1, 31),
                          next_period="2025")
    assert (made.period, made.state, made.previous_round_id) == ("1–12/2024", "open", before.id)
    assert rounds.get_round(workspace.store, before.id).state == "closed"
    with pytest.raises(UsageError, match="already has a round 1–12/2024"):
        open_new_round(workspace, before.programme_id, "1–12/2024", date(2025, 1, 31))
    with pytest.raises(UsageError, match="period"):
        open_new_round(workspace, before.programme_id, "  ", date(2025, 1, 31))


def test_signed_outputs_gather_with_the_certificate_and_seal_with_the_key(workspace,
                                                                         tmp_path):
    me = make_identity("Kirsi")
    round_ = workspace.round()
    payload = signed_outputs.merged(workspace, round_, me.certificate)
    [xlsx] = signed_outputs.write_merged(payload, me, xlsx=tmp_path / "m.xlsx")
    assert verify.verify_file(xlsx, {me.info.fingerprint}).status == verify.VALID
    package = signed_outputs.package(workspace, round_, me.certificate)
    target = signed_outputs.write_package_file(package, me, tmp_path / "p.xlsx")
    assert verify.verify_file(target, {me.info.fingerprint}).kind == "kotodesk-package/1"
    with pytest.raises(UsageError, match="not the one"):
        signed_outputs.write_merged(payload, make_identity("Other"), xlsx=tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
    stem = signed_outputs.file_stem(payload["programme"], payload["round"], "yhdistetty")
    assert stem.startswith("yhdistetty_") and "/" not in stem


def test_files_of_a_folder_are_found_xlsx_before_its_pdf(tmp_path):
    (tmp_path / "a").mkdir()
    for name in ("a/x.pdf", "a/x.xlsx", "a/w.PDF", "a/notes.txt", "z.xlsx"):
        (tmp_path / name).write_bytes(b"")
    found = round_inbox.return_files([tmp_path / "a", tmp_path / "z.xlsx"])
    assert [p.relative_to(tmp_path) for p in found] == [
        Path("a/w.PDF"), Path("a/x.xlsx"), Path("a/x.pdf"), Path("z.xlsx")]
