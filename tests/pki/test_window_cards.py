"""Settings › Signing key with a real card (SoftHSM2): choosing the card's key, exporting
with the PIN typed, the messages for a wrong PIN, a card not in the reader, a locked PIN
and a certificate that may not sign, a request from the card, and the e-mail draft."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt  # noqa: TID251 - a window test

from kotodesk.documents import verify
from kotodesk.signing import keys
from kotodesk.signing.keys import key_folder
from kotodesk.signing.pki.installed import token_choice, uses_token
from kotodesk.signing.pki.requests import read_request
from kotodesk.signing.pki.tokens import TOKEN_FILE
from kotodesk.storage import trust
from tests.drafts_support import attachments, opened, parse  # noqa: F401
from tests.pki.softhsm import PIN
from tests.ui.conftest import controller  # noqa: F401 - the window, as tests/ui make it


def _row(dialog, label):
    rows = dialog.keys_model.rows()
    return next(i for i, r in enumerate(rows) if r.token.label == label)


def _choose(qtbot, workspace, tokens, label):
    from kotodesk.ui.token_dialog import TokenDialog

    dialog = TokenDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.module.setText(tokens.module)
    dialog.look()
    dialog.view.selectRow(_row(dialog, label))
    return dialog


def test_the_card_is_chosen_in_the_window_and_signs_the_export_and_its_draft(
        qtbot, controller, tokens, tmp_path, opened):  # noqa: F811
    from kotodesk.ui.export_dialog import ExportDialog

    workspace = controller.workspace
    dialog = _choose(qtbot, workspace, tokens, "kortti-rsa")
    labels = {r.token.label for r in dialog.keys_model.rows()}
    assert {"kortti-ec", "kortti-rsa", "kortti-salaus", "kortti-lukittu"} <= labels
    # The encipherment-only certificate and the locked card cannot be chosen.
    for label, said in (("kortti-salaus", "may not sign documents"),
                        ("kortti-lukittu", "PIN of this card is locked")):
        dialog.view.selectRow(_row(dialog, label))
        assert not dialog.use_button.isEnabled() and said in dialog.message.text()
    dialog.view.selectRow(_row(dialog, "kortti-rsa"))
    assert dialog.use_button.isEnabled()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert uses_token(workspace.home) and token_choice(workspace.home).token == "kortti-rsa"
    assert "PIN" not in (key_folder(workspace.home) / TOKEN_FILE).read_text()  # no PIN kept
    assert "Signing with the card kortti-rsa" in dialog.message.text()

    session = controller.session
    session.edit("2/3.1", "status", "green")
    session.edit("2/3.1", "narrative", "Rekrytointimalli on käytössä kaikilla toimialoilla; "
                                       "Östersundomin työpajat jatkuvat.")
    export = ExportDialog(session)
    qtbot.addWidget(export)
    assert export.passphrase.accessibleName() == "PIN" and export.send_button.isHidden()
    export.folder.setText(str(tmp_path / "wrong"))
    export.passphrase.setText("9999")
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong PIN" in export.message.text(), timeout=30000)
    assert "kortti-rsa" in export.message.text() and "Nothing was written" in \
        export.message.text()
    assert export.result is None and not (tmp_path / "wrong").exists()

    export.folder.setText(str(tmp_path / "out"))
    export.passphrase.setText(PIN)
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.result is not None, timeout=30000)
    trusted = {s.fingerprint for s in trust.all_signers(workspace.store)}
    for path in (export.result.xlsx, export.result.pdf):
        assert verify.verify_file(path, trusted).status == verify.VALID

    assert not export.send_button.isHidden()
    qtbot.mouseClick(export.send_button, Qt.MouseButton.LeftButton)
    assert opened.paths == [export.draft] and export.draft.suffix == ".eml"
    message = parse(export.draft)
    assert message["X-Unsent"] == "1"
    assert attachments(message) == {p.name: p.read_bytes()
                                    for p in (export.result.xlsx, export.result.pdf)}
    assert "type it in the draft" in export.message.text()  # no coordinator known yet


def _export_fails(qtbot, ctl, tmp_path, secret=PIN):
    from kotodesk.ui.export_dialog import ExportDialog

    ctl.session.edit("2/3.1", "status", "green")
    export = ExportDialog(ctl.session)
    qtbot.addWidget(export)
    export.folder.setText(str(tmp_path / "out"))
    export.passphrase.setText(secret)
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was written" in export.message.text(), timeout=30000)
    assert export.result is None and not (tmp_path / "out").exists()
    return export.message.text()


def _point_at(workspace, label):
    """The folder's recorded card, changed as if another card had been chosen on it."""
    path = key_folder(workspace.home) / TOKEN_FILE
    data = json.loads(path.read_text())
    data["token"] = label
    path.write_text(json.dumps(data))


def test_a_card_not_in_the_reader_a_locked_pin_and_a_card_that_may_not_sign_are_named(
        qtbot, controller, tokens, tmp_path):  # noqa: F811
    workspace = controller.workspace
    qtbot.mouseClick(_choose(qtbot, workspace, tokens, "kortti-ec").use_button,
                     Qt.MouseButton.LeftButton)
    _point_at(workspace, "kortti-poistettu")
    said = _export_fails(qtbot, controller, tmp_path)
    assert "kortti-poistettu is not in the reader" in said and "Insert it" in said
    _point_at(workspace, "kortti-lukittu")
    said = _export_fails(qtbot, controller, tmp_path)
    assert "is locked after too many wrong tries" in said and "PUK" in said
    path = key_folder(workspace.home) / TOKEN_FILE
    data = json.loads(path.read_text())
    path.write_text(json.dumps({**data, "token": "kortti-salaus"}))
    said = _export_fails(qtbot, controller, tmp_path)
    assert "may not sign documents" in said


def test_a_certificate_request_is_signed_on_the_card(qtbot, controller, tokens, tmp_path):  # noqa: F811
    from kotodesk.ui.request_dialog import RequestDialog

    workspace = controller.workspace
    qtbot.mouseClick(_choose(qtbot, workspace, tokens, "kortti-ec").use_button,
                     Qt.MouseButton.LeftButton)
    dialog = RequestDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.secret.accessibleName() == "PIN"
    dialog.out.setText(str(tmp_path / "pyynto.csr"))
    dialog.secret.setText("1111")
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert "Wrong PIN" in dialog.message.text() and not (tmp_path / "pyynto.csr").exists()
    dialog.secret.setText(PIN)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    request, info = read_request(tmp_path / "pyynto.csr")
    assert info.signature_valid and info.name == "Eeva Esimerkki"
    assert info.unit == workspace.register.units["kanslia-henkilosto"].name
    assert request.public_key() == keys.own_certificate(workspace.home).public_key()
    assert info.key_fingerprint in dialog.message.text()
