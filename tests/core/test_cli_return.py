"""The contact person's round on the command line: key, entries, signed export, verify."""

from __future__ import annotations

import pytest

PASS = "salasana-2026"


@pytest.fixture
def keyed(cli, monkeypatch):
    monkeypatch.setenv("KOTODESK_PASSPHRASE", PASS)
    result = cli("key", "new", "--name", "Heli Henkilöstö", "--email", "heli@hel.fi",
                 "--unit", "kanslia-henkilosto", "--json")
    assert result.code == 0, result.err
    return result.json()


def test_export_without_a_key_says_how_to_make_one(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("KOTODESK_PASSPHRASE", PASS)
    result = cli("return", "export", "--unit", "kanslia-henkilosto", "--out", tmp_path / "o")
    assert result.code == 2
    assert "kotodesk key new" in result.err
    assert not (tmp_path / "o").exists()


def test_export_and_verify_both_files(cli, keyed, tmp_path):
    assert cli("entry", "set", "--unit", "kanslia-henkilosto", "--measure", "2/3.1",
               "--status", "green", "--narrative", "Привет – مرحبا – Hej", "--indicator",
               "1=kyllä").code == 0
    result = cli("return", "export", "--unit", "kanslia-henkilosto", "--out",
                 tmp_path / "out", "--json")
    assert result.code == 0, result.err
    files = result.json()
    assert files["xlsx"].endswith(".xlsx") and files["pdf"].endswith(".pdf")
    assert files["incomplete"]  # 2/3.2–2/3.4 are still empty
    verified = cli("verify", files["xlsx"], files["pdf"], "--json")
    assert verified.code == 0, verified.out
    for item in verified.json():
        assert item["status"] == "valid"
        assert item["unit"] == "Kaupunginkanslian henkilöstöosasto"
        assert item["signer"] == "Heli Henkilöstö"
        assert item["fingerprint"] == keyed["fingerprint"]


def test_wrong_passphrase_is_refused_and_writes_nothing(cli, keyed, tmp_path, monkeypatch):
    monkeypatch.setenv("KOTODESK_PASSPHRASE", "not-the-passphrase")
    result = cli("return", "export", "--unit", "kanslia-henkilosto", "--out", tmp_path / "o")
    assert result.code == 2 and "wrong passphrase" in result.err
    assert not (tmp_path / "o").exists() or not list((tmp_path / "o").iterdir())


def test_passphrase_file_and_certificate_export_and_trust(cli, keyed, tmp_path, monkeypatch):
    monkeypatch.delenv("KOTODESK_PASSPHRASE")
    secret = tmp_path / "secret.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    result = cli("return", "export", "--unit", "kanslia-henkilosto", "--out", tmp_path / "o",
                 "--passphrase-file", secret, "--json")
    assert result.code == 0, result.err
    cert = tmp_path / "heli.pem"
    assert cli("key", "export-cert", cert).code == 0
    assert cert.read_text().startswith("-----BEGIN CERTIFICATE-----")
    listed = cli("trust", "list", "--json").json()
    assert [s["how"] for s in listed] == ["own"]
    assert cli("trust", "remove", keyed["fingerprint"]).code == 0
    assert cli("verify", result.json()["xlsx"]).code == 1  # unknown signer now
    assert cli("trust", "add", cert).code == 0
    assert cli("verify", result.json()["xlsx"], result.json()["pdf"]).code == 0
