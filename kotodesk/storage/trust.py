"""The coordinator's trusted signers: certificates imported, or accepted on first sight
after the fingerprint was shown. A signature is "valid" only from someone on this list."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography import x509

from kotodesk.keys import certificate_pem, describe
from kotodesk.storage.catalogues import now
from kotodesk.storage.db import Store


@dataclass(frozen=True)
class TrustedSigner:
    fingerprint: str
    name: str
    email: str
    unit: str
    organisation: str
    how: str
    added_at: str
    certificate: x509.Certificate


def add(store: Store, certificate: x509.Certificate, how: str = "imported") -> TrustedSigner:
    """Trust a certificate (adding it again keeps the first record)."""
    info = describe(certificate)
    with store.write():
        store.conn.execute(
            "INSERT INTO trusted_signer (fingerprint, name, email, unit, organisation, "
            "certificate, how, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (fingerprint) DO NOTHING",
            (info.fingerprint, info.name, info.email, info.unit, info.organisation,
             certificate_pem(certificate).decode("ascii"), how, now()))
    return get(store, info.fingerprint)


def get(store: Store, fingerprint: str) -> TrustedSigner | None:
    row = store.query_one("SELECT * FROM trusted_signer WHERE fingerprint = ?", (fingerprint,))
    return _signer(row) if row else None


def remove(store: Store, fingerprint: str) -> bool:
    with store.write():
        cursor = store.conn.execute("DELETE FROM trusted_signer WHERE fingerprint = ?",
                                    (fingerprint,))
    return cursor.rowcount > 0


def all_signers(store: Store) -> list[TrustedSigner]:
    return [_signer(r) for r in store.query("SELECT * FROM trusted_signer ORDER BY name")]


def _signer(row) -> TrustedSigner:
    return TrustedSigner(row["fingerprint"], row["name"], row["email"], row["unit"],
                         row["organisation"], row["how"], row["added_at"],
                         x509.load_pem_x509_certificate(row["certificate"].encode("ascii")))
