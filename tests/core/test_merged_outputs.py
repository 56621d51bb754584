"""The merged outputs say what is known and are written whole: a measure is not shown
further along than every responsible unit has said, the units that have not answered
are listed per measure in the archive .xlsx and in the summary, and a merge that cannot
write one output leaves none."""

from __future__ import annotations

import openpyxl
import pytest

from kotodesk.coordinator import intake, signed_outputs
from kotodesk.coordinator.merge import merged_status, owed_status
from kotodesk.coordinator.statuses import measure_statuses, set_merged_status
from kotodesk.documents import verify
from kotodesk.documents.report_xlsx import MISSING_TEXT
from kotodesk.documents.summary_details import MISSING_TEXT as SUMMARY_MISSING
from kotodesk.domain.model import DEFAULT_SCALE, Programme
from tests.pdf_support import pdftotext
from tests.returns_batch import fill
from tests.support import cell_texts, make_identity, write_return_xlsx

TWO = "3/1.2"  # Kasko and Kuva answer for it
KUVA = "Kulttuurin ja vapaa-ajan toimiala"


def test_a_missing_unit_lets_only_a_status_stand_that_cannot_get_lower():
    programme = Programme(id="p", name="P", scale=DEFAULT_SCALE)
    assert merged_status(programme, ["green", "green"]) == "green"
    assert merged_status(programme, ["green", "green"], missing=1) == ""
    assert merged_status(programme, ["yellow"], missing=2) == ""
    assert merged_status(programme, ["green", "red"], missing=1) == "red"
    assert merged_status(programme, ["", ""], missing=1) == ""
    assert merged_status(programme, ["yellow", "green"]) == "yellow"
    # A unit that answered without a status: in a round the units owe, it holds back
    # the same; in a round read from a report, the report's status for the whole stands.
    assert owed_status(programme, ["green", ""], lacking=0, owed=True) == ""
    assert owed_status(programme, ["red", ""], lacking=0, owed=True) == "red"
    assert owed_status(programme, ["green", ""], lacking=0, owed=False) == "green"


@pytest.fixture
def one_answered(workspace, unit_home, tmp_path):
    """Kasko says green on 3/1.2; Kuva, also responsible, has not answered."""
    me = make_identity("Kaisa Kasko")
    fill(unit_home, "kasko", TWO, status="green", narrative="Kaskon osuus etenee.")
    path = tmp_path / "kasko.xlsx"
    write_return_xlsx(unit_home, "kasko", me, path)
    taken = intake.take_in(workspace, path, {me.info.fingerprint})  # a trusted signer
    assert taken.accepted and not taken.held
    return workspace


def _measure(payload, ref):
    return next(m for t in payload["themes"] for m in t["measures"] if m["ref"] == ref)


def _two_merged(ws):
    """TWO's statuses in the open round, its merged measure, the payload, its signer."""
    round_ = ws.round()
    [status] = [s for s in measure_statuses(ws, round_) if s.measure.ref == TWO]
    coordinator = make_identity("Kaisa Koordinaattori")
    payload = signed_outputs.merged(ws, round_, coordinator.certificate)
    return status, _measure(payload, TWO), payload, coordinator


def test_green_waits_for_the_missing_unit_and_both_outputs_name_it(one_answered, tmp_path):
    status, measure, payload, coordinator = _two_merged(one_answered)
    assert (status.default, [u.id for u in status.lacking]) == ("", ["kuva"])
    assert measure["status"] == ""
    assert measure["status_note"].startswith(f"Osuus puuttuu: {KUVA}.")
    xlsx, pdf = tmp_path / "m.xlsx", tmp_path / "m.pdf"
    signed_outputs.write_merged(payload, coordinator, xlsx=xlsx, pdf=pdf)
    assert verify.verify_file(xlsx, {coordinator.info.fingerprint}).status == verify.VALID
    sheet = openpyxl.load_workbook(xlsx).worksheets[3]  # after the summary: theme 3
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    kuva_row = next(r for r in rows if r[3] == KUVA and r[6] == MISSING_TEXT)
    assert kuva_row[4] == "Ei raportoitu"
    assert any(MISSING_TEXT in c for c in cell_texts(sheet))
    text = " ".join(pdftotext(pdf.read_bytes(), tmp_path, raw=True).split())
    assert f"{KUVA} {SUMMARY_MISSING}" in text
    assert f"Osuus puuttuu: {KUVA}." in text


def test_the_coordinator_may_set_it_and_it_is_marked(one_answered):
    ws = one_answered
    round_ = ws.round()
    set_merged_status(ws, round_, TWO, "green", "Kuva vahvisti puhelimessa.", "K")
    payload = signed_outputs.merged(ws, round_, make_identity("K").certificate)
    measure = _measure(payload, TWO)
    assert measure["status"] == "green"
    assert measure["status_note"].startswith(
        "Koordinaattorin asettama tila. Kuva vahvisti puhelimessa.")
    assert f"Osuus puuttuu: {KUVA}." in measure["status_note"]


@pytest.fixture
def one_without_status(workspace, unit_home, tmp_path):
    """Kasko says green on 3/1.2; Kuva answers too, with a narrative but no status."""
    people = [make_identity("Kaisa Kasko"), make_identity("Kalle Kuva")]
    fill(unit_home, "kasko", TWO, status="green", narrative="Kaskon osuus etenee.")
    fill(unit_home, "kuva", TWO, narrative="Kuvan osuutta suunnitellaan.")
    for unit, me in zip(("kasko", "kuva"), people, strict=True):
        path = tmp_path / f"{unit}.xlsx"
        write_return_xlsx(unit_home, unit, me, path)
        taken = intake.take_in(workspace, path, {p.info.fingerprint for p in people})
        assert taken.accepted and not taken.held
    return workspace


