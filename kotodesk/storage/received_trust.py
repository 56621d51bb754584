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

from kotodesk.storage import inbox
from kotodesk.storage.db import Store
from kotodesk.storage.inbox import ReceivedFile


def recheck(store: Store, fingerprint: str, status_of: Callable[[ReceivedFile], str]
            ) -> list[tuple[ReceivedFile, str]]:
    """Set each of the signer's received files to `status_of(file)`; the files whose
    status changed, each with its new status (one transaction)."""
    changed = []
    with store.write():
        for f in inbox.signed_by(store, fingerprint):
            status = status_of(f)
            if status != f.status:
                inbox.set_status(store, f.id, status)
                changed.append((f, status))
    return changed
