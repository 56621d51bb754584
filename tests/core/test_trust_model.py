"""Issue 11, points 1–5, through the command line: a signature means what a coordinator
thinks it means. Every attack of "What is wrong today" is made with real keys and real
signed files (.xlsx and PAdES .pdf); nothing is mocked."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from kotodesk.coordinator.merged import merged_payload
from kotodesk.datafolder.workspace import Workspace
from kotodesk.reporting.entries import apply_edits
from kotodesk.signing import keys
from kotodesk.storage import entries as entry_store
from kotodesk.storage import trust
from tests.support import dump, write_return_xlsx
from tests.trust_support import (
    KASKO,
    KUVA,
    NOW,
    cli_in,
    odd_identity,
    pem,
    person,
    return_payload,
    write_signed,
)

PASS = "koordinaattori-2026"


@pytest.fixture(scope="module")
def staff():
    return {"kaisa": person("Kaisa Kasko", KASKO), "ville": person("Ville Kuva", KUVA),
            "olli": person("Olli Ulkopuolinen", KASKO),
            "kirsi": person("Kirsi Koordinaattori", "Kaupunginkanslian maahanmuuttoyksikkö")}


@pytest.fixture
def coordinator(home, staff, monkeypatch):
    """The coordinator's data folder with their own key (for merge's signed outputs)."""
    ws = Workspace.open(home)
    keys.save_identity(home, staff["kirsi"], PASS)
    trust.add(ws.store, staff["kirsi"].certificate, how="own")
    ws.close()
    monkeypatch.setenv("KOTODESK_PASSPHRASE", PASS)
    return home


def fill(ws, unit, ref, **fields):
    round_ = ws.round()
    catalogue = ws.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(ws.store, catalogue, round_, unit, ref, fields, "Testi")


def entry(home, ref, unit):
    ws = Workspace.open(home)
    try:
        return entry_store.load_entry(ws.store, ws.round().id, ref, unit)
    finally:
        ws.close()


def merged_measure(home, ref):
    ws = Workspace.open(home)
    try:
        payload = merged_payload(ws, ws.round(), {}, "")
    finally:
        ws.close()
    return next(m for t in payload["themes"] for m in t["measures"] if m["ref"] == ref)


def merge(cli, tmp_path, *paths):
    return cli("merge", *paths, "--xlsx", tmp_path / "out" / "koottu.xlsx", "--json")


# -- 1. signers have roles and units ----------------------------------------------------------


def test_trust_proposes_role_and_units_from_the_certificate_and_the_coordinator_confirms(
        cli, staff, tmp_path):
    kaisa = pem(staff["kaisa"], tmp_path / "kaisa.pem")
    added = cli("trust", "add", kaisa)
    assert added.code == 0, added.err
    assert "unit contact person for Kasvatuksen ja koulutuksen toimiala (proposed from the " \
           "certificate); NEEDS CONFIRMATION" in added.out
    fp = staff["kaisa"].info.fingerprint
    [listed] = cli("trust", "list", "--json").json()
    assert (listed["role"], listed["units"], listed["units_proposed"], listed["confirmed"]) == (
        "unit", [{"id": "kasko", "name": KASKO}], True, False)
    confirmed = cli("trust", "set", fp, "--confirm", "--json").json()
    assert (confirmed["units_proposed"], confirmed["confirmed"]) == (False, True)
    # The fingerprint as people read it: no colons, any case.
    changed = cli("trust", "set", fp.replace(":", "").lower(), "--role", "coordinator",
                  "--unit", "kuva", "--unit", "KASKO", "--json").json()
    assert (changed["role"], [u["id"] for u in changed["units"]]) == (
        "coordinator", ["kuva", "kasko"])
    assert cli("trust", "set", fp, "--no-units", "--json").json()["units"] == []
    assert cli("trust", "set", fp).code == 2  # nothing to change
    wrong = cli("trust", "set", fp, "--unit", "Kaupungin salainen yksikkö")
    assert wrong.code == 2 and "no unit" in wrong.err
    assert cli("trust", "remove", fp).code == 0
    again = cli("trust", "remove", fp)
    assert again.code == 2 and "no trusted signer" in again.err


def test_a_ca_or_encipherment_certificate_cannot_be_trusted(cli, tmp_path):
    for name, identity, words in (
            ("ca", odd_identity("Juuri CA", KASKO, ca=True), "certificate authority"),
            ("enc", odd_identity("Salaus", KASKO, signing=False), "does not allow signatures")):
        result = cli("trust", "add", pem(identity, tmp_path / f"{name}.pem"))
        assert result.code == 2 and words in result.err and f"{name}.pem" in result.err
    assert cli("trust", "list", "--json").json() == []


# -- 2. a return counts only for what its signer may say --------------------------------------


def test_a_trusted_key_counts_only_for_its_units_and_their_measures(
        coordinator, cli, unit_home, staff, tmp_path):
    fill(unit_home, "kuva", "1/1.1", status="green", narrative="Kuva: käynnissä.")
    fill(unit_home, "kasko", "1/1.1", status="yellow", narrative="Kasko: alussa.")
    mail = tmp_path / "mail"
    mail.mkdir()
    # Kaisa's key signs a return that claims to be Kuva's (the .xlsx and its PDF) ...
    write_signed(return_payload(unit_home, "kuva", staff["kaisa"]), staff["kaisa"],
                 mail / "kuva.xlsx", mail / "kuva.pdf")
    # ... and her own return, with measure 2/1.1 (not Kasko's) red, and Ville's name.
    write_signed(return_payload(unit_home, "kasko", staff["kaisa"], claim_name="Ville Kuva",
                                extra={"2/1.1": {"status": "red", "narrative": "Ei alkanut."}}),
                 staff["kaisa"], mail / "kasko.xlsx", mail / "kasko.pdf")
    assert cli("trust", "add", pem(staff["kaisa"], tmp_path / "k.pem"), "--unit",
               "Kasko").code == 0
    assert cli("trust", "add", pem(staff["ville"], tmp_path / "v.pem"), "--unit",
               "Kuva").code == 0

    checked = cli("verify", mail / "kuva.xlsx", mail / "kuva.pdf", mail / "kasko.xlsx",
                  mail / "kasko.pdf", "--json")
    assert checked.code == 1
    forged_xlsx, forged_pdf, own_xlsx, own_pdf = checked.json()
    for forged in (forged_xlsx, forged_pdf):
        assert (forged["status"], forged["problem"], forged["signer"]) == (
            "not-authorised", "unit", "Kaisa Kasko")
        assert f"may speak for {KASKO} only, not for {KUVA}" in forged["message"]
    for own in (own_xlsx, own_pdf):  # valid, the name from the certificate, the claim flagged
        assert (own["status"], own["signer"]) == ("valid", "Kaisa Kasko")
        assert own["warnings"] == ["the file names its signer 'Ville Kuva', but it was "
                                   "signed with the certificate of 'Kaisa Kasko'"]

    result = merge(cli, tmp_path, mail)
    data = result.json()
    assert result.code == 1
    assert {r["file"].rsplit("/", 1)[-1] for r in data["rejected"]} == {"kuva.xlsx",
                                                                        "kuva.pdf"}
    assert all("may speak for" in r["reason"] for r in data["rejected"])
    accepted, pdf = data["accepted"]
    assert accepted["not_merged"] == ["2/1.1"] and accepted["signer"] == "Kaisa Kasko"
    assert pdf["reason"].startswith("the same return as kasko.xlsx")
    assert [(n["file"], n["notes"]) for n in data["notes"]] == [(name, [
        "the file names its signer 'Ville Kuva', but it was signed with the certificate of "
        "'Kaisa Kasko'",
        "not merged, not the unit's measures: 2/1.1"]) for name in ("kasko.xlsx", "kasko.pdf")]
    assert entry(coordinator, "1/1.1", "kuva") is None  # Kuva's word is not forged
    assert entry(coordinator, "2/1.1", "kasko") is None
    measure = merged_measure(coordinator, "2/1.1")
    assert (measure["status"], measure["contributions"]) == ("", [])  # not turned red
    own = entry(coordinator, "1/1.1", "kasko")
    assert (own.narrative, own.author) == ("Kasko: alussa.", "Kaisa Kasko")
    rows = {r["file"]: r for r in cli("inbox", "--json").json()}
    assert rows["kasko.xlsx"]["signer"] == "Kaisa Kasko"


def test_a_return_whose_rows_show_other_measures_than_it_records_is_refused(
        coordinator, cli, unit_home, staff, tmp_path):
    """A row of a return shows the measure's theme sheet and number (and its text); the
    merge records the entry by the row's ref. Kaisa's key signs a return whose 1/1.1 is
    shown as measure 1.4, green, while 1/1.1 is red in her own data folder; and one that
    lists 1/1.1 twice, green and red. A person reading either file sees another report
    than the one that would be recorded, so neither is taken in."""
    import copy

    fill(unit_home, "kasko", "1/1.1", status="red", narrative="Ei aloitettu.")
    mail = tmp_path / "mail"
    mail.mkdir()
    kaisa = staff["kaisa"]
    swapped = return_payload(unit_home, "kasko", kaisa)
    rows = swapped["themes"][0]["measures"]
    shown = next(m for m in rows if m["ref"] == "1/1.4")
    rows[[m["ref"] for m in rows].index("1/1.1")] = {
        **shown, "ref": "1/1.1", "entry": {**shown["entry"], "status": "green",
                                           "narrative": "Valmis."}}
    write_signed(swapped, kaisa, mail / "shown-as-1.4.xlsx", mail / "shown-as-1.4.pdf")
    twice = return_payload(unit_home, "kasko", kaisa)
    rows = twice["themes"][0]["measures"]
    rows.insert(0, copy.deepcopy(rows[0]))
    rows[0]["entry"].update(status="green", narrative="Valmis.")
    write_signed(twice, kaisa, mail / "twice.xlsx")
    assert cli("trust", "add", pem(kaisa, tmp_path / "k.pem"), "--unit", "Kasko").code == 0

    result = merge(cli, tmp_path, mail)
    data = result.json()
    assert result.code == 1
    assert data["accepted"] == []
    reasons = {r["file"].rsplit("/", 1)[-1]: r["reason"] for r in data["rejected"]}
    assert set(reasons) == {"shown-as-1.4.xlsx", "shown-as-1.4.pdf", "twice.xlsx"}
    for name in ("shown-as-1.4.xlsx", "shown-as-1.4.pdf"):
        assert "measure 1/1.1 is shown as measure 1.4 of theme 1" in reasons[name]
    assert "measure 1/1.1 is in the file twice" in reasons["twice.xlsx"]
    assert entry(coordinator, "1/1.1", "kasko") is None
    assert entry(coordinator, "1/1.4", "kasko") is None


def test_a_return_that_shows_a_status_or_value_other_than_it_records_is_refused(
        coordinator, cli, unit_home, staff, tmp_path):
    """A return's status labels, their colours and the indicators it lists are shown from
    its own signed content. Kaisa's key signs a return whose scale swaps the words and
    colours of green and red (its 1/1.1, red, reads "Käynnistynyt ja etenee
    aikataulussa" in green), one with a status the programme's scale does not have (shown
    as not reported), and one whose 1/1.1 lists no indicator while carrying a value (shown
    nowhere). Each would be recorded as something no one reading it saw."""
    fill(unit_home, "kasko", "1/1.1", status="red", narrative="Ei aloitettu.")
    mail = tmp_path / "mail"
    mail.mkdir()
    kaisa = staff["kaisa"]

    def first_row(payload):
        return next(m for t in payload["themes"] for m in t["measures"] if m["ref"] == "1/1.1")

    swapped = return_payload(unit_home, "kasko", kaisa)
    levels = {s["code"]: s for s in swapped["programme"]["scale"]}
    green, red = levels["green"], levels["red"]
    (green["label"], green["colour"]), (red["label"], red["colour"]) = \
        (red["label"], red["colour"]), (green["label"], green["colour"])
    write_signed(swapped, kaisa, mail / "scale.xlsx", mail / "scale.pdf")
    other = return_payload(unit_home, "kasko", kaisa)
    first_row(other)["entry"]["status"] = "purple"
    write_signed(other, kaisa, mail / "purple.xlsx")
    unlisted = return_payload(unit_home, "kasko", kaisa)
    row = first_row(unlisted)
    [indicator] = row["indicators"]
    row["indicators"] = []
    row["entry"]["values"] = {indicator["name"]: "kyllä"}
    write_signed(unlisted, kaisa, mail / "unlisted.xlsx")
    assert cli("trust", "add", pem(kaisa, tmp_path / "k.pem"), "--unit", "Kasko").code == 0
    assert {r["status"] for r in cli("verify", *sorted(mail.iterdir()), "--json").json()} \
        == {"valid"}

    result = merge(cli, tmp_path, mail)
    data = result.json()
    assert result.code == 1 and data["accepted"] == []
    reasons = {r["file"].rsplit("/", 1)[-1]: r["reason"] for r in data["rejected"]}
    assert set(reasons) == {"scale.xlsx", "scale.pdf", "purple.xlsx", "unlisted.xlsx"}
    for name in ("scale.xlsx", "scale.pdf"):
        assert "shows the status scale otherwise than the programme" in reasons[name]
    assert "measure 1/1.1: status 'purple' is not on the programme's scale" in \
        reasons["purple.xlsx"]
    assert f"measure 1/1.1: a value of {indicator['name']!r} that the file does not show" \
        in reasons["unlisted.xlsx"]
    assert entry(coordinator, "1/1.1", "kasko") is None


def test_a_return_that_shows_another_units_name_is_refused(
        coordinator, cli, unit_home, staff, tmp_path):
    """Every sheet of a return names its unit. Ville's key (Kuva's) signs Kuva's return
    with Kasko's name on it: read as Kasko's report, it was recorded as Kuva's, with only
    a warning. A name that is no other unit's (a unit renamed in the register since)
    stays a warning."""
    fill(unit_home, "kuva", "1/1.1", status="green", narrative="Kuva: käynnissä.")
    mail = tmp_path / "mail"
    mail.mkdir()
    ville = staff["ville"]
    as_kasko = return_payload(unit_home, "kuva", ville)
    as_kasko["unit"].update(name=KASKO, abbreviation="Kasko")
    write_signed(as_kasko, ville, mail / "kasko-nimella.xlsx", mail / "kasko-nimella.pdf")
    renamed = return_payload(unit_home, "kuva", ville)
    renamed["unit"]["name"] = "Kulttuurin ja vapaa-ajan toimiala (vanha nimi)"
    write_signed(renamed, ville, mail / "vanha-nimi.xlsx")
    assert cli("trust", "add", pem(ville, tmp_path / "v.pem"), "--unit", "Kuva").code == 0

    result = merge(cli, tmp_path, mail)
    data = result.json()
    reasons = {r["file"].rsplit("/", 1)[-1]: r["reason"] for r in data["rejected"]}
    assert set(reasons) == {"kasko-nimella.xlsx", "kasko-nimella.pdf"}
    for reason in reasons.values():
        assert f"the file shows its unit as '{KASKO}', another unit than " \
               f"{KUVA!r}, for which it would be recorded" in reason, reason
    [accepted] = data["accepted"]
    assert accepted["file"].endswith("vanha-nimi.xlsx") and accepted["warnings"]
    assert entry(coordinator, "1/1.1", "kasko") is None


# -- 3. only trusted returns supersede --------------------------------------------------------


def test_unknown_and_unsigned_returns_are_held_and_trust_decides_both_ways(
        coordinator, cli, unit_home, staff, tmp_path):
    mail = tmp_path / "mail"
    mail.mkdir()
    earlier = (NOW - dt.timedelta(hours=2)).isoformat()
    fill(unit_home, "kasko", "1/1.1", status="yellow", narrative="Kasko: alussa.")
    write_signed(return_payload(unit_home, "kasko", staff["kaisa"], signed_at=earlier),
                 staff["kaisa"], mail / "a_kasko.xlsx")
    fill(unit_home, "kasko", "1/1.1", status="red", narrative="Väärennetty.")
    write_signed(return_payload(unit_home, "kasko", staff["olli"]), staff["olli"],
                 mail / "b_olli.xlsx", mail / "b_olli.pdf")
    anyone = openpyxl.load_workbook(mail / "a_kasko.xlsx")  # the layout, no signature
    del anyone["kotodesk_allekirjoitus"]
    cell = next(c for ws in anyone.worksheets for r in ws.iter_rows() for c in r
                if c.value == "Kasko: alussa.")
    cell.value = "Kuka tahansa kirjoitti tämän."
    anyone.save(mail / "c_unsigned.xlsx")
    assert cli("trust", "add", pem(staff["kaisa"], tmp_path / "k.pem"), "--unit",
               "Kasko").code == 0

    first = merge(cli, tmp_path, mail)
    data = first.json()
    assert first.code == 1 and not data["rejected"] and not data["superseded"]
    assert [(h["file"], h["reason"]) for h in data["held"]] == [
        ("b_olli.xlsx", "the signer is not on the trust list"),
        ("c_unsigned.xlsx", "the return is unsigned")]
    assert "Held: b_olli.xlsx" in cli("merge", mail, "--xlsx", tmp_path / "x.xlsx").out
    assert entry(coordinator, "1/1.1", "kasko").narrative == "Kasko: alussa."
    note = merged_measure(coordinator, "1/1.1")["status_note"]
    assert f"Pidätetty, ei mukana: {KASKO}, tuntematon allekirjoittaja (b_olli.xlsx)" in note
    assert f"{KASKO}, allekirjoittamaton (c_unsigned.xlsx)" in note
    rows = {r["file"]: r for r in cli("inbox", "--json").json()}
    assert [rows[n]["state"] for n in ("a_kasko.xlsx", "b_olli.xlsx", "b_olli.pdf",
                                       "c_unsigned.xlsx")] == ["accepted", "held", "same",
                                                              "held"]
    # Trusting Olli for Kasko: everything of his is judged again; his newer return counts.
    olli = pem(staff["olli"], tmp_path / "o.pem")
    trusted = cli("trust", "add", olli, "--unit", "kasko", "--json").json()
    assert trusted["now_counted"] == ["b_olli.xlsx", "b_olli.pdf"]
    assert entry(coordinator, "1/1.1", "kasko").narrative == "Väärennetty."
    rows = {r["file"]: r for r in cli("inbox", "--json").json()}
    assert (rows["a_kasko.xlsx"]["state"], rows["a_kasko.xlsx"]["detail"]) == (
        "superseded", "b_olli.xlsx")
    # Removing the trust again undoes exactly that.
    removed = cli("trust", "remove", staff["olli"].info.fingerprint, "--json").json()
    assert removed["now_held"] == ["b_olli.xlsx", "b_olli.pdf"]
    assert entry(coordinator, "1/1.1", "kasko").narrative == "Kasko: alussa."
    rows = {r["file"]: r for r in cli("inbox", "--json").json()}
    assert (rows["a_kasko.xlsx"]["state"], rows["b_olli.xlsx"]["status"],
            rows["b_olli.xlsx"]["state"]) == ("accepted", "unknown-signer", "held")
    # Accepting one file explicitly: the unsigned one now stands beside the signed one,
    # and as its order is unknown, differing text is a conflict for the coordinator.
    accepted = cli("held", "accept", "--file", "c_unsigned.xlsx", "--json")
    assert accepted.code == 0 and accepted.json()["was_held"] == "the return is unsigned"
    assert [h["file"] for h in cli("held", "list", "--json").json()] == ["b_olli.xlsx"]
    again = merge(cli, tmp_path, mail)
    data = again.json()
    assert not data["accepted"] and len(data["unchanged"]) == 4
    assert data["conflicts"] == [{"measure": "1/1.1", "unit": KASKO,
                                  "files": ["a_kasko.xlsx", "c_unsigned.xlsx"]}]
    assert entry(coordinator, "1/1.1", "kasko").narrative == "Kasko: alussa."
    assert cli("held", "accept", "--file", "a_kasko.xlsx").code == 2  # it counts already


# -- 4. time is checked ----------------------------------------------------------------------


def test_impossible_signing_times_are_refused_and_order_follows_the_signing_time(
        coordinator, cli, unit_home, staff, tmp_path):
    fill(unit_home, "kasko", "1/1.1", status="yellow", narrative="Ensimmäinen.")
    mail = tmp_path / "mail"
    mail.mkdir()
    kaisa = staff["kaisa"]
    for name, when in (("future", "2099-01-01T00:00:00+00:00"), ("zzz", "zzz"),
                       ("naive", NOW.replace(tzinfo=None).isoformat()),
                       ("soon", (NOW + dt.timedelta(minutes=5)).isoformat())):
        write_signed(return_payload(unit_home, "kasko", kaisa, signed_at=when), kaisa,
                     mail / f"{name}.xlsx")
    # A key valid since 2020, signing on New Year 2023: before the 6–12/2023 round's period.
    old_key = odd_identity("Kaisa Kasko", KASKO, not_before=dt.datetime(2020, 1, 1,
                                                                        tzinfo=dt.UTC))
    write_signed(return_payload(unit_home, "kasko", old_key,
                                signed_at="2023-01-01T09:00:00+00:00"),
                 old_key, mail / "backdated.xlsx", mail / "backdated.pdf")
    for identity, name in ((kaisa, "k"), (old_key, "old")):
        assert cli("trust", "add", pem(identity, tmp_path / f"{name}.pem"), "--unit",
                   "kasko").code == 0
    checked = {r["file"].rsplit("/", 1)[-1]: r for r in cli(
        "verify", *sorted(mail.iterdir()), "--json").json()}
    assert (checked["future.xlsx"]["status"], checked["future.xlsx"]["problem"]) == (
        "not-authorised", "time")
    assert "lies in the future" in checked["future.xlsx"]["message"]
    assert "'zzz' is not a date and time with a time zone" in checked["zzz.xlsx"]["message"]
    assert checked["naive.xlsx"]["problem"] == "time"
    assert checked["soon.xlsx"]["status"] == "valid"  # within ten minutes of this clock

    data = merge(cli, tmp_path, mail).json()
    refused = {r["file"].rsplit("/", 1)[-1]: r["reason"] for r in data["rejected"]}
    assert set(refused) == {"future.xlsx", "zzz.xlsx", "naive.xlsx", "backdated.xlsx",
                            "backdated.pdf"}
    assert "before the round's monitoring period began (6–12/2023" in refused["backdated.pdf"]
    assert [a["file"].rsplit("/", 1)[-1] for a in data["accepted"]] == ["soon.xlsx"]


def test_the_signing_time_orders_returns_and_a_late_arrival_is_shown_out_of_order(
        coordinator, cli, unit_home, staff, tmp_path):
    kaisa = staff["kaisa"]
    fill(unit_home, "kasko", "1/1.1", status="yellow", narrative="Vanha.")
    early = return_payload(unit_home, "kasko", kaisa,
                           signed_at=(NOW - dt.timedelta(hours=2)).isoformat())
    write_signed(early, kaisa, tmp_path / "early.xlsx")
    fill(unit_home, "kasko", "1/1.1", status="green", narrative="Uusi.")
    # Signed an hour later, in another time zone (text order would put it first).
    later = (NOW - dt.timedelta(hours=1)).astimezone(dt.timezone(dt.timedelta(hours=-5)))
    write_signed(return_payload(unit_home, "kasko", kaisa, signed_at=later.isoformat()),
                 kaisa, tmp_path / "later.xlsx")
    assert cli("trust", "add", pem(kaisa, tmp_path / "k.pem"), "--unit", "kasko").code == 0
    merge(cli, tmp_path, tmp_path / "later.xlsx")
    result = merge(cli, tmp_path, tmp_path / "early.xlsx")  # arrives last, signed first
    assert result.json()["superseded"] == [{
        "file": "early.xlsx", "by": "later.xlsx", "out_of_order": True,
        "file_signed_at": early["signed_at"], "by_signed_at": later.isoformat()}]
    assert entry(coordinator, "1/1.1", "kasko").narrative == "Uusi."
    rows = {r["file"]: r for r in cli("inbox", "--json").json()}
    assert rows["early.xlsx"]["notes"] == [
        "out of order: signed before later.xlsx, but taken in after it"]


def test_a_round_opened_here_refuses_returns_signed_before_it_opened(
        coordinator, cli, unit_home, staff, tmp_path):
    from kotodesk.storage import rounds

    assert cli("round", "new", "--period", "2024", "--deadline", "2030-01-31").code == 0
    opened = Workspace.open(coordinator)
    try:
        round_ = opened.round()
        assert round_.period == "2024" and round_.opened_at
        version = round_.catalogue_version
    finally:
        opened.close()
    rounds.add_round(unit_home.store, round_.programme_id, version, "2024")
    unit_home.store.conn.execute("UPDATE round SET state = 'closed' WHERE period != '2024'")
    fill(unit_home, "kasko", "1/1.1", status="green", narrative="Uusi kierros.")
    old_key = odd_identity("Kaisa Kasko", KASKO, not_before=dt.datetime(2020, 1, 1,
                                                                        tzinfo=dt.UTC))
    before = (dt.datetime.fromisoformat(round_.opened_at) - dt.timedelta(hours=1)).isoformat()
    write_signed(return_payload(unit_home, "kasko", old_key, signed_at=before), old_key,
                 tmp_path / "before.xlsx")
    write_signed(return_payload(unit_home, "kasko", old_key), old_key, tmp_path / "now.xlsx")
    assert cli("trust", "add", pem(old_key, tmp_path / "k.pem"), "--unit", "kasko").code == 0
    data = merge(cli, tmp_path, tmp_path / "before.xlsx", tmp_path / "now.xlsx").json()
    [refused] = data["rejected"]
    assert "before the round was opened" in refused["reason"]
    assert [a["file"].rsplit("/", 1)[-1] for a in data["accepted"]] == ["now.xlsx"]


# -- 5. certificates are checked ---------------------------------------------------------------


def test_unfit_certificates_never_give_valid_even_once_trusted(
        coordinator, cli, unit_home, staff, tmp_path):
    fill(unit_home, "kasko", "1/1.1", status="green", narrative="Valmis.")
    year = dt.timedelta(days=365)
    unfit = {
        "expired": (odd_identity("Vanha Avain", KASKO, not_before=NOW - 3 * year,
                                 not_after=NOW - year), "had expired when the file was signed"),
        "not-yet": (odd_identity("Tuleva Avain", KASKO, not_before=NOW + dt.timedelta(days=2)),
                    "was not valid yet when the file was signed"),
        "encipher": (odd_identity("Salaus Avain", KASKO, signing=False),
                     "key usage does not allow signatures"),
        "ca": (odd_identity("Juuri CA", KASKO, ca=True), "certificate authority"),
    }
    ws = Workspace.open(coordinator)
    for identity, _words in unfit.values():  # trusted before these checks existed
        trust.add(ws.store, identity.certificate, units=["kasko"], confirmed=True)
    ws.close()
    mail = tmp_path / "mail"
    mail.mkdir()
    for name, (identity, _words) in unfit.items():
        write_signed(return_payload(unit_home, "kasko", identity), identity,
                     mail / f"{name}.xlsx", mail / f"{name}.pdf")
    checked = cli("verify", *sorted(mail.iterdir()), "--json")
    assert checked.code == 1
    for result in checked.json():
        name = result["file"].rsplit("/", 1)[-1].rsplit(".", 1)[0]
        assert (result["status"], result["problem"]) == ("not-authorised", "certificate")
        assert unfit[name][1] in result["message"], result["message"]
    data = merge(cli, tmp_path, mail).json()
    assert len(data["rejected"]) == 8 and not data["accepted"]


def test_a_certificate_valid_when_signing_stays_valid_after_it_expires(
        coordinator, cli, unit_home, tmp_path):
    """Validity is judged at the signing time: a return signed in December 2023 with a
    certificate that expired in 2024 is still that person's return."""
    fill(unit_home, "kasko", "1/1.1", status="green", narrative="Joulukuussa.")
    identity = odd_identity("Kaisa Kasko", KASKO,
                            not_before=dt.datetime(2023, 1, 1, tzinfo=dt.UTC),
                            not_after=dt.datetime(2024, 6, 30, tzinfo=dt.UTC))
    write_signed(return_payload(unit_home, "kasko", identity,
                                signed_at="2023-12-15T10:00:00+02:00"),
                 identity, tmp_path / "r.xlsx", tmp_path / "r.pdf")
    assert cli("trust", "add", pem(identity, tmp_path / "k.pem"), "--unit", "kasko").code == 0
    checked = cli("verify", tmp_path / "r.xlsx", tmp_path / "r.pdf", "--json")
    assert checked.code == 0, checked.out
    assert [r["status"] for r in checked.json()] == ["valid", "valid"]


