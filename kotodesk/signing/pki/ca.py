"""The programme certificate authority that the coordinator runs in their data folder.

`ca/root.pem` is the programme's root certificate: the one that every PDF reader, and every
other kotodesk, trusts once. Its key is in `ca/ca.p12` under its own passphrase (the same
strong PKCS#12 encryption as a person's key), or on a token (`ca/token.json`). The CA
issues certificates for units' contact persons from their requests, stating the units
they may speak for (`unit_claim`), keeps a register of what it issued (`ca_issued`), and
revokes in a signed revocation list, `ca/crl.der`, which the round package carries.

The root may issue end-entity certificates only (path length 0): there is no intermediate
CA to lose. ECDSA P-256, like kotodesk's own keys, when the key is made here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kotodesk.domain.errors import InputError, UsageError
from kotodesk.domain.messages import message
from kotodesk.signing.keys import Identity, certificate_pem, from_p12, to_p12
from kotodesk.signing.pki import store as pki_store
from kotodesk.signing.pki.installed import _spki
from kotodesk.signing.pki.tokens import TOKEN_FILE, TokenChoice, open_identity
from kotodesk.signing.pki.unit_claim import units_extension
from kotodesk.signing.pki.x509_sign import sign_certificate, sign_crl
from kotodesk.system.atomic import write_bytes

CA_FOLDER = "ca"
CA_P12 = "ca.p12"
ROOT_NAME = "root.pem"
CRL_NAME = "crl.der"
ROOT_YEARS = 10
DEFAULT_DAYS = 730  # a contact person's certificate: two years, about four rounds
CRL_DAYS = 180  # when a reader should expect a newer list; kotodesk keeps the newest it has
CRL_NUMBER = "ca_crl_number"  # a setting


class NoCaError(UsageError):
    """This data folder runs no certificate authority."""


def folder(home: Path) -> Path:
    return home / CA_FOLDER


def has_ca(home: Path) -> bool:
    return (folder(home) / ROOT_NAME).exists()


def on_token(home: Path) -> bool:
    return (folder(home) / TOKEN_FILE).exists()


def root_certificate(home: Path) -> x509.Certificate:
    path = folder(home) / ROOT_NAME
    if not path.exists():
        raise NoCaError(f"{home} runs no certificate authority; create one with "
                        "`kotodesk ca init --name NAME`")
    return x509.load_pem_x509_certificate(path.read_bytes())


def _name(text: str, organisation: str) -> x509.Name:
    from kotodesk.signing.keys import _fit

    parts = [x509.NameAttribute(NameOID.COMMON_NAME, _fit(text))]
    if organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, _fit(organisation)))
    parts.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "FI"))
    return x509.Name(parts)


def _usage(**allowed: bool) -> x509.KeyUsage:
    names = ("digital_signature", "content_commitment", "key_encipherment",
             "data_encipherment", "key_agreement", "key_cert_sign", "crl_sign")
    return x509.KeyUsage(**{n: allowed.get(n, False) for n in names},
                         encipher_only=False, decipher_only=False)


def init_ca(workspace, name: str, *, passphrase: str | None = None,
            token: TokenChoice | None = None, pin: str | None = None,
            years: int = ROOT_YEARS) -> x509.Certificate:
    """Make the programme CA: its key (here under `passphrase`, or the one on `token`),
    the self-signed root, an empty revocation list; trust the root as an anchor here."""
    home = workspace.home
    if has_ca(home):
        raise UsageError(f"{home} already runs a certificate authority "
                         f"({root_certificate(home).subject.rfc4514_string()})")
    if not name.strip():
        raise UsageError("the certificate authority needs a name (--name)")
    subject = _name(name.strip(), workspace.register.organisation)
    now = dt.datetime.now(dt.UTC)
    if token is not None:
        signer: Identity = open_identity(token, pin or "", purpose="ca")
        public = signer.certificate.public_key()
    else:
        if passphrase is None:
            raise UsageError("the certificate authority's key needs a passphrase")
        key = ec.generate_private_key(ec.SECP256R1())
        public = key.public_key()
    builder = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(public).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(key_cert_sign=True, crl_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False))
    if token is not None:
        root = sign_certificate(builder, signer)
        signer = dataclasses.replace(signer, certificate=root)
    else:
        root = builder.sign(key, _sha256())
        signer = Identity(key, root)
    target = folder(home)
    target.mkdir(parents=True, exist_ok=True)
    if token is not None:
        write_bytes(target / TOKEN_FILE, token.to_json().encode("utf-8"))
    else:
        write_bytes(target / CA_P12, to_p12(signer, passphrase or ""))
    _write_crl(workspace, signer, [])
    write_bytes(target / ROOT_NAME, certificate_pem(root))
    pki_store.add_anchor(workspace.store, root, how="own-ca")
    return root


def _sha256():
    from cryptography.hazmat.primitives import hashes

    return hashes.SHA256()


def load_ca(home: Path, secret: str) -> Identity:
    """The CA's key, unlocked, with the root as its certificate."""
    root = root_certificate(home)
    if on_token(home):
        identity = open_identity(TokenChoice.read(folder(home) / TOKEN_FILE), secret,
                                 purpose="ca")
        if _spki(identity.certificate) != _spki(root):
            raise InputError(message("token-not-ca"), path=folder(home) / TOKEN_FILE)
        return dataclasses.replace(identity, certificate=root)
    path = folder(home) / CA_P12
    return dataclasses.replace(from_p12(path.read_bytes(), secret, path=path),
                               certificate=root)


