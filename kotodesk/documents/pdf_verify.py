"""Is a signed PDF still what was signed? kotodesk's answer for a PDF.

Verification does not take pyHanko's bottom line alone: that accepts bytes appended after
the signature and incremental updates that its difference policy allows. A kotodesk PDF
counts as valid only when the signature is intact, its cryptography holds, it covers the
entire file byte for byte (the unsigned gap holding nothing but the signature), the
embedded sealed text is intact and sealed by the same certificate as the PDF, and the
pages' visible text is what the sealed content renders to (pdf_visible).

pyHanko costs about half a second to import, so it is imported inside the functions only.
"""

from __future__ import annotations

import io
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography import x509

from kotodesk.domain.messages import Message, message, of_error
from kotodesk.domain.text import grouped
from kotodesk.signing.keys import certificate_der, describe, fingerprint
from kotodesk.signing.pades import SEALED_NAME, asn1_certificate, quiet_pyhanko
from kotodesk.signing.sealing import Opened, SealError, open_sealed
from kotodesk.signing.verdict import (  # the statuses `kotodesk verify` prints (PRODUCT.md)
    MODIFIED,
    NOT_KOTODESK,
    UNKNOWN_SIGNER,
    UNREADABLE,
    UNSIGNED,
    VALID,
    Verification,
    described,
)

MAX_PDF_BYTES = 200 * 2**20  # far above any return; refuses a giant before parsing it
MAX_SEALED_BYTES = 32 * 2**20
_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+"
                         rb"(\d{1,12})\s*\]")


@dataclass(frozen=True)
class PdfVerification:
    """What verification found out about one PDF."""

    status: str  # one of kotodesk.signing.verdict.STATUSES
    message: str  # one sentence for a person
    intact: bool = False  # the signed bytes hash to the digest inside the signature
    valid: bool = False  # the signature's cryptography holds for the signer's key
    trusted: bool = False  # the signer's certificate leads to a trusted one
    covers_entire_file: bool = False
    modified_after_signing: bool = False
    signer: x509.Certificate | None = None
    signed_at: datetime | None = None  # as the signer's computer said
    sealed: str | None = None  # the embedded sealed text, when there is one
    opened: Opened | None = field(default=None, repr=False)  # the sealed text, opened

    @property
    def fingerprint(self) -> str:
        return describe(self.signer).fingerprint if self.signer else ""

    @property
    def payload(self) -> dict[str, Any]:
        return self.opened.payload if self.opened else {}


def _to_pyca(certificate) -> x509.Certificate | None:
    try:
        return x509.load_der_x509_certificate(certificate.dump())
    except (ValueError, AttributeError):
        return None


def _deref(value):
    return value.get_object() if hasattr(value, "get_object") else value


def _embedded_file(reader, name: str) -> bytes | None:
    """The bytes of the embedded file called `name`, from the document's name tree."""
    try:
        tree = _deref(_deref(reader.root["/Names"])["/EmbeddedFiles"])
    except (KeyError, TypeError):
        return None
    pending, seen = [(tree, 0)], 0
    while pending:
        node, depth = pending.pop()
        seen += 1
        if depth > 16 or seen > 10_000:
            raise ValueError(message("pdf-embedded-too-deep"))
        names = [_deref(item) for item in _deref(node.get("/Names", ()))]
        for key, spec in zip(names[0::2], names[1::2], strict=False):
            if str(key) == name:
                stream = _deref(_deref(spec["/EF"])["/F"])
                length = _deref(stream.get("/Length", 0))
                if isinstance(length, int) and length > MAX_SEALED_BYTES:
                    raise ValueError(message("pdf-embedded-too-large"))
                return stream.data
        for kid in _deref(node.get("/Kids", ())):
            pending.append((_deref(kid), depth + 1))
    return None


def _gap_is_signature_only(data: bytes, byte_range: Sequence[int], contents: bytes) -> bool:
    """Whether the bytes the signature leaves out are `<hex of the CMS + zero padding>`
    and nothing else: a character changed there would not break the signature."""
    from asn1crypto import parser

    start, end = byte_range[0] + byte_range[1], byte_range[2]
    gap = data[start:end]
    if gap != b"<" + contents.hex().encode("ascii") + b">" and \
            gap != b"<" + contents.hex().upper().encode("ascii") + b">":
        return False
    try:
        _, _, _, header, body, trailer = parser.parse(contents, strict=False)
    except ValueError:
        return False
    der_length = len(header) + len(body) + len(trailer)
    return not contents[der_length:].strip(b"\x00")