def test_a_round_package_counts_only_from_a_coordinator(
        workspace, unit_home, staff, tmp_path, capsys):
    from kotodesk.coordinator.signed_outputs import write_package
    from kotodesk.storage import rounds

    unit_cli = cli_in(unit_home.home, capsys)
    round_ = workspace.round()
    # A colleague the unit trusts (for Kuva's returns) sends a "package" with another
    # deadline and title.
    workspace.store.conn.execute("UPDATE round SET deadline = '2099-12-31', title = "
                                 "'Uusi määräaika' WHERE id = ?", (round_.id,))
    round_ = rounds.get_round(workspace.store, round_.id)
    forged = tmp_path / "paketti-ville.xlsx"
    write_package(workspace, round_, staff["ville"], forged)
    assert unit_cli("trust", "add", pem(staff["ville"], tmp_path / "v.pem")).code == 0
    before = dump(unit_home.store)
    refused = unit_cli("package", "import", forged)
    assert refused.code == 2
    assert "signed by Ville Kuva <ville@hel.fi>, who is on your trust list as a unit's " \
           "contact person, not as the coordinator" in refused.err
    assert dump(unit_home.store) == before
    # The coordinator's own package: compare the fingerprint, then accept.
    genuine = tmp_path / "paketti.xlsx"
    write_package(workspace, round_, staff["kirsi"], genuine)
    unknown = unit_cli("package", "import", genuine)
    assert unknown.code == 2 and "not on your trust list" in unknown.err
    fp = staff["kirsi"].info.fingerprint
    done = unit_cli("package", "import", genuine, "--accept-signer", fp, "--json")
    assert done.code == 0, done.err
    assert (done.json()["signer"], done.json()["deadline"]) == ("Kirsi Koordinaattori",
                                                                "2099-12-31")
    [kirsi] = [s for s in unit_cli("trust", "list", "--json").json() if s["fingerprint"] == fp]
    assert (kirsi["role"], kirsi["confirmed"]) == ("coordinator", True)
    # Now trusted as the coordinator, the colleague's package is still refused.
    assert unit_cli("package", "import", forged).code == 2


