"""Changing the trust list: trust a signer, set their role and units, or remove them.

Every change goes through here so that its consequence is the same in both directions:
the signer's received files are judged again against the new list (received_trust.py)
and the units they concern are merged again in every open round, so a file that counted
stops counting when its signer is removed, and counts again when they are trusted. A
closed round keeps what it merged: its report has gone out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography import x509

from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from kotodesk.domain.errors import InputError, UsageError
from kotodesk.domain.formats import RETURN_FORMAT
from kotodesk.domain.messages import message
from kotodesk.domain.received import ReceivedFile
from kotodesk.signing.checks import certificate_problem
from kotodesk.signing.keys import describe
from kotodesk.signing.trust_list import TrustList, proposal, trust_list
from kotodesk.storage import inbox, received_trust, rounds, trust
from kotodesk.storage.trust import ROLES, TrustedSigner


@dataclass
class TrustChange:
    """What a change of the trust list did to the files received."""

    signer: TrustedSigner | None
    counted: list[ReceivedFile] = field(default_factory=list)  # files that count now
    held: list[ReceivedFile] = field(default_factory=list)  # files that no longer count

    def to_dict(self) -> dict:
        return {"now_counted": [f.file_name for f in self.counted],
                "now_held": [f.file_name for f in self.held]}


def check_certificate(certificate: x509.Certificate, workspace: Workspace | None = None
                      ) -> None:
    """Refuse to trust a certificate that can never sign a kotodesk file (a CA's, or one
    for encipherment only); an expired one may still have signed files in its time. With
    the data folder, also one that a revocation list kept there names, or that names a
    trust anchor there as its issuer without chaining to it (`intake_problem`)."""
    from kotodesk.signing.pki.validation import intake_problem

    problem = certificate_problem(certificate, None) or own_signature_problem(certificate) \
        or (intake_problem(workspace, certificate) if workspace is not None else "")
    if problem:
        raise InputError(message("cannot-be-trusted", why=problem))


def own_signature_problem(certificate: x509.Certificate) -> str | None:
    """A self-signed certificate (kotodesk's own, `key new`) whose signature over itself
    does not hold was changed after it was made: a name, a date, its key (a key that
    cannot be read can never check a signature either). Self-signed is what the
    certificate says of itself: its issuer is its subject, or it names no other
    authority's key (a certificate an authority issued names the authority's key,
    RFC 5280 4.2.1.1), so a changed subject does not make it look issued. One issued by
    an authority is checked against its issuer where it is used."""
    from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm

    try:
        if certificate.issuer != certificate.subject and not _names_no_authority(certificate):
            return None
        # Its own signature over itself, by cryptography (a changed subject no longer
        # names its issuer: refused there as changed too).
        certificate.verify_directly_issued_by(certificate)
    except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm,
            x509.DuplicateExtension):
        return message("certificate-changed")
    return None


def _names_no_authority(certificate: x509.Certificate) -> bool:
    """Whether the certificate names no authority's key but its own (or none)."""
    try:
        named = certificate.extensions.get_extension_for_class(
            x509.AuthorityKeyIdentifier).value.key_identifier
    except x509.ExtensionNotFound:
        return True
    own = x509.SubjectKeyIdentifier.from_public_key(certificate.public_key()).digest
    return named is None or named == own


def unit_ids(workspace: Workspace, queries: list[str] | None) -> list[str] | None:
    """Register units by name, abbreviation or id (UsageError names an unknown one)."""
    return None if queries is None else [workspace.unit(q).id for q in queries]


def trust_signer(workspace: Workspace, certificate: x509.Certificate, *,
                 how: str = "imported", role: str | None = None,
                 units: list[str] | None = None, confirm: bool = False) -> TrustChange:
    """Trust a certificate (again: with a new role or units); `confirm` when the
    coordinator has seen and accepted the role and units. Unit ids, not names."""
    check_certificate(certificate, workspace)
    _check_role(role)
    fingerprint = describe(certificate).fingerprint
    current = trust.get(workspace.store, fingerprint)
    if confirm and units is None and (current is None or current.units is None):
        units = list(proposal(certificate, workspace.register).units)
    trust.add(workspace.store, certificate, how=how, role=role, units=units,
              confirmed=confirm)
    return _rejudge(workspace, fingerprint)


