"""What a certificate says about its holder: name, e-mail, unit, organisation, validity,
and the fingerprint people compare on the phone. Plain reading of X.509, no keys: the
trust list in storage, signing and verification all describe certificates the same way.
(signing/keys.py hands these names on, as callers have always found them there.)"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class CertificateInfo:
    name: str
    email: str
    unit: str
    organisation: str
    fingerprint: str
    not_before: dt.datetime
    not_after: dt.datetime

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "email": self.email, "unit": self.unit,
                "organisation": self.organisation, "fingerprint": self.fingerprint,
                "not_before": self.not_before.isoformat(), "not_after": self.not_after.isoformat()}


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the certificate, as people compare it on the phone: 'AB:CD:…'."""
    digest = certificate.fingerprint(hashes.SHA256())
    return ":".join(f"{b:02X}" for b in digest)


def _attribute(name: x509.Name, oid) -> str:
    values = name.get_attributes_for_oid(oid)
    return _one_line(str(values[0].value)) if values else ""


def _one_line(text: str) -> str:
    """A name as it can be shown on one line: a certificate made by other software may
    carry line breaks or a terminal's escape sequences in its name, and `verify` printed
    them, so a signer's name wrote lines of its own ("x.xlsx: valid, …") under the
    coordinator's eyes. Control characters and line separators become spaces."""
    import unicodedata

    if all(unicodedata.category(c) not in ("Cc", "Zl", "Zp") for c in text):
        return text
    return " ".join("".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
                            for c in text).split())


def describe(certificate: x509.Certificate) -> CertificateInfo:
    subject = certificate.subject
    email = _attribute(subject, NameOID.EMAIL_ADDRESS)
    if not email:
        try:
            san = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
            emails = san.value.get_values_for_type(x509.RFC822Name)
            email = emails[0] if emails else ""
        except x509.ExtensionNotFound:
            pass
    return CertificateInfo(
        name=_attribute(subject, NameOID.COMMON_NAME),
        email=email,
        unit=_attribute(subject, NameOID.ORGANIZATIONAL_UNIT_NAME),
        organisation=_attribute(subject, NameOID.ORGANIZATION_NAME),
        fingerprint=fingerprint(certificate),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
    )


def certificate_pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def certificate_der(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.DER)
