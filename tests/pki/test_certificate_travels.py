"""The certificate the programme CA issued travels back in the next round package: the
unit's kotodesk installs it on taking the package in, and its returns count by the chain."""

from __future__ import annotations

from cryptography import x509

from kotodesk.signing.keys import own_certificate
from tests.pki.test_programme_ca import CA_NAME, export, folders, secrets  # noqa: F401


def test_the_issued_certificate_is_installed_from_the_round_package(
        run, tmp_path, secrets, folders):  # noqa: F811
    coordinator, unit, _auditor = folders
    assert run(coordinator, "ca", "init", "--name", CA_NAME).code == 0
    assert run(coordinator, "key", "new", "--name", "Kaisa Koordinaattori", "--email",
               "kaisa@hel.fi", "--unit", "Kanslia").code == 0
    assert run(unit, "key", "new", "--name", "Eeva Esimerkki", "--email",
               "eeva.esimerkki@hel.fi", "--unit", "Kasko").code == 0
    self_signed = own_certificate(unit)
    request = tmp_path / "eeva.csr"
    assert run(unit, "key", "request", "--out", request).code == 0
    issued = run(coordinator, "ca", "issue", request, "--unit", "Kasko", "--out",
                 tmp_path / "not-sent.pem", "--json")
    assert issued.code == 0, issued.err

    package = tmp_path / "package.xlsx"
    assert run(coordinator, "round", "package", "--out", package).code == 0
    fingerprint = run(coordinator, "key", "show", "--json").json()["fingerprint"]
    taken = run(unit, "package", "import", package, "--accept-signer", fingerprint, "--json")
    assert taken.code == 0, taken.err
    assert any("installed the certificate the programme CA issued" in note
               for note in taken.json()["revocations"]), taken.out
    installed = own_certificate(unit)
    assert installed != self_signed
    assert f"{installed.serial_number:X}" == issued.json()["serial"]
    assert installed.public_key() == self_signed.public_key()
    root = x509.load_pem_x509_certificate((coordinator / "ca" / "root.pem").read_bytes())
    assert installed.issuer == root.subject

    xlsx, pdf = export(run, unit, tmp_path / "out")
    verified = run(coordinator, "verify", xlsx, pdf, "--json")
    assert verified.code == 0 and {v["status"] for v in verified.json()} == {"valid"}

    # Taking the same package in again installs nothing more.
    again = run(unit, "package", "import", package, "--accept-signer", fingerprint, "--json")
    assert not any("installed the certificate" in n for n in again.json()["revocations"])
    assert own_certificate(unit) == installed
