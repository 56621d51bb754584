"""Signers and signed files as an attacker or a careless colleague would make them: real
keys, real certificates (expired, not yet valid, encipherment-only, a CA's), real seals and
PAdES signatures, with payloads that claim what the signer may not say."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kotodesk.documents.payload import as_strings, measure_part
from kotodesk.documents.report_xlsx import write_sealed
from kotodesk.documents.return_pdf import write_return_pdf
from kotodesk.reporting import returns
from kotodesk.signing import keys
from kotodesk.signing import sealing as signing
from tests.support import CliResult

KASKO = "Kasvatuksen ja koulutuksen toimiala"
KUVA = "Kulttuurin ja vapaa-ajan toimiala"
NOW = dt.datetime.now(dt.UTC)


def person(name: str, unit: str, email: str = "", *, made_days_ago: int = 30
           ) -> keys.Identity:
    """A contact person's key, made the way `kotodesk key new` makes it, a month ago (so
    that returns signed an hour ago fall inside its validity)."""
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = keys.make_certificate(
        key, name=name, email=email or f"{name.split()[0].lower()}@hel.fi", unit=unit,
        organisation="Helsingin kaupunki", now=NOW - dt.timedelta(days=made_days_ago))
    return keys.Identity(key, certificate)


def odd_identity(name: str, unit: str, *, not_before: dt.datetime | None = None,
                 not_after: dt.datetime | None = None, ca: bool = False,
                 signing: bool = True) -> keys.Identity:
    """A certificate kotodesk would never make: its validity, CA flag or key usage as
    given (a real key; the certificate self-signed like kotodesk's)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Helsingin kaupunki")])
    usage = x509.KeyUsage(
        digital_signature=signing, content_commitment=signing, key_encipherment=not signing,
        data_encipherment=False, key_agreement=not signing, key_cert_sign=ca, crl_sign=ca,
        encipher_only=False, decipher_only=False)
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(not_before or NOW - dt.timedelta(days=1))
        .not_valid_after(not_after or NOW + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256()))
    return keys.Identity(key, certificate)


def named_certificate(name: str, email_address: str) -> x509.Certificate:
    """A certificate as anyone can make one: its name and e-mail address as given (a line
    break, two addresses in one), which kotodesk's own key making would refuse."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.EMAIL_ADDRESS, email_address),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Helsingin kaupunki")])
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(NOW - dt.timedelta(days=1))
            .not_valid_after(NOW + dt.timedelta(days=365))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False,
                                         False, False), critical=True)
            .sign(key, hashes.SHA256()))


def return_payload(workspace, unit: str, identity: keys.Identity, *,
                   signed_at: str | None = None, round_query: str | None = None,
                   claim_name: str | None = None,
                   extra: dict[str, dict[str, str]] | None = None) -> dict[str, Any]:
    """A unit's return as `returns.gather` makes it, then changed as an attacker with a
    real key would before sealing: another signing time, another signer name in the
    payload, entries for measures of other units (`extra`: ref -> entry fields)."""
    round_ = workspace.round(round_query)
    payload = returns.gather(workspace, round_, workspace.unit(unit),
                             signing.signer_part(identity), signed_at=signed_at)
    if claim_name is not None:
        payload["signer"]["name"] = claim_name
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    for ref, fields in (extra or {}).items():
        measure = next(m for m in catalogue.measures() if m.ref == ref)
        entry = {"status": "", "values": {}, "narrative": "", "reasons": "",
                 "indicator_report": "", "author": "", "updated_at": "", **fields}
        part = {**measure_part(catalogue, measure, workspace.register), "entry": entry}
        theme = next((t for t in payload["themes"] if t["position"] == str(measure.theme)),
                     None)
        if theme is None:
            theme = {"position": str(measure.theme),
                     "name": catalogue.themes[measure.theme - 1].name, "measures": []}
            payload["themes"].append(theme)
            payload["themes"].sort(key=lambda t: int(t["position"]))
        theme["measures"].append(as_strings(part))
    return payload


def write_signed(payload: dict[str, Any], identity: keys.Identity, xlsx: Path,
                 pdf: Path | None = None) -> Path:
    """Seal the payload with the key and write the .xlsx (and the PAdES-signed .pdf)."""
    sealed = signing.seal(payload, identity)
    write_sealed(payload, sealed, xlsx, identity)
    if pdf is not None:
        write_return_pdf(payload, sealed, identity, pdf)
    return xlsx


def pem(identity: keys.Identity, path: Path) -> Path:
    path.write_bytes(keys.certificate_pem(identity.certificate))
    return path


def cli_in(home: Path, capsys):
    """`kotodesk ARGS --home HOME` in-process, for a second data folder (a unit's)."""
    from kotodesk.cli import main

    def run(*args) -> CliResult:
        capsys.readouterr()
        code = main([*map(str, args), "--home", str(home)])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