def _verdict(result: dict[str, Any], status: str, said: str) -> PdfVerification:
    return PdfVerification(status=status, message=said, **result)


@dataclass(frozen=True)
class _Trust:
    certificates: tuple[x509.Certificate, ...]
    fingerprints: frozenset[str]

    def roots(self, signature) -> list:
        """pyHanko's trust roots: the trusted certificates, and those the signature
        carries (the signer's own, its CA) whose fingerprint is on the trust list."""
        carried = [signature.signer_cert, *signature.other_embedded_certs]
        by_fingerprint = [c for c in carried
                          if (pyca := _to_pyca(c)) and fingerprint(pyca) in self.fingerprints]
        return [*(asn1_certificate(c) for c in self.certificates), *by_fingerprint]

    def knows(self, certificate: x509.Certificate) -> bool:
        return fingerprint(certificate) in self.fingerprints or any(
            certificate_der(c) == certificate_der(certificate) for c in self.certificates)


def verify_pdf(data: bytes, trusted: Sequence[x509.Certificate] = (), *,
               fingerprints: Collection[str] = ()) -> PdfVerification:
    """Check a PDF that claims to be a signed kotodesk file; never raises for bad input.

    The trust list is given as certificates (`trusted`: a signer's own self-signed one,
    or the CA of an organisation's certificates) and/or as SHA-256 `fingerprints`
    ("AB:CD:…") of the signer's or its CA's certificate, as kotodesk's trust list keeps
    them.
    """
    trust = _Trust(tuple(trusted), frozenset(fingerprints))
    if b"%PDF-" not in data[:1024]:
        return PdfVerification(UNREADABLE, message("pdf-no-header"))
    if len(data) > MAX_PDF_BYTES:
        return PdfVerification(UNREADABLE, message("pdf-too-large", size=grouped(len(data))))
    try:
        with quiet_pyhanko():
            return _verify(data, trust)
    except Exception as exc:  # a hostile or damaged PDF may break the parser anywhere
        said = of_error(exc)  # kotodesk's own words stay a message (translated)
        if not isinstance(said, Message):
            detail = said.strip().splitlines()[0][:200] if said.strip() else ""
            said = f"{type(exc).__name__}{': ' + detail if detail else ''}"
        unreadable = PdfVerification(UNREADABLE, message("pdf-damaged", detail=said))
    return _appended_to_signed(data, trust) or unreadable


def _appended_to_signed(data: bytes, trust: _Trust) -> PdfVerification | None:
    """When what follows a signature breaks the parser (a stray "%%EOF"), the signed part
    may still be whole: then the file was modified, not unreadable."""
    ends = [int(m.group(3)) + int(m.group(4)) for m in _BYTE_RANGE.finditer(data)]
    end = max(ends, default=0)
    if not 0 < end < len(data):
        return None
    try:
        with quiet_pyhanko():
            signed = _verify(data[:end], trust)
    except Exception:  # the signed part is damaged too: unreadable it stays
        return None
    if signed.status not in (VALID, UNKNOWN_SIGNER):
        return None
    return replace(signed, status=MODIFIED, covers_entire_file=False,
                   modified_after_signing=True,
                   message=message("pdf-bytes-appended"))


