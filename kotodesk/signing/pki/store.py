"""The database side of kotodesk.signing.pki: trust anchors, revocation lists, and the programme
CA's register of issued certificates (tables of migration 0008)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from cryptography import x509

from kotodesk.signing.keys import certificate_pem, describe
from kotodesk.storage.db import Store
from kotodesk.system.clock import now


def issuer_key(name: x509.Name) -> str:
    """An issuer as the tables key it: its distinguished name's DER, in hex."""
    return name.public_bytes().hex()


def key_id(public_key) -> bytes:
    """A public key as the tables compare keys: its SubjectPublicKeyInfo DER."""
    from cryptography.hazmat.primitives import serialization

    return public_key.public_bytes(serialization.Encoding.DER,
                                   serialization.PublicFormat.SubjectPublicKeyInfo)


def serial_text(serial: int) -> str:
    """A serial number as people read it from certificate viewers: hex, colon-free."""
    return f"{serial:X}"


# -- trust anchors ------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    fingerprint: str
    name: str
    certificate: x509.Certificate
    how: str
    added_at: str


def add_anchor(store: Store, certificate: x509.Certificate, how: str = "imported") -> Anchor:
    info = describe(certificate)
    name = info.name or certificate.subject.rfc4514_string()
    with store.write():
        store.conn.execute(
            "INSERT INTO trust_anchor (fingerprint, name, certificate, how, added_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING",
            (info.fingerprint, name, certificate_pem(certificate).decode("ascii"), how, now()))
    found = anchor(store, info.fingerprint)
    assert found is not None
    return found


def anchor(store: Store, fingerprint: str) -> Anchor | None:
    row = store.query_one("SELECT * FROM trust_anchor WHERE fingerprint = ?", (fingerprint,))
    return _anchor(row) if row else None


def anchors(store: Store) -> list[Anchor]:
    return [_anchor(r) for r in store.query("SELECT * FROM trust_anchor ORDER BY added_at")]


def remove_anchor(store: Store, fingerprint: str) -> bool:
    with store.write():
        return store.conn.execute("DELETE FROM trust_anchor WHERE fingerprint = ?",
                                  (fingerprint,)).rowcount > 0


def _anchor(row) -> Anchor:
    return Anchor(row["fingerprint"], row["name"],
                  x509.load_pem_x509_certificate(row["certificate"].encode("ascii")),
                  row["how"], row["added_at"])


# -- revocation ---------------------------------------------------------------------


@dataclass(frozen=True)
class Revocation:
    serial: str
    revoked_at: str
    reason: str


@dataclass(frozen=True)
class StoredList:
    issuer_name: str
    number: int
    this_update: str
    next_update: str
    der: bytes

    def stale(self, moment: str = "") -> bool:
        """Whether the list's next update has passed (at `moment`, ISO; default now)."""
        return bool(self.next_update) and self.next_update < (moment or now())


def revocation_list(store: Store, issuer: str) -> StoredList | None:
    row = store.query_one("SELECT * FROM revocation_list WHERE issuer = ?", (issuer,))
    return StoredList(row["issuer_name"], row["number"], row["this_update"],
                      row["next_update"], bytes(row["der"])) if row else None


def revocation_lists(store: Store) -> list[StoredList]:
    return [StoredList(r["issuer_name"], r["number"], r["this_update"], r["next_update"],
                       bytes(r["der"]))
            for r in store.query("SELECT * FROM revocation_list ORDER BY issuer_name")]


def put_revocation_list(store: Store, crl: x509.CertificateRevocationList, number: int,
                        der: bytes) -> None:
    """Keep `crl` as its issuer's list, replacing the older one and what it revoked."""
    issuer = issuer_key(crl.issuer)
    next_update = crl.next_update_utc.isoformat() if crl.next_update_utc else ""
    with store.write():
        store.conn.execute(
            "INSERT INTO revocation_list (issuer, issuer_name, number, this_update, "
            "next_update, der, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (issuer) "
            "DO UPDATE SET issuer_name = excluded.issuer_name, number = excluded.number, "
            "this_update = excluded.this_update, next_update = excluded.next_update, "
            "der = excluded.der, imported_at = excluded.imported_at",
            (issuer, crl.issuer.rfc4514_string(), number,
             crl.last_update_utc.isoformat(), next_update, der, now()))
        store.conn.execute("DELETE FROM revoked_certificate WHERE issuer = ?", (issuer,))
        store.conn.executemany(
            "INSERT OR REPLACE INTO revoked_certificate (issuer, serial, revoked_at, reason) "
            "VALUES (?, ?, ?, ?)",
            [(issuer, serial_text(r.serial_number), r.revocation_date_utc.isoformat(),
              _reason(r)) for r in crl])


def _reason(revoked: x509.RevokedCertificate) -> str:
    try:
        return revoked.extensions.get_extension_for_class(x509.CRLReason).value.reason.name
    except (x509.ExtensionNotFound, ValueError):
        return ""


def revoked(store: Store, certificate: x509.Certificate) -> Revocation | None:
    row = store.query_one("SELECT * FROM revoked_certificate WHERE issuer = ? AND serial = ?",
                          (issuer_key(certificate.issuer),
                           serial_text(certificate.serial_number)))
    return Revocation(row["serial"], row["revoked_at"], row["reason"]) if row else None


def any_revocation(store: Store) -> bool:
    return store.query_one("SELECT 1 FROM revoked_certificate LIMIT 1") is not None


# -- the programme CA's register ----------------------------------------------------


@dataclass(frozen=True)
class Issued:
    serial: str
    fingerprint: str
    name: str
    email: str
    unit_ids: tuple[str, ...]
    certificate: x509.Certificate
    issued_at: str
    not_after: str
    revoked_at: str
    reason: str

    def to_dict(self) -> dict:
        return {"serial": self.serial, "fingerprint": self.fingerprint, "name": self.name,
                "email": self.email, "units": list(self.unit_ids), "issued_at": self.issued_at,
                "not_after": self.not_after, "revoked_at": self.revoked_at,
                "reason": self.reason}


def record_issued(store: Store, certificate: x509.Certificate, unit_ids: list[str]) -> Issued:
    info = describe(certificate)
    serial = serial_text(certificate.serial_number)
    with store.write():
        store.conn.execute(
            "INSERT INTO ca_issued (serial, fingerprint, name, email, unit_ids, certificate, "
            "issued_at, not_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (serial, info.fingerprint, info.name, info.email, json.dumps(unit_ids),
             certificate_pem(certificate).decode("ascii"), now(),
             certificate.not_valid_after_utc.isoformat()))
    found = issued(store, serial)
    assert found is not None
    return found


def issued(store: Store, serial: str) -> Issued | None:
    row = store.query_one("SELECT * FROM ca_issued WHERE serial = ?",
                          (serial.upper().replace(":", "").lstrip("0") or "0",))
    return _issued(row) if row else None


def all_issued(store: Store) -> list[Issued]:
    return [_issued(r) for r in store.query("SELECT * FROM ca_issued ORDER BY issued_at")]


def mark_revoked(store: Store, serial: str, at: str, reason: str) -> None:
    with store.write():
        store.conn.execute("UPDATE ca_issued SET revoked_at = ?, reason = ? WHERE serial = ? "
                           "AND revoked_at IS NULL", (at, reason, serial))


def _issued(row) -> Issued:
    return Issued(row["serial"], row["fingerprint"], row["name"], row["email"],
                  tuple(json.loads(row["unit_ids"])),
                  x509.load_pem_x509_certificate(row["certificate"].encode("ascii")),
                  row["issued_at"], row["not_after"], row["revoked_at"] or "", row["reason"])