def set_signer(workspace: Workspace, fingerprint: str, *, role: str | None = None,
               units: list[str] | None = None, confirm: bool = False) -> TrustChange:
    """Change a trusted signer's role or units, or confirm them as they are."""
    found = find_signer(workspace, fingerprint)
    _check_role(role)
    if confirm and units is None and found.units is None:  # the proposal, now chosen
        units = list(proposal(found.certificate, workspace.register).units)
    trust.update(workspace.store, found.fingerprint, role=role, units=units, confirm=confirm)
    return _rejudge(workspace, found.fingerprint)


def untrust(workspace: Workspace, fingerprint: str) -> TrustChange:
    """Remove a signer from the trust list; their files are held from now on."""
    found = find_signer(workspace, fingerprint)
    trust.remove(workspace.store, found.fingerprint)
    change = _rejudge(workspace, found.fingerprint)
    change.signer = found
    return change


def find_signer(workspace: Workspace, fingerprint: str) -> TrustedSigner:
    """A trusted signer by fingerprint, written with or without colons, in any case."""
    key = _hex(fingerprint)
    for signer in trust.all_signers(workspace.store):
        if _hex(signer.fingerprint) == key and key:
            return signer
    raise UsageError(f"no trusted signer with fingerprint {fingerprint}; see `kotodesk "
                     "trust list`")


def status_of(trusted: TrustList, file: ReceivedFile) -> str:
    """What a recorded return's verification status is under this trust list (its
    signature, certificate and signing time were checked when it arrived)."""
    if not file.fingerprint:
        return file.status
    if trusted.chains is not None:  # pki: revoked, or trusted through a certificate authority
        status = trusted.chains.recorded_status(trusted, file)
        if status:
            return status
    if file.fingerprint not in trusted:
        return verify.UNKNOWN_SIGNER
    code, _why = trusted.authority_problem(file.fingerprint, RETURN_FORMAT, file.unit_id)
    return verify.NOT_AUTHORISED if code else verify.VALID


RULES_KEY, RULES = "received_judged_by", "roles-and-units"  # a setting


def judge_after_upgrade(workspace: Workspace) -> None:
    """Once per data folder: files received before signers had roles and units were
    judged by the old rules (any trusted key for any unit; unknown and unsigned returns
    merged). Judge them by the current ones and merge the open rounds again."""
    from kotodesk.storage import settings

    store = workspace.store
    if settings.get(store, RULES_KEY) == RULES:
        return
    if store.query_one("SELECT 1 FROM received_file LIMIT 1") is not None:
        from kotodesk.coordinator.intake import merge_unit

        trusted = trust_list(workspace)
        with store.write():
            for fingerprint in {r["fingerprint"] for r in store.query(
                    "SELECT DISTINCT fingerprint FROM received_file WHERE fingerprint != ''")}:
                received_trust.recheck(store, fingerprint, lambda f: status_of(trusted, f))
            for row in store.query("SELECT DISTINCT f.round_id, f.unit_id FROM received_file f "
                                   "JOIN round r ON r.id = f.round_id WHERE r.state = 'open'"):
                merge_unit(workspace, rounds.get_round(store, row["round_id"]), row["unit_id"])
    settings.put(store, **{RULES_KEY: RULES})


def _rejudge(workspace: Workspace, fingerprint: str) -> TrustChange:
    from kotodesk.coordinator.intake import merge_unit
    from kotodesk.coordinator.received import held_reason

    store = workspace.store
    trusted = trust_list(workspace)
    change = TrustChange(trust.get(store, fingerprint))
    with store.write():
        changed = received_trust.recheck(store, fingerprint,
                                         lambda f: status_of(trusted, f),
                                         withdraw=verify.NOT_AUTHORISED)
        for f, _status in changed:
            now = inbox.get_file(store, f.id)
            (change.held if held_reason(now) else change.counted).append(now)
        touched = {(f.round_id, f.unit_id) for f, _status in changed}
        for round_id, unit_id in sorted(touched):
            round_ = rounds.get_round(store, round_id)
            if round_ is not None and round_.state == "open":
                merge_unit(workspace, round_, unit_id)
    return change


def _check_role(role: str | None) -> None:
    if role is not None and role not in ROLES:
        raise UsageError(f"unknown role {role!r}: use {' or '.join(ROLES)}")


def _hex(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
