"""Trusting a signer after their returns arrived: those files become valid.

A file recorded as "unknown-signer" passed every check when it arrived (its signature
held and its cells matched); only the signer was not on the trust list yet. Once the
coordinator trusts the signer, the record says so, and the merged report no longer marks
that unit's contributions as from an unknown signer.
"""

from __future__ import annotations

from cryptography import x509

from kotodesk.keys import describe
from kotodesk.storage import trust
from kotodesk.storage.db import Store


def trust_signer(store: Store, certificate: x509.Certificate, how: str = "accepted") -> int:
    """Add the signer to the trust list and mark their received files valid; how many."""
    fingerprint = describe(certificate).fingerprint
    with store.write():
        trust.add(store, certificate, how=how)
        return store.conn.execute(
            "UPDATE received_file SET status = 'valid' WHERE fingerprint = ? AND "
            "status = 'unknown-signer'", (fingerprint,)).rowcount
