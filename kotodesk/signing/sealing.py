"""Sealing a payload: the canonical bytes, a detached signature, and opening it again.

The sealed form travels inside files (an .xlsx custom XML part and hidden sheet, a PDF
attachment) as base64 text, so no XML or spreadsheet round trip can change a byte of it.
The signer's certificate is part of the signed payload, so it cannot be swapped.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, BinaryIO

from cryptography import x509

from kotodesk.domain.messages import message, of_error
from kotodesk.signing.keys import Identity, certificate_der, describe, verify_signature

SEALED_FORMAT = "kotodesk-sealed/1"
ALGORITHM = "sha256"


def canonical(payload: dict[str, Any]) -> bytes:
    """The exact bytes that are signed: sorted keys, no spaces, UTF-8."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def _canonical_pieces(value: Any, depth: int) -> Iterator[bytes]:
    """canonical(value) in pieces, split `depth` levels of objects and lists deep: the
    same bytes (json's sort_keys orders an object's items by key), without a whole
    large payload's text, its list of chunks and its bytes in memory at once."""
    if depth and isinstance(value, dict) and all(isinstance(k, str) for k in value):
        yield b"{"
        for index, key in enumerate(sorted(value)):
            yield (b"," if index else b"") + canonical(key) + b":"
            yield from _canonical_pieces(value[key], depth - 1)
        yield b"}"
    elif depth and isinstance(value, list):
        yield b"["
        for index, item in enumerate(value):
            if index:
                yield b","
            yield from _canonical_pieces(item, depth - 1)
        yield b"]"
    else:
        yield canonical(value)


class SealError(ValueError):
    """The sealed text cannot be read at all (not base64, not JSON, parts missing)."""


def signer_part(identity: Identity | x509.Certificate) -> dict[str, str]:
    """Who signs, as the payload names them (only the certificate is needed)."""
    certificate = identity if isinstance(identity, x509.Certificate) else identity.certificate
    info = describe(certificate)
    return {"name": info.name, "email": info.email, "unit": info.unit,
            "organisation": info.organisation, "fingerprint": info.fingerprint,
            "certificate": base64.b64encode(certificate_der(certificate)).decode()}


def check_signer(payload: dict[str, Any], identity: Identity) -> None:
    """The key unlocked to seal `payload` must be the one its signer part names."""
    from kotodesk.domain.errors import UsageError

    if payload["signer"]["fingerprint"] != identity.info.fingerprint:
        raise UsageError("the key that was unlocked is not the one the file names")


def now_iso() -> str:
    """The signing time in this computer's local time with its offset
    ("2026-11-25T16:32:00.000+02:00"): what the .xlsx and the PDF both state."""
    return datetime.now(UTC).astimezone().isoformat(timespec="milliseconds")


def seal(payload: dict[str, Any], identity: Identity) -> str:
    """The payload and its signature as one base64 text."""
    with sealed_file(payload, identity) as (sealed, _digest):
        return str(sealed)


class SealedText:
    """A sealed text kept in a temporary file, read as the text would be: its length,
    a slice of it (str), all of it (str()), and its SHA-256 (hex, of its ASCII bytes).
    A merged report's seal is tens of MB; its writers take it a piece at a time."""

    def __init__(self, handle: BinaryIO, length: int, sha256: str) -> None:
        self._handle, self._length, self.sha256 = handle, length, sha256

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: slice) -> str:
        start, stop, step = index.indices(self._length)
        if step != 1:
            raise ValueError("a sealed text is read in plain slices")
        self._handle.seek(start)
        return self._handle.read(max(0, stop - start)).decode("ascii")

    def __str__(self) -> str:
        return self[:]


_PIECE = 3 << 18  # bytes base64-encoded at a time: a multiple of 3, so no padding between


def _spool() -> tempfile.SpooledTemporaryFile:
    """A buffer that stays in memory up to 1 MiB and goes to a temporary file beyond:
    a return's seal (every export, every file taken in) is made without touching the disk,
    a merged report's (tens of MB) without holding it in memory."""
    return tempfile.SpooledTemporaryFile(max_size=1 << 20)


def _base64_pieces(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """base64 of the pieces joined, a piece at a time."""
    rest = b""
    for piece in pieces:
        rest += piece
        cut = len(rest) - len(rest) % 3
        if cut:
            yield base64.b64encode(rest[:cut])
            rest = rest[cut:]
    yield base64.b64encode(rest)


@contextlib.contextmanager
def sealed_file(payload: dict[str, Any], identity: Identity
                ) -> Iterator[tuple[SealedText, str]]:
    """`seal(payload)` as a SealedText, and the SHA-256 (hex) of the payload's canonical
    bytes, which the workbook's fingerprint names; both files go when the block ends.

    The sealed text is base64(canonical({"format", "algorithm", "payload", "signature"}))
    with the payload and signature base64 too; it is made a piece at a time through two
    temporary files (the canonical bytes, then the text), so that a merged report's
    payload is never held as bytes or text beside the payload itself."""
    with _spool() as data, _spool() as out:
        digest = hashlib.sha256()
        for piece in _canonical_pieces(payload, 4):  # down to a measure of a theme
            digest.update(piece)
            data.write(piece)
        data.seek(0)
        signature = base64.b64encode(identity.sign_file(data))
        fields = {"algorithm": ALGORITHM, "format": SEALED_FORMAT, "payload": "",
                  "signature": ""}
        head, middle, tail = canonical(fields).split(b'""')  # sorted: payload, signature

        def envelope() -> Iterator[bytes]:
            yield head + b'"'
            data.seek(0)
            while chunk := data.read(_PIECE):
                yield base64.b64encode(chunk)
            yield b"".join((b'"', middle, b'"', signature, b'"', tail))

        text_digest = hashlib.sha256()
        length = 0
        for piece in _base64_pieces(envelope()):
            text_digest.update(piece)
            out.write(piece)
            length += len(piece)
        out.flush()
        yield SealedText(out, length, text_digest.hexdigest()), digest.hexdigest()


@dataclass(frozen=True)
class Opened:
    payload: dict[str, Any]
    certificate: x509.Certificate | None
    signature_valid: bool  # the signature matches the payload and its certificate
    # The signed bytes: the payload's canonical JSON when `signature_valid` (the check
    # compares them with canonical(payload)), so a caller that stores the payload as JSON
    # need not write it out again.
    signed: bytes = field(default=b"", repr=False)

    @property
    def fingerprint(self) -> str:
        return describe(self.certificate).fingerprint if self.certificate else ""


def open_sealed(text: str) -> Opened:
    """Read a sealed text; SealError when it is not one, `signature_valid` False when
    it was changed after sealing."""
    try:
        envelope = json.loads(base64.b64decode("".join(text.split()), validate=True))
        data = base64.b64decode(envelope["payload"], validate=True)
        signature = base64.b64decode(envelope["signature"], validate=True)
        if envelope.get("format") != SEALED_FORMAT:
            raise SealError(message("seal-unknown-format", format=repr(envelope.get("format"))))
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise SealError(message("seal-damaged", detail=of_error(exc))) from None
    try:
        payload = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return Opened({}, None, False)
    certificate = _certificate(payload)
    valid = certificate is not None and verify_signature(certificate, data, signature) \
        and canonical(payload) == data
    return Opened(payload, certificate, valid, data if valid else b"")


def _certificate(payload: Any) -> x509.Certificate | None:
    try:
        der = base64.b64decode(payload["signer"]["certificate"], validate=True)
        return x509.load_der_x509_certificate(der)
    except (KeyError, TypeError, ValueError, binascii.Error):
        return None