def issue(workspace, ca: Identity, request: x509.CertificateSigningRequest,
          unit_ids: list[str], *, days: int = DEFAULT_DAYS) -> x509.Certificate:
    """A certificate for the requester's key, naming them as the request does and the
    units given here (the coordinator's decision, not the request's)."""
    from kotodesk.signing.keys import _fit, describe

    if not request.is_signature_valid:
        raise InputError(message("request-changed"))
    compromised = _compromised(workspace.store, request.public_key())
    if compromised is not None:  # whoever took the key would count again
        raise InputError(message("request-key-compromised", serial=compromised.serial,
                                 date=compromised.revoked_at[:10]))
    if not unit_ids:
        raise UsageError("say which unit the certificate speaks for (--unit)")
    if days < 1:
        raise UsageError("--days must be at least 1")
    register = workspace.register
    root = ca.certificate
    subject = request.subject
    name = _first(subject, NameOID.COMMON_NAME)
    if not name:
        raise InputError(message("request-without-person"))
    email = _first(subject, NameOID.EMAIL_ADDRESS)
    from kotodesk.signing.pki.requests import escaped, unprintable

    if unprintable(name + email):  # every verify and report naming the signer shows it
        raise InputError(message("request-name-unprintable", text=escaped(f"{name} <{email}>")))
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, _fit(name)),
             x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME,
                                _fit(register.units[unit_ids[0]].name))]
    if register.organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME,
                                        _fit(register.organisation)))
    parts.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "FI"))
    if email:
        parts.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    now = dt.datetime.now(dt.UTC)
    until = min(now + dt.timedelta(days=days), root.not_valid_after_utc)
    public = request.public_key()
    builder = (
        x509.CertificateBuilder().subject_name(x509.Name(parts)).issuer_name(root.subject)
        .public_key(public).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(until)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(digital_signature=True, content_commitment=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root.public_key()),
                       critical=False)
        .add_extension(units_extension(unit_ids), critical=False))
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]),
                                        critical=False)
    certificate = sign_certificate(builder, ca)
    pki_store.record_issued(workspace.store, certificate, unit_ids)
    describe(certificate)  # it reads back as a certificate kotodesk can show
    return certificate


def _first(name: x509.Name, oid) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value).strip() if values else ""


