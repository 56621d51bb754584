"""A person's signing identity: an ECDSA P-256 key and an X.509 certificate.

The key lives only inside a PKCS#12 file encrypted with the person's passphrase
(PBES2, SHA-256, AES-256, 600,000 KDF rounds; cryptography's default PKCS#8 encryption uses
2,048 iterations). The certificate is kept beside it in plain PEM so that it can be shown
and sent to the coordinator without the passphrase. ECDSA rather than Ed25519 because
poppler's pdfsig (and Adobe Reader) cannot verify Ed25519 in a PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from kotodesk.domain.certificates import CertificateInfo as CertificateInfo
from kotodesk.domain.certificates import certificate_der as certificate_der
from kotodesk.domain.certificates import certificate_pem as certificate_pem
from kotodesk.domain.certificates import describe as describe
from kotodesk.domain.certificates import fingerprint as fingerprint
from kotodesk.domain.errors import InputError, KotodeskError, read_reason
from kotodesk.domain.messages import message
from kotodesk.system.atomic import write_bytes

KEY_FOLDER = "keys"
P12_NAME = "identity.p12"
CERT_NAME = "identity.pem"
KDF_ROUNDS = 600_000
VALID_YEARS = 5


class PassphraseError(KotodeskError):
    """The passphrase does not open the key file."""


class NoIdentityError(KotodeskError):
    """This data folder has no signing key yet."""


@dataclass(frozen=True)
class Identity:
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def info(self) -> CertificateInfo:
        return describe(self.certificate)

    def sign(self, data: bytes) -> bytes:
        """A detached signature over `data` (DER ECDSA, or PKCS#1 v1.5 for RSA keys)."""
        if isinstance(self.key, rsa.RSAPrivateKey):
            return self.key.sign(data, padding.PKCS1v15(), hashes.SHA256())
        return self.key.sign(data, ec.ECDSA(hashes.SHA256()))

    def sign_file(self, handle: BinaryIO) -> bytes:
        """`sign` of the bytes of the open binary file `handle`, read from where it is to
        its end a piece at a time (SHA-256 over the pieces, then the key signs the hash:
        the same signature scheme), so that a large payload need not be in memory."""
        digest = hashes.Hash(hashes.SHA256())
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
        hashed = digest.finalize()
        prehashed = Prehashed(hashes.SHA256())
        if isinstance(self.key, rsa.RSAPrivateKey):
            return self.key.sign(hashed, padding.PKCS1v15(), prehashed)
        return self.key.sign(hashed, ec.ECDSA(prehashed))


def verify_signature(certificate: x509.Certificate, data: bytes, signature: bytes) -> bool:
    """Whether `signature` over `data` was made by the certificate's key."""
    from cryptography.exceptions import InvalidSignature

    public = certificate.public_key()
    try:
        if isinstance(public, rsa.RSAPublicKey):
            _verify_rsa(public, signature, data)
        elif isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        else:
            return False
    except (InvalidSignature, ValueError):
        return False
    return True


def _verify_rsa(public: rsa.RSAPublicKey, signature: bytes, data: bytes) -> None:
    """PKCS#1 v1.5 (what kotodesk signs with) or PSS (what some cards sign with)."""
    from cryptography.exceptions import InvalidSignature

    try:
        public.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        public.verify(signature, data, padding.PSS(padding.MGF1(hashes.SHA256()),
                                                   padding.PSS.AUTO), hashes.SHA256())


X520_MAX = 64  # bytes of UTF-8 in a name attribute (RFC 5280's upper bound)


def _fit(text: str) -> str:
    """Shorten a name to what X.509 allows, marking the cut: unit names run long."""
    if len(text.encode("utf-8")) <= X520_MAX:
        return text
    while len((text + "…").encode("utf-8")) > X520_MAX:
        text = text[:-1]
    return text.rstrip() + "…"


def make_certificate(key: ec.EllipticCurvePrivateKey, *, name: str, email: str, unit: str,
                     organisation: str, now: dt.datetime | None = None) -> x509.Certificate:
    """A self-signed certificate for document signing (digital signature and
    non-repudiation), valid for five years."""
    now = now or dt.datetime.now(dt.UTC)
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, _fit(name))]
    if unit:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, _fit(unit)))
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, _fit(organisation)))
    attributes.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "FI"))
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    subject = x509.Name(attributes)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False,
            crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
    )
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]),
                                        critical=False)
    return builder.sign(key, hashes.SHA256())


