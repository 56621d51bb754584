"""E-mail drafts from what other people wrote: a unit's name from an imported catalogue,
a name and an address from a certificate someone made, a file's name. A line break there
must not add a header ("x\\r\\nBcc: evil@x"), an address must not bring a second
recipient, and none of it may stop the draft with an error. Each draft is read back with
the standard library's strict parser, which raises on any defect."""

from __future__ import annotations

import dataclasses
import email
import email.policy
from pathlib import Path

import pytest

from kotodesk.coordinator.merged import completeness
from kotodesk.coordinator.trusting import trust_signer
from kotodesk.mail import drafts, round_mail
from kotodesk.storage import trust, units
from tests.trust_support import named_certificate as certificate

INJECTION = "x\r\nBcc: evil@x"
KASKO = "kasko"


def strictly(path: Path) -> email.message.EmailMessage:
    """The draft as a strict reader takes it: any defect is an error; CRLF throughout,
    no line over RFC 5322's 998 characters."""
    raw = path.read_bytes()
    assert b"\n" not in raw.replace(b"\r\n", b"") and b"\r" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    message = email.message_from_bytes(raw, policy=email.policy.strict)
    for part in message.walk():
        assert not part.defects
    return message


def recipients(message) -> list[str]:
    return [a.addr_spec for a in message["To"].addresses] if message["To"] else []


def test_line_breaks_in_every_field_of_a_return_draft_add_no_header(workspace, tmp_path):
    trust_signer(workspace, certificate("Kaisa" + INJECTION, "kaisa.k@hel.fi"),
                 role=trust.COORDINATOR, confirm=True)
    round_ = dataclasses.replace(workspace.round(), period="6–12/2023" + INJECTION)
    unit = dataclasses.replace(workspace.register.units[KASKO],
                               name='Kasko, "opetus" (S2); ' + INJECTION)
    attachment = tmp_path / f"palautus{INJECTION}\u2028.pdf"
    attachment.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 64)
    draft = round_mail.return_draft(workspace, round_, unit, [attachment], lang="fi",
                                    sender="Eeva\x00" + INJECTION)
    message = strictly(drafts.write(draft, tmp_path))

    assert message["Bcc"] is None and "evil@x" not in recipients(message)
    assert recipients(message) == ["kaisa.k@hel.fi"]
    assert message["To"].addresses[0].display_name == "Kaisax Bcc evil x"
    assert message["Subject"] == ('Palautus: Kasko, "opetus" (S2); x Bcc: evil@x, Helsingin '
                                  "kaupungin kotoutumisen edistämisen painopisteet "
                                  "2022–2025, seurantakierros 6–12/2023x Bcc: evil@x")
    [part] = list(message.iter_attachments())
    assert part.get_filename() == "palautusx Bcc: evil@x .pdf"
    assert part.get_content() == attachment.read_bytes()  # the file itself, byte for byte
    body = message.get_body(("plain",)).get_content()
    assert "\x00" not in body and "Eeva" in body


@pytest.mark.parametrize("written, sent_to", [
    ("eeva@hel.fi>, evil@x <a@b", None),  # two addresses in one
    ("eeva@hel.fi, evil@x", None),
    ("ei-osoitetta", None),
    ("eeva@", None),
    ("äiti@hel.fi", None),  # ASCII headers cannot carry the local part
    ("eeva@hämeenlinna.fi", "eeva@xn--hmeenlinna-q5a.fi"),  # the domain as DNS has it
    ("Eeva.Esimerkki+kotodesk@hel.fi", "Eeva.Esimerkki+kotodesk@hel.fi"),
])
def test_a_contact_persons_address_is_used_only_when_it_is_one_address(
        workspace, tmp_path, written, sent_to):
    trust_signer(workspace, certificate("Eeva Esimerkki", written), role=trust.UNIT_CONTACT,
                 units=[KASKO], confirm=True)
    made = dict(round_mail.reminder_drafts(workspace, completeness(workspace,
                                                                   workspace.round()),
                                           lang="sv", sender="Kaisa"))
    draft = next(d for u, d in made.items() if u.id == KASKO)
    message = strictly(drafts.write(draft, tmp_path))
    assert recipients(message) == ([sent_to] if sent_to else [])
    assert message["Bcc"] is None


def test_a_register_address_list_gives_each_address_and_no_smuggled_one(workspace, tmp_path):
    units.set_unit_email(workspace.store, KASKO, "kasko@hel.fi; kirjaamo@hel.fi")
    units.set_unit_email(workspace.store, "kuva", "kuva@hel.fi>, evil@x <a@b")
    workspace.forget_cached()
    state = completeness(workspace, workspace.round())
    made = {u.id: d for u, d in round_mail.reminder_drafts(workspace, state, lang="fi",
                                                            sender="Kaisa")}
    assert recipients(strictly(drafts.write(made[KASKO], tmp_path))) == [
        "kasko@hel.fi", "kirjaamo@hel.fi"]
    assert made["kuva"].to == ()  # the person fills it in


