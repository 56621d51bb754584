"""PAdES signatures on kotodesk's PDFs.

Signing adds, in one incremental update, the sealed text as an embedded file and a PAdES
B-B signature (pyHanko) with its widget over the visible signature box. No timestamp
server and no revocation fetching: the application never opens a network connection.
Telling whether a signed PDF is still what was signed is documents/pdf_verify.py.

pyHanko costs about half a second to import, so it is imported inside the functions only.
"""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from cryptography import x509

from kotodesk.signing.keys import Identity, certificate_der, describe, fingerprint

SEALED_NAME = "kotodesk-sealed.txt"
FIELD_NAME = "kotodesk-allekirjoitus"

# The space a signer's signature takes in the PDF, as pyHanko sized it the first time.
# pyHanko sizes it by making the whole signature once more in a dry run, which was two
# thirds of a signature's cost (~24 of ~37 ms); the size depends on the signer's key and
# certificates only (pyHanko adds half again as a margin), so it is kept per signer for
# the process and handed back. One entry per signing identity used.
_RESERVED: dict[tuple[str, ...], int] = {}


@dataclass(frozen=True)
class SignaturePlace:
    """Where the visible signature goes: page index (0 = first) and (x1, y1, x2, y2) in
    PDF points from the page's lower left corner."""

    page: int
    box: tuple[float, float, float, float]


class PdfSigningError(Exception):
    """pyHanko refused to sign (a bug in what we hand it, never the user's input)."""


@contextlib.contextmanager
def quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs an unknown signer or a damaged file as a warning with a traceback;
    for kotodesk those are answers, reported in the result."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [log.level for log in loggers]
    for log in loggers:
        log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for log, level in zip(loggers, levels, strict=True):
            log.setLevel(level)


def asn1_certificate(certificate: x509.Certificate):
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(certificate_der(certificate))


def sign_pdf(data: bytes, identity: Identity, *, place: SignaturePlace | None,
             attachments: dict[str, bytes] | None = None, reason: str = "",
             name: str = "") -> bytes:
    """`data` with `attachments` embedded and a PAdES B-B signature by `identity` over
    the whole file; its widget covers `place` (an invisible signature when None)."""
    from asn1crypto import keys as asn1_keys
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    on_token = getattr(identity, "pdf_signer", None)  # pki: a key on a PKCS#11 token
    if on_token is not None:
        signer = on_token()
    else:
        certificate = asn1_certificate(identity.certificate)
        key = asn1_keys.PrivateKeyInfo.load(identity.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
        chain = [asn1_certificate(c) for c in identity.chain]
        signer = signers.SimpleSigner(
            signing_cert=certificate, signing_key=key,
            cert_registry=SimpleCertificateStore.from_certs([certificate, *chain]))
    box = None
    if place is not None:
        x1, y1, x2, y2 = place.box
        box = (int(x1), int(y1), int(x2 + 0.999), int(y2 + 0.999))
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES, reason=reason or None,
        name=name or describe(identity.certificate).name or None)
    pdf_signer = signers.PdfSigner(
        meta, signer,
        # The box's text is page content drawn with kotodesk's font; the widget over it
        # is transparent, so viewers show the signature there without hiding the text.
        stamp_style=StaticStampStyle(border_width=0),
        new_field_spec=fields.SigFieldSpec(FIELD_NAME, on_page=place.page if place else 0,
                                           box=box))
    signer_key = _signer_key(identity.certificate, identity.chain)
    reserved = _RESERVED.get(signer_key)
    try:
        if reserved is not None:
            try:
                return pdf_signer.sign_pdf(_with_attachments(data, attachments),
                                           bytes_reserved=reserved).getvalue()
            except Exception:  # did not fit after all (never seen): pyHanko sizes it anew
                _RESERVED.pop(signer_key, None)
        signed = pdf_signer.sign_pdf(_with_attachments(data, attachments)).getvalue()
    except Exception as exc:  # pyHanko raises many kinds; none is the user's doing
        if on_token is not None:  # but a token may have been pulled out meanwhile
            raise identity.signing_failed(exc) from exc
        raise PdfSigningError(f"pyHanko could not sign the PDF: {exc}") from exc
    _RESERVED[signer_key] = _reserved_in(signed)
    return signed


def prepare_signature_space(certificate: x509.Certificate,
                            chain: tuple[x509.Certificate, ...] = ()) -> None:
    """Size a signer's signature space before the key is unlocked (the export's process
    does it while the passphrase is typed), so that even its first PDF skips pyHanko's
    dry run: the dry run is made here with a stand-in key on the same curve, whose
    signature has the same size (the space depends on the certificates and the kind of
    key, not on the key). For an elliptic-curve key (kotodesk's own) only: a stand-in
    RSA key takes too long to make."""
    from cryptography.hazmat.primitives.asymmetric import ec
    from reportlab.pdfgen.canvas import Canvas

    public = certificate.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey) or \
            _signer_key(certificate, chain) in _RESERVED:
        return
    blank = io.BytesIO()
    page = Canvas(blank)
    page.showPage()
    page.save()
    sign_pdf(blank.getvalue(), Identity(ec.generate_private_key(public.curve), certificate,
                                        tuple(chain)), place=None)


def _signer_key(certificate: x509.Certificate, chain) -> tuple[str, ...]:
    return tuple(fingerprint(c) for c in (certificate, *chain))


def _with_attachments(data: bytes, attachments: dict[str, bytes] | None):
    """An incremental update of `data` that embeds `attachments`, for pyHanko to sign."""
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    for filename, content in (attachments or {}).items():
        stream = embed.EmbeddedFileObject.from_file_data(writer, content,
                                                         mime_type="text/plain")
        embed.embed_file(writer, embed.FileSpec(
            file_spec_string=filename, file_name=filename, embedded_data=stream,
            description="kotodesk: allekirjoitettu konekielinen sisältö"))
    return writer


def _reserved_in(signed: bytes) -> int:
    """The space pyHanko left for the (last) signature of `signed`, in hex digits."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    contents = PdfFileReader(io.BytesIO(signed)).embedded_signatures[-1].sig_object
    return 2 * len(contents["/Contents"])


# -- verification -------------------------------------------------------------------
