"""The card, request and certificate-authority dialogs in Finnish, Swedish and English:
every string found in the translations, and each Alt+letter used once per dialog."""

from __future__ import annotations

import pytest

from kotodesk.signing import keys
from kotodesk.signing.pki import ca
from tests.ui.test_translations import (  # noqa: F401 - fixtures of the translation tests
    _alt_keys,
    _clashes,
    _ours,
    compiled,
    sources,
    speaking,
)

PASSPHRASE = "koordinaattorin-tunnuslause"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_desk_dialogs_speak_the_language_with_unique_accelerators(
        qtbot, speaking, sources, language):  # noqa: F811
    from kotodesk.ui.ca_dialog import CaDialog
    from kotodesk.ui.keys_dialog import KeysDialog
    from kotodesk.ui.request_dialog import RequestDialog
    from kotodesk.ui.token_dialog import TokenDialog

    ctl = speaking(language)
    ws = ctl.workspace
    if not keys.has_identity(ws.home):
        keys.save_identity(ws.home, keys.new_identity(
            name="Anna Testaaja", email="anna@hel.fi", unit="Kaupunginkanslia",
            organisation="Helsingin kaupunki"), PASSPHRASE)
    before = CaDialog(ws, ctl.window)  # no certificate authority yet: the create form
    if not ca.has_ca(ws.home):
        ca.init_ca(ws, "Kotoutumisohjelman varmenteet", passphrase=PASSPHRASE)
    dialogs = [before, CaDialog(ws, ctl.window), TokenDialog(ws, ctl.window),
               RequestDialog(ws, ctl.window), KeysDialog(ws, ctl.window)]
    clashes = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = _alt_keys(dialog)
        assert sum(1 for t in texts if "&" in t) >= 3
        clashes[type(dialog).__name__] = _clashes(texts)
        dialog.close()
    assert not {k: v for k, v in clashes.items() if v}
    if language != "en":
        ours = _ours(sources)
        assert not sorted((c, s) for c, s in speaking.misses.seen if c in ours)
        title = dialogs[2].windowTitle()
        assert title == {"fi": "Allekirjoita kortilla tai tunnisteella",
                         "sv": "Underteckna med kort eller token"}[language]
