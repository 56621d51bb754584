"""The received files of a signer, judged again when the trust list changes.

A file recorded as "unknown-signer" passed every check when it arrived (its signature
held, its cells matched, its certificate and signing time were fit); only the signer was
not on the trust list. Whether such a file counts depends on the trust list alone, so a
change to the list (a signer trusted, their role or units changed, or removed) is applied
to every file of theirs in the same way, in both directions. `kotodesk.coordinator.trusting` merges
the affected units again afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from kotodesk.domain.received import ReceivedFile
from kotodesk.storage import inbox
from kotodesk.storage.db import Store


def recheck(store: Store, fingerprint: str, status_of: Callable[[ReceivedFile], str],
            withdraw: str = "") -> list[tuple[ReceivedFile, str]]:
    """Set each of the signer's received files to `status_of(file)`; the files whose
    status changed, each with its new status (one transaction). A file that the
    coordinator accepted under another verdict and whose status becomes `withdraw` is no
    longer accepted: the acceptance was of what the file was then (an unknown signer, say),
    not of what it is now (a revoked certificate); the coordinator may accept it again."""
    changed = []
    with store.write():
        for f in inbox.signed_by(store, fingerprint):
            status = status_of(f)
            if status != f.status:
                inbox.set_status(store, f.id, status)
                if withdraw and status == withdraw and f.accepted_at:
                    inbox.unaccept(store, f.id)
                changed.append((f, status))
    return changed
