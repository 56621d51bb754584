"""Path validation never goes online, whatever URLs a certificate names; the unit claim
reads back what was written; RSA signatures in PSS are accepted as well as PKCS#1 v1.5."""

from __future__ import annotations

import datetime as dt
import socket
import sys

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import AuthorityInformationAccessOID, NameOID
from hypothesis import given, settings
from hypothesis import strategies as st

from kotodesk.signing.keys import verify_signature
from kotodesk.signing.pki import store as pki_store
from kotodesk.signing.pki.unit_claim import stated_units, units_extension
from kotodesk.signing.pki.validation import chain_trust

NOW = dt.datetime.now(dt.UTC)
URL = "http://127.0.0.1:9/"  # the discard port: a connection attempt would show


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _ca(name: str, issuer=None, *, with_urls: bool = False):
    key = ec.generate_private_key(ec.SECP256R1())
    signer_key, signer_name = (issuer[0], issuer[1].subject) if issuer else (key, _name(name))
    builder = (x509.CertificateBuilder().subject_name(_name(name)).issuer_name(signer_name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(NOW - dt.timedelta(days=1))
               .not_valid_after(NOW + dt.timedelta(days=30))
               .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True))
    if with_urls:
        builder = _urls(builder)
    return key, builder.sign(signer_key, hashes.SHA256())


def _urls(builder):
    """Everything a validator could fetch: OCSP, the issuer's certificate, a CRL."""
    return (builder.add_extension(x509.AuthorityInformationAccess([
        x509.AccessDescription(AuthorityInformationAccessOID.OCSP,
                               x509.UniformResourceIdentifier(URL + "ocsp")),
        x509.AccessDescription(AuthorityInformationAccessOID.CA_ISSUERS,
                               x509.UniformResourceIdentifier(URL + "ca.crt"))]), critical=False)
        .add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
            [x509.UniformResourceIdentifier(URL + "ca.crl")], None, None, None)]),
            critical=False))


def _person(issuer) -> x509.Certificate:
    key = ec.generate_private_key(ec.SECP256R1())
    return _urls(
        x509.CertificateBuilder().subject_name(_name("Eeva Esimerkki"))
        .issuer_name(issuer[1].subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(hours=1))
        .not_valid_after(NOW + dt.timedelta(days=10))
    ).sign(issuer[0], hashes.SHA256())


@pytest.fixture
def offline(monkeypatch):
    """No network: every connection or name lookup is recorded and refused, and the HTTP
    libraries a fetcher would use cannot be imported."""
    attempts: list[object] = []

    def refuse(*args, **_kwargs):
        attempts.append(args)
        raise OSError("kotodesk opens no network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for name in ("aiohttp", "requests"):
        monkeypatch.setitem(sys.modules, name, None)
    return attempts


def test_validation_fetches_nothing_whatever_the_certificates_name(workspace, offline):
    root = _ca("Kaupungin juuri-CA")
    intermediate = _ca("Kaupungin välivarmentaja", issuer=root, with_urls=True)
    person = _person(intermediate)
    pki_store.add_anchor(workspace.store, root[1])
    # The intermediate is not known here: its caIssuers URL is not followed, there is
    # no path, and the signer stays unknown rather than being looked up online.
    assert chain_trust(workspace).validate(person, NOW) == (None, "")
    # Trusting the organisation's chain (root and intermediate) makes the path: still
    # nothing fetched, neither OCSP nor the CRL the certificates point at.
    pki_store.add_anchor(workspace.store, intermediate[1])
    anchor, problem = chain_trust(workspace).validate(person, NOW)
    assert problem == "" and anchor is not None
    assert offline == []


def test_a_chain_that_does_not_hold_is_said_so(workspace, offline):
    root = _ca("Kaupungin juuri-CA")
    person = _person(root)
    pki_store.add_anchor(workspace.store, root[1])
    later = NOW + dt.timedelta(days=20)  # signed after the certificate expired
    anchor, problem = chain_trust(workspace).validate(person, later)
    assert anchor is None and "does not hold" in problem
    assert offline == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=6))
def test_the_units_a_certificate_states_read_back_as_written(unit_ids):
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = (
        x509.CertificateBuilder().subject_name(_name("x")).issuer_name(_name("x"))
        .public_key(key.public_key()).serial_number(1).not_valid_before(NOW)
        .not_valid_after(NOW + dt.timedelta(days=1))
        .add_extension(units_extension(unit_ids), critical=False).sign(key, hashes.SHA256()))
    assert stated_units(certificate) == unit_ids


def test_rsa_seals_in_pss_verify_and_changed_ones_do_not():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    certificate = (
        x509.CertificateBuilder().subject_name(_name("Risto")).issuer_name(_name("Risto"))
        .public_key(key.public_key()).serial_number(1).not_valid_before(NOW)
        .not_valid_after(NOW + dt.timedelta(days=1)).sign(key, hashes.SHA256()))
    data = "kotodesk-sealed/1 · Åbo · تمت".encode()
    pss = key.sign(data, padding.PSS(padding.MGF1(hashes.SHA256()), 32), hashes.SHA256())
    v15 = key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    assert verify_signature(certificate, data, pss)
    assert verify_signature(certificate, data, v15)
    assert not verify_signature(certificate, data + b".", pss)
    assert not verify_signature(certificate, data, pss[:-1] + bytes([pss[-1] ^ 1]))
