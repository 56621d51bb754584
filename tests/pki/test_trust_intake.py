"""What a data folder takes in from a certificate authority is checked when it arrives,
not only where it is used: a revocation list's own dates, and a certificate the CA
issued (trusted, installed or imported) against the chain and the revocations kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from kotodesk.signing.pki.ca import load_ca
from kotodesk.signing.pki.x509_sign import sign_crl

CA_NAME = "Kotoutumisohjelman varmenteet"
CA_SECRET = "ohjelman-ca-salasana"


@pytest.fixture
def secrets(monkeypatch):
    monkeypatch.setenv("KOTODESK_PASSPHRASE", "yksikon-oma-salasana")
    monkeypatch.setenv("KOTODESK_CA_PASSPHRASE", CA_SECRET)


@pytest.fixture
def programme(run, tmp_path, secrets):
    """The coordinator's folder running the CA, a unit whose key it certified, and the
    root and the issued certificate as files."""
    coordinator, unit = tmp_path / "coordinator", tmp_path / "unit"
    assert run(coordinator, "ca", "init", "--name", CA_NAME).code == 0
    assert run(unit, "key", "new", "--name", "Eeva Esimerkki", "--email", "eeva@hel.fi",
               "--unit", "Kasko").code == 0
    assert run(unit, "key", "request", "--out", tmp_path / "eeva.csr").code == 0
    assert run(coordinator, "ca", "issue", tmp_path / "eeva.csr", "--unit", "Kasko",
               "--out", tmp_path / "eeva.pem").code == 0
    root = tmp_path / "root.pem"
    root.write_bytes((coordinator / "ca" / "root.pem").read_bytes())
    return coordinator, unit, root, tmp_path / "eeva.pem"


def crl_file(coordinator: Path, target: Path, *, issued_days: float, due_days: float,
             number: int, revoked: tuple[int, ...] = ()) -> Path:
    """A list signed by the programme CA with the dates given (days from now)."""
    ca = load_ca(coordinator, CA_SECRET)
    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateRevocationListBuilder().issuer_name(ca.certificate.subject)
               .last_update(now + dt.timedelta(days=issued_days))
               .next_update(now + dt.timedelta(days=due_days))
               .add_extension(x509.CRLNumber(number), critical=False))
    for serial in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(now).build())
    target.write_bytes(sign_crl(builder, ca).public_bytes(serialization.Encoding.DER))
    return target


def serial_of(path: Path) -> int:
    return x509.load_pem_x509_certificates(path.read_bytes())[0].serial_number


def test_a_revocation_list_from_the_future_is_refused_and_cannot_block_the_real_one(
        run, tmp_path, programme):
    """A list dated ten years ahead, numbered 1000, was taken in; the CA's genuine list
    (number 7, revoking Eeva) was then 'not newer than the one kept', and her files kept
    counting."""
    coordinator, _unit, root, cert = programme
    auditor = tmp_path / "auditor"
    assert run(auditor, "trust", "add-anchor", root).code == 0
    future = crl_file(coordinator, tmp_path / "tulevaisuus.crl", issued_days=3650,
                      due_days=3830, number=1000)
    refused = run(auditor, "trust", "import-crl", future, "--json")
    assert refused.code == 2
    error = refused.json()["error"]
    assert error["file"] == str(future)
    assert "issued on 20" in error["message"] and "later than this computer's clock" \
        in error["message"]
    assert run(auditor, "trust", "anchors", "--json").json()["revocation_lists"] == []
    genuine = crl_file(coordinator, tmp_path / "crl.der", issued_days=0, due_days=180,
                       number=7, revoked=(serial_of(cert),))
    taken = run(auditor, "trust", "import-crl", genuine, "--json")
    assert taken.code == 0 and taken.json()["taken"] and taken.json()["revoked"] == 1
    assert taken.json()["stale"] is False


def test_a_list_due_before_it_was_issued_is_refused(run, tmp_path, programme):
    coordinator, _unit, root, _cert = programme
    auditor = tmp_path / "auditor"
    assert run(auditor, "trust", "add-anchor", root).code == 0
    made = crl_file(coordinator, tmp_path / "nurin.crl", issued_days=-1, due_days=30,
                    number=3)
    # cryptography will not build such a list: its dates are put in and signed again.
    from asn1crypto import crl as asn1_crl
    from asn1crypto import x509 as asn1_x509

    from kotodesk.signing.pki.x509_sign import _resign

    due = asn1_x509.Time({"utc_time": dt.datetime.now(dt.UTC) - dt.timedelta(days=30)})
    inverted = tmp_path / "nurin.crl"
    inverted.write_bytes(_resign(made.read_bytes(), asn1_crl.CertificateList, "tbs_cert_list",
                                 "signature", load_ca(coordinator, CA_SECRET),
                                 {"next_update": due}))
    refused = run(auditor, "trust", "import-crl", inverted)
    assert refused.code == 2 and "nurin.crl" in refused.err
    assert "before it was issued" in refused.err


def test_a_stale_list_is_taken_in_and_said_stale_where_it_is_used(run, tmp_path, programme):
    """A list past its next update still revokes what it names, so it is taken in; but
    a certificate revoked since is not on it, and the import, `trust anchors` and every
    verification it vouches for say so instead of trusting in silence."""
    coordinator, unit, root, cert = programme
    assert run(unit, "key", "install-cert", cert).code == 0
    run(unit, "entry", "set", "--unit", "Kasko", "--measure", "1/1.1", "--status", "green",
        "--narrative", "Tehty.")
    exported = run(unit, "return", "export", "--unit", "Kasko", "--out", tmp_path / "out",
                   "--json")
    assert exported.code == 0, exported.err
    auditor = tmp_path / "auditor"
    assert run(auditor, "trust", "add-anchor", root).code == 0
    # No list taken in yet: what the authority revoked is not known here, and said so.
    [anchor] = run(auditor, "trust", "anchors", "--json").json()["anchors"]
    assert anchor["revocation_list"] is False
    assert "no revocation list taken in" in run(auditor, "trust", "anchors").out
    stale = crl_file(coordinator, tmp_path / "vanha.crl", issued_days=-400, due_days=-220,
                     number=5)
    taken = run(auditor, "trust", "import-crl", stale, "--json")
    assert taken.code == 0 and taken.json()["taken"] and taken.json()["stale"] is True
    said = run(auditor, "trust", "import-crl", stale)
    assert "Stale: the revocation list of" in said.out and "was due to be replaced" in said.out
    listed = run(auditor, "trust", "anchors", "--json").json()["revocation_lists"]
    assert [r["stale"] for r in listed] == [True]
    assert run(auditor, "trust", "anchors", "--json").json()["anchors"][0]["revocation_list"]
    assert "no revocation list taken in" not in run(auditor, "trust", "anchors").out
    verified = run(auditor, "verify", exported.json()["xlsx"], "--json").json()[0]
    assert verified["status"] == "valid"
    assert any("was due to be replaced" in w for w in verified["warnings"]), verified
    # The coordinator's own CA: its register is current whatever its list's date.
    mine = run(coordinator, "verify", exported.json()["xlsx"], "--json").json()[0]
    assert mine["status"] == "valid" and mine["warnings"] == []


def forged(root: Path, target: Path) -> Path:
    """A person's certificate that names the programme CA as its issuer (and its key as
    the authority's) but was signed by a key of its own."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    authority = x509.load_pem_x509_certificate(root.read_bytes())
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Mallory"),
                      x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME,
                                         "Kasvatuksen ja koulutuksen toimiala")])
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(authority.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=300))
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            authority.public_key()), critical=False)
        .sign(key, hashes.SHA256()))
    target.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return target


