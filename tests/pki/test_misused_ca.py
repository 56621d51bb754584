"""The programme CA used carelessly or by someone hostile: a key revoked as compromised
certified again, and requests whose names carry control characters. Real keys, the
command line, the coordinator's verification."""

from __future__ import annotations

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.pki.test_programme_ca import (  # noqa: F401
    CA_NAME,
    certified_unit,
    export,
    folders,
    secrets,
)


def test_a_key_revoked_as_compromised_is_not_certified_again(
        run, tmp_path, secrets, folders):  # noqa: F811
    """A stolen laptop's key is revoked as compromised; the same request (or a backup's
    key asking again) must not make it count once more, nor may a second certificate the
    CA issued for that key before."""
    coordinator, unit, _auditor = folders
    assert run(coordinator, "ca", "init", "--name", CA_NAME).code == 0
    first = certified_unit(run, tmp_path, coordinator, unit)
    request = tmp_path / "Kasko.csr"
    second = tmp_path / "second.pem"
    twice = run(coordinator, "ca", "issue", request, "--unit", "Kasko", "--out", second)
    assert twice.code == 0  # issued twice for one key, as a careless CA may: it is told
    serials = [c["serial"] for c in run(coordinator, "ca", "list", "--json").json()]
    assert "stays valid" in twice.out and "revoke it" in twice.out
    revoked = run(coordinator, "ca", "revoke", first, "--reason", "key_compromise",
                  "--json")
    assert revoked.code == 0, revoked.err
    # Both went, and the coordinator is told of the one not chosen.
    assert len(revoked.json()["also_revoked"]) == 1
    assert revoked.json()["also_revoked"][0] in serials
    assert revoked.json()["also_revoked"][0] != revoked.json()["serial"]

    # The thief installs the second certificate (every round package carries the valid ones).
    assert run(unit, "key", "install-cert", second).code == 0
    xlsx, _pdf = export(run, unit, tmp_path / "out")
    verified = run(coordinator, "verify", xlsx, "--json").json()[0]
    assert (verified["status"], verified["problem"]) == ("not-authorised", "revoked")
    assert not [c for c in run(coordinator, "ca", "list", "--json").json()
                if not c["revoked_at"]]

    again = run(coordinator, "ca", "issue", request, "--unit", "Kasko", "--out",
                tmp_path / "third.pem")
    assert again.code == 2
    assert "revoked on" in again.err and "compromised" in again.err
    assert not (tmp_path / "third.pem").exists()
    assert len(run(coordinator, "ca", "list", "--json").json()) == 2

    # Revoked for another reason (the person moved), the key may be certified again.
    other = tmp_path / "other"
    assert run(other, "key", "new", "--name", "Olli Muuttaja", "--unit", "Kuva").code == 0
    assert run(other, "key", "request", "--out", tmp_path / "o.csr").code == 0
    assert run(coordinator, "ca", "issue", tmp_path / "o.csr", "--unit", "Kuva", "--out",
               tmp_path / "o.pem").code == 0
    assert run(coordinator, "ca", "revoke", tmp_path / "o.pem", "--reason",
               "affiliation_changed").code == 0
    assert run(coordinator, "ca", "issue", tmp_path / "o.csr", "--unit", "Kasko", "--out",
               tmp_path / "o2.pem").code == 0