def _check_signature(reader, signature, data: bytes, trust: _Trust
                     ) -> tuple[dict[str, Any], Any, bool]:
    """pyHanko's findings on one signature, kotodesk's stricter coverage, and whether a
    revision follows the signed one."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=trust.roots(signature), allow_fetching=False)
    status = validate_pdf_signature(signature, context, skip_diff=True)
    byte_range = [int(n) for n in signature.byte_range]
    covers = (status.coverage == SignatureCoverageLevel.ENTIRE_FILE
              and byte_range[0] == 0 and byte_range[2] + byte_range[3] == len(data)
              and _gap_is_signature_only(data, byte_range, signature.pkcs7_content))
    later = signature.signed_revision < reader.xrefs.total_revisions - 1
    facts = dict(intact=bool(status.intact), valid=bool(status.valid),
                 trusted=bool(status.trusted), covers_entire_file=covers,
                 modified_after_signing=later or not covers,
                 signer=_to_pyca(signature.signer_cert),
                 signed_at=signature.self_reported_timestamp)
    return facts, status, later


def _decode_limits():
    """pyHanko's limits for untrusted input, tightened: a return is a few hundred KB, so
    no stream needs to unpack to more than 64 MiB, nor a document to more than 256 MiB."""
    from pyhanko.pdf_utils.decode_limits import (
        DecodeLimits,
        DocumentDecodeBudget,
        StreamDecodeLimits,
    )

    return DecodeLimits(per_stream=StreamDecodeLimits(max_output_size=64 * 2**20),
                        document_budget=DocumentDecodeBudget(base_allowance=256 * 2**20,
                                                             max_ratio=50))


def _verify(data: bytes, trust: _Trust) -> PdfVerification:
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(data), strict=False, decode_limits=_decode_limits())
    try:
        sealed_bytes, sealed_error = _embedded_file(reader, SEALED_NAME), None
    except Exception as exc:  # the attachment's stream is damaged
        sealed_bytes, sealed_error = None, exc
    if sealed_bytes is None and sealed_error is None:
        return PdfVerification(NOT_KOTODESK, message("pdf-not-kotodesk"))
    try:
        signatures = reader.embedded_signatures
    except Exception:  # a signature whose CMS cannot be parsed
        if _BYTE_RANGE.search(data):
            return PdfVerification(MODIFIED, message("pdf-signature-damaged"))
        raise
    result: dict[str, Any] = {}
    status, later = None, False
    if signatures:
        facts, status, later = _check_signature(reader, signatures[-1], data, trust)
        result.update(facts)
    if sealed_error is not None:
        if status is not None and not status.intact:
            return _verdict(result, MODIFIED, _CHANGED)
        raise sealed_error
    assert sealed_bytes is not None
    sealed = sealed_bytes.decode("ascii", errors="replace")
    result["sealed"] = sealed
    try:
        opened = open_sealed(sealed)
    except SealError as exc:
        return _verdict(result, MODIFIED, of_error(exc))
    result["opened"] = opened
    if status is None:
        return _verdict(result, UNSIGNED, message("pdf-unsigned"))
    verdict = _judge(result, status, opened, len(signatures), later, trust)
    if verdict.status in (VALID, UNKNOWN_SIGNER) and verdict.signer is not None:
        from kotodesk.documents.pdf_visible import difference, drawn_otherwise

        different = difference(data, opened.payload, fingerprint(verdict.signer))
        if different:
            # Not what this kotodesk draws: another version's drawing when the payload says
            # so; this one's, changed, when it names this drawing; either when it names none.
            said = drawn_otherwise(opened.payload) or message(
                "pdf-not-as-sealed" if "pages" not in opened.payload else "pdf-not-as-drawn",
                difference=different)
            return replace(verdict, status=MODIFIED, message=said)
    return verdict


_CHANGED = message("pdf-changed")


def _judge(result: dict[str, Any], status, opened: Opened, signatures: int, later: bool,
           trust: _Trust) -> PdfVerification:
    """Valid only when everything holds; otherwise the first thing that does not."""
    signer = result["signer"]
    if signatures > 1:
        return _verdict(result, MODIFIED, message("pdf-signed-again"))
    if not (status.intact and status.valid):
        return _verdict(result, MODIFIED, _CHANGED)
    if later:
        return _verdict(result, MODIFIED, message("pdf-revision-added"))
    if not result["covers_entire_file"]:
        return _verdict(result, MODIFIED, message("pdf-bytes-outside"))
    if not opened.signature_valid:
        return _verdict(result, MODIFIED, message("pdf-seal-mismatch"))
    if signer is None or opened.certificate is None or \
            certificate_der(opened.certificate) != certificate_der(signer):
        return _verdict(result, MODIFIED, message("pdf-other-key"))
    name = describe(signer).name
    if status.bottom_line and status.trusted:
        return _verdict(result, VALID, message("pdf-valid", signer=name))
    known = trust.knows(signer)
    return _verdict(result, UNKNOWN_SIGNER, message(
        "pdf-intact-known" if known else "pdf-intact-unknown", signer=name,
        fingerprint=describe(signer).fingerprint))


def verify_pdf_file(path: Path, trusted: Collection[str], data: bytes | None = None
                    ) -> Verification:
    """`kotodesk verify`'s answer for a PDF; `trusted` holds the fingerprints of the
    trust list. The signer named is the PDF signature's (whose certificate the sealed
    content must carry too), so "trust this signer" adds the right certificate."""
    path = Path(path)
    if data is None:
        from kotodesk.domain.errors import InputError
        from kotodesk.xlsx.safe import read_regular

        try:
            data = read_regular(path, MAX_PDF_BYTES)
        except InputError as exc:
            return Verification(path, UNREADABLE, exc.problem)
    found = verify_pdf(data, fingerprints=trusted)
    result = Verification(path, found.status, found.message, fingerprint=found.fingerprint)
    if found.payload:
        described(result, found.payload)
    result.certificate = found.signer
    return result
