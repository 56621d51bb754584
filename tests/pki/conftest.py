"""Fixtures of the PKI tests: software tokens (SoftHSM2) and a command-line runner for
several data folders (a unit's, the coordinator's, an auditor's)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509

from kotodesk.cli import main
from tests.pki.softhsm import MODULE, PIN, OrgCa, SoftHsm, available
from tests.support import CliResult

KASKO = "Kasvatuksen ja koulutuksen toimiala"
KUVA = "Kulttuurin ja vapaa-ajan toimiala"


@dataclass(frozen=True)
class Tokens:
    module: str
    conf: Path
    ca: OrgCa
    certificates: dict[str, x509.Certificate]  # by token label


@pytest.fixture(scope="session")
def tokens(tmp_path_factory) -> Tokens:
    """Five cards of the city's CA: ECDSA and RSA ones that sign, one whose certificate is
    for encipherment only, one whose PIN is locked, and one whose certificate is for
    another key than the one on it. Made once: each takes a few child
    processes, and SoftHSM2 reads its configuration once per process."""
    missing = available()
    if missing:
        pytest.skip(f"SoftHSM2 token tests: {missing}")
    hsm = SoftHsm(tmp_path_factory.mktemp("softhsm"))
    ca = OrgCa.make()
    made = {
        "kortti-ec": hsm.card("kortti-ec", "EC:prime256v1", ca, name="Eeva Esimerkki",
                              unit=KASKO),
        "kortti-rsa": hsm.card("kortti-rsa", "rsa:2048", ca, name="Risto Rsa-Korttilainen",
                               unit=KUVA),
        "kortti-salaus": hsm.card("kortti-salaus", "EC:prime256v1", ca, name="Sanna Salaus",
                                  unit=KASKO, signing=False),
        "kortti-lukittu": hsm.card("kortti-lukittu", "EC:prime256v1", ca, name="Lauri Lukittu",
                                   unit=KASKO),
        "kortti-vaara": hsm.card("kortti-vaara", "EC:prime256v1", ca, name="Veera Väärä",
                                 unit=KASKO, mismatched=True),
    }
    hsm.lock_pin("kortti-lukittu")
    os.environ["SOFTHSM2_CONF"] = str(hsm.conf)
    return Tokens(MODULE, hsm.conf, ca, made)


@pytest.fixture
def pin(monkeypatch) -> str:
    monkeypatch.setenv("KOTODESK_PIN", PIN)
    return PIN


@pytest.fixture
def run(capsys):
    """`kotodesk ARGS --home HOME` in this process, for any data folder."""

    def call(home: Path, *args) -> CliResult:
        capsys.readouterr()
        code = main([*map(str, args), "--home", str(home)])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return call