def revoke(workspace, ca: Identity, serial: str, reason: str = "unspecified"
           ) -> x509.CertificateRevocationList:
    """Revoke an issued certificate and sign a new revocation list; this folder takes
    it in at once (its received files are judged again by the caller)."""
    store = workspace.store
    found = pki_store.issued(store, serial)
    if found is None:
        raise UsageError(f"this certificate authority issued no certificate with serial "
                         f"{serial}; see `kotodesk ca list`")
    if found.revoked_at:
        raise UsageError(f"certificate {found.serial} ({found.name}) was revoked already on "
                         f"{found.revoked_at[:10]}")
    reasons = {r.name: r for r in x509.ReasonFlags}
    if reason not in reasons or reason in ("remove_from_crl",):
        raise UsageError(f"unknown reason {reason!r}: use one of "
                         + ", ".join(n for n in reasons if n != "remove_from_crl"))
    at = dt.datetime.now(dt.UTC).isoformat()
    with store.write():
        pki_store.mark_revoked(store, found.serial, at, reason)
        if reason == "key_compromise":  # the key's other certificates would still sign
            for other in _same_key(store, found.certificate.public_key()):
                pki_store.mark_revoked(store, other.serial, at, reason)
        revoked = [i for i in pki_store.all_issued(store) if i.revoked_at]
        return _write_crl(workspace, ca, revoked)


def _same_key(store, public_key) -> list[pki_store.Issued]:
    """The certificates this CA issued for the same key."""
    spki = _spki_of(public_key)
    return [i for i in pki_store.all_issued(store) if _spki_of(i.certificate.public_key()) == spki]


def revoked_with(store, serial: str) -> list[pki_store.Issued]:
    """The certificates revoked together with `serial` (its key's others, when the key was
    compromised): a coordinator told only of the one chosen would not know the rest went."""
    found = pki_store.issued(store, serial)
    if found is None or not found.revoked_at:
        return []
    return [i for i in _same_key(store, found.certificate.public_key())
            if i.serial != found.serial and i.revoked_at == found.revoked_at]


def still_valid_beside(store, certificate: x509.Certificate) -> list[pki_store.Issued]:
    """The other certificates this CA issued for the same key that are neither revoked nor
    expired: issuing a new one leaves them valid, so the person speaks for the old units
    too until they are revoked (a renewal or a move to another unit usually means that)."""
    now = dt.datetime.now(dt.UTC).isoformat()
    serial = pki_store.serial_text(certificate.serial_number)
    return [i for i in _same_key(store, certificate.public_key())
            if i.serial != serial and not i.revoked_at and i.not_after > now]


def _compromised(store, public_key) -> pki_store.Issued | None:
    """A certificate for this key revoked because the key was compromised, if any."""
    return next((i for i in _same_key(store, public_key) if i.reason == "key_compromise"),
                None)


def _spki_of(public_key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return public_key.public_bytes(serialization.Encoding.DER,
                                   serialization.PublicFormat.SubjectPublicKeyInfo)


def _write_crl(workspace, ca: Identity, revoked: list[pki_store.Issued]
               ) -> x509.CertificateRevocationList:
    from cryptography.hazmat.primitives import serialization

    from kotodesk.storage import settings

    store = workspace.store
    number = int(settings.get(store, CRL_NUMBER, "0") or 0) + 1
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateRevocationListBuilder().issuer_name(ca.certificate.subject)
        .last_update(now).next_update(now + dt.timedelta(days=CRL_DAYS))
        .add_extension(x509.CRLNumber(number), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            ca.certificate.public_key()), critical=False))
    for item in revoked:
        entry = (x509.RevokedCertificateBuilder()
                 .serial_number(item.certificate.serial_number)
                 .revocation_date(dt.datetime.fromisoformat(item.revoked_at)))
        if item.reason and item.reason != "unspecified":
            entry = entry.add_extension(x509.CRLReason(x509.ReasonFlags[item.reason]),
                                        critical=False)
        builder = builder.add_revoked_certificate(entry.build())
    crl = sign_crl(builder, ca)
    der = crl.public_bytes(serialization.Encoding.DER)
    with store.write():
        settings.put(store, **{CRL_NUMBER: str(number)})
        pki_store.put_revocation_list(store, crl, number, der)
        write_bytes(folder(workspace.home) / CRL_NAME, der)
    return crl


def current_crl(home: Path) -> bytes | None:
    path = folder(home) / CRL_NAME
    return path.read_bytes() if path.exists() else None
