"""The programme CA on the command line, end to end, as the coordinator, a unit and a third
party (an auditor's kotodesk, a PDF reader) meet it."""

from __future__ import annotations

import base64

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from kotodesk.signing.keys import describe
from tests.pki.readers import nss_database, pdfsig

CA_NAME = "Kotoutumisohjelman varmenteet"
KUVA_ID = "kuva"  # resources/register/helsinki.json


@pytest.fixture
def secrets(monkeypatch):
    monkeypatch.setenv("KOTODESK_PASSPHRASE", "yksikon-oma-salasana")
    monkeypatch.setenv("KOTODESK_CA_PASSPHRASE", "ohjelman-ca-salasana")


@pytest.fixture
def folders(tmp_path):
    return tmp_path / "coordinator", tmp_path / "unit", tmp_path / "auditor"


def certified_unit(run, tmp_path, coordinator, unit, *, name="Eeva Esimerkki",
                   abbreviation="Kasko", issue_as=("Kasko",)):
    """A unit's folder with its own key and a certificate from the programme CA."""
    assert run(unit, "key", "new", "--name", name, "--email", "eeva.esimerkki@hel.fi",
               "--unit", abbreviation).code == 0
    request, cert = tmp_path / f"{abbreviation}.csr", tmp_path / f"{abbreviation}.pem"
    assert run(unit, "key", "request", "--out", request).code == 0
    issued = run(coordinator, "ca", "issue", request, *[a for u in issue_as
                                                          for a in ("--unit", u)],
                 "--out", cert)
    assert issued.code == 0, issued.err
    installed = run(unit, "key", "install-cert", cert)
    assert installed.code == 0, installed.err
    return cert


def export(run, unit, out, unit_name="Kasko"):
    run(unit, "entry", "set", "--unit", unit_name, "--measure", "1/1.1", "--status", "yellow",
        "--narrative", "Suomen kielen opetusta lisättiin; تمت ترجمة المواد.")
    done = run(unit, "return", "export", "--unit", unit_name, "--out", out, "--json")
    assert done.code == 0, done.err
    return done.json()["xlsx"], done.json()["pdf"]