def test_an_older_round_package_does_not_undo_a_newer_one(
        workspace, unit_home, staff, tmp_path, capsys):
    """The coordinator's package, then a corrected one (a later deadline); the first is
    opened again from the mail, or sent again by someone else. Genuine and from the
    coordinator, it was taken in and put the older round data back over the newer (the
    deadline here; a round the newer package closed was opened again)."""
    from kotodesk.coordinator.signed_outputs import package, write_package_file
    from kotodesk.storage import rounds

    kirsi = staff["kirsi"]
    unit_cli = cli_in(unit_home.home, capsys)
    round_ = workspace.round()
    files = {}
    for name, deadline, hours in (("vanha.xlsx", "2030-01-31", 2), ("uusi.xlsx", "2030-02-28", 1)):
        workspace.store.conn.execute("UPDATE round SET deadline = ? WHERE id = ?",
                                     (deadline, round_.id))
        payload = package(workspace, rounds.get_round(workspace.store, round_.id),
                          kirsi.certificate)
        payload["signed_at"] = (NOW - dt.timedelta(hours=hours)).isoformat(
            timespec="milliseconds")
        files[name] = write_package_file(payload, kirsi, tmp_path / name)
    fp = kirsi.info.fingerprint
    taken = unit_cli("package", "import", files["uusi.xlsx"], "--accept-signer", fp, "--json")
    assert taken.code == 0, taken.err
    before = dump(unit_home.store)
    older = unit_cli("package", "import", files["vanha.xlsx"])
    assert older.code == 2
    assert "signed before the round package taken in last" in older.err, older.err
    assert dump(unit_home.store) == before
    assert unit_home.round().deadline == dt.date(2030, 2, 28)
    # The newest package taken in again changes nothing and is no error.
    assert unit_cli("package", "import", files["uusi.xlsx"]).code == 0


