"""Trusting a certificate authority once, and taking in its revocation lists.

A trust anchor is a CA certificate the coordinator trusts: the programme CA's root (its own
folder's is trusted when the CA is made), or an organisation's CA chain, all of whose CA
certificates become anchors. A revocation list is taken in only when a trust anchor here
signed it; a list older than the one kept (by its CRL number) changes nothing. Each change
judges the received files again (`rejudge`), as changing the trust list does.

A list's own dates are checked as a PKI's user expects. One issued in the future (its
thisUpdate beyond this computer's clock and the signing-time tolerance) is refused: kept,
its number would make every genuine later list "not newer", so a revocation would never
arrive. One whose nextUpdate has passed is stale: it is taken in all the same (every
certificate it names was revoked, and refusing it would keep an older list or none), and
the person is told that it is stale and that a newer one may revoke more; verification
warns of it while it is the newest kept (`revocation.stale_note`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509

from kotodesk.coordinator.rejudge import Rejudged, rejudge_all
from kotodesk.domain.errors import InputError, UsageError
from kotodesk.domain.messages import message
from kotodesk.signing.checks import CLOCK_TOLERANCE, is_ca, shown_time
from kotodesk.signing.keys import describe
from kotodesk.signing.pki import store as pki_store
from kotodesk.signing.pki.installed import read_bundle

MAX_CRL_BYTES = 16 * 2**20


def add_anchors(workspace, path: Path) -> tuple[list[pki_store.Anchor], Rejudged]:
    """Trust every CA certificate in the file (a root, or an organisation's chain)."""
    from kotodesk.coordinator.trusting import own_signature_problem

    found = read_bundle(path)
    people = [describe(c).name for c in found if not is_ca(c)]
    if people:
        raise InputError(message("anchor-not-ca", people=", ".join(people)), path=path)
    for certificate in found:  # a root whose name or key was changed after it was made
        # (only a root: an organisation's intermediate CA may name no authority's key)
        problem = own_signature_problem(certificate) \
            if certificate.issuer == certificate.subject else None
        if problem:
            raise InputError(message("cannot-be-trusted", why=problem), path=path)
    with workspace.store.write():
        added = [pki_store.add_anchor(workspace.store, c) for c in found]
        return added, rejudge_all(workspace)


def remove_anchor(workspace, fingerprint: str) -> tuple[pki_store.Anchor, Rejudged]:
    key = _hex(fingerprint)
    for anchor in pki_store.anchors(workspace.store):
        if key and _hex(anchor.fingerprint) == key:
            with workspace.store.write():
                pki_store.remove_anchor(workspace.store, anchor.fingerprint)
                return anchor, rejudge_all(workspace)
    raise UsageError(f"no trust anchor with fingerprint {fingerprint}; see `kotodesk trust "
                     "anchors`")


def _hex(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")


@dataclass
class CrlImport:
    issuer: str
    number: int
    revoked: int
    taken: bool  # False: the list kept here is as new or newer
    rejudged: Rejudged = field(default_factory=Rejudged)
    next_update: str = ""  # ISO time; "" when the list names none
    stale: str = ""  # the message saying the list is past its next update, or ""

    def to_dict(self) -> dict:
        return {"issuer": self.issuer, "number": self.number, "revoked": self.revoked,
                "taken": self.taken, "next_update": self.next_update,
                "stale": bool(self.stale), **self.rejudged.to_dict()}


def read_crl(data: bytes, source: str | Path) -> x509.CertificateRevocationList:
    from cryptography.exceptions import UnsupportedAlgorithm

    try:
        crl = x509.load_pem_x509_crl(data) if b"-----BEGIN" in data \
            else x509.load_der_x509_crl(data)
        # Read whole here: the library reads a list's names, extensions and entries only
        # when asked, and a damaged one would fail later, inside kotodesk.
        _ = crl.issuer.rfc4514_string(), list(crl.extensions), crl.signature_hash_algorithm
        for revoked in crl:
            _ = revoked.serial_number, revoked.revocation_date_utc, list(revoked.extensions)
        return crl
    except (ValueError, TypeError, UnsupportedAlgorithm, x509.DuplicateExtension) as exc:
        raise InputError(message("not-a-crl", detail=str(exc)), path=source) from None


def crl_number(crl: x509.CertificateRevocationList) -> int:
    try:
        return int(crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number)
    except (x509.ExtensionNotFound, ValueError):
        return 0


def import_crl(workspace, data: bytes, source: str | Path) -> CrlImport:
    """Take in a revocation list signed by a trust anchor here."""
    from cryptography.hazmat.primitives import serialization

    crl = read_crl(data, source)
    issuer = crl.issuer.rfc4514_string()
    signers = [a for a in pki_store.anchors(workspace.store)
               if a.certificate.subject == crl.issuer and _signed_by(crl, a.certificate)]
    if not signers:
        raise InputError(message("crl-not-from-anchor", issuer=issuer), path=source)
    now = datetime.now(UTC)
    _check_dates(crl, issuer, now, source)
    number = crl_number(crl)
    revoked = len(list(crl))
    due = crl.next_update_utc
    said = dict(next_update=due.isoformat() if due else "", stale=stale_note(crl, now))
    kept = pki_store.revocation_list(workspace.store, pki_store.issuer_key(crl.issuer))
    if kept is not None and kept.number >= number and not _from_future(kept, now):
        return CrlImport(issuer, number, revoked, False, **said)
    with workspace.store.write():
        pki_store.put_revocation_list(workspace.store, crl, number,
                                      crl.public_bytes(serialization.Encoding.DER))
        return CrlImport(issuer, number, revoked, True, rejudge_all(workspace), **said)


def _check_dates(crl: x509.CertificateRevocationList, issuer: str, now: datetime,
                 source: str | Path) -> None:
    """Refuse a list issued in the future, or one due for replacement before its issue."""
    issued, due = crl.last_update_utc, crl.next_update_utc
    if issued > now + CLOCK_TOLERANCE:
        raise InputError(message("crl-from-future", issuer=issuer, issued=shown_time(issued),
                                 now=shown_time(now)), path=source)
    if due is not None and due < issued:
        raise InputError(message("crl-dates-inverted", issuer=issuer, due=shown_time(due),
                                 issued=shown_time(issued)), path=source)


def _from_future(kept: pki_store.StoredList, now: datetime) -> bool:
    """A list kept before its dates were checked, issued in the future: any list with
    possible dates replaces it, whatever its number (the number was the future's too)."""
    try:
        return datetime.fromisoformat(kept.this_update) > now + CLOCK_TOLERANCE
    except ValueError:
        return False


def stale_note(crl: x509.CertificateRevocationList, now: datetime | None = None) -> str:
    """The message saying the list is past its next update; "" while it is current."""
    due = crl.next_update_utc
    if due is None or due >= (now or datetime.now(UTC)):
        return ""
    return message("crl-stale", issuer=crl.issuer.rfc4514_string(), due=shown_time(due))


def _signed_by(crl: x509.CertificateRevocationList, issuer: x509.Certificate) -> bool:
    try:
        return crl.is_signature_valid(issuer.public_key())
    except (TypeError, ValueError):
        return False


def import_crl_file(workspace, path: Path) -> CrlImport:
    from kotodesk.xlsx.safe import read_regular

    return import_crl(workspace, read_regular(path, MAX_CRL_BYTES), path)
