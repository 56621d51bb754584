"""The coordinator's trusted signers: certificates imported, or accepted on first sight
after the fingerprint was shown, each with a role and the units it may speak for.

A signature is "valid" only from someone on this list, and only for what their role and
units allow (kotodesk.signing.trust_list reads the list into those rules). `units` None means the
coordinator has not chosen the units: they are proposed from the certificate.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from cryptography import x509

from kotodesk.signing.keys import certificate_pem, describe
from kotodesk.storage.catalogues import now
from kotodesk.storage.db import Store

UNIT_CONTACT = "unit"  # a unit's contact person (yhteyshenkilö)
COORDINATOR = "coordinator"
ROLES = (UNIT_CONTACT, COORDINATOR)


@dataclass(frozen=True)
class TrustedSigner:
    fingerprint: str
    name: str
    email: str
    unit: str  # the certificate's organisational unit, as written there
    organisation: str
    how: str
    added_at: str
    certificate: x509.Certificate
    role: str = UNIT_CONTACT
    units: tuple[str, ...] | None = None  # register unit ids; None: not chosen yet
    confirmed_at: str = ""  # empty: proposed from the certificate, not confirmed

    @property
    def confirmed(self) -> bool:
        return bool(self.confirmed_at)


def add(store: Store, certificate: x509.Certificate, how: str = "imported", *,
        role: str | None = None, units: list[str] | None = None,
        confirmed: bool = False) -> TrustedSigner:
    """Trust a certificate. Adding it again keeps the first record, except that a role
    or units given here replace the old ones (and a confirmation confirms). Your own key
    is a confirmed coordinator unless told otherwise."""
    info = describe(certificate)
    if how == "own" and role is None:
        role, confirmed = COORDINATOR, True
    with store.write():
        store.conn.execute(
            "INSERT INTO trusted_signer (fingerprint, name, email, unit, organisation, "
            "certificate, how, added_at, role, units, confirmed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING",
            (info.fingerprint, info.name, info.email, info.unit, info.organisation,
             certificate_pem(certificate).decode("ascii"), how, now(), role or UNIT_CONTACT,
             _units_json(units), now() if confirmed else None))
        if role is not None or units is not None or confirmed:
            update(store, info.fingerprint, role=role, units=units, confirm=confirmed)
    return get(store, info.fingerprint)


def update(store: Store, fingerprint: str, *, role: str | None = None,
           units: list[str] | None = None, confirm: bool = False) -> TrustedSigner | None:
    """Change a signer's role and/or units; `confirm` marks them confirmed."""
    if role is not None and role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    with store.write():
        if role is not None:
            store.conn.execute("UPDATE trusted_signer SET role = ? WHERE fingerprint = ?",
                               (role, fingerprint))
        if units is not None:
            store.conn.execute("UPDATE trusted_signer SET units = ? WHERE fingerprint = ?",
                               (_units_json(units), fingerprint))
        if confirm:
            store.conn.execute("UPDATE trusted_signer SET confirmed_at = ? WHERE "
                               "fingerprint = ?", (now(), fingerprint))
    return get(store, fingerprint)


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


def _units_json(units: list[str] | None) -> str | None:
    return None if units is None else json.dumps(list(dict.fromkeys(units)))


def _signer(row) -> TrustedSigner:
    units = json.loads(row["units"]) if row["units"] is not None else None
    return TrustedSigner(row["fingerprint"], row["name"], row["email"], row["unit"],
                         row["organisation"], row["how"], row["added_at"],
                         x509.load_pem_x509_certificate(row["certificate"].encode("ascii")),
                         role=row["role"], units=tuple(units) if units is not None else None,
                         confirmed_at=row["confirmed_at"] or "")