def new_identity(*, name: str, email: str, unit: str, organisation: str) -> Identity:
    if not name.strip():
        raise InputError(message("key-needs-name"))
    for label, value in (("name", name), ("email", email), ("unit", unit),
                         ("organisation", organisation)):
        check_name_text(message(f"label-{label}"), value)
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = make_certificate(key, name=name.strip(), email=email.strip(),
                                   unit=unit.strip(), organisation=organisation.strip())
    check_certificate_names(certificate)
    return Identity(key, certificate)


def unholdable(text: str) -> list[str]:
    """The characters of `text` an X.509 name cannot hold, as signing software prepares
    names (RFC 4518's string preparation, on Unicode 3.2: emoji and every character added
    since count as unassigned), and what is no text at all (surrogates from bytes that were
    not UTF-8). The same tables as asn1crypto, which pyHanko uses when it signs."""
    import stringprep

    found = []
    for char in text:
        if 0xD800 <= ord(char) <= 0xDFFF or stringprep.in_table_a1(char) or \
                stringprep.in_table_c8(char) or stringprep.in_table_c3(char) or \
                stringprep.in_table_c4(char):
            found.append(char)
    return list(dict.fromkeys(found))


def _shown(char: str) -> str:
    code = f"U+{ord(char):04X}"
    return code if 0xD800 <= ord(char) <= 0xDFFF or not char.isprintable() else \
        f"{char} ({code})"


def check_name_text(label: str, value: str) -> None:
    """Refuse, before a key is made, a name the certificate could not carry into a
    signature: the export would fail later, after the person has typed their return."""
    import stringprep
    import unicodedata

    # and line breaks, tabs and other controls: a name shown on one line (certificates)
    bad = unholdable(value) + list(dict.fromkeys(
        c for c in value if unicodedata.category(c) == "Cc"))
    if bad:
        raise InputError(message("name-unholdable", label=label,
                                 chars=", ".join(_shown(c) for c in bad)))
    text = value.strip()
    if any(stringprep.in_table_d1(c) for c in text) and (
            any(stringprep.in_table_d2(c) for c in text)
            or not (stringprep.in_table_d1(text[0]) and stringprep.in_table_d1(text[-1]))):
        raise InputError(message("name-mixed-direction", label=label))


def check_certificate_names(certificate: x509.Certificate, path: Path | None = None) -> None:
    """The certificate's names as the signing code will read them; InputError if it cannot
    (an organisation's .p12 made elsewhere may hold such names too)."""
    from asn1crypto import x509 as asn1_x509

    try:
        parsed = asn1_x509.Certificate.load(certificate.public_bytes(
            serialization.Encoding.DER))
        for name in (parsed.subject, parsed.issuer):
            _ = name.hashable, name.human_friendly
    except ValueError as exc:
        raise InputError(message("certificate-name-unusable", detail=str(exc)),
                         path=path) from None


MIN_PASSPHRASE = 8  # characters of a passphrase that locks a new key (ops/keys.py)


def _check_passphrase(passphrase: str) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError(message("passphrase-too-short", count=MIN_PASSPHRASE))
    return passphrase.encode("utf-8")


def to_p12(identity: Identity, passphrase: str) -> bytes:
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(_check_passphrase(passphrase))
    )
    label = identity.info.name.encode("utf-8") or b"kotodesk"
    return pkcs12.serialize_key_and_certificates(label, identity.key, identity.certificate,
                                                 list(identity.chain) or None, encryption)