def test_trust_add_refuses_a_revoked_or_forged_certificate_of_a_trusted_ca(
        run, tmp_path, programme):
    """`trust add` of the programme CA's certificates checked only the certificate's own
    usage: one the CA had revoked, and one that only claims the CA as its issuer, were
    both trusted without a word (the second then counted for Kasko in every file)."""
    coordinator, _unit, _root, cert = programme
    assert run(coordinator, "ca", "revoke", cert, "--reason", "key_compromise").code == 0
    revoked = run(coordinator, "trust", "add", cert, "--role", "unit", "--unit", "Kasko")
    assert revoked.code == 2
    assert "eeva.pem: cannot be trusted: the certificate (serial" in revoked.err
    assert "revoked by its issuer" in revoked.err and "key_compromise" in revoked.err
    fake = forged(coordinator / "ca" / "root.pem", tmp_path / "mallory.pem")
    refused = run(coordinator, "trust", "add", fake, "--role", "unit", "--unit", "Kasko")
    assert refused.code == 2 and "mallory.pem: cannot be trusted" in refused.err
    assert run(coordinator, "trust", "list", "--json").json() == []


def test_install_cert_refuses_a_certificate_revoked_by_a_list_kept_here(
        run, tmp_path, programme):
    coordinator, unit, root, cert = programme
    assert run(unit, "trust", "add-anchor", root).code == 0
    listed = crl_file(coordinator, tmp_path / "crl.der", issued_days=0, due_days=180,
                      number=2, revoked=(serial_of(cert),))
    assert run(unit, "trust", "import-crl", listed).code == 0
    before = (unit / "keys" / "identity.pem").read_bytes()
    refused = run(unit, "key", "install-cert", cert)
    assert refused.code == 2
    assert "eeva.pem: cannot be installed: the certificate (serial" in refused.err
    assert (unit / "keys" / "identity.pem").read_bytes() == before


