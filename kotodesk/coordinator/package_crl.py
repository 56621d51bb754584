"""The programme CA's revocation list, and the certificates it issued, travel in the
round package.

The coordinator's package carries the current CRL of the CA its data folder runs (signed
by the CA, and inside the package's own signed content). A data folder that takes the
package in, and trusts that CA as an anchor, takes the list in as `trust import-crl`
would; one that does not trust the CA ignores it (the package itself is still taken in).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from typing import Any

from kotodesk.domain.errors import InputError
from kotodesk.signing.keys import certificate_pem

PART = "revocation_lists"  # the package payload's key: base64 DER CRLs
CERTIFICATES = "issued_certificates"  # {"root": PEM, "issued": [PEM, ...]}
INSTALLED = "installed the certificate the programme CA issued for your key"  # a note's start


def package_part(workspace) -> dict[str, Any]:
    """What the round package carries for kotodesk.signing.pki ({} when this folder runs no CA):
    the CA's revocation list, and the certificates it issued that are still valid with
    its root, so that a unit whose certificate was issued since installs it on taking the
    package in (certificates are public: every signed return carries its own)."""
    from kotodesk.signing.pki import store as pki_store
    from kotodesk.signing.pki.ca import current_crl, has_ca, root_certificate

    crl = current_crl(workspace.home)
    part: dict[str, Any] = {PART: [base64.b64encode(crl).decode("ascii")]} if crl else {}
    if has_ca(workspace.home):
        now = dt.datetime.now(dt.UTC)
        issued = [i.certificate for i in pki_store.all_issued(workspace.store)
                  if not i.revoked_at and i.certificate.not_valid_after_utc > now]
        if issued:
            part[CERTIFICATES] = {
                "root": certificate_pem(root_certificate(workspace.home)).decode("ascii"),
                "issued": [certificate_pem(c).decode("ascii") for c in issued]}
    return part


def take_certificate(workspace, payload: dict[str, Any], source) -> list[str]:
    """Install the certificate the package carries for this folder's key, when it is
    newer than the one installed; what happened, for the person."""
    from cryptography import x509

    from kotodesk.signing.keys import has_identity, own_certificate
    from kotodesk.signing.pki.installed import _spki, install_found

    part = payload.get(CERTIFICATES) or {}
    if not part or not has_identity(workspace.home):
        return []
    own = own_certificate(workspace.home)
    try:
        root = x509.load_pem_x509_certificate(str(part["root"]).encode("ascii"))
        issued = [x509.load_pem_x509_certificate(str(p).encode("ascii"))
                  for p in part.get("issued") or []]
    except (KeyError, ValueError, TypeError) as exc:
        return [f"certificates in the package not read: {exc}"]
    # For this key, and newer than one the same CA issued before (a self-signed
    # certificate, or another CA's, is replaced by the programme's).
    mine = [c for c in issued if _spki(c) == _spki(own) and c != own
            and (own.issuer != root.subject
                 or c.not_valid_before_utc > own.not_valid_before_utc)]
    if not mine:
        return []
    newest = max(mine, key=lambda c: c.not_valid_before_utc)
    try:
        installed, _chain = install_found(workspace.home, [newest, root], source,
                                            workspace.store)
    except InputError as exc:
        return [f"certificate for your key not installed: {exc.problem}"]
    from kotodesk.storage import trust

    trust.add(workspace.store, installed, how="own")
    return [f"{INSTALLED} (serial {installed.serial_number:X}); your signatures carry it "
            "from now on"]


def take_package_part(workspace, payload: dict[str, Any], source) -> list[str]:
    """Install the certificate issued for this folder's key, if the package carries one,
    and take in the package's revocation lists that an anchor here signed; what
    happened, one line each, for the person."""
    from kotodesk.coordinator.anchors import import_crl

    notes: list[str] = []
    for text in payload.get(PART) or []:  # first: a certificate revoked is not installed
        try:
            done = import_crl(workspace, base64.b64decode(text, validate=True), source)
        except (InputError, binascii.Error, ValueError, TypeError) as exc:
            notes.append(f"revocation list not taken in: {getattr(exc, 'problem', exc)}")
            continue
        if done.taken:
            notes.append(f"revocation list {done.number} of {done.issuer} taken in "
                         f"({done.revoked} revoked)")
        if done.stale:
            notes.append(done.stale)
            notes += [f"no longer counts: {f.file_name}" for f in done.rejudged.held]
    return take_certificate(workspace, payload, source) + notes