def from_p12(data: bytes, passphrase: str, *, path: Path | None = None) -> Identity:
    """Open a PKCS#12 file (kotodesk's own or an organisation's, legacy ones included)."""
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(
            data, passphrase.encode("utf-8"))
    except ValueError as exc:
        text = str(exc).lower()
        if "password" in text or "mac" in text or "decrypt" in text:
            raise PassphraseError(f"{path or 'key file'}: wrong passphrase") from None
        raise InputError(message("not-pkcs12", detail=str(exc)), path=path) from None
    if key is None or certificate is None:
        raise InputError(message("pkcs12-without-key"), path=path)
    if not isinstance(key, (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey)):
        raise InputError(message("key-type-unsupported", kind=type(key).__name__), path=path)
    return Identity(key, certificate, tuple(chain or ()))


# -- the identity of a data folder ------------------------------------------------------


def key_folder(home: Path) -> Path:
    return home / KEY_FOLDER


def has_identity(home: Path) -> bool:
    from kotodesk.signing.pki.installed import uses_token  # pki: or a key on a token

    return (key_folder(home) / P12_NAME).exists() or uses_token(home)


def save_identity(home: Path, identity: Identity, passphrase: str) -> None:
    """Write the encrypted key file and the public certificate (each atomically)."""
    from kotodesk.signing.pki.installed import forget  # pki: no token, no CA chain of an old key

    folder = key_folder(home)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_bytes(folder / P12_NAME, to_p12(identity, passphrase), private=True)
    forget(home)
    write_bytes(folder / CERT_NAME,
                identity.certificate.public_bytes(serialization.Encoding.PEM))


def load_identity(home: Path, passphrase: str) -> Identity:
    """The folder's key, unlocked: `passphrase` is the PIN when it is on a token."""
    from kotodesk.signing.pki import installed  # pki: a key on a token, a certificate a CA issued

    if installed.uses_token(home):
        return installed.token_identity(home, passphrase)
    path = key_folder(home) / P12_NAME
    if not path.exists():
        raise NoIdentityError(f"no signing key in {home}; create one with `kotodesk key new`")
    return installed.with_installed(home, from_p12(path.read_bytes(), passphrase, path=path))


def own_certificate(home: Path) -> x509.Certificate:
    path = key_folder(home) / CERT_NAME
    if not path.exists():
        raise NoIdentityError(f"no signing key in {home}; create one with `kotodesk key new`")
    return x509.load_pem_x509_certificate(path.read_bytes())


def import_p12(home: Path, source: Path, passphrase: str, new_passphrase: str | None = None
               ) -> Identity:
    """Take in an organisation's .p12/.pfx, stored again under kotodesk's strong
    encryption (with `new_passphrase`, or the same one)."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise InputError(message("file-unreadable", reason=read_reason(exc)), path=source) from None
    identity = from_p12(data, passphrase, path=source)
    check_certificate_names(identity.certificate, source)
    from kotodesk.signing.checks import usable_now

    # Before the folder's key is replaced: a certificate that cannot sign today (expired,
    # a CA's, for encipherment only) would make every file signed with it refused.
    problem = usable_now(identity.certificate)
    if problem:
        raise InputError(message("key-certificate-cannot-sign", why=problem), path=source)
    save_identity(home, identity, new_passphrase or passphrase)
    return identity


def load_certificate(path: Path) -> x509.Certificate:
    """A certificate from a .pem/.crt/.cer/.der file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(message("file-unreadable", reason=read_reason(exc)), path=path) from None
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            certificate = x509.load_pem_x509_certificate(data)
        else:
            certificate = x509.load_der_x509_certificate(data)
        # Its names read here: the library reads them only when asked, and a damaged
        # one would fail later, inside kotodesk.
        _ = certificate.subject.rfc4514_string(), certificate.issuer.rfc4514_string()
        return certificate
    except ValueError:
        raise InputError(message("not-a-certificate"), path=path) from None


