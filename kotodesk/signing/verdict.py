"""The verdict on a file: the statuses `kotodesk verify` prints (PRODUCT.md), why a genuine
file may still not count, and the Verification every checker (PDF, workbook, the inbox)
answers with. Plain data, so signing and the documents' checks share it without importing
each other."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VALID = "valid"
UNKNOWN_SIGNER = "unknown-signer"
MODIFIED = "modified"
UNSIGNED = "unsigned"
NOT_KOTODESK = "not-kotodesk"
UNREADABLE = "unreadable"
# The signature holds, but the file cannot count: the signer may not speak for its unit
# (or is no coordinator), the certificate may not sign, or the signing time is impossible.
NOT_AUTHORISED = "not-authorised"
STATUSES = (VALID, UNKNOWN_SIGNER, NOT_AUTHORISED, MODIFIED, UNSIGNED, NOT_KOTODESK,
            UNREADABLE)
GENUINE = (VALID, UNKNOWN_SIGNER)  # signature intact; the signer may still be unknown
# Why a genuine file is not valid (Verification.problem):
UNKNOWN = "unknown"  # the signer is not on the trust list
UNIT = "unit"  # the signer may not speak for the return's unit
ROLE = "role"  # the file needs a coordinator's signature
CERTIFICATE = "certificate"  # the certificate may not sign (CA, key usage, not valid then)
TIME = "time"  # the signing time does not parse, or lies in the future


@dataclass
class Verification:
    file: Path
    status: str
    message: str = ""
    signer: str = ""
    email: str = ""
    unit: str = ""
    round: str = ""
    programme: str = ""
    fingerprint: str = ""
    signed_at: str = ""
    kind: str = ""  # the payload's format, e.g. "kotodesk-return/1"
    # Modified, but only in appearance: the sealed content is genuine and every visible
    # value matches it (a file saved again by a spreadsheet program, or an old format).
    values_intact: bool = False
    payload: dict[str, Any] | None = field(default=None, repr=False)
    certificate: Any = field(default=None, repr=False)
    problem: str = ""  # why a genuine file is not valid: UNKNOWN, UNIT, ROLE, ...
    warnings: list[str] = field(default_factory=list)  # e.g. a name the payload claims
    sha256: str = ""  # of the bytes this result judged ("" when none could be read)
    # Those bytes, kept when asked (verify_file(keep_bytes=True)) so that intake records
    # exactly what was verified without reading the file again.
    data: bytes | None = field(default=None, repr=False)
    # An .xlsx's own "modified" time (docProps/core.xml), read from the part verification
    # unpacked anyway, for ordering unsigned returns; None when it was not looked at.
    file_time: str | None = field(default=None, repr=False)
    # An .xlsx's payload as its seal holds it, the canonical JSON that was signed (only
    # when the signature holds): intake stores it as it is, not written out again.
    payload_json: bytes | None = field(default=None, repr=False)
    # Whether `verify.judge` has decided whether the intact file counts (it is examined
    # on a worker thread and judged where the database is: see verify.examine).
    judged: bool = field(default=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"file": str(self.file), "status": self.status, "message": self.message,
                "signer": self.signer, "email": self.email, "unit": self.unit,
                "round": self.round, "programme": self.programme,
                "fingerprint": self.fingerprint, "signed_at": self.signed_at,
                "kind": self.kind, "values_intact": self.values_intact,
                "problem": self.problem, "warnings": self.warnings}


def described(result: Verification, payload: dict[str, Any]) -> Verification:
    """What the signed content says about itself. The signer's name and e-mail are only
    claims here: `judge` replaces them with the certificate's."""
    signer = payload.get("signer") or {}
    result.signer = signer.get("name", "") if isinstance(signer, dict) else ""
    result.email = signer.get("email", "") if isinstance(signer, dict) else ""
    result.unit = (payload.get("unit") or {}).get("name", "")
    result.round = (payload.get("round") or {}).get("period", "")
    result.programme = (payload.get("programme") or {}).get("name", "")
    result.signed_at = payload.get("signed_at", "")
    result.kind = payload.get("format", "")
    result.payload = payload
    return result