def test_request_issue_install_sign_verify_revoke_and_the_list_travels(
        run, tmp_path, secrets, folders):
    coordinator, unit, auditor = folders
    init = run(coordinator, "ca", "init", "--name", CA_NAME, "--json")
    assert init.code == 0, init.err
    root_pem = tmp_path / "root.pem"
    root_pem.write_bytes((coordinator / "ca" / "root.pem").read_bytes())
    root = x509.load_pem_x509_certificate(root_pem.read_bytes())
    assert init.json()["fingerprint"] == describe(root).fingerprint
    cert = certified_unit(run, tmp_path, coordinator, unit)
    issued = x509.load_pem_x509_certificates(cert.read_bytes())
    assert issued[1] == root  # the chain travels with the certificate
    xlsx, pdf = export(run, unit, tmp_path / "out")

    # No per-signer trust anywhere: the coordinator's own CA, and an auditor who trusted
    # the root once, both count the return for the unit the certificate states.
    assert run(auditor, "trust", "add-anchor", root_pem).code == 0
    for folder in (coordinator, auditor):
        verified = run(folder, "verify", xlsx, pdf, "--json")
        assert verified.code == 0, verified.out
        assert {(v["status"], v["unit"]) for v in verified.json()} == \
            {("valid", "Kasvatuksen ja koulutuksen toimiala")}
    assert run(coordinator, "trust", "list", "--json").json() == []  # no signer by name

    # A PDF reader that trusts the programme's root says the signer is trusted; without the
    # root it does not.
    said = pdfsig(tmp_path / "out" / pdf, nss_database(tmp_path / "nss", [root]))
    assert "Signature is Valid." in said and "Certificate is Trusted." in said, said
    said = pdfsig(tmp_path / "out" / pdf, nss_database(tmp_path / "nss-empty", []))
    assert "Signature is Valid." in said and "Certificate is Trusted." not in said, said

    # The coordinator merges it, then revokes the certificate: the file stops counting.
    assert run(coordinator, "key", "new", "--name", "Kaisa Koordinaattori",
               "--unit", "Kanslia").code == 0
    merged = run(coordinator, "merge", xlsx, pdf, "--xlsx", tmp_path / "m.xlsx", "--json")
    assert merged.code in (0, 1) and not merged.json().get("held"), merged.out
    serial = f"{issued[0].serial_number:X}"
    revoked = run(coordinator, "ca", "revoke", cert, "--reason", "affiliation_changed",
                  "--crl-out", tmp_path / "crl.der", "--json")
    assert revoked.code == 0, revoked.err
    assert revoked.json()["serial"] == serial
    assert set(revoked.json()["now_held"]) >= {"palautus_Kasko_Kotoutumisen-painopisteet-"
                                               "2022–2025_6–12-2023.xlsx"}
    after = run(coordinator, "verify", xlsx, pdf, "--json")
    assert after.code == 1
    assert {(v["status"], v["problem"]) for v in after.json()} == {("not-authorised", "revoked")}
    assert "revoked by its issuer" in after.json()[0]["message"]
    assert "affiliation_changed" in after.json()[0]["message"]
    listed = run(coordinator, "ca", "list", "--json").json()
    assert listed[0]["revoked_at"] and listed[0]["reason"] == "affiliation_changed"

    # The list travels in the next round package; the auditor's kotodesk takes it in.
    assert run(auditor, "verify", xlsx, "--json").json()[0]["status"] == "valid"
    package = tmp_path / "package.xlsx"
    assert run(coordinator, "round", "package", "--out", package).code == 0
    fingerprint = run(coordinator, "key", "show", "--json").json()["fingerprint"]
    imported = run(auditor, "package", "import", package, "--accept-signer", fingerprint,
                   "--json")
    assert imported.code == 0, imported.err
    assert any("revocation list" in note and "1 revoked" in note
               for note in imported.json()["revocations"])
    assert {(v["status"], v["problem"]) for v in
            run(auditor, "verify", xlsx, pdf, "--json").json()} == {("not-authorised", "revoked")}

    # The same list by file, in a third folder: `trust import-crl`.
    other = tmp_path / "other"
    assert run(other, "trust", "add-anchor", root_pem).code == 0
    taken = run(other, "trust", "import-crl", tmp_path / "crl.der", "--json")
    assert taken.code == 0 and taken.json()["taken"] and taken.json()["revoked"] == 1
    again = run(other, "trust", "import-crl", tmp_path / "crl.der", "--json")
    assert again.code == 0 and not again.json()["taken"]  # not newer: nothing changes
    assert run(other, "verify", tmp_path / "out" / pdf).code == 1


def test_the_certificate_states_its_units_and_other_units_returns_are_refused(
        run, tmp_path, secrets, folders):
    coordinator, unit, _auditor = folders
    assert run(coordinator, "ca", "init", "--name", CA_NAME).code == 0
    cert = certified_unit(run, tmp_path, coordinator, unit, issue_as=("Kuva",))
    from kotodesk.signing.pki.unit_claim import stated_units

    issued = x509.load_pem_x509_certificates(cert.read_bytes())[0]
    assert stated_units(issued) == [KUVA_ID]  # the register id, beside the OU
    assert describe(issued).unit == "Kulttuurin ja vapaa-ajan toimiala"
    xlsx, _pdf = export(run, unit, tmp_path / "out", "Kasko")
    verified = run(coordinator, "verify", xlsx, "--json").json()[0]
    assert (verified["status"], verified["problem"]) == ("not-authorised", "unit")
    assert "Kulttuurin ja vapaa-ajan toimiala only" in verified["message"]


def test_removing_the_anchor_holds_the_files_it_made_count(run, tmp_path, secrets, folders):
    coordinator, unit, auditor = folders
    assert run(coordinator, "ca", "init", "--name", CA_NAME).code == 0
    certified_unit(run, tmp_path, coordinator, unit)
    xlsx, _pdf = export(run, unit, tmp_path / "out")
    root = tmp_path / "root.pem"
    root.write_bytes((coordinator / "ca" / "root.pem").read_bytes())
    assert run(auditor, "key", "new", "--name", "Auditoija", "--unit", "Kanslia").code == 0
    assert run(auditor, "trust", "add-anchor", root).code == 0
    merged = run(auditor, "merge", xlsx, "--xlsx", tmp_path / "m.xlsx", "--json")
    assert not merged.json().get("held"), merged.out
    anchors = run(auditor, "trust", "anchors", "--json").json()["anchors"]
    removed = run(auditor, "trust", "remove-anchor", anchors[0]["fingerprint"], "--json")
    assert removed.code == 0 and removed.json()["now_held"], removed.out
    assert run(auditor, "held", "list", "--json").json()
    assert run(auditor, "verify", xlsx, "--json").json()[0]["status"] == "unknown-signer"


