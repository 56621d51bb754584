"""Export and verification in the window: a real dialog, real files, real signatures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kotodesk import verify
from kotodesk.storage import trust
from kotodesk.ui import verify_dialog
from kotodesk.ui.verification_model import VerificationModel
from kotodesk.ui.verify_dialog import VerifyDialog
from tests.support import make_identity, write_return_xlsx


@pytest.fixture
def returned(workspace, tmp_path) -> tuple[Path, object]:
    identity = make_identity(name="Pekka Palauttaja")
    path = tmp_path / "palautus.xlsx"
    write_return_xlsx(workspace, "kanslia-henkilosto", identity, path)
    return path, identity


def test_verify_dialog_shows_each_file_and_trusts_a_signer_after_confirmation(
        qtbot, workspace, returned, tmp_path, monkeypatch):
    path, identity = returned
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"nonsense")
    dialog = VerifyDialog(workspace, [path, junk])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    first = dialog.model.index(0, VerificationModel.STATUS)
    assert first.data(VerificationModel.ResultRole).status == verify.UNKNOWN_SIGNER
    assert first.data() == "Valid, unknown signer"
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None  # never colour alone
    assert dialog.model.index(1, VerificationModel.STATUS).data() == "Unreadable"
    assert dialog.model.index(0, VerificationModel.UNIT).data() == \
        "Kaupunginkanslian henkilöstöosasto"
    dialog.view.selectRow(0)
    assert dialog.trust_button.isEnabled()
    assert identity.info.fingerprint in dialog.details.text()

    monkeypatch.setattr(verify_dialog, "confirm_trust", lambda _parent, _result: True)
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and dialog.model.index(
        0, 0).data(VerificationModel.ResultRole).status == verify.VALID, timeout=10000)
    assert trust.get(workspace.store, identity.info.fingerprint).how == "accepted"
