"""E-mail drafts, read back with the standard library's parser as a mail program reads
them: headers, the body in the person's language, every attachment byte for byte."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import socket
from pathlib import Path

import pytest

from kotodesk.coordinator.merged import completeness
from kotodesk.domain.errors import InputError
from kotodesk.mail import drafts, round_mail
from kotodesk.reporting import returns
from kotodesk.reporting.entries import apply_edits
from kotodesk.signing import keys
from kotodesk.storage import rounds, trust
from tests.core.test_mail_attached import run_two  # noqa: F401
from tests.support import make_identity

KASKO = "kasko"
NARRATIVE = ("Suomen kielen opetusta lisättiin kaikissa yläkouluissa; Östersundomin "
             "koulussa aloitti kaksi S2-opettajaa. تمت ترجمة المواد.")


def parse(path: Path) -> email.message.EmailMessage:
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF throughout
    return email.message_from_bytes(raw, policy=email.policy.default)


def attached(message) -> dict[str, bytes]:
    return {part.get_filename(): part.get_content() for part in message.iter_attachments()}


@pytest.fixture
def no_network(monkeypatch):
    """Building and writing a draft opens no socket and asks no name server."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("a draft tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getfqdn", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(scope="module")
def people():
    return {"unit": make_identity("Eeva Esimerkki"),
            "coordinator": keys.new_identity(name="Kaisa Koordinaattori",
                                             email="kaisa.koordinaattori@hel.fi",
                                             unit="Kaupunginkanslia",
                                             organisation="Helsingin kaupunki")}


@pytest.mark.parametrize("lang, subject, body", [
    ("fi", "Palautus: Kasvatuksen ja koulutuksen toimiala, Helsingin",
     "liitteenä Kasvatuksen ja koulutuksen toimiala -yksikön palautus"),
    ("sv", "Rapport: Fostrans- och utbildningssektorn, Helsingin",
     "bifogat finns rapporten från Fostrans- och utbildningssektorn"),
    ("en", "Return: Kasvatuksen ja koulutuksen toimiala, Helsingin",
     "attached is the return of Kasvatuksen ja koulutuksen toimiala"),
])
def test_a_return_draft_carries_both_signed_files_to_the_coordinator(
        workspace, people, tmp_path, no_network, lang, subject, body):
    round_ = workspace.round()
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(workspace.store, catalogue, round_, KASKO, "1/1.1",
                {"status": "yellow", "narrative": NARRATIVE}, "Eeva Esimerkki")
    # The round package's signer, trusted as the coordinator when the package came in.
    trust.add(workspace.store, people["coordinator"].certificate, how="accepted",
              role=trust.COORDINATOR, confirmed=True)
    unit = workspace.register.units[KASKO]
    result = returns.export(workspace, round_, unit, people["unit"], tmp_path / "out")
    draft = round_mail.return_draft(workspace, round_, unit, [result.xlsx, result.pdf],
                                    lang=lang, sender="Eeva Esimerkki",
                                    incomplete=len(result.incomplete))
    path = drafts.write(draft, tmp_path / "out")
    assert path.suffix == ".eml" and path.stem == result.xlsx.stem

    message = parse(path)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "Kaisa Koordinaattori <kaisa.koordinaattori@hel.fi>"
    assert message["Subject"].startswith(subject) and round_.period in message["Subject"]
    assert message["Date"] is None and message["Message-ID"] is None  # the mail program's
    text = message.get_body(("plain",)).get_content()
    assert body in text and "Eeva Esimerkki" in text
    files = attached(message)
    assert files == {result.xlsx.name: result.xlsx.read_bytes(),
                     result.pdf.name: result.pdf.read_bytes()}
    types = {p.get_filename(): p.get_content_type() for p in message.iter_attachments()}
    assert types[result.pdf.name] == "application/pdf"
    assert types[result.xlsx.name].endswith("spreadsheetml.sheet")
    assert "–" in result.xlsx.name  # a non-ASCII file name survives the MIME encoding