@pytest.mark.parametrize("kind", ["expired", "authority"])
def test_import_p12_refuses_a_certificate_that_cannot_sign_and_keeps_the_key(
        run, tmp_path, secrets, monkeypatch, kind):
    """An organisation's .p12 whose certificate had expired (or was a CA's) replaced the
    folder's key, and every return signed with it was then refused."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    home = tmp_path / "unit"
    assert run(home, "key", "new", "--name", "Eeva Esimerkki", "--unit", "Kasko").code == 0
    before = (home / "keys" / "identity.pem").read_bytes()
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Vanha Kortti")])
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number()))
    if kind == "expired":
        builder = builder.not_valid_before(now - dt.timedelta(days=800)) \
            .not_valid_after(now - dt.timedelta(days=70))
    else:
        builder = builder.not_valid_before(now - dt.timedelta(days=1)) \
            .not_valid_after(now + dt.timedelta(days=700)) \
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
    source = tmp_path / "kortti.p12"
    source.write_bytes(pkcs12.serialize_key_and_certificates(
        b"kortti", key, builder.sign(key, hashes.SHA256()), None,
        serialization.BestAvailableEncryption(b"org-salasana")))
    monkeypatch.setenv("KOTODESK_P12_PASSPHRASE", "org-salasana")
    refused = run(home, "key", "import-p12", source, "--replace")
    assert refused.code == 2
    assert "kortti.p12: the key's certificate cannot sign kotodesk files" in refused.err
    assert ("not valid today" if kind == "expired" else "certificate authority's") \
        in refused.err
    assert (home / "keys" / "identity.pem").read_bytes() == before


def test_a_key_revoked_as_compromised_signs_nothing_with_its_other_certificates(
        run, tmp_path, programme):
    """The coordinator trusted Kalle's own (self-signed) certificate by name, then the CA
    certified the same key and revoked that certificate as key_compromise. Whoever took
    the key still signed returns that were 'valid, trusted signer' with the self-signed
    certificate; now they are refused, and that certificate cannot be trusted again."""
    coordinator, _unit, _root, _cert = programme
    kalle, thief = tmp_path / "kalle", tmp_path / "varas"
    assert run(kalle, "key", "new", "--name", "Kalle Kasko", "--unit", "Kasko").code == 0
    own = tmp_path / "kalle-oma.pem"
    assert run(kalle, "key", "export-cert", own).code == 0
    assert run(coordinator, "trust", "add", own, "--role", "unit", "--unit", "Kasko").code == 0
    import shutil

    shutil.copytree(kalle, thief)  # the key file, taken with its self-signed certificate
    assert run(kalle, "key", "request", "--out", tmp_path / "kalle.csr").code == 0
    assert run(coordinator, "ca", "issue", tmp_path / "kalle.csr", "--unit", "Kasko",
               "--out", tmp_path / "kalle.pem").code == 0
    run(thief, "entry", "set", "--unit", "Kasko", "--measure", "1/1.1", "--status", "green",
        "--narrative", "Kaikki valmista.")
    done = run(thief, "return", "export", "--unit", "Kasko", "--out", tmp_path / "out",
               "--json")
    assert done.code == 0, done.err
    stolen = done.json()["xlsx"]
    assert run(coordinator, "verify", stolen, "--json").json()[0]["status"] == "valid"
    assert run(coordinator, "ca", "revoke", tmp_path / "kalle.pem", "--reason",
               "key_compromise").code == 0
    verified = run(coordinator, "verify", stolen, "--json").json()[0]
    assert (verified["status"], verified["problem"]) == ("not-authorised", "revoked")
    assert "revoked on" in verified["message"] and "as compromised" in verified["message"]
    fingerprint = run(coordinator, "trust", "list", "--json").json()[0]["fingerprint"]
    assert run(coordinator, "trust", "remove", fingerprint).code == 0
    again = run(coordinator, "trust", "add", own, "--role", "unit", "--unit", "Kasko")
    assert again.code == 2 and "as compromised" in again.err


def test_a_root_changed_after_it_was_made_is_no_trust_anchor(run, tmp_path, programme):
    """The programme's root with one word of its name changed (its signature over itself
    no longer holds) was trusted as a certificate authority."""
    _coordinator, _unit, root, _cert = programme
    der = x509.load_pem_x509_certificate(root.read_bytes()).public_bytes(
        serialization.Encoding.DER)
    changed = tmp_path / "juuri.der"
    changed.write_bytes(der.replace(b"Kotoutumisohjelman", b"Kotoutumisohjelmax"))
    auditor = tmp_path / "auditor"
    refused = run(auditor, "trust", "add-anchor", changed)
    assert refused.code == 2
    assert "juuri.der: cannot be trusted: the certificate's own signature does not hold" \
        in refused.err
    assert run(auditor, "trust", "anchors", "--json").json()["anchors"] == []
    assert run(auditor, "trust", "add-anchor", root).code == 0


def test_a_held_file_accepted_before_its_key_was_revoked_stops_counting(
        run, tmp_path, programme):
    """The coordinator accepted Liisa's return from an unknown signer; the CA then
    certified her key and revoked it as compromised. The file turned not-authorised but
    its acceptance kept it merged, and `ca revoke` even listed it as counting now."""
    coordinator, _unit, _root, _cert = programme
    liisa = tmp_path / "liisa"
    assert run(coordinator, "key", "new", "--name", "Kaisa K", "--unit", "Kanslia").code == 0
    assert run(liisa, "key", "new", "--name", "Liisa Lainaaja", "--unit", "Kasko").code == 0
    run(liisa, "entry", "set", "--unit", "Kasko", "--measure", "1/1.1", "--status", "red",
        "--narrative", "Liisan teksti.")
    done = run(liisa, "return", "export", "--unit", "Kasko", "--out", tmp_path / "out",
               "--json")
    merged = run(coordinator, "merge", done.json()["xlsx"], "--xlsx", tmp_path / "m.xlsx",
                 "--json").json()
    [held] = merged["held"]
    assert run(coordinator, "held", "accept", "--file", held["id"]).code == 0
    shown = run(coordinator, "entry", "show", "--unit", "Kasko", "--json").out
    assert "Liisan teksti." in shown
    assert run(liisa, "key", "request", "--out", tmp_path / "liisa.csr").code == 0
    assert run(coordinator, "ca", "issue", tmp_path / "liisa.csr", "--unit", "Kasko",
               "--out", tmp_path / "liisa.pem").code == 0
    revoked = run(coordinator, "ca", "revoke", tmp_path / "liisa.pem", "--reason",
                  "key_compromise", "--json").json()
    assert revoked["now_held"] == [held["file"]] and revoked["now_counted"] == []
    assert "Liisan teksti." not in run(coordinator, "entry", "show", "--unit", "Kasko",
                                       "--json").out
    [again] = run(coordinator, "held", "list", "--json").json()
    assert again["status"] == "not-authorised"