# -- the same file again, end to end --------------------------------------------------------


def test_merging_a_folder_again_changes_nothing_and_exits_0(cli, home, unit_home, staff,
                                                            tmp_path, capsys, monkeypatch):
    """The Mukana programme (no responsible units): the coordinator opens a round, sends
    the package, one unit returns; merging the mail folder twice exits 0 both times."""
    monkeypatch.setenv("KOTODESK_PASSPHRASE", PASS)
    unit_cli = cli_in(unit_home.home, capsys)
    made = cli("key", "new", "--name", "Kirsi Koordinaattori", "--unit", "Kanslia", "--json")
    assert made.code == 0, made.err
    assert cli("round", "new", "--programme", "mukana", "--period", "2024", "--deadline",
               "2030-01-31").code == 0
    package = tmp_path / "paketti.xlsx"
    assert cli("round", "package", "--programme", "mukana", "--out", package).code == 0
    assert unit_cli("package", "import", package, "--accept-signer",
                    made.json()["fingerprint"]).code == 0
    assert unit_cli("key", "new", "--name", "Kaisa Kasko", "--unit", "Kasko").code == 0
    assert unit_cli("entry", "set", "--unit", "kasko", "--measure", "1/1", "--status",
                    "green", "--narrative", "Kerhot käynnissä.").code == 0
    mail = tmp_path / "mail"
    exported = unit_cli("return", "export", "--unit", "kasko", "--out", mail, "--json")
    assert exported.code == 0, exported.err
    assert unit_cli("key", "export-cert", tmp_path / "kaisa.pem").code == 0
    assert cli("trust", "add", tmp_path / "kaisa.pem", "--unit", "kasko").code == 0
    out = tmp_path / "koottu.xlsx"
    first = cli("merge", mail, "--xlsx", out, "--json")
    assert first.code == 0, first.out
    xlsx, pdf = first.json()["accepted"]
    assert pdf["reason"] == f"the same return as {xlsx['file'].rsplit('/', 1)[-1]}"
    second = cli("merge", mail, "--xlsx", out, "--json")
    assert second.code == 0, second.out
    assert [u["file"] for u in second.json()["unchanged"]] == [
        exported.json()["xlsx"], exported.json()["pdf"]]
    assert "received before" in cli("merge", mail, "--xlsx", out).out