def test_without_a_known_coordinator_the_draft_leaves_to_empty(workspace, tmp_path,
                                                               no_network):
    round_ = workspace.round()
    unit = workspace.register.units[KASKO]
    attachment = tmp_path / "palautus.pdf"
    attachment.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    path = drafts.write(round_mail.return_draft(workspace, round_, unit, [attachment],
                                                lang="sv", sender="Sanna"), tmp_path)
    message = parse(path)
    assert message["To"] is None and message["X-Unsent"] == "1"
    assert attached(message) == {"palautus.pdf": attachment.read_bytes()}


def test_a_file_that_cannot_be_read_is_named_and_no_draft_is_written(tmp_path):
    draft = drafts.Draft(subject="S", body="B", attachments=(tmp_path / "puuttuu.pdf",),
                         name="luonnos")
    with pytest.raises(InputError, match=r"puuttuu\.pdf"):
        drafts.write(draft, tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("lang, words", [
    ("fi", ("Muistutus:", "puuttuu vielä", "Määräaika on 31.1.2024.", "Puuttuvat toimenpiteet")),
    ("sv", ("Påminnelse:", "saknas ännu", "Sista dag är 31.1.2024.", "Åtgärder som saknas")),
    ("en", ("Reminder:", "has not arrived yet", "The deadline is 31 January 2024.",
            "Measures still missing")),
])
def test_remind_writes_one_draft_per_missing_unit_with_what_it_owes(
        workspace, tmp_path, no_network, lang, words):
    store = workspace.store
    round_ = workspace.round()
    store.conn.execute("UPDATE round SET deadline = ? WHERE id = ?", ("2024-01-31", round_.id))
    round_ = rounds.get_round(store, round_.id)
    assert round_.deadline == dt.date(2024, 1, 31)
    contact = keys.new_identity(name="Riku Kulttuuri", email="riku.kulttuuri@hel.fi",
                                unit="Kulttuurin ja vapaa-ajan toimiala",
                                organisation="Helsingin kaupunki")
    trust.add(store, contact.certificate, how="imported", role=trust.UNIT_CONTACT,
              units=["kuva"], confirmed=True)
    state = completeness(workspace, round_)
    made = round_mail.reminder_drafts(workspace, state, lang=lang, sender="Kaisa K.")
    assert [u.id for u, _ in made] == [u.id for u in state.missing_units]
    assert len(made) >= 5  # no unit has returned in a new data folder
    paths = [drafts.write(d, tmp_path / "muistutukset") for _, d in made]
    assert len(set(paths)) == len(paths)  # one file per unit
    by_unit = dict(zip([u.id for u, _ in made], paths, strict=True))
    message = parse(by_unit["kuva"])
    assert message["To"] == "Riku Kulttuuri <riku.kulttuuri@hel.fi>"
    assert message["X-Unsent"] == "1" and not list(message.iter_attachments())
    assert message["Subject"].startswith(words[0]) and round_.period in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    for word in words[1:]:
        assert word in body
    owed = [m.ref for m, lacking in state.missing if "kuva" in {u.id for u in lacking}]
    assert owed and all(f"- {ref} " in body for ref in owed)
    # The unit by the name the draft's language gives it (the city's Swedish name).
    assert ("Kultur- och fritidssektorn" if lang == "sv" else
            "Kulttuurin ja vapaa-ajan toimiala") in body
    assert parse(by_unit[KASKO])["To"] is None  # no address known: the person fills it in


def test_round_package_drafts_one_per_unit_each_with_the_package(workspace, tmp_path,
                                                                  no_network):
    round_ = workspace.round()
    package = tmp_path / "kierrospaketti.xlsx"
    package.write_bytes(b"PK\x03\x04" + "Kierrospaketti ÅÄÖ".encode() * 500)
    made = round_mail.package_drafts(workspace, round_, package, lang="fi", sender="Kaisa")
    units = round_mail.round_units(workspace, round_)
    assert [u.id for u, _ in made] == [u.id for u in units] and KASKO in {u.id for u in units}
    for unit, draft in made:
        message = parse(drafts.write(draft, tmp_path / "drafts"))
        assert attached(message) == {"kierrospaketti.xlsx": package.read_bytes()}
        assert unit.name in message.get_body(("plain",)).get_content()
        assert message["Subject"] == f"Seurantakierros {round_.period}: " + \
            workspace.catalogue(round_.programme_id).programme.name
    assert len(list((tmp_path / "drafts").glob("*.eml"))) == len(made)


def own_package(cli, monkeypatch, target: Path) -> Path:
    """The round package of the folder's open round, signed with a key made for it."""
    monkeypatch.setenv("KOTODESK_PASSPHRASE", "koordinaattorin-salasana")
    assert cli("key", "new", "--name", "Kaisa Koordinaattori", "--unit", "Kanslia").code == 0
    done = cli("round", "package", "--out", target)
    assert done.code == 0, done.err
    return target


def test_the_command_line_writes_the_same_drafts_and_opens_nothing(cli, tmp_path, no_network,
                                                                   monkeypatch):
    done = cli("mail", "remind", "--out", tmp_path / "muistutukset", "--language", "sv",
               "--json")
    assert done.code == 0, done.err
    written = done.json()
    assert len(written) >= 5 and all(w["subject"].startswith("Påminnelse:") for w in written)
    assert sorted(str(p) for p in (tmp_path / "muistutukset").glob("*.eml")) == \
        sorted(w["file"] for w in written)

    package = own_package(cli, monkeypatch, tmp_path / "kierrospaketti.xlsx")
    done = cli("mail", "package", package, "--out", tmp_path / "paketit")
    assert done.code == 0 and "no address known" in done.out
    first = sorted((tmp_path / "paketit").glob("*.eml"))[0]
    assert attached(parse(first)) == {package.name: package.read_bytes()}
    assert parse(first)["Subject"].startswith("Seurantakierros")  # the folder's language

    missing = cli("mail", "return", tmp_path / "puuttuu.xlsx", "--unit", "Kasko", "--out",
                  tmp_path / "palautus")
    assert missing.code == 2 and "puuttuu.xlsx" in missing.err
    assert not (tmp_path / "palautus").exists()


def test_a_known_but_unusable_address_is_named_with_where_it_came_from(
        run, tmp_path, workspace):
    """A coordinator whose certificate says 'kaisa.koordinaattori@hel' left the draft's
    To empty with 'no address known'; the address was known, only unusable."""
    import dataclasses

    from tests.core.test_mail_attached import exported

    coordinator, unit = tmp_path / "koord", tmp_path / "kasko"
    assert run(coordinator, "key", "new", "--name", "Kaisa Koordinaattori", "--unit",
                   "Kanslia", "--email", "kaisa.koordinaattori@hel").code == 0
    assert run(coordinator, "key", "export-cert", tmp_path / "kaisa.pem").code == 0
    xlsx, pdf = exported(run, unit, tmp_path / "out")
    assert run(unit, "trust", "add", tmp_path / "kaisa.pem", "--role", "coordinator",
                   "--unit", "Kanslia").code == 0
    done = run(unit, "mail", "return", xlsx, pdf, "--unit", "Kasko", "--out",
                   tmp_path / "posti")
    assert done.code == 0, done.err
    assert ("('kaisa.koordinaattori@hel' (the address in the certificate of Kaisa "
            "Koordinaattori) is not an e-mail address a mail program can send to: fill in "
            "To)") in done.out
    assert "no address known" not in done.out
    as_json = run(unit, "mail", "return", xlsx, pdf, "--unit", "Kasko", "--out",
                      tmp_path / "posti2", "--json").json()[0]
    assert as_json["to"] == [] and len(as_json["unusable_addresses"]) == 1

    # The register's addresses: the usable one is used, the other named.
    kasko = dataclasses.replace(workspace.register.units[KASKO],
                                email="kasko(at)hel.fi; kasko@hel.fi")
    to, unusable = round_mail.unit_address_list(workspace, kasko)
    assert to == ("kasko@hel.fi",)
    assert unusable == ("'kasko(at)hel.fi' (the register's address of Kasvatuksen ja "
                        "koulutuksen toimiala) is not an e-mail address a mail program can "
                        "send to",)