def test_bad_requests_certificates_and_lists_get_a_message_and_change_nothing(
        run, tmp_path, secrets, folders):
    coordinator, unit, auditor = folders
    assert run(coordinator, "ca", "init", "--name", CA_NAME).code == 0
    again = run(coordinator, "ca", "init", "--name", "Toinen")
    assert again.code == 2 and "already runs a certificate authority" in again.err
    garbage = tmp_path / "garbage.csr"
    garbage.write_bytes(b"-----BEGIN CERTIFICATE REQUEST-----\nnot base64\n")
    shown = run(coordinator, "ca", "show-request", garbage)
    assert shown.code == 2 and "garbage.csr: not a certificate request" in shown.err

    # A request changed after it was signed (another name put in) is shown as such and
    # never issued.
    assert run(unit, "key", "new", "--name", "Eeva Esimerkki", "--unit", "Kasko").code == 0
    request = tmp_path / "req.csr"
    assert run(unit, "key", "request", "--out", request).code == 0
    der = x509.load_pem_x509_csr(request.read_bytes()).public_bytes(serialization.Encoding.DER)
    tampered = tmp_path / "tampered.csr"
    tampered.write_bytes(der.replace(b"Eeva", b"Evil"))
    assert run(coordinator, "ca", "show-request", tampered, "--json").json()[
        "signature_valid"] is False
    refused = run(coordinator, "ca", "issue", tampered, "--unit", "Kasko", "--out",
                  tmp_path / "x.pem")
    assert refused.code == 2 and "changed after it was made" in refused.err
    assert not (tmp_path / "x.pem").exists()
    assert run(coordinator, "ca", "list", "--json").json() == []
    wrong_unit = run(coordinator, "ca", "issue", request, "--unit", "Ei tällaista yksikköä",
                     "--out", tmp_path / "x.pem")
    assert wrong_unit.code == 2 and not (tmp_path / "x.pem").exists()
    wrong_pass = run(coordinator, "ca", "issue", request, "--unit", "Kasko", "--out",
                     tmp_path / "x.pem", "--ca-passphrase-file", _file(tmp_path, "väärä-salasana"))
    assert wrong_pass.code == 2 and "wrong passphrase" in wrong_pass.err

    # A certificate for someone else's key is not installed.
    stranger = tmp_path / "stranger"
    assert run(stranger, "key", "new", "--name", "Vieras", "--unit", "Kuva").code == 0
    assert run(stranger, "key", "request", "--out", tmp_path / "s.csr").code == 0
    assert run(coordinator, "ca", "issue", tmp_path / "s.csr", "--unit", "Kuva", "--out",
               tmp_path / "s.pem").code == 0
    before = (unit / "keys" / "identity.pem").read_bytes()
    wrong = run(unit, "key", "install-cert", tmp_path / "s.pem")
    assert wrong.code == 2 and "not for your key" in wrong.err
    assert (unit / "keys" / "identity.pem").read_bytes() == before

    # A person's certificate is no trust anchor; a list no anchor signed is refused.
    person = tmp_path / "person.pem"
    person.write_bytes(before)
    anchor = run(auditor, "trust", "add-anchor", person)
    assert anchor.code == 2 and "not a certificate authority's certificate" in anchor.err
    crl = tmp_path / "crl.der"
    assert run(coordinator, "ca", "crl", "--out", crl).code == 0
    foreign = run(auditor, "trust", "import-crl", crl)
    assert foreign.code == 2 and "not signed by a trust anchor" in foreign.err
    assert run(auditor, "trust", "anchors", "--json").json() == {"anchors": [],
                                                                  "revocation_lists": []}
    mangled = tmp_path / "mangled.der"
    mangled.write_bytes(base64.b64encode(crl.read_bytes()))
    bad = run(auditor, "trust", "import-crl", mangled)
    assert bad.code == 2 and "not a certificate revocation list" in bad.err


def _file(tmp_path, text: str):
    path = tmp_path / "secret.txt"
    path.write_text(text)
    return path