# -- data folders trusted before roles existed -----------------------------------------------


def test_signers_trusted_before_roles_get_a_proposal_that_needs_confirmation(
        tmp_path, staff, unit_home):
    from kotodesk.documents.verify import VALID, verify_file
    from kotodesk.storage import migrations
    from kotodesk.storage.db import DATABASE_NAME, Store
    from kotodesk.system.clock import now

    home = tmp_path / "old"
    home.mkdir()
    store = Store(home / DATABASE_NAME)
    migrations.upgrade(store, until="0003_returns_inbox")
    with store.write():
        for identity, how in ((staff["kaisa"], "imported"), (staff["kirsi"], "own")):
            info = identity.info
            store.conn.execute(
                "INSERT INTO trusted_signer VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (info.fingerprint, info.name, info.email, info.unit, info.organisation,
                 keys.certificate_pem(identity.certificate).decode(), how, now()))
    store.close()
    ws = Workspace.open(home)
    try:
        signers = {s.name: s for s in trust.all_signers(ws.store)}
        kaisa, kirsi = signers["Kaisa Kasko"], signers["Kirsi Koordinaattori"]
        assert (kaisa.role, kaisa.units, kaisa.confirmed) == ("unit", None, False)
        assert (kirsi.role, kirsi.confirmed) == ("coordinator", True)
        from kotodesk.signing.trust_list import trust_list

        listed = trust_list(ws)
        assert listed.get(kaisa.fingerprint).units == ("kasko",)  # from the certificate
        assert listed.get(kirsi.fingerprint).units == ("kanslia-maahanmuutto",)
        fill(unit_home, "kasko", "1/1.1", status="green", narrative="x")
        path = tmp_path / "r.xlsx"
        write_return_xlsx(unit_home, "kasko", staff["kaisa"], path)
        result = verify_file(path, listed)
        assert result.status == VALID
        assert "proposed from the certificate, not confirmed yet" in result.message
        forged = tmp_path / "kuva.xlsx"
        write_return_xlsx(unit_home, "kuva", staff["kaisa"], forged)
        assert verify_file(forged, listed).problem == "unit"
    finally:
        ws.close()