def _request(path, common_name: str, unit: str = "Kasko"):
    """A request as any tool can write one, signed by its own key."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                         x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit)])
    request = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(
        key, hashes.SHA256())
    path.write_bytes(request.public_bytes(serialization.Encoding.PEM))
    return path


def test_a_name_with_control_or_direction_characters_is_shown_escaped_and_not_issued(
        run, tmp_path, secrets, folders):  # noqa: F811
    """A name that writes a new line, terminal escapes or a right-to-left override would
    be shown by every verify, inbox and merged report naming the signer, where it can
    make one person read as another ('Eeva' and a line 'valid, Kaisa Koordinaattori')."""
    coordinator, _unit, _auditor = folders
    assert run(coordinator, "ca", "init", "--name", CA_NAME).code == 0
    plain = run(coordinator, "ca", "show-request", _request(tmp_path / "p.csr", "Eeva")).out
    for i, name in enumerate(["Eeva\nvalid, Kaisa Koordinaattori\x1b[2J\x07",
                              "\u202eiksemisE aveE", "Eeva\u2028Esimerkki"]):
        request = _request(tmp_path / f"r{i}.csr", name)
        shown = run(coordinator, "ca", "show-request", request)
        assert shown.code == 0
        assert not any(c in shown.out for c in "\x1b\x07\u202e\u2028")
        assert shown.out.count("\n") == plain.count("\n"), shown.out  # its lines only
        assert "\\" in shown.out.splitlines()[0]
        out = tmp_path / f"r{i}.pem"
        refused = run(coordinator, "ca", "issue", request, "--unit", "Kasko", "--out", out)
        assert refused.code == 2 and "control or direction characters" in refused.err
        assert not out.exists()
    assert run(coordinator, "ca", "list", "--json").json() == []

    # Names in any script are still issued: Arabic with its joiners, a long Finnish one.
    for i, name in enumerate(["نور الهدى\u200cعلي",
                              "Eeva-Maria Ääkkönen-Åberg von Sydänmaa-Kontiainen"]):
        done = run(coordinator, "ca", "issue", _request(tmp_path / f"ok{i}.csr", name),
                   "--unit", "Kasko", "--out", tmp_path / f"ok{i}.pem")
        assert done.code == 0, done.err


def _org_certified(tmp_path, run, home, ca_key, ca_cert, purposes):
    """A unit's folder whose key an organisation's CA certified for Kasko with these
    extended key usages, taken in as the organisation's .p12."""
    import datetime as dt

    from cryptography.hazmat.primitives.serialization import pkcs12

    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(x509.Name([
            x509.NameAttribute(NameOID.COMMON_NAME, home.name),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME,
                               "Kasvatuksen ja koulutuksen toimiala")]))
        .issuer_name(ca_cert.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=90))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                     False), critical=True)
        .add_extension(x509.ExtendedKeyUsage(purposes), critical=False)
        .sign(ca_key, hashes.SHA256()))
    p12 = tmp_path / f"{home.name}.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"", key, certificate, [ca_cert], serialization.BestAvailableEncryption(b"org")))
    secret = tmp_path / "org-passphrase.txt"
    secret.write_text("org")
    done = run(home, "key", "import-p12", p12, "--p12-passphrase-file", secret)
    if x509.ExtendedKeyUsageOID.SERVER_AUTH not in purposes:
        assert done.code == 0, done.err
        return
    # kotodesk refuses to take such a key in; the folder of someone who signs with it
    # anyway (another program, an older kotodesk) is made by hand.
    assert done.code == 2 and "cannot sign kotodesk files" in done.err, done.err
    import os

    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.ops.trust import trust_own
    from kotodesk.signing import keys

    identity = keys.from_p12(p12.read_bytes(), "org")
    keys.save_identity(home, identity, os.environ["KOTODESK_PASSPHRASE"])
    workspace = Workspace.open(home)
    try:
        trust_own(workspace, identity.certificate)
    finally:
        workspace.close()


def test_a_certificate_for_web_servers_does_not_sign_a_return(run, tmp_path, secrets):  # noqa: F811
    """The city's CA, trusted for its people's cards, also certifies its web servers, whose
    certificates name a unit too: such a key signs TLS handshakes on a server, and its
    extended key usage says so. A person's certificate (e-mail protection, client
    authentication, as on organisation cards) still counts."""
    from cryptography.x509.oid import ExtendedKeyUsageOID as Eku

    from tests.pki.softhsm import OrgCa

    city = OrgCa.make()
    anchor = tmp_path / "city.pem"
    anchor.write_bytes(city.certificate.public_bytes(serialization.Encoding.PEM))
    coordinator = tmp_path / "coordinator"
    assert run(coordinator, "trust", "add-anchor", anchor).code == 0
    for name, purposes, expected in [
            ("intranet.hel.fi", [Eku.SERVER_AUTH], ("not-authorised", "certificate")),
            ("Eeva Esimerkki", [Eku.EMAIL_PROTECTION, Eku.CLIENT_AUTH], ("valid", ""))]:
        home = tmp_path / name
        _org_certified(tmp_path, run, home, city.key, city.certificate, purposes)
        xlsx, _pdf = export(run, home, tmp_path / f"out-{name}")
        verified = run(coordinator, "verify", xlsx, "--json").json()[0]
        assert (verified["status"], verified["problem"]) == expected, verified["message"]
        if expected[0] != "valid":
            assert "extended key usage" in verified["message"]
