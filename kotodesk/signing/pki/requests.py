"""Certificate requests (CSR, PKCS#10): a contact person asks the programme CA for a
certificate for the key they already have, in a key file or on a token.

The request names the person (from their certificate, or as given) and the unit they say
they speak for; the coordinator sees it (`ca show-request`), compares the key's
fingerprint with the person on the phone, and decides the unit when issuing. A request is
signed by the key it asks about, so it cannot be made for someone else's key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from kotodesk.domain.errors import InputError, read_reason
from kotodesk.domain.messages import message
from kotodesk.signing.keys import Identity, _fit, describe
from kotodesk.signing.pki.x509_sign import sign_request

MAX_REQUEST_BYTES = 64 * 1024
# Characters that rewrite how the text around them is shown: line breaks, terminal escapes,
# and the bidirectional embeddings, overrides and isolates (a name spelled backwards under
# U+202E reads as another). Joiners (U+200C/D) stay: Arabic and Indic names need them.
_DIRECTION = set("\u061c\u200e\u200f\u2028\u2029") | {chr(c) for c in range(0x202A, 0x202F)} \
    | {chr(c) for c in range(0x2066, 0x206A)}


def unprintable(text: str) -> bool:
    """Whether a name holds control or direction characters."""
    import unicodedata

    return any(unicodedata.category(ch) == "Cc" or ch in _DIRECTION for ch in text)


def escaped(text: str) -> str:
    """A name as it may be printed: control and direction characters as \\uXXXX."""
    return "".join(f"\\u{ord(ch):04x}" if unprintable(ch) else ch for ch in text)


def key_fingerprint(public_key) -> str:
    """SHA-256 of the public key (SubjectPublicKeyInfo), as people compare it: 'AB:CD:…'.
    The same for the request and the certificate issued from it."""
    spki = public_key.public_bytes(serialization.Encoding.DER,
                                   serialization.PublicFormat.SubjectPublicKeyInfo)
    digest = hashes.Hash(hashes.SHA256())
    digest.update(spki)
    return ":".join(f"{b:02X}" for b in digest.finalize())


def make_request(identity: Identity, *, name: str = "", email: str = "", unit: str = "",
                 organisation: str = "") -> x509.CertificateSigningRequest:
    """A request for `identity`'s key, naming the person and unit (by default as its
    certificate does)."""
    info = describe(identity.certificate)
    name, email = name or info.name, email or info.email
    unit, organisation = unit or info.unit, organisation or info.organisation
    if not name.strip():
        raise InputError(message("request-needs-name"))
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, _fit(name.strip()))]
    if unit:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, _fit(unit)))
    if organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, _fit(organisation)))
    parts.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "FI"))
    if email:
        parts.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip()))
    return sign_request(x509.CertificateSigningRequestBuilder().subject_name(x509.Name(parts)),
                        identity)


@dataclass(frozen=True)
class RequestInfo:
    name: str
    email: str
    unit: str  # as the request writes it
    organisation: str
    key: str  # "ECDSA P-256", "RSA 2048"
    key_fingerprint: str
    signature_valid: bool

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def _text(name: x509.Name, oid) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def key_kind(public_key) -> str:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    if isinstance(public_key, rsa.RSAPublicKey):
        return f"RSA {public_key.key_size}"
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        return f"ECDSA {public_key.curve.name}"
    return type(public_key).__name__


def read_request(path: Path) -> tuple[x509.CertificateSigningRequest, RequestInfo]:
    """A request file (PEM or DER), and what it says; InputError names the file."""
    try:
        if path.stat().st_size > MAX_REQUEST_BYTES:
            raise InputError(message("request-too-large"), path=path)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(message("file-unreadable", reason=read_reason(exc)), path=path) from None
    try:
        request = x509.load_pem_x509_csr(data) if b"-----BEGIN" in data \
            else x509.load_der_x509_csr(data)
        public = request.public_key()
        valid = request.is_signature_valid
        # Read here: the library reads names only when asked, and a damaged request would
        # fail later, inside kotodesk.
        subject = request.subject
        info = RequestInfo(
            _text(subject, NameOID.COMMON_NAME), _text(subject, NameOID.EMAIL_ADDRESS),
            _text(subject, NameOID.ORGANIZATIONAL_UNIT_NAME),
            _text(subject, NameOID.ORGANIZATION_NAME), key_kind(public),
            key_fingerprint(public), valid)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise InputError(message("not-a-request", detail=str(exc)), path=path) from None
    return request, info
