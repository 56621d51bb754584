"""Rounds on the command line as a coordinator works them, and as scripts and careless
hands do: a round opened with `round new`, its package taken in by a unit, the unit's
signed return merged, late or after the next round opened; outputs written into the
returns' folder and merged again; a folder given to `verify`; a package's texts under
whoever wrote them; empty ROUND/--round from an unset variable; a report's round reopened;
--lang given to a command.

Real data folders (the coordinator's and the unit's), a real package and a signed return.
"""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime, timedelta

import pytest

from kotodesk.coordinator.package import import_package
from kotodesk.domain.deadlines import in_helsinki
from tests.returns_batch import fill
from tests.support import coordinator_ready, make_identity, write_return_xlsx
from tests.trust_support import cli_in

PERIOD, NEXT = "1–6/2026", "7–12/2026"


def _today() -> date:
    return in_helsinki(datetime.now(UTC)).date()


def _round_with_return(home, unit_home, tmp_path, monkeypatch, cli, deadline: date):
    """The coordinator opens PERIOD with `deadline` and sends its package; Kasko takes
    it in, fills 3/1.1 and signs its return into mail/. The mail folder and the
    coordinator's identity."""
    person = make_identity("Kaisa Kasko")
    me = coordinator_ready(home, monkeypatch, person, units=("kasko",))
    made = cli("round", "new", "--period", PERIOD, "--deadline", deadline.isoformat())
    assert made.code == 0, made.err
    package = tmp_path / "paketti.xlsx"
    assert cli("round", "package", "--out", package).code == 0
    import_package(unit_home, package, {me.info.fingerprint}, accept=me.info.fingerprint)
    fill(unit_home, "kasko", "3/1.1", status="green", narrative="Koulutukset pidetty.")
    mail = tmp_path / "mail"
    mail.mkdir()
    write_return_xlsx(unit_home, "kasko", person, mail / "kasko.xlsx")
    return mail, me


@pytest.fixture
def in_time(home, unit_home, tmp_path, monkeypatch, cli):
    return _round_with_return(home, unit_home, tmp_path, monkeypatch, cli,
                              _today() + timedelta(days=30))


def test_a_late_merge_without_round_writes_the_round_its_returns_name(in_time, cli,
                                                                      tmp_path):
    """Kasko's return came after the coordinator opened the next round (closing this
    one): it is refused as late, and merge wrote the OPEN round's report and summary over
    the names the coordinator gave for this round's."""
    mail, _me = in_time
    assert cli("round", "new", "--period", NEXT, "--deadline", "2027-01-31").code == 0
    out = tmp_path / "out"
    result = cli("merge", mail, "--xlsx", out / "koottu.xlsx", "--pdf", out / "koottu.pdf",
                 "--json")
    assert result.code == 1, result.err
    answer = result.json()
    assert answer["round"] == PERIOD
    [refused] = answer["rejected"]
    assert f"round {PERIOD} is closed" in refused["reason"]
    written = cli("verify", out / "koottu.xlsx", out / "koottu.pdf", "--json").json()
    assert [r["round"] for r in written] == [PERIOD, PERIOD]


def test_returns_naming_two_rounds_leave_the_choice_to_round(in_time, cli, workspace,
                                                             unit_home, tmp_path):
    """A folder with a late return of the closed round and one of the open round: no
    round to infer; the message says what was and was not taken in."""
    from kotodesk.coordinator.new_round import open_new_round

    mail, _me = in_time
    assert cli("round", "new", "--period", NEXT, "--deadline", "2027-01-31").code == 0
    open_new_round(unit_home, workspace.round().programme_id, NEXT, date(2027, 1, 31))
    fill(unit_home, "kasko", "3/1.1", status="yellow", narrative="Jatkuu.")
    write_return_xlsx(unit_home, "kasko", make_identity("Kaisa Kasko"), mail / "uusi.xlsx")
    result = cli("merge", mail, "--xlsx", tmp_path / "koottu.xlsx")
    assert result.code == 2
    assert (f"the returns are for several rounds ({PERIOD}, {NEXT}): those that could be "
            "taken in were taken in for their own rounds, and no output was written; "
            "choose the round with --round") in result.err, result.err
    assert not (tmp_path / "koottu.xlsx").exists()


def _late_round(home, unit_home, tmp_path, monkeypatch, cli):
    return _round_with_return(home, unit_home, tmp_path, monkeypatch, cli,
                              _today() - timedelta(days=2))