def test_two_units_named_alike_get_a_draft_each(workspace, cli, tmp_path):
    """Units whose names make one file name (abbreviations that differ in punctuation, or
    in case, one file on Windows and macOS) each get their own draft: none overwrites
    another."""
    with workspace.store.write():
        for unit_id, abbreviation in ((KASKO, "Kuva (A)"), ("kuva", "Kuva [A]"),
                                      ("kymp", "KUVA (a)")):
            workspace.store.conn.execute("UPDATE unit SET abbreviation = ? WHERE id = ?",
                                         (abbreviation, unit_id))
    done = cli("mail", "remind", "--out", tmp_path / "muistutukset", "--json")
    assert done.code == 0, done.err
    written = done.json()
    files = {p.name.casefold() for p in (tmp_path / "muistutukset").glob("*.eml")}
    assert len(files) == len(written) == len({w["file"].casefold() for w in written})
    bodies = [email.message_from_bytes(Path(w["file"]).read_bytes(),
                                       policy=email.policy.default)
              .get_body(("plain",)).get_content() for w in written]
    for name in ("Kasvatuksen ja koulutuksen toimiala", "Kulttuurin ja vapaa-ajan toimiala",
                 "Kaupunkiympäristön toimiala"):
        assert sum(f"{name} -yksikön" in b for b in bodies) == 1, name


def test_reminders_are_written_all_or_none(workspace, cli, tmp_path):
    """A draft that cannot be written (its name taken by a folder, as a full disk would
    refuse it) leaves none of the batch behind, and the error names that file."""
    folder = tmp_path / "muistutukset"
    state = completeness(workspace, workspace.round())
    made = round_mail.reminder_drafts(workspace, state, lang="fi", sender="Kaisa")
    blocked = folder / f"{made[3][1].name}.eml"
    blocked.mkdir(parents=True)
    done = cli("mail", "remind", "--out", folder)
    assert done.code == 2 and "internal error" not in done.err, done.err
    assert f"{blocked}: could not write the file" in done.err
    assert [p.name for p in folder.iterdir()] == [blocked.name]  # no draft, no temporary


@pytest.mark.slow
def test_package_drafts_on_a_disk_that_fills_leave_nothing(cli, tmp_path, monkeypatch):
    """The round package to every unit, onto a disk with room for a few drafts only."""
    from tests.core.test_disk_faults import SmallDisk
    from tests.core.test_mail_drafts import own_package

    package = own_package(cli, monkeypatch, tmp_path / "kierrospaketti.xlsx")
    assert package.stat().st_size > 100_000  # a few drafts fill the disk
    disk = SmallDisk(tmp_path / "levy", "600k")
    try:
        done = cli("mail", "package", package, "--out", disk.path / "paketit")
        assert done.code == 2 and "the disk is full" in done.err, done.err
        assert "internal error" not in done.err and str(disk.path / "paketit") in done.err
        assert list((disk.path / "paketit").iterdir()) == []
    finally:
        disk.unmount()


ENCODED = "=?utf-8?q?x=0D=0ABcc:_evil@x?="  # "x\r\nBcc: evil@x" as an RFC 2047 encoded word


def test_an_encoded_line_break_in_a_name_adds_no_header(workspace, tmp_path):
    """The standard library decodes an encoded word found in a header's text and wrote
    the line break it held as it is: a Bcc of its own in the Subject, an error in To."""
    trust_signer(workspace, certificate(f"Kaisa {ENCODED}", "kaisa.k@hel.fi"),
                 role=trust.COORDINATOR, confirm=True)
    unit = dataclasses.replace(workspace.register.units[KASKO], name=f"Kasko {ENCODED}")
    attachment = tmp_path / f"palautus {ENCODED}.pdf"
    attachment.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 64)
    draft = round_mail.return_draft(workspace, workspace.round(), unit, [attachment],
                                    lang="fi", sender="Eeva")
    message = strictly(drafts.write(draft, tmp_path))
    assert message["Bcc"] is None and recipients(message) == ["kaisa.k@hel.fi"]
    shown = "= ?utf-8?q?x=0D=0ABcc:_evil@x?="
    assert message["Subject"].startswith(f"Palautus: Kasko {shown}, Helsingin")
    assert message["To"].addresses[0].display_name == "Kaisa = ?utf-8?q?x=0D=0ABcc _evil x?="
    [part] = list(message.iter_attachments())
    assert part.get_filename() == f"palautus {shown}.pdf"
    assert part.get_content() == attachment.read_bytes()
    assert not [k for k, _v in part.items() if k.lower() == "bcc"]


def test_names_in_to_never_change_whom_the_draft_goes_to(tmp_path):
    """Python's email folded a quoted name longer than a line by dropping its quotes (an
    angle bracket in the name then took the address's place), and at a line's end wrote
    the comma between two addresses as an encoded word of its own, so that the two were
    read as one: names as contact persons' certificates have them, long and short."""
    names = ["Äiti Ääkkönen", "Ö", "😀 Emoji", "Kim O'Neil", "محمد العلي", "Nguyễn Văn A",
             'Virtanen, "Matti" (Kasko); Sote', "Anna-Liisa Jääskeläinen", "A",
             "Eeva Esimerkki, Kasvatuksen ja koulutuksen toimiala, Stadin ammatti- ja "
             "aikuisopisto <evil@x> (sijainen)", "Ö" * 200]
    for first in range(len(names)):
        chosen = names[first:] + names[:first]
        to = tuple(drafts.address(name, f"u{i}@hel.fi") for i, name in enumerate(chosen))
        message = strictly(drafts.write(drafts.Draft(subject="s", body="b", to=to,
                                                      name=f"d{first}"), tmp_path))
        assert recipients(message) == [f"u{i}@hel.fi" for i in range(len(chosen))]
        shown = [a.display_name for a in message["To"].addresses]
        assert shown[chosen.index("Äiti Ääkkönen")] == "Äiti Ääkkönen"
        assert shown[chosen.index('Virtanen, "Matti" (Kasko); Sote')] == \
            "Virtanen Matti Kasko Sote"
