"""Signing certificates, certificate requests and revocation lists with any identity.

cryptography's builders sign only with a key it holds in memory. A key on a token signs
through `Identity.sign` instead: the object is built and signed with a throwaway key of the
same kind (so every algorithm identifier inside is the right one), then the signed part
(TBS) is signed again by the real key and the signature swapped in (asn1crypto). For a
certificate request the public key is swapped too, since the throwaway key's own would be
in it. A key file signs directly.
"""

from __future__ import annotations

import functools
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from kotodesk.signing.keys import Identity


@functools.cache
def _throwaway(kind: str, size: int):
    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=size)
    return ec.generate_private_key(ec.SECP256R1())


def _holds_key(identity: Identity) -> bool:
    return isinstance(identity.key, (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey))


def _stand_in(identity: Identity):
    public = identity.certificate.public_key()
    if isinstance(public, rsa.RSAPublicKey):
        return _throwaway("rsa", 2048)
    if isinstance(public, ec.EllipticCurvePublicKey):
        return _throwaway("ec", 256)
    raise ValueError(f"unsupported key type {type(public).__name__}")


def _resign(der: bytes, kind: Any, tbs_field: str, signature_field: str,
            identity: Identity, replace: dict[str, Any] | None = None) -> bytes:
    value = kind.load(der)
    tbs = value[tbs_field]
    for name, new in (replace or {}).items():
        tbs[name] = new
    tbs_der = tbs.dump(force=bool(replace))
    value[tbs_field] = tbs.__class__.load(tbs_der)
    value[signature_field] = identity.sign(tbs_der)
    return value.dump(force=True)


def _sign(builder, identity: Identity, kind: Any, tbs_field: str, signature_field: str,
          load, replace: dict[str, Any] | None = None):
    if _holds_key(identity):
        return builder.sign(identity.key, hashes.SHA256())
    draft = builder.sign(_stand_in(identity), hashes.SHA256())
    return load(_resign(draft.public_bytes(serialization.Encoding.DER), kind, tbs_field,
                        signature_field, identity, replace))


def sign_certificate(builder: x509.CertificateBuilder, identity: Identity) -> x509.Certificate:
    from asn1crypto import x509 as asn1_x509

    return _sign(builder, identity, asn1_x509.Certificate, "tbs_certificate",
                 "signature_value", x509.load_der_x509_certificate)


def sign_request(builder: x509.CertificateSigningRequestBuilder, identity: Identity
                 ) -> x509.CertificateSigningRequest:
    """The request carries the public key of `identity`, not the stand-in's."""
    from asn1crypto import csr as asn1_csr
    from asn1crypto import keys as asn1_keys

    spki = asn1_keys.PublicKeyInfo.load(identity.certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo))
    return _sign(builder, identity, asn1_csr.CertificationRequest,
                 "certification_request_info", "signature", x509.load_der_x509_csr,
                 {"subject_pk_info": spki})


def sign_crl(builder: x509.CertificateRevocationListBuilder, identity: Identity
             ) -> x509.CertificateRevocationList:
    from asn1crypto import crl as asn1_crl

    return _sign(builder, identity, asn1_crl.CertificateList, "tbs_cert_list", "signature",
                 x509.load_der_x509_crl)
