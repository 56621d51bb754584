"""Signing identities: the key file is encrypted strongly, and seals detect any change."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from kotodesk.domain.errors import InputError
from kotodesk.signing import keys
from kotodesk.signing import sealing as signing

PASS = "kotoutuminen-2025"


@pytest.fixture(scope="module")
def identity():
    return keys.new_identity(name="Anna Testaaja", email="anna.testaaja@hel.fi",
                             unit="Kasvatuksen ja koulutuksen toimiala",
                             organisation="Helsingin kaupunki")


def test_certificate_names_the_person_and_allows_document_signing(identity):
    cert = identity.certificate
    assert isinstance(identity.key, ec.EllipticCurvePrivateKey)
    assert identity.key.curve.name == "secp256r1"
    info = identity.info
    assert (info.name, info.email, info.organisation) == (
        "Anna Testaaja", "anna.testaaja@hel.fi", "Helsingin kaupunki")
    assert info.unit == "Kasvatuksen ja koulutuksen toimiala"
    usage = cert.extensions.get_extension_for_oid(
        keys.x509.oid.ExtensionOID.KEY_USAGE).value
    assert usage.digital_signature and usage.content_commitment
    assert len(info.fingerprint.split(":")) == 32


def test_key_file_is_encrypted_with_pbes2_aes256_and_many_rounds(identity, tmp_path):
    keys.save_identity(tmp_path, identity, PASS)
    raw = (tmp_path / "keys" / keys.P12_NAME).read_bytes()
    # The private key never appears unencrypted in the file.
    plain = identity.key.private_bytes(serialization.Encoding.DER,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption())
    assert plain not in raw
    from asn1crypto import pkcs12 as asn1_pkcs12  # pyHanko's dependency, an independent parser

    pfx = asn1_pkcs12.Pfx.load(raw)
    algorithms = set()
    for content in pfx.authenticated_safe:
        if content["content_type"].native == "encrypted_data":
            algo = content["content"]["encrypted_content_info"]["content_encryption_algorithm"]
            algorithms.add((algo["algorithm"].native, algo.kdf_iterations,
                            algo.encryption_cipher))
        else:
            for bag in asn1_pkcs12.SafeContents.load(content["content"].native):
                if bag["bag_id"].native == "pkcs8_shrouded_key_bag":
                    algo = bag["bag_value"]["encryption_algorithm"]
                    algorithms.add((algo["algorithm"].native, algo.kdf_iterations,
                                    algo.encryption_cipher))
    assert algorithms, "no encrypted part found"
    for name, iterations, cipher in algorithms:
        assert name == "pbes2"
        assert iterations >= 500_000
        assert cipher == "aes"
    back = keys.load_identity(tmp_path, PASS)
    assert back.info.fingerprint == identity.info.fingerprint


def test_wrong_passphrase_and_short_passphrase_are_refused(identity, tmp_path):
    keys.save_identity(tmp_path, identity, PASS)
    with pytest.raises(keys.PassphraseError):
        keys.load_identity(tmp_path, "not the passphrase")
    with pytest.raises(InputError, match="at least 8"):
        keys.save_identity(tmp_path / "other", identity, "short")


def test_legacy_organisation_p12_is_imported_and_stored_strongly(tmp_path):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = keys.make_certificate(key, name="Org Person", email="", unit="Kuva",
                                 organisation="Helsingin kaupunki")
    legacy = pkcs12.serialize_key_and_certificates(
        b"org", key, cert, None,
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
        .hmac_hash(hashes.SHA1()).build(b"org-password"))
    source = tmp_path / "org.pfx"
    source.write_bytes(legacy)
    home = tmp_path / "home"
    imported = keys.import_p12(home, source, "org-password", PASS)
    assert imported.info.name == "Org Person"
    again = keys.load_identity(home, PASS)
    assert keys.verify_signature(again.certificate, b"data", again.sign(b"data"))
    with pytest.raises(keys.PassphraseError):
        keys.import_p12(home, source, "wrong password")


def test_a_p12_that_is_not_one_names_the_file(tmp_path):
    bad = tmp_path / "notakey.p12"
    bad.write_bytes(b"hello")
    with pytest.raises(InputError, match=r"notakey\.p12"):
        keys.import_p12(tmp_path / "home", bad, "whatever1")


def _payload(identity):
    return {"format": "test", "signer": signing.signer_part(identity),
            "text": "Käynnistynyt ja etenee — Привет — مرحبا", "n": "1"}


def test_seal_opens_valid_and_any_changed_byte_is_detected(identity):
    sealed = signing.seal(_payload(identity), identity)
    opened = signing.open_sealed(sealed)
    assert opened.signature_valid
    assert opened.payload["text"].startswith("Käynnistynyt")
    assert opened.fingerprint == identity.info.fingerprint

    envelope = json.loads(base64.b64decode(sealed))
    changed = json.loads(base64.b64decode(envelope["payload"]))
    changed["text"] = changed["text"].replace("etenee", "eteni")
    envelope["payload"] = base64.b64encode(json.dumps(changed).encode()).decode()
    tampered = base64.b64encode(json.dumps(envelope).encode()).decode()
    assert not signing.open_sealed(tampered).signature_valid


def test_swapping_the_certificate_does_not_make_a_seal_valid(identity):
    other = keys.new_identity(name="Mallory", email="", unit="", organisation="")
    sealed = signing.seal(_payload(identity), identity)
    envelope = json.loads(base64.b64decode(sealed))
    payload = json.loads(base64.b64decode(envelope["payload"]))
    payload["signer"] = signing.signer_part(other)
    envelope["payload"] = base64.b64encode(json.dumps(payload).encode()).decode()
    forged = base64.b64encode(json.dumps(envelope).encode()).decode()
    assert not signing.open_sealed(forged).signature_valid


def test_garbage_is_not_a_seal():
    with pytest.raises(signing.SealError):
        signing.open_sealed("not base64 at all!")


def test_long_unit_names_fit_the_certificate():
    unit = "Kaupunginkanslian elinkeino-osasto, työllisyyspalvelut ja maahanmuuttoyksikkö"
    identity = keys.new_identity(name="Anna", email="", unit=unit, organisation="Hki")
    info = identity.info
    assert info.unit.endswith("…") and unit.startswith(info.unit[:-1])
    assert len(info.unit.encode("utf-8")) <= 64


def _sealed_whole(payload, signature: bytes) -> str:
    """The sealed text as one string, its definition: base64 of the canonical envelope
    of the base64 payload and signature."""
    data = signing.canonical(payload)
    envelope = signing.canonical({
        "format": signing.SEALED_FORMAT, "algorithm": signing.ALGORITHM,
        "payload": base64.b64encode(data).decode(),
        "signature": base64.b64encode(signature).decode()})
    return base64.b64encode(envelope).decode()


@pytest.mark.parametrize("size", [0, 1, 2, 3 << 18, (3 << 18) + 1, 2 * (3 << 18) - 1])
def test_the_streamed_seal_is_the_whole_text_and_reads_in_pieces(size):
    """sealing.sealed_file makes the sealed text a piece at a time through files: the
    same text, byte for byte, whatever the payload's length against the pieces."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = keys.make_certificate(key, name="Org Person", email="", unit="Kuva",
                                 organisation="Helsingin kaupunki")
    rsa_identity = keys.Identity(key, cert)
    payload = {"format": "test", "signer": signing.signer_part(rsa_identity),
               "text": "ä" * (size // 2) + "x" * (size % 2)}
    data = signing.canonical(payload)
    # RSA PKCS#1 v1.5 is deterministic: the signature over the file's hash is `sign`'s.
    with signing.sealed_file(payload, rsa_identity) as (sealed, digest):
        whole = _sealed_whole(payload, rsa_identity.sign(data))
        assert len(sealed) == len(whole)
        assert str(sealed) == whole
        assert sealed[5:70_000] == whole[5:70_000] and sealed[len(whole) - 3:] == whole[-3:]
        assert sealed.sha256 == hashlib.sha256(whole.encode()).hexdigest()
        assert digest == hashlib.sha256(data).hexdigest()
    opened = signing.open_sealed(whole)
    assert opened.signature_valid and opened.payload == payload


def test_a_file_signature_is_a_signature_of_its_bytes(identity, tmp_path):
    data = b"Toimenpide " * 300_000  # more than one piece of the file
    path = tmp_path / "data"
    path.write_bytes(data)
    with path.open("rb") as handle:
        signature = identity.sign_file(handle)
    assert keys.verify_signature(identity.certificate, data, signature)
    assert not keys.verify_signature(identity.certificate, data + b".", signature)


def test_a_key_without_an_address_is_shown_without_empty_brackets(cli, monkeypatch):
    """`key new` without --email (or a card's certificate without one) printed
    'Anna Testaaja <>' in `key show` and the trust list."""
    monkeypatch.setenv("KOTODESK_PASSPHRASE", PASS)
    assert cli("key", "new", "--name", "Anna Testaaja", "--unit", "Kasko").code == 0
    shown = cli("key", "show")
    assert shown.code == 0
    assert shown.out.splitlines()[0] == ("Key of: Anna Testaaja, Kasvatuksen ja koulutuksen "
                                         "toimiala, Helsingin kaupunki")
    listed = cli("trust", "list")
    assert listed.out.startswith("Anna Testaaja: coordinator for "), listed.out
    assert "<>" not in shown.out + listed.out
