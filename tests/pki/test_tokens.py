"""Signing with a key on a smart card (PKCS#11): real SoftHSM2 tokens, the command line as
a person uses it, and the coordinator's verification, kotodesk's and pdfsig's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kotodesk.documents.pdf_verify import verify_pdf
from kotodesk.signing.keys import certificate_pem, describe
from tests.pki.conftest import KASKO, KUVA
from tests.pki.readers import nss_database, pdfsig

UNIT_OF = {"kortti-ec": ("Kasko", KASKO), "kortti-rsa": ("Kuva", KUVA)}


def use(run, home: Path, tokens, label: str, *extra: str):
    return run(home, "key", "use-token", "--module", tokens.module, "--token", label, *extra)


def export(run, home: Path, out: Path, unit: str = "Kasko"):
    run(home, "entry", "set", "--unit", unit, "--measure", "1/1.1", "--status", "green",
        "--narrative", "Kielitietoinen pedagogiikka on käytössä kaikissa päiväkodeissa. 🙂")
    return run(home, "return", "export", "--unit", unit, "--out", out)


def test_token_list_shows_each_card_its_certificates_and_a_locked_pin(run, tmp_path, tokens):
    result = run(tmp_path / "h", "key", "token-list", "--module", tokens.module, "--json")
    assert result.code == 0, result.err
    found = {t["label"]: t for t in result.json()["tokens"]}
    assert set(tokens.certificates) <= set(found)
    assert found["kortti-lukittu"]["pin_locked"] and not found["kortti-ec"]["pin_locked"]
    [ec] = found["kortti-ec"]["certificates"]
    assert (ec["label"], ec["id"], ec["name"], ec["problem"]) == \
        ("allekirjoitus", "01", "Eeva Esimerkki", "")
    assert "does not allow signatures" in found["kortti-salaus"]["certificates"][0]["problem"]
    text = run(tmp_path / "h", "key", "token-list", "--module", tokens.module).out
    assert "PIN LOCKED" in text and "cannot sign" in text


@pytest.mark.parametrize("label", ["kortti-ec", "kortti-rsa"])
def test_a_return_signed_on_the_card_counts_for_the_coordinator_and_pdfsig(
        run, tmp_path, tokens, pin, label):
    unit_home, coordinator = tmp_path / "unit", tmp_path / "coordinator"
    abbreviation, unit_name = UNIT_OF[label]
    chosen = use(run, unit_home, tokens, label)
    assert chosen.code == 0, chosen.err
    assert json.loads((unit_home / "keys" / "token.json").read_text())["token"] == label
    assert PIN_NOT_STORED(unit_home, pin)
    done = export(run, unit_home, tmp_path / "out", abbreviation)
    assert done.code == 0, done.err
    xlsx, pdf = sorted((tmp_path / "out").iterdir(), key=lambda p: p.suffix != ".xlsx")

    card = tokens.certificates[label]
    root = tmp_path / "city-ca.pem"
    root.write_bytes(certificate_pem(tokens.ca.certificate))
    assert run(coordinator, "trust", "add-anchor", root).code == 0
    verified = run(coordinator, "verify", xlsx, pdf, "--json")
    assert verified.code == 0, verified.out
    for item in verified.json():
        assert (item["status"], item["signer"], item["unit"]) == \
            ("valid", describe(card).name, unit_name)
        assert item["fingerprint"] == describe(card).fingerprint  # the card's own certificate
        assert "certified by Helsingin kaupunki Testi-CA" in item["message"]
    # The PDF's signature is the card's: pyHanko's own check, and poppler's with the city's
    # CA trusted in an NSS database, as a person's PDF reader would have it.
    assert verify_pdf(pdf.read_bytes(), [tokens.ca.certificate]).trusted
    said = pdfsig(pdf, nss_database(tmp_path / "nss", [tokens.ca.certificate]))
    assert "Signature is Valid." in said and "Certificate is Trusted." in said, said


def PIN_NOT_STORED(home: Path, pin: str) -> bool:
    """Nothing in the data folder holds the PIN."""
    return not any(pin.encode() in p.read_bytes() for p in home.rglob("*") if p.is_file()
                   and p.suffix in (".json", ".pem", ".sqlite3"))


def test_a_wrong_pin_is_refused_and_nothing_is_written(run, tmp_path, tokens, monkeypatch):
    home = tmp_path / "unit"
    assert use(run, home, tokens, "kortti-ec").code == 0
    monkeypatch.setenv("KOTODESK_PIN", "0000")
    done = export(run, home, tmp_path / "out")
    assert done.code == 2
    assert "wrong PIN for token 'kortti-ec'; nothing was written" in done.err
    assert not (tmp_path / "out").exists()


def test_without_a_pin_the_command_says_how_to_give_one(run, tmp_path, tokens, monkeypatch):
    home = tmp_path / "unit"
    assert use(run, home, tokens, "kortti-ec").code == 0
    monkeypatch.delenv("KOTODESK_PIN", raising=False)
    done = export(run, home, tmp_path / "out")
    assert done.code == 2
    assert "the token's PIN is needed: set $KOTODESK_PIN or give --pin-file" in done.err
    pin_file = tmp_path / "pin.txt"
    pin_file.write_text("4321\n")
    run(home, "entry", "set", "--unit", "Kasko", "--measure", "1/1.1", "--status", "red")
    done = run(home, "return", "export", "--unit", "Kasko", "--out", tmp_path / "out",
               "--pin-file", pin_file)
    assert done.code == 0, done.err


def test_a_locked_pin_is_refused_before_it_is_tried(run, tmp_path, tokens, pin):
    home = tmp_path / "unit"
    assert use(run, home, tokens, "kortti-lukittu").code == 0  # choosing needs no PIN
    done = export(run, home, tmp_path / "out")
    assert done.code == 2
    assert "the PIN of token 'kortti-lukittu' is locked" in done.err
    assert "PUK" in done.err and "nothing was written" in done.err
    assert not (tmp_path / "out").exists()


def test_a_certificate_for_encipherment_only_cannot_be_chosen_nor_sign(run, tmp_path, tokens,
                                                                       pin):
    home = tmp_path / "unit"
    done = use(run, home, tokens, "kortti-salaus")
    assert done.code == 2
    assert "cannot sign kotodesk files" in done.err and "does not allow signatures" in done.err
    assert not (home / "keys" / "token.json").exists()
    # Recorded by hand (or by an older kotodesk): signing refuses it all the same.
    (home / "keys").mkdir(parents=True, exist_ok=True)
    (home / "keys" / "token.json").write_text(json.dumps(
        {"module": tokens.module, "token": "kortti-salaus", "key_id": "01"}))
    (home / "keys" / "identity.pem").write_bytes(
        certificate_pem(tokens.certificates["kortti-salaus"]))
    done = export(run, home, tmp_path / "out")
    assert done.code == 2 and "does not allow signatures" in done.err
    assert not (tmp_path / "out").exists()


def test_a_removed_card_is_named_and_nothing_is_written(run, tmp_path, tokens, pin):
    """The module is there, the card is not: a kotodesk process started after the card
    was pulled out (SoftHSM2 with an empty token folder is such a reader)."""
    home = tmp_path / "unit"
    assert use(run, home, tokens, "kortti-ec").code == 0
    run(home, "entry", "set", "--unit", "Kasko", "--measure", "1/1.1", "--status", "green")
    empty = tmp_path / "empty-reader"
    (empty / "tokens").mkdir(parents=True)
    (empty / "softhsm2.conf").write_text(f"directories.tokendir = {empty / 'tokens'}\n"
                                         "objectstore.backend = file\nlog.level = ERROR\n")
    env = {**os.environ, "SOFTHSM2_CONF": str(empty / "softhsm2.conf"), "KOTODESK_PIN": pin}
    done = subprocess.run([sys.executable, "-m", "kotodesk", "return", "export", "--unit",
                           "Kasko", "--out", str(tmp_path / "out"), "--home", str(home)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "the token 'kortti-ec' is not in the reader" in done.stderr
    assert "insert the card" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("label", "kind"), [("kortti-ec", "ECDSA secp256r1"),
                                             ("kortti-rsa", "RSA 2048")])
def test_a_card_key_requests_a_programme_certificate_and_signs_with_it(
        run, tmp_path, tokens, pin, monkeypatch, label, kind):
    """The request is signed on the card (the key never leaves it); the issued
    certificate is installed over the card's own, and the card's key signs with it."""
    monkeypatch.setenv("KOTODESK_CA_PASSPHRASE", "ohjelman-ca-salasana")
    unit_home, coordinator = tmp_path / "unit", tmp_path / "coordinator"
    assert use(run, unit_home, tokens, label).code == 0
    assert run(coordinator, "ca", "init", "--name", "Kotoutumisohjelman varmenteet").code == 0
    request = tmp_path / "req.csr"
    made = run(unit_home, "key", "request", "--out", request, "--json")
    assert made.code == 0, made.err
    shown = run(coordinator, "ca", "show-request", request, "--json").json()
    assert shown["signature_valid"] and shown["key"] == kind
    assert shown["key_fingerprint"] == made.json()["key_fingerprint"]
    assert run(coordinator, "ca", "issue", request, "--unit", "Kuva", "--out",
               tmp_path / "cert.pem").code == 0
    assert run(unit_home, "key", "install-cert", tmp_path / "cert.pem").code == 0
    assert export(run, unit_home, tmp_path / "out", "Kuva").code == 0
    verified = run(coordinator, "verify", *sorted((tmp_path / "out").iterdir()), "--json")
    assert [v["status"] for v in verified.json()] == ["valid", "valid"], verified.out
    assert all("certified by Kotoutumisohjelman varmenteet" in v["message"]
               for v in verified.json())


def test_the_programme_ca_key_can_live_on_a_card(run, tmp_path, tokens, pin, monkeypatch):
    """`ca init --token`: the root, the issued certificates and the revocation list are
    all signed on the card (RSA here), and verify as any others."""
    monkeypatch.setenv("KOTODESK_PASSPHRASE", "yksikon-salasana")
    unit_home, coordinator = tmp_path / "unit", tmp_path / "coordinator"
    made = run(coordinator, "ca", "init", "--name", "Ohjelman CA kortilla", "--module",
               tokens.module, "--token", "kortti-rsa")
    assert made.code == 0, made.err
    assert not (coordinator / "ca" / "ca.p12").exists()
    assert run(unit_home, "key", "new", "--name", "Ulla Yksikkö", "--unit", "Kasko").code == 0
    assert run(unit_home, "key", "request", "--out", tmp_path / "r.csr").code == 0
    assert run(coordinator, "ca", "issue", tmp_path / "r.csr", "--unit", "Kasko", "--out",
               tmp_path / "c.pem").code == 0
    assert run(unit_home, "key", "install-cert", tmp_path / "c.pem").code == 0
    assert export(run, unit_home, tmp_path / "out").code == 0
    files = sorted((tmp_path / "out").iterdir())
    assert [v["status"] for v in run(coordinator, "verify", *files, "--json").json()] == \
        ["valid", "valid"]
    serial = run(coordinator, "ca", "list", "--json").json()[0]["serial"]
    assert run(coordinator, "ca", "revoke", serial).code == 0
    after = run(coordinator, "verify", *files, "--json").json()
    assert {(v["status"], v["problem"]) for v in after} == {("not-authorised", "revoked")}


def test_a_card_whose_certificate_is_not_for_its_key_writes_nothing(run, tmp_path, tokens,
                                                                     pin):
    """A card written wrong (the certificate of another key beside the private key):
    its signatures would not verify, and the coordinator would read the files as changed
    after signing. The signature is checked against the certificate before anything is
    written."""
    home = tmp_path / "unit"
    assert use(run, home, tokens, "kortti-vaara").code == 0  # certificates need no PIN
    done = export(run, home, tmp_path / "out")
    assert done.code == 2, done.out
    assert "token 'kortti-vaara'" in done.err and "not for the private key" in done.err
    assert "nothing was written" in done.err and "Traceback" not in done.err
    assert not (tmp_path / "out").exists()
