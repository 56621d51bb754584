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
    stale = crl_file(coordinator, tmp_path / "vanha.crl", issued_days=-400, due_days=-220,
                     number=5)
    taken = run(auditor, "trust", "import-crl", stale, "--json")
    assert taken.code == 0 and taken.json()["taken"] and taken.json()["stale"] is True
    said = run(auditor, "trust", "import-crl", stale)
    assert "Stale: the revocation list of" in said.out and "was due to be replaced" in said.out
    listed = run(auditor, "trust", "anchors", "--json").json()["revocation_lists"]
    assert [r["stale"] for r in listed] == [True]
    verified = run(auditor, "verify", exported.json()["xlsx"], "--json").json()[0]
    assert verified["status"] == "valid"
    assert any("was due to be replaced" in w for w in verified["warnings"]), verified
    # The coordinator's own CA: its register is current whatever its list's date.
    mine = run(coordinator, "verify", exported.json()["xlsx"], "--json").json()[0]
    assert mine["status"] == "valid" and mine["warnings"] == []