def test_the_payload_of_a_merge_names_held_files_only_by_file(coordinator, cli, unit_home,
                                                              staff, tmp_path):
    """A held file's text never reaches the signed merged report: the report says that it
    exists and why it does not count."""
    fill(unit_home, "kasko", "1/1.1", status="red", narrative="Salainen väärennös.")
    write_signed(return_payload(unit_home, "kasko", staff["olli"]), staff["olli"],
                 tmp_path / "olli.xlsx")
    out = tmp_path / "koottu.xlsx"
    assert cli("merge", tmp_path / "olli.xlsx", "--xlsx", out).code == 1
    texts = json.dumps([c.value for ws in openpyxl.load_workbook(out).worksheets
                        for r in ws.iter_rows() for c in r if c.value], ensure_ascii=False)
    assert "Salainen väärennös." not in texts
    assert "tuntematon allekirjoittaja (olli.xlsx)" in texts


def test_files_received_under_the_old_rules_are_judged_again_once(home, unit_home, staff,
                                                                  tmp_path):
    """A data folder that merged by the old rules (any trusted key for any unit; unsigned
    returns merged) is judged by the new ones when it is first opened by this version."""
    from kotodesk.coordinator.intake import merge_unit
    from kotodesk.storage import inbox, settings
    from kotodesk.storage.entries import save_fields

    fill(unit_home, "kuva", "1/1.1", status="green", narrative="Kaisa kirjoitti Kuvalle.")
    forged = return_payload(unit_home, "kuva", staff["kaisa"])
    ws = Workspace.open(home)
    round_ = ws.round()
    trust.add(ws.store, staff["kaisa"].certificate, units=["kasko"], confirmed=True)
    file_id = inbox.add_file(  # as the old intake recorded it: valid, merged
        ws.store, round_id=round_.id, unit_id="kuva", file_name="kuva.xlsx",
        file_sha256="ab" * 32, content_sha256="cd" * 32, status="valid",
        signer="Kaisa Kasko", email="", fingerprint=staff["kaisa"].info.fingerprint,
        signed_at=forged["signed_at"], file_time="", payload=forged)
    settings.put(ws.store, received_judged_by="")  # not judged by the new rules yet
    # The old merge, which took any trusted key for any unit:
    save_fields(ws.store, round_.id, "1/1.1", "kuva", {"status": "green", "narrative":
                "Kaisa kirjoitti Kuvalle."}, "Kaisa Kasko")
    ws.store.conn.execute("UPDATE entry SET source_file_id = ? WHERE measure_ref = '1/1.1' "
                          "AND unit_id = 'kuva'", (file_id,))
    ws.close()
    ws = Workspace.open(home)
    try:
        [received] = inbox.files(ws.store, round_.id)
        assert received.status == "not-authorised"
        saved = entry_store.load_entry(ws.store, round_.id, "1/1.1", "kuva")
        assert (saved.narrative, saved.status, saved.source_file_id) == ("", None, None)
        assert settings.get(ws.store, "received_judged_by") == "roles-and-units"
        merge_unit(ws, round_, "kuva")  # and it stays so
        assert entry_store.load_entry(ws.store, round_.id, "1/1.1", "kuva").narrative == ""
    finally:
        ws.close()


def test_a_signer_trusted_for_no_unit_is_told_so_plainly():
    """A signer on the trust list for no unit (a certificate authority's person whose
    unit is in no register): the refusal said 'may speak for no unit yet only', as if the
    coordinator still could choose."""
    from kotodesk.signing.trust_list import Signer, TrustList

    trusted = TrustList([Signer("ab", "Eeva Esimerkki", trust.UNIT_CONTACT, (), frozenset(),
                                True)], {"kasko": KASKO})
    code, why = trusted.authority_problem("ab", "kotodesk-return/1", "kasko")
    assert code == "unit"
    assert why == f"Eeva Esimerkki may speak for no unit on the trust list, so not for {KASKO}"
