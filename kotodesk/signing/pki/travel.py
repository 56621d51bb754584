"""The programme CA's revocation list travels in the round package.

The coordinator's package carries the current CRL of the CA its data folder runs (signed
by the CA, and inside the package's own signed content). A data folder that takes the
package in, and trusts that CA as an anchor, takes the list in as `trust import-crl`
would; one that does not trust the CA ignores it (the package itself is still taken in).
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from kotodesk.domain.errors import InputError

PART = "revocation_lists"  # the package payload's key: base64 DER CRLs


def package_part(workspace) -> dict[str, Any]:
    """What the round package carries for kotodesk.signing.pki ({} when this folder runs no CA)."""
    from kotodesk.signing.pki.ca import current_crl

    crl = current_crl(workspace.home)
    return {PART: [base64.b64encode(crl).decode("ascii")]} if crl else {}


def take_package_part(workspace, payload: dict[str, Any], source) -> list[str]:
    """Take in the package's revocation lists that an anchor here signed; what happened,
    one line each, for the person."""
    from kotodesk.signing.pki.anchors import import_crl

    notes = []
    for text in payload.get(PART) or []:
        try:
            done = import_crl(workspace, base64.b64decode(text, validate=True), source)
        except (InputError, binascii.Error, ValueError, TypeError) as exc:
            notes.append(f"revocation list not taken in: {getattr(exc, 'problem', exc)}")
            continue
        if done.taken:
            notes.append(f"revocation list {done.number} of {done.issuer} taken in "
                         f"({done.revoked} revoked)")
            notes += [f"no longer counts: {f.file_name}" for f in done.rejudged.held]
    return notes