def test_a_unit_that_answered_without_a_status_holds_green_back_too(one_without_status,
                                                                    tmp_path):
    # Kuva has answered but said no status: it could be at any level, as a unit that has
    # not answered could, so Kasko's green is not the measure's (a full round showed
    # such measures green in the summary and counted them so).
    status, measure, payload, coordinator = _two_merged(one_without_status)
    assert (status.default, status.lacking) == ("", [])
    assert measure["status"] == ""
    assert measure["status_note"] == (f"Tila puuttuu: {KUVA}. Yhdistetty tila annetaan, kun "
                                      "kaikki vastuutahot ovat ilmoittaneet tilansa.")
    xlsx, pdf = tmp_path / "m.xlsx", tmp_path / "m.pdf"
    signed_outputs.write_merged(payload, coordinator, xlsx=xlsx, pdf=pdf)
    text = " ".join(pdftotext(pdf.read_bytes(), tmp_path, raw=True).split())
    assert f"Tila puuttuu: {KUVA}." in text
    # and the returns section lists the status Kuva still owes, beside the units missing
    assert f"Toimenpiteet, joista yksikkö ei ilmoittanut tilaa {KUVA} 1: {TWO}" in text


def test_the_next_round_compares_with_the_status_the_round_had(one_without_status):
    # The previous round's status in "change since the previous round" is the one that
    # round's own outputs showed: not reported while a unit's status was missing, not
    # the green of the unit that gave one.
    from datetime import date

    from kotodesk.coordinator.new_round import open_new_round

    ws = one_without_status
    before = signed_outputs.merged(ws, ws.round(), make_identity("K").certificate)
    assert _measure(before, TWO)["status"] == ""
    fill(ws, "kasko", "1/1.1", status="green", narrative="Valmis.")  # one unit of five
    open_new_round(ws, ws.round().programme_id, "1–6/2024", date(2024, 8, 31))
    after = signed_outputs.merged(ws, ws.round(), make_identity("K").certificate)
    assert after["previous"]["statuses"][TWO] == ""
    assert after["previous"]["statuses"]["1/1.1"] == ""  # four units never answered


def test_a_report_round_misses_no_one(workspace):
    """Seed 002's texts speak for each measure as a whole: its stated statuses stand."""
    round_ = workspace.round("5/2022-5/2023")
    payload = signed_outputs.merged(workspace, round_, make_identity("K").certificate)
    measure = _measure(payload, "2/2.3")  # three responsible units; the report says red
    assert (measure["status"], measure["status_note"]) == ("red", "")


def test_an_output_that_cannot_be_written_leaves_neither(one_answered, tmp_path):
    ws = one_answered
    me = make_identity("K")
    payload = signed_outputs.merged(ws, ws.round(), me.certificate)
    xlsx = tmp_path / "out" / "m.xlsx"
    xlsx.parent.mkdir()
    xlsx.write_bytes(b"the archive copy of last week")
    folder_named_like_the_pdf = tmp_path / "out" / "m.pdf"
    folder_named_like_the_pdf.mkdir()
    with pytest.raises(signed_outputs.OutputError,
                       match=r"m\.pdf: cannot be written \(it is a folder\); no merged output"):
        signed_outputs.write_merged(payload, me, xlsx=xlsx, pdf=folder_named_like_the_pdf)
    assert xlsx.read_bytes() == b"the archive copy of last week"
    assert sorted(p.name for p in xlsx.parent.iterdir()) == ["m.pdf", "m.xlsx"]


def test_an_output_that_cannot_be_made_is_named_and_nothing_is_left(one_answered, tmp_path):
    ws = one_answered
    me = make_identity("K")
    payload = signed_outputs.merged(ws, ws.round(), me.certificate)
    payload["previous"] = {"period": "x", "statuses": ["not", "a", "mapping"]}
    xlsx, pdf = tmp_path / "out" / "m.xlsx", tmp_path / "out" / "m.pdf"
    with pytest.raises(signed_outputs.OutputFailed,
                       match=r"the meeting summary \(.*m\.pdf\) could not be made"):
        signed_outputs.write_merged(payload, me, xlsx=xlsx, pdf=pdf)
    assert list((tmp_path / "out").iterdir()) == []


def test_merge_on_the_command_line_names_the_output_and_writes_none(cli, home, tmp_path,
                                                                      monkeypatch):
    monkeypatch.setenv("KOTODESK_PASSPHRASE", "salainen lause 123")
    made = cli("key", "new", "--name", "Kaisa", "--email", "k@hel.fi", "--unit",
               "kanslia-maahanmuutto")
    assert made.code == 0, made.err
    (tmp_path / "yhteenveto.pdf").mkdir()
    result = cli("merge", "--xlsx", tmp_path / "yhdistetty.xlsx",
                 "--pdf", tmp_path / "yhteenveto.pdf")
    assert result.code == 2, result.err
    assert "yhteenveto.pdf: cannot be written (it is a folder); no merged output was written" \
        in result.err
    assert not (tmp_path / "yhdistetty.xlsx").exists()
