"""Export and verification in the window: a real dialog, real files, real signatures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kotodesk.documents import verify
from kotodesk.storage import trust
from kotodesk.ui import signer_dialog
from kotodesk.ui.verification_model import VerificationModel
from kotodesk.ui.verify_dialog import VerifyDialog
from tests.support import make_identity, write_return_xlsx


def accepting(qtbot, *units: str):
    """In place of the modal signer dialog: the real dialog, its units chosen as given
    (the proposal from the certificate when none), accepted."""

    def ask(parent, register, certificate, **chosen):
        dialog = signer_dialog.SignerDialog(register, certificate, parent=parent, **chosen)
        qtbot.addWidget(dialog)
        if units:
            dialog.units.set_chosen(set(units))
        return dialog.choice()

    return ask


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

    monkeypatch.setattr(signer_dialog, "ask_signer", accepting(qtbot, "kanslia-henkilosto"))
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and dialog.model.index(
        0, 0).data(VerificationModel.ResultRole).status == verify.VALID, timeout=10000)
    signer = trust.get(workspace.store, identity.info.fingerprint)
    assert (signer.how, signer.units, signer.confirmed) == (
        "accepted", ("kanslia-henkilosto",), True)


def test_first_export_makes_the_key_and_writes_two_valid_files(qtbot, controller, tmp_path):
    from kotodesk.signing import keys
    from kotodesk.ui.export_dialog import ExportDialog

    session = controller.session
    session.edit("2/3.1", "status", "green")
    session.edit("2/3.1", "narrative", "Valmis.")
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    assert not dialog.has_key
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.passphrase.setText("kotoutuminen")
    dialog.repeat.setText("kotoutuminen")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30000)
    assert not dialog.open_button.isHidden()
    result = dialog.result
    assert result.incomplete and "2/3.2" in " ".join(result.incomplete)
    trusted = {s.fingerprint for s in trust.all_signers(controller.workspace.store)}
    for path in (result.xlsx, result.pdf):
        assert verify.verify_file(path, trusted).status == verify.VALID
    assert keys.has_identity(controller.workspace.home)

    again = ExportDialog(session)
    qtbot.addWidget(again)
    assert again.has_key
    again.folder.setText(str(tmp_path / "out2"))
    again.passphrase.setText("väärä salasana")
    qtbot.mouseClick(again.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong passphrase" in again.message.text(), timeout=30000)
    assert again.result is None
    assert not (tmp_path / "out2").exists() or not list((tmp_path / "out2").iterdir())


def test_ctrl_e_opens_the_export_dialog(qtbot, window, monkeypatch):
    from kotodesk.ui import export_dialog

    opened = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda self: opened.append(self))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and opened[0].windowTitle() == "Export signed return"


def test_keys_dialog_shows_the_fingerprint_and_trusts_an_imported_certificate(
        qtbot, workspace, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from kotodesk.signing import keys
    from kotodesk.ui.keys_dialog import KeysDialog, SignerModel

    mine = make_identity(name="Kirsi Koordinaattori")
    keys.save_identity(workspace.home, mine, "koordinaattori")
    other = make_identity(name="Pekka Palauttaja")
    pem = tmp_path / "pekka.pem"
    pem.write_bytes(keys.certificate_pem(other.certificate))
    dialog = KeysDialog(workspace)
    qtbot.addWidget(dialog)
    assert mine.info.fingerprint in dialog.own.text()
    assert dialog.signers.rowCount() == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pem), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(signer_dialog, "ask_signer", accepting(qtbot))
    dialog.import_certificate()
    assert [s.name for s in dialog.signers.rows()] == ["Pekka Palauttaja"]
    signer = trust.get(workspace.store, other.info.fingerprint)
    assert (signer.how, signer.role, signer.units) == ("imported", "unit", ("kasko",))
    assert dialog.signers.index(0, SignerModel.UNITS).data() == (
        "Kasvatuksen ja koulutuksen toimiala")
    dialog.view.selectRow(0)
    dialog.remove_signer()
    assert dialog.signers.rowCount() == 0
