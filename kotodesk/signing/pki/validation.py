"""Trust by a chain of certificates: path validation to a trust anchor, and revocation.

A certificate that pyHanko's certvalidator can chain to one of the data folder's trust
anchors (the programme CA, an organisation's CA) counts as a unit's contact person's for
the units it states (`unit_claim`), with no per-signer trust. It is validated at the signing
time the file states (the same claim `signature_checks` bounds), and certvalidator is set
to fetch nothing: no OCSP, no CRL download, no AIA chasing, whatever URLs a certificate
names, because kotodesk never opens a network connection.

Revocation is kotodesk's own rule on top: a certificate on an imported revocation list
(CRL) makes every file signed with it not count, whatever signing time the file claims,
because that time is only what the signer's computer said; someone who holds a stolen key
can write any time they like. This applies to signers trusted one by one too. Files merged
before the list arrived are judged again (`rejudge`); a closed round keeps what it merged.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
from datetime import UTC, datetime

from cryptography import x509

from kotodesk.domain.messages import message
from kotodesk.signing.checks import shown_time
from kotodesk.signing.keys import certificate_der, describe
from kotodesk.signing.pki import store as pki_store
from kotodesk.signing.pki.unit_claim import units_of

REVOKED = "revoked"  # Verification.problem: the certificate is on a revocation list


def _asn1(certificate: x509.Certificate):
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(certificate_der(certificate))


class ChainTrust:
    """The trust anchors and revocations of a data folder, applied to certificates.
    Results are kept per certificate and signing time for the life of the object."""

    def __init__(self, workspace, anchors: list[pki_store.Anchor], revocations: bool) -> None:
        self.workspace = workspace
        self.anchors = anchors
        self.revocations = revocations
        self._paths: dict[tuple[str, str], tuple[pki_store.Anchor | None, str]] = {}
        self._stale: dict[str, str] = {}
        self._compromised: dict[bytes, pki_store.Revocation] | None = None

    def revocation(self, certificate: x509.Certificate) -> str:
        """Why the certificate no longer counts, when a revocation list names it (or
        names another certificate for its key as compromised)."""
        if not self.revocations:
            return ""
        if self._compromised is None:
            self._compromised = compromised_keys(self.workspace.store)
        return revocation_problem(self.workspace.store, certificate, self._compromised)

    def stale_note(self, certificate: x509.Certificate) -> str:
        """That the revocation list kept for the certificate's issuer is past its next
        update ("" when it is current, when none is kept, or when this folder runs that
        CA: its own register of revocations is current whatever the list's date)."""
        issuer = pki_store.issuer_key(certificate.issuer)
        if issuer not in self._stale:
            self._stale[issuer] = self._stale_note(certificate)
        return self._stale[issuer]

    def _stale_note(self, certificate: x509.Certificate) -> str:
        from kotodesk.signing.pki.ca import has_ca, root_certificate

        kept = pki_store.revocation_list(self.workspace.store,
                                         pki_store.issuer_key(certificate.issuer))
        if kept is None or not kept.stale():
            return ""
        home = self.workspace.home
        if has_ca(home) and root_certificate(home).subject == certificate.issuer:
            return ""
        return message("crl-stale", issuer=kept.issuer_name,
                       due=shown_time(datetime.fromisoformat(kept.next_update)))

    def validate(self, certificate: x509.Certificate, moment: datetime | None
                 ) -> tuple[pki_store.Anchor | None, str]:
        """(the anchor, "") when the certificate chains to one at `moment`; (None, "")
        when it leads to none; (None, why) when a chain exists but does not hold."""
        key = (describe(certificate).fingerprint, moment.isoformat() if moment else "")
        if key not in self._paths:
            self._paths[key] = self._validate(certificate, moment) if self.anchors \
                else (None, "")
        return self._paths[key]

    def _validate(self, certificate: x509.Certificate, moment: datetime | None
                  ) -> tuple[pki_store.Anchor | None, str]:
        from pyhanko_certvalidator import CertificateValidator, ValidationContext
        from pyhanko_certvalidator.errors import PathBuildingError, ValidationError

        if certificate.issuer == certificate.subject:  # self-signed: trusted by name or not
            return None, ""
        context = ValidationContext(
            trust_roots=[_asn1(a.certificate) for a in self.anchors],
            moment=moment or datetime.now(UTC), allow_fetching=False,
            revocation_mode="soft-fail", fetcher_backend=None)
        validator = CertificateValidator(_asn1(certificate), validation_context=context)
        try:
            path = asyncio.run(validator.async_validate_path())
        except PathBuildingError:
            return None, ""
        except (ValidationError, ValueError) as exc:
            return None, message("chain-does-not-hold", detail=str(exc))
        first = certificate_der_of(path.first)
        anchor = next((a for a in self.anchors if certificate_der(a.certificate) == first),
                      self.anchors[0])
        return anchor, ""

    def judge(self, trust, certificate: x509.Certificate, moment: datetime | None
              ) -> tuple[str, str]:
        """For `verify.judge`: ("revoked" or "certificate", why) when the certificate
        cannot count; ("", "") otherwise, having added to `trust` a signer for the units
        it states when it chains to an anchor (one not reaching any stays unknown)."""
        from kotodesk.signing.verdict import CERTIFICATE

        problem = self.revocation(certificate)
        if problem:
            return REVOKED, problem
        fingerprint = describe(certificate).fingerprint
        if fingerprint in trust:
            return "", ""
        anchor, problem = self.validate(certificate, moment)
        if problem:
            return CERTIFICATE, problem
        if anchor is not None:
            trust.admit(self.signer(certificate, anchor))
        return "", ""

    def signer(self, certificate: x509.Certificate, anchor: pki_store.Anchor):
        from kotodesk.signing.trust_list import UNIT_CONTACT, Signer, reach

        register = self.workspace.register
        units = units_of(certificate, register)
        return Signer(describe(certificate).fingerprint, describe(certificate).name,
                      UNIT_CONTACT, units, reach(register, units), True, via=anchor.name)

    def recorded_status(self, trust, file) -> str:
        """For `trusting.status_of`: a received file's status under the anchors and
        revocations, or "" to let the trust list decide."""
        from kotodesk.signing.checks import signing_time
        from kotodesk.signing.verdict import NOT_AUTHORISED
        from kotodesk.storage import inbox

        certificate = _certificate(inbox.payload(self.workspace.store, file.id))
        if certificate is None:
            return ""
        code, _why = self.judge(trust, certificate, signing_time(file.signed_at))
        return NOT_AUTHORISED if code else ""


def revocation_problem(store, certificate: x509.Certificate,
                       compromised: dict[bytes, pki_store.Revocation] | None = None) -> str:
    """Why the certificate no longer counts, when a revocation list kept here names it,
    or names another certificate for the same key as compromised (`compromised_keys`)."""
    found = pki_store.revoked(store, certificate)
    if found is None:
        keys = compromised_keys(store) if compromised is None else compromised
        same = keys.get(pki_store.key_id(certificate.public_key()))
        if same is None:
            return ""
        return message("certificate-key-compromised", serial=same.serial,
                       date=same.revoked_at[:10])
    if found.reason:
        return message("certificate-revoked-because", serial=found.serial,
                       date=found.revoked_at[:10], reason=found.reason)
    return message("certificate-revoked", serial=found.serial, date=found.revoked_at[:10])


def compromised_keys(store) -> dict[bytes, pki_store.Revocation]:
    """The keys this folder knows to be compromised, each with a revocation that says so:
    a certificate revoked as key_compromise, by this folder's own CA (its register holds
    the certificate) or on a list kept here for a certificate trusted here by name. Any
    other certificate for such a key (the person's self-signed one, trusted one by one
    before the CA certified them; another CA's) is as good as revoked: whoever took the
    key signs with whichever certificate still counts."""
    found: dict[bytes, pki_store.Revocation] = {}
    if store.table_exists("ca_issued"):
        for issued in pki_store.all_issued(store):
            if issued.reason == "key_compromise":
                found[pki_store.key_id(issued.certificate.public_key())] = pki_store.Revocation(
                    issued.serial, issued.revoked_at, issued.reason)
    if pki_store.any_revocation(store):
        from kotodesk.storage import trust

        for signer in trust.all_signers(store):
            revoked = pki_store.revoked(store, signer.certificate)
            if revoked is not None and revoked.reason == "key_compromise":
                found[pki_store.key_id(signer.certificate.public_key())] = revoked
    return found


def intake_problem(workspace, certificate: x509.Certificate) -> str:
    """Why a certificate cannot be taken in here (trusted one by one, installed as the
    folder's own), said when it arrives rather than only where it is used: a revocation
    list kept here names it, or it names a trust anchor here as its issuer and the chain
    to that anchor does not hold (a changed certificate, or one the anchor's key did not
    sign). Checked at a moment the certificate was valid, so that an expired one may
    still be trusted for the files it signed in its time. "" when nothing is wrong; a
    certificate of an issuer not trusted here is for the trust list to decide."""
    store = workspace.store
    if not store.table_exists("trust_anchor"):
        return ""
    problem = revocation_problem(store, certificate)
    if problem or certificate.issuer == certificate.subject:
        return problem
    anchors = [a for a in pki_store.anchors(store) if a.certificate.subject == certificate.issuer]
    if not anchors:
        return ""
    moment = min(datetime.now(UTC), certificate.not_valid_after_utc)
    anchor, problem = ChainTrust(workspace, anchors, False).validate(certificate, moment)
    if problem:
        return problem
    if anchor is None:
        return message("certificate-not-by-anchor", issuer=anchors[0].name)
    return ""


def certificate_der_of(value) -> bytes:
    """The DER of a certvalidator path's first element (a certificate or an anchor)."""
    dump = getattr(value, "dump", None)
    return dump() if dump else b""


def _certificate(payload) -> x509.Certificate | None:
    try:
        der = base64.b64decode(payload["signer"]["certificate"], validate=True)
        return x509.load_der_x509_certificate(der)
    except (KeyError, TypeError, ValueError, binascii.Error):
        return None


def chain_trust(workspace) -> ChainTrust | None:
    """The folder's anchors and revocations; None when it has neither (nothing to do)."""
    store = workspace.store
    if not store.table_exists("trust_anchor"):
        return None
    anchors = pki_store.anchors(store)
    revocations = pki_store.any_revocation(store)
    return ChainTrust(workspace, anchors, revocations) if anchors or revocations else None
