"""Which key and certificate a data folder signs with.

The key is in the folder's PKCS#12 file (`keys/identity.p12`), or on a token
(`keys/token.json` says which; `key use-token`). The certificate is `keys/identity.pem`:
first the key's own (self-signed, or the token's), later one a certificate authority
issued for the same key (`key install-cert`), with the CA's certificates beside it in
`keys/chain.pem`, so that signatures carry the chain. Installing needs no passphrase or
PIN: only the public key has to match, and the key file is not touched.
"""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from kotodesk.domain.errors import InputError, read_reason
from kotodesk.domain.messages import message
from kotodesk.signing.checks import shown_time
from kotodesk.signing.keys import CERT_NAME, Identity, certificate_pem, key_folder
from kotodesk.signing.pki.tokens import TOKEN_FILE, TokenChoice, find_certificate, open_identity
from kotodesk.system.atomic import write_bytes

CHAIN_NAME = "chain.pem"


def uses_token(home: Path) -> bool:
    return (key_folder(home) / TOKEN_FILE).exists()


def token_choice(home: Path) -> TokenChoice:
    return TokenChoice.read(key_folder(home) / TOKEN_FILE)


def use_token(home: Path, choice: TokenChoice) -> x509.Certificate:
    """Record that this data folder signs with the chosen token key; its certificate
    becomes the folder's (no PIN needed: certificates are public on a token)."""
    from kotodesk.signing.pki.modules import TokenError

    path, chosen = find_certificate(choice)
    if chosen.problem:
        raise TokenError(f"the certificate {chosen.label!r} on token {choice.token!r} cannot "
                         f"sign kotodesk files: {chosen.problem}", TokenError.CANNOT_SIGN)
    recorded = dataclasses.replace(choice, module=path, key_id=chosen.key_id,
                                   key_label="" if chosen.key_id else chosen.label)
    folder = key_folder(home)
    folder.mkdir(parents=True, exist_ok=True)
    forget(home)
    write_bytes(folder / CERT_NAME, certificate_pem(chosen.certificate))
    write_bytes(folder / TOKEN_FILE, recorded.to_json().encode("utf-8"))
    return chosen.certificate


def forget(home: Path) -> None:
    """A new key file replaces the token and any certificate issued for the old key."""
    for name in (TOKEN_FILE, CHAIN_NAME):
        with contextlib.suppress(FileNotFoundError):
            (key_folder(home) / name).unlink()


def token_identity(home: Path, pin: str) -> Identity:
    return with_installed(home, open_identity(token_choice(home), pin))


def _spki(certificate: x509.Certificate) -> bytes:
    return certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def read_chain(home: Path) -> list[x509.Certificate]:
    path = key_folder(home) / CHAIN_NAME
    return x509.load_pem_x509_certificates(path.read_bytes()) if path.exists() else []


def with_installed(home: Path, identity: Identity) -> Identity:
    """The identity with the certificate installed for its key, and its chain."""
    path = key_folder(home) / CERT_NAME
    if not path.exists():
        return identity
    installed = x509.load_pem_x509_certificate(path.read_bytes())
    if installed == identity.certificate or _spki(installed) != _spki(identity.certificate):
        return identity
    return dataclasses.replace(identity, certificate=installed, chain=tuple(read_chain(home)))


def read_bundle(path: Path) -> list[x509.Certificate]:
    """The certificates of a PEM file (or one DER certificate)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(message("file-unreadable", reason=read_reason(exc)), path=path) from None
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise InputError(message("not-a-certificate-file"), path=path) from None


def install_certificate(home: Path, path: Path, store=None
                        ) -> tuple[x509.Certificate, list[x509.Certificate]]:
    """Install a certificate a CA issued for this folder's key, with its chain (the
    other certificates in the file, as `ca issue` writes them)."""
    return install_found(home, read_bundle(path), path, store)


def install_found(home: Path, found: list[x509.Certificate], path: Path | str, store=None
                  ) -> tuple[x509.Certificate, list[x509.Certificate]]:
    """Install the certificate among `found` that is for this folder's key, with the
    others as its chain (`path` names where they came from, for messages). Refused
    before anything is written when it could not sign now: not valid today, its chain's
    certificates not a certificate authority's or not valid today, or revoked by a list
    the folder's `store` keeps; each file signed with it would be refused."""
    from kotodesk.signing.checks import usable_now
    from kotodesk.signing.keys import own_certificate

    own = own_certificate(home)
    mine = [c for c in found if _spki(c) == _spki(own)]
    if not mine:
        raise InputError(message("certificate-not-for-key"), path=path)
    issued, chain = mine[0], [c for c in found if _spki(c) != _spki(own)]
    now = datetime.now(UTC)
    problem = usable_now(issued, now) or _chain_problem(chain, now)
    if not problem and store is not None and store.table_exists("revoked_certificate"):
        from kotodesk.signing.pki.validation import revocation_problem

        problem = revocation_problem(store, issued)
    if problem:
        raise InputError(message("certificate-not-installable", why=problem), path=path)
    _check_links(issued, chain, path)
    folder = key_folder(home)
    write_bytes(folder / CHAIN_NAME, b"".join(certificate_pem(c) for c in chain))
    write_bytes(folder / CERT_NAME, certificate_pem(issued))
    return issued, chain


def _chain_problem(chain: list[x509.Certificate], now: datetime) -> str:
    """Why the certificates after one's own cannot vouch for it today."""
    from kotodesk.signing.checks import is_ca
    from kotodesk.signing.keys import describe

    for authority in chain:
        name = describe(authority).name or authority.subject.rfc4514_string()
        if not is_ca(authority):
            return message("chain-not-ca", name=name)
        if not authority.not_valid_before_utc <= now <= authority.not_valid_after_utc:
            return message("chain-ca-not-valid", name=name,
                           start=shown_time(authority.not_valid_before_utc),
                           end=shown_time(authority.not_valid_after_utc))
    return ""


def _check_links(issued: x509.Certificate, chain: list[x509.Certificate], path: Path) -> None:
    """Each certificate is signed by the next one in the file (issuer first)."""
    current = issued
    for issuer in chain:
        try:
            current.verify_directly_issued_by(issuer)
        except Exception as exc:  # InvalidSignature, or a key of another kind
            raise InputError(message("chain-broken", subject=current.subject.rfc4514_string(),
                                     issuer=issuer.subject.rfc4514_string(),
                                     detail=type(exc).__name__), path=path) from None
        current = issuer
    if not chain:
        raise InputError(message("chain-missing"), path=path)