def test_a_return_after_the_deadline_is_late_in_merge_completeness_and_summary(
        home, unit_home, tmp_path, monkeypatch, cli):
    mail, _me = _late_round(home, unit_home, tmp_path, monkeypatch, cli)
    deadline = (_today() - timedelta(days=2)).isoformat()
    summary = tmp_path / "yhteenveto.pdf"
    merged = cli("merge", mail, "--xlsx", tmp_path / "koottu.xlsx", "--pdf", summary,
                 "--json")
    [late] = merged.json()["late"]
    assert late["unit"] == "Kasvatuksen ja koulutuksen toimiala"
    assert late["file"] == "kasko.xlsx" and late["deadline"] == deadline
    assert late["signed_at"].startswith(_today().isoformat())
    text = cli("merge", mail, "--xlsx", tmp_path / "koottu.xlsx")
    assert ("Returned late: Kasvatuksen ja koulutuksen toimiala (kasko.xlsx signed "
            f"{_today().isoformat()} ") in text.out
    assert f"Helsinki time, after the deadline {deadline})" in text.out

    units = {u["unit"]: u for u in cli("completeness", "--json").json()["units"]}
    assert units["Kasvatuksen ja koulutuksen toimiala"]["late"] == \
        {k: late[k] for k in ("file", "signed_at", "deadline")}
    assert units["Kaupunkiympäristön toimiala"]["late"] is None
    assert "returned late" in cli("completeness").out

    words = subprocess.run(["pdftotext", "-layout", summary, "-"], capture_output=True,
                           text=True, check=True).stdout
    day = _today() - timedelta(days=2)
    assert f"Määräajan {day.day}.{day.month}.{day.year} jälkeen palauttaneet (1)" in words
    assert "Kasvatuksen ja koulutuksen toimiala (allekirjoitettu" in " ".join(words.split())
    # Its pages are what its sealed content renders to (the key is no trusted one here).
    [checked] = cli("verify", summary, "--json").json()
    assert checked["status"] == "unknown-signer", checked


