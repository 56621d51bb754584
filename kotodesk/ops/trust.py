"""The trust list: who may sign for which units. Every change re-judges the signer's
received files and merges their units again, in the same transaction as the change."""

from __future__ import annotations

from cryptography import x509

from kotodesk.coordinator import trusting
from kotodesk.coordinator.trusting import TrustChange
from kotodesk.datafolder.workspace import Workspace
from kotodesk.ops.changes import Changes
from kotodesk.signing.trust_list import TrustList, trust_list
from kotodesk.storage import trust as trust_store
from kotodesk.storage.trust import TrustedSigner

__all__ = ["TrustedSigner", "set_signer", "signer", "signers", "trust_own", "trust_signer",
           "trusted_signers", "untrust"]


def trusted_signers(workspace: Workspace) -> TrustList:
    """The trusted-signer set every check of a received file is judged against."""
    return trust_list(workspace)


def signers(workspace: Workspace) -> list[TrustedSigner]:
    """The trust list as recorded: each signer with the role and units given."""
    return trust_store.all_signers(workspace.store)


def signer(workspace: Workspace, fingerprint: str) -> TrustedSigner | None:
    return trust_store.get(workspace.store, fingerprint)


def trust_own(workspace: Workspace, certificate: x509.Certificate) -> Changes:
    """Your own certificate (a new key, a token's, one a CA issued): trusted as a
    confirmed coordinator, so your own files verify as valid."""
    trust_store.add(workspace.store, certificate, how="own")
    return Changes(trust=True, keys=True)


def _changes(change: TrustChange) -> Changes:
    moved = change.counted + change.held
    rounds = {f.round_id for f in moved}
    return Changes(trust=True, files=bool(moved), entries=bool(moved),
                   round_id=next(iter(rounds)) if len(rounds) == 1 else None,
                   units=frozenset(f.unit_id for f in moved) if moved else frozenset())


def trust_signer(workspace: Workspace, certificate: x509.Certificate, *,
                 how: str = "imported", role: str | None = None,
                 units: list[str] | None = None, confirm: bool = False
                 ) -> tuple[TrustChange, Changes]:
    with workspace.store.write():
        change = trusting.trust_signer(workspace, certificate, how=how, role=role,
                                       units=units, confirm=confirm)
    return change, _changes(change)


def set_signer(workspace: Workspace, fingerprint: str, *, role: str | None = None,
               units: list[str] | None = None, confirm: bool = False
               ) -> tuple[TrustChange, Changes]:
    with workspace.store.write():
        change = trusting.set_signer(workspace, fingerprint, role=role, units=units,
                                     confirm=confirm)
    return change, _changes(change)


def untrust(workspace: Workspace, fingerprint: str) -> tuple[TrustChange, Changes]:
    with workspace.store.write():
        change = trusting.untrust(workspace, fingerprint)
    return change, _changes(change)
