"""Signing with a key on a card (SoftHSM2 through python-pkcs11 and pyHanko's PKCS#11
signer) opens no network connection either: the card software, the signer and its
event loop stay on this computer (tests/offline_support.py, as
tests/core/test_never_online.py)."""

from __future__ import annotations

import json

from tests.offline_support import Offline
from tests.pki.softhsm import PIN


def test_a_return_signed_on_a_card_opens_no_connection(tokens, tmp_path):
    offline = Offline.make(tmp_path / "offline", SOFTHSM2_CONF=str(tokens.conf),
                           KOTODESK_PIN=PIN, USER="eeva")
    home = tmp_path / "kortilla"
    for args in (("key", "token-list", "--module", tokens.module),
                 ("key", "use-token", "--module", tokens.module, "--token", "kortti-ec"),
                 ("entry", "set", "--unit", "Kasko", "--measure", "1/1.1", "--status",
                  "yellow", "--reasons", "Rekrytointi kesken")):
        done = offline.kotodesk(home, *args)
        assert done.returncode == 0, done.stderr
    done = offline.kotodesk(home, "--json", "return", "export", "--unit", "Kasko", "--out",
                            tmp_path / "out")
    assert done.returncode == 0, done.stderr
    written = json.loads(done.stdout)
    done = offline.kotodesk(home, "--json", "verify", written["pdf"], written["xlsx"])
    assert [f["signer"] for f in json.loads(done.stdout)] == ["Eeva Esimerkki"] * 2, done.stdout
    assert offline.attempts() == []