def test_a_return_in_time_is_not_late_anywhere(in_time, cli, tmp_path):
    mail, _me = in_time
    summary = tmp_path / "yhteenveto.pdf"
    merged = cli("merge", mail, "--xlsx", tmp_path / "koottu.xlsx", "--pdf", summary,
                 "--json").json()
    assert merged["late"] == []
    assert all(u["late"] is None for u in cli("completeness", "--json").json()["units"])
    words = subprocess.run(["pdftotext", summary, "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "jälkeen palauttaneet" not in words


def test_nothing_is_late_against_a_deadline_no_coordinator_gave(workspace, unit_home,
                                                                tmp_path):
    """The embedded round was not opened by a coordinator here: a deadline on it (as
    first start once wrote one) judges nothing late, in completeness as in the inbox."""
    from kotodesk.coordinator import intake
    from kotodesk.coordinator.merged import completeness

    with workspace.store.write():
        workspace.store.conn.execute("UPDATE round SET deadline = '2024-01-31' WHERE id = ?",
                                     (workspace.round().id,))
    person = make_identity("Kaisa Kasko")
    fill(unit_home, "kasko", "3/1.1", status="green", narrative="Valmis.")
    path = tmp_path / "kasko.xlsx"
    write_return_xlsx(unit_home, "kasko", person, path)
    assert intake.take_in(workspace, path, {person.info.fingerprint}).accepted
    state = completeness(workspace, workspace.round())
    [kasko] = [u for u in state.units if u.unit.id == "kasko"]
    assert kasko.returned and kasko.late is None


def test_outputs_written_into_the_returns_folder_are_set_aside_when_merged_again(
        in_time, cli, tmp_path):
    """`merge mail --xlsx mail/koottu.xlsx --pdf mail/yhteenveto.pdf`, run again after
    more mail came: the earlier outputs were refused as returns (the first one as "would
    be written over", exit 2), and a copy of an older report as a refused file."""
    mail, _me = in_time
    outputs = ["--xlsx", mail / "koottu.xlsx", "--pdf", mail / "yhteenveto.pdf"]
    first = cli("merge", mail, *outputs, "--json")
    assert first.code == 1 and first.json()["merged"] == 1, first.err  # units missing
    (mail / "vanha-koottu.xlsx").write_bytes((mail / "koottu.xlsx").read_bytes())
    again = cli("merge", mail, *outputs, "--json")
    assert again.code == 1, again.err
    answer = again.json()
    assert answer["rejected"] == []
    aside = {r["file"].rsplit("/", 1)[-1]: r["reason"] for r in answer["set_aside"]}
    assert set(aside) == {"koottu.xlsx", "yhteenveto.pdf", "vanha-koottu.xlsx"}
    assert aside["vanha-koottu.xlsx"].startswith(
        f"set aside: a merged report or meeting summary of round {PERIOD} made by kotodesk")
    assert aside["koottu.xlsx"] == ("set aside: this merge's own output, written by an "
                                    "earlier merge; written again")
    text = cli("merge", f"{mail}/", *outputs)
    assert "refused" not in text.out
    assert "3 set aside (not returns)." in text.out.splitlines()[0]
    # The one round's outputs were written: they name it.
    assert {r["round"] for r in cli("verify", mail / "koottu.xlsx", "--json").json()} == \
        {PERIOD}


def test_an_output_named_as_a_return_is_still_refused(in_time, cli, tmp_path):
    mail, _me = in_time
    kept = (mail / "kasko.xlsx").read_bytes()
    result = cli("merge", mail, "--xlsx", mail / "kasko.xlsx", "--pdf", tmp_path / "y.pdf")
    assert result.code == 2 and "would be written over" in result.err
    assert (mail / "kasko.xlsx").read_bytes() == kept


def test_verify_a_folder_verifies_its_files(in_time, cli, tmp_path):
    mail, _me = in_time
    (mail / "notes.txt").write_text("ei tarkistettava")
    results = cli("verify", mail, "--json")
    assert results.code == 0, results.out
    assert [(r["file"].rsplit("/", 1)[-1], r["status"]) for r in results.json()] == \
        [("kasko.xlsx", "valid")]
    empty = tmp_path / "tyhja"
    empty.mkdir()
    refused = cli("verify", empty, "--json")
    assert refused.code == 2
    assert refused.json()["error"]["message"] == (
        f"{empty}: is a folder with no .xlsx or .pdf file in it; nothing was verified")
    assert refused.json()["error"]["file"] == str(empty)


def test_merge_of_a_folder_without_returns_writes_nothing(in_time, cli, tmp_path):
    """A mistyped or emptied folder wrote the outputs of what had been received before,
    as if that folder's returns were in them; it is refused by name, as verify refuses it."""
    mail, _me = in_time
    assert cli("merge", mail, "--xlsx", tmp_path / "k.xlsx").code in (0, 1)
    empty = tmp_path / "tyhja"
    empty.mkdir()
    refused = cli("merge", empty, "--xlsx", tmp_path / "k2.xlsx", "--json")
    assert refused.code == 2
    assert refused.json()["error"]["message"] == (
        f"{empty}: is a folder with no .xlsx or .pdf file in it; nothing was merged")
    assert not (tmp_path / "k2.xlsx").exists()


def test_a_package_files_last_rounds_texts_under_who_wrote_them(in_time, cli, tmp_path,
                                                                 capsys):
    """A unit taking in the next round's package saw last round's merged text authored
    "Koordinaattori (kierrospaketti)": the coordinator merged Kaisa Kasko's text, but did
    not write it."""
    mail, me = in_time
    assert cli("merge", mail, "--xlsx", tmp_path / "koottu.xlsx").code == 1
    assert cli("round", "new", "--period", NEXT, "--deadline", "2027-01-31").code == 0
    package = tmp_path / "paketti2.xlsx"
    assert cli("round", "package", "--out", package).code == 0
    newcomer = cli_in(tmp_path / "uusi-yksikko", capsys)
    taken = newcomer("package", "import", package, "--accept-signer", me.info.fingerprint)
    assert taken.code == 0, taken.err
    shown = newcomer("entry", "show", "--unit", "Kasko", "--round", PERIOD, "--json").json()
    [entry] = [e for e in shown["entries"] if e["measure"] == "3/1.1"]
    assert entry["narrative"] == "Koulutukset pidetty." and entry["merged"] is True
    assert entry["author"] == "Kaisa Kasko (kierrospaketti, Koordinaattori)"


def test_an_empty_round_from_an_unset_variable_changes_nothing(cli, workspace):
    open_before = workspace.round()
    for command in (["round", "close", ""], ["round", "reopen", " "]):
        result = cli(*command)
        assert result.code == 2 and "ROUND is empty" in result.err
    for command in (["entry", "show", "--unit", "kasko", "--round", ""],
                    ["round", "package", "--round", "", "--out", "p.xlsx"],
                    ["round", "list", "--programme", ""]):
        result = cli(*command)
        assert result.code == 2 and "is empty: give" in result.err, command
    assert workspace.round() == open_before and open_before.state == "open"


def test_a_round_read_from_a_published_report_is_not_reopened(cli, workspace):
    report = workspace.round("5/2022–5/2023")
    assert report.from_report and report.state == "closed"
    result = cli("round", "reopen", "5/2022-5/2023")
    assert result.code == 2
    assert "round 5/2022–5/2023 was read from a published report: it can be read, but not " \
           "opened again to be changed" in result.err
    assert workspace.round("5/2022–5/2023").state == "closed"
    assert workspace.round().period == "6–12/2023"  # the open round stays open


def test_a_closed_rounds_package_is_refused(cli, home, monkeypatch, tmp_path):
    coordinator_ready(home, monkeypatch)
    assert cli("round", "new", "--period", PERIOD, "--deadline", "2030-06-30").code == 0
    result = cli("round", "package", "--round", "6-12/2023", "--out", tmp_path / "p.xlsx")
    assert result.code == 2 and "round 6–12/2023 is closed" in result.err
    assert not (tmp_path / "p.xlsx").exists()


def test_a_deadline_already_past_is_said_when_the_round_opens(cli):
    result = cli("round", "new", "--period", PERIOD, "--deadline", "2025-06-30", "--json")
    assert result.code == 0
    assert result.json()["warnings"] == ["the deadline 2025-06-30 has passed already: every "
                                         "return of this round will be marked late"]
    fine = cli("round", "new", "--period", NEXT, "--deadline", "2099-06-30", "--json")
    assert fine.json()["warnings"] == []


def test_lang_given_to_a_command_is_refused_not_ignored(cli, workspace):
    result = cli("--lang", "fi", "round", "list")
    assert result.code == 2
    assert "--lang is the window's language; commands print English" in result.err
    assert result.out == ""


def test_the_reminder_is_in_the_data_folders_language_or_the_one_asked(in_time, cli,
                                                                         workspace):
    """`completeness --reminder` wrote Finnish whatever the folder's language, while the
    window's Copy reminder and `mail remind` follow it: a Swedish-speaking coordinator's
    pasted reminder now reads as their drafts do, and --language chooses, as for mail."""
    from kotodesk.ops import settings

    assert "Palautus puuttuu vielä" in cli("completeness", "--reminder").out
    settings.put(workspace, language="sv")
    swedish = cli("completeness", "--reminder")
    assert swedish.code == 0, swedish.err
    assert "Rapporten saknas ännu från följande enheter" in swedish.out
    assert "Påminnelse:" in swedish.out and "Palautus" not in swedish.out
    finnish = cli("completeness", "--reminder", "--language", "fi").out
    assert "Palautus puuttuu vielä" in finnish
    assert cli("completeness", "--reminder", "--language", "de").code == 2


@pytest.mark.parametrize("period", ["7–12/2027\x07", "7–12/2027\u202e", "7–12\u200b/2027",
                                    "7–12/2027\x1b[2J"])
def test_a_period_with_a_character_that_is_not_shown_opens_no_round(home, monkeypatch, cli,
                                                                    period):
    """A period pasted with a bell, a direction override, a zero-width space or a
    terminal's escape was stored as the round's name: every file that travels, file names
    and the summary then carried it (a look-alike of the real period, or a box). Refused,
    naming where, and nothing opened."""
    coordinator_ready(home, monkeypatch, make_identity("Kaisa Koordinaattori"),
                      units=("kasko",))
    before = cli("round", "list", "--json").json()
    made = cli("round", "new", "--period", period, "--deadline", "2027-12-31")
    assert made.code == 2
    assert "has a character that is not shown" in made.err, made.err
    assert f"{period.index(next(c for c in period if not c.isprintable())) + 1}. character" \
        in made.err
    assert cli("round", "list", "--json").json() == before
    nxt = cli("round", "new", "--period", "7–12/2027", "--next-period", "1–6/2028\x00",
              "--deadline", "2027-12-31")
    assert nxt.code == 2 and "not shown" in nxt.err
    assert cli("round", "list", "--json").json() == before


def test_a_deadline_typed_wrong_or_extended_is_changed_and_judged_anew(
        home, unit_home, tmp_path, monkeypatch, cli):
    """No command changed a round's deadline: a coordinator who extended it by a week, or
    typed the wrong day, had every return in that week shown late in merge, completeness
    and the steering group's summary. `round deadline` changes it for the open round; a
    closed round's is its record and stays until the round is opened again."""
    mail, _me = _late_round(home, unit_home, tmp_path, monkeypatch, cli)
    assert cli("merge", mail, "--xlsx", tmp_path / "koottu.xlsx", "--json").json()["late"]
    old = (_today() - timedelta(days=2)).isoformat()
    later = (_today() + timedelta(days=7)).isoformat()

    changed = cli("round", "deadline", later, "--json")
    assert changed.code == 0, changed.err
    answer = changed.json()
    assert (answer["period"], answer["deadline"], answer["was"]) == (PERIOD, later, old)
    assert answer["warnings"] == []
    assert [r["deadline"] for r in cli("round", "list", "--json").json()
            if r["period"] == PERIOD] == [later]
    assert all(u["late"] is None for u in cli("completeness", "--json").json()["units"])
    summary = tmp_path / "yhteenveto.pdf"
    merged = cli("merge", mail, "--xlsx", tmp_path / "koottu.xlsx", "--pdf", summary,
                 "--json")
    assert merged.json()["late"] == []
    words = subprocess.run(["pdftotext", summary, "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "jälkeen palauttaneet" not in words

    past = cli("round", "deadline", old)  # back again, and said to have passed
    assert f"Warning: the deadline {old} has passed already" in past.out
    assert any(u["late"] for u in cli("completeness", "--json").json()["units"])

    assert cli("round", "deadline", "31.12.2026").code == 2
    assert cli("round", "close", PERIOD).code == 0
    closed = cli("round", "deadline", later, "--round", PERIOD)
    assert closed.code == 2 and "open it again first" in closed.err, closed.err
    assert [r["deadline"] for r in cli("round", "list", "--json").json()
            if r["period"] == PERIOD] == [old]


def test_the_deadline_of_a_round_not_opened_here_is_not_this_folders_to_give(cli):
    """The embedded round (and a package's, at a unit) was opened by nobody here: a date
    given to it would be judged as the coordinator's. Refused, nothing written."""
    before = cli("round", "list", "--json").json()
    refused = cli("round", "deadline", "2027-01-31")
    assert refused.code == 2
    assert "was not opened in this data folder" in refused.err, refused.err
    assert cli("round", "list", "--json").json() == before


def test_an_unsigned_return_taken_in_after_the_deadline_is_said_to_be_unjudged(
        home, unit_home, tmp_path, monkeypatch, cli):
    """An unsigned return that the coordinator counts has no time to trust, and was
    judged neither late nor anything: the summary's "returned late" list then read as
    complete. Now merge, completeness, the window and the summary say which returns could
    not be judged; one taken in before the deadline ended was in time, whenever sent."""
    import openpyxl

    mail, _me = _late_round(home, unit_home, tmp_path, monkeypatch, cli)
    book = openpyxl.load_workbook(mail / "kasko.xlsx")
    del book["kotodesk_allekirjoitus"]  # the same return, unsigned
    book.save(mail / "kasko.xlsx")
    assert cli("merge", mail, "--xlsx", tmp_path / "koottu.xlsx").code == 1  # held
    assert cli("held", "accept", "--file", "kasko.xlsx").code == 0
    deadline = (_today() - timedelta(days=2)).isoformat()
    summary = tmp_path / "yhteenveto.pdf"
    merged = cli("merge", mail, "--xlsx", tmp_path / "koottu.xlsx", "--pdf", summary,
                 "--json").json()
    assert merged["late"] == []
    assert merged["unjudged"] == [{"unit": "Kasvatuksen ja koulutuksen toimiala",
                                   "file": "kasko.xlsx", "deadline": deadline}]
    units = {u["unit"]: u for u in cli("completeness", "--json").json()["units"]}
    assert units["Kasvatuksen ja koulutuksen toimiala"]["unjudged"] == "kasko.xlsx"
    assert units["Kaupunkiympäristön toimiala"]["unjudged"] is None
    text = cli("completeness").out
    assert "returned, unsigned" in text
    assert (f"Not judged against the deadline {deadline}: Kasvatuksen ja koulutuksen "
            "toimiala (kasko.xlsx is unsigned, so when it was sent cannot be told)") in text
    words = " ".join(subprocess.run(["pdftotext", summary, "-"], capture_output=True,
                                    text=True, check=True).stdout.split())
    day = _today() - timedelta(days=2)
    assert (f"Määräajan {day.day}.{day.month}.{day.year} suhteen arvioimatta (1): "
            "Kasvatuksen ja koulutuksen toimiala (kasko.xlsx). Palautus on "
            "allekirjoittamaton") in words
    assert "jälkeen palauttaneet" not in words
    # Its pages are what its sealed content renders to (the key is no trusted one here).
    [checked] = cli("verify", summary, "--json").json()
    assert checked["status"] == "unknown-signer", checked

    # Extended past the day it was taken in: it came in time, and nothing says otherwise.
    later = (_today() + timedelta(days=7)).isoformat()
    assert cli("round", "deadline", later).code == 0
    assert cli("merge", mail, "--xlsx", tmp_path / "koottu.xlsx", "--pdf", summary,
               "--json").json()["unjudged"] == []
    words = subprocess.run(["pdftotext", summary, "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "arvioimatta" not in words
