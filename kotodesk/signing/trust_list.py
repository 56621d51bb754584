"""Who may say what: the trust list read into the rules that verification applies.

A trusted signer is a unit's contact person or the coordinator, and may speak for some
units of the register (a division includes its units). A return counts only for a unit
its signer may speak for; a round package, a merged report or a meeting summary counts
only from a coordinator. `trust_list(workspace)` is the one place the list is read, so the
command line, the window, intake and package import judge a file alike.

When the coordinator has not chosen a signer's units, they are proposed from the
certificate (the organisational unit that `kotodesk key new` writes into it, read against
the register), and the signer is shown as needing confirmation.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from cryptography import x509

from kotodesk.domain.formats import RETURN_FORMAT
from kotodesk.domain.messages import listed, message
from kotodesk.domain.register import Register
from kotodesk.signing.keys import describe
from kotodesk.storage import trust
from kotodesk.storage.trust import COORDINATOR, UNIT_CONTACT

__all__ = ["COORDINATOR", "UNIT_CONTACT", "Proposal", "Signer", "TrustList", "proposal",
           "reach", "trust_list"]


@dataclass(frozen=True)
class Signer:
    fingerprint: str
    name: str
    role: str
    units: tuple[str, ...]  # the units chosen (or proposed), as the trust list shows them
    reach: frozenset[str] | None  # those units and every unit under them; None: any unit
    confirmed: bool
    via: str = ""  # trusted through this certificate authority (kotodesk.signing.pki), not by name


class TrustList(Collection[str]):
    """The trusted signers by fingerprint (iterating gives the fingerprints, so the list
    can be handed to code that only needs them, such as pyHanko's trust roots)."""

    def __init__(self, signers: Iterable[Signer] = (),
                 unit_names: dict[str, str] | None = None, chains=None) -> None:
        self._signers = {s.fingerprint: s for s in signers}
        self.unit_names = dict(unit_names or {})
        # kotodesk.signing.pki.validation.ChainTrust: trust anchors and revocation lists, or None
        self.chains = chains

    def admit(self, signer: Signer) -> None:
        """Count a signer whose certificate chains to a trust anchor (kotodesk.signing.pki)."""
        self._signers.setdefault(signer.fingerprint, signer)

    @classmethod
    def of_fingerprints(cls, fingerprints: Iterable[str]) -> TrustList:
        """Fingerprints alone, each allowed everything: for checking one's own files
        (the self-test, a file just written), never for what others send."""
        return cls(Signer(fp, "", COORDINATOR, (), None, True) for fp in fingerprints)

    def __contains__(self, fingerprint: object) -> bool:
        return fingerprint in self._signers

    def __iter__(self) -> Iterator[str]:
        return iter(self._signers)

    def __len__(self) -> int:
        return len(self._signers)

    def get(self, fingerprint: str) -> Signer | None:
        return self._signers.get(fingerprint)

    def unit_name(self, unit_id: str) -> str:
        return self.unit_names.get(unit_id, unit_id)

    def authority_problem(self, fingerprint: str, kind: str, unit_id: str) -> tuple[str, str]:
        """("", "") when the trusted signer may sign a file of this `kind` for `unit_id`;
        else ("unit" or "role", why not)."""
        signer = self._signers[fingerprint]
        if kind == RETURN_FORMAT:
            if signer.reach is None or unit_id in signer.reach:
                return "", ""
            who = signer.name or message("the-signer")
            unit = self.unit_name(unit_id) or message("this-unit")
            if not signer.units:  # "may speak for no unit yet only" read as if it might
                return "unit", message("may-speak-for-none", signer=who, unit=unit)
            return "unit", message("may-speak-for", signer=who, unit=unit,
                                   units=listed(self.unit_name(u) for u in signer.units))
        if signer.role != COORDINATOR:
            return "role", message("not-coordinator",
                                   signer=signer.name or message("the-signer"))
        return "", ""


def as_trust_list(trusted: Collection[str]) -> TrustList:
    return trusted if isinstance(trusted, TrustList) else TrustList.of_fingerprints(trusted)


def reach(register: Register, unit_ids: Iterable[str]) -> frozenset[str]:
    """The units and all the units under them in the register."""
    children: dict[str, list[str]] = {}
    for unit in register.units.values():
        if unit.parent:
            children.setdefault(unit.parent, []).append(unit.id)
    found: set[str] = set()
    pending = list(unit_ids)
    while pending:
        unit_id = pending.pop()
        if unit_id not in found:
            found.add(unit_id)
            pending += children.get(unit_id, [])
    return frozenset(found)


@dataclass(frozen=True)
class Proposal:
    role: str
    units: tuple[str, ...]
    note: str  # what could not be read from the certificate, for the person to decide


def proposal(certificate: x509.Certificate, register: Register) -> Proposal:
    """A role and units read from the certificate: its organisational unit (OU) as a
    register unit. The role is always "unit contact person": a certificate does not say
    who the coordinator is, so only the coordinator can say so."""
    written = describe(certificate).unit
    unit = _unit_named(written, register)
    if unit is not None:
        return Proposal(UNIT_CONTACT, (unit.id,), "")
    note = (f"the certificate's unit {written!r} is not in the register: choose the units"
            if written else "the certificate names no unit: choose the units")
    return Proposal(UNIT_CONTACT, (), note)


def _unit_named(written: str, register: Register):
    """The register unit a certificate names, also when `key new` shortened a long name
    to X.509's 64 bytes and marked the cut with "…"."""
    found = register.find(written)
    if found is not None or not written.endswith("…"):
        return found
    stem = written[:-1].strip().casefold()
    matches = [u for u in register.units.values() if u.name.casefold().startswith(stem)]
    return matches[0] if len(matches) == 1 else None


def trust_list(workspace) -> TrustList:
    """The data folder's trusted signers with their roles and units: the one function
    every check of a received file reads the trust list through."""
    register = workspace.register
    signers = []
    for s in trust.all_signers(workspace.store):
        units = s.units if s.units is not None else proposal(s.certificate, register).units
        signers.append(Signer(s.fingerprint, s.name, s.role, tuple(units),
                              reach(register, units), s.confirmed))
    from kotodesk.signing.pki.validation import chain_trust  # pki: trust anchors, revocation

    return TrustList(signers, {u.id: u.name for u in register.units.values()},
                     chain_trust(workspace))
