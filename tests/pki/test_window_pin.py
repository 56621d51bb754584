"""Until the window has its own card dialogs (issue 17's window part), a data folder that
signs with a card exports from today's export dialog: what is typed is the PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt  # noqa: TID251 - a window test

from kotodesk.documents import verify
from kotodesk.signing.pki.installed import use_token
from kotodesk.signing.pki.tokens import TokenChoice
from kotodesk.storage import trust
from tests.pki.softhsm import PIN
from tests.ui.conftest import controller  # noqa: F401 - the window, as tests/ui make it


def test_the_export_dialog_signs_on_the_card_with_the_pin_typed(qtbot, controller, tokens,  # noqa: F811
                                                                tmp_path):
    from kotodesk.ui.export_dialog import ExportDialog

    home = controller.workspace.home
    certificate = use_token(home, TokenChoice(tokens.module, "kortti-ec"))
    trust.add(controller.workspace.store, certificate, how="own")
    session = controller.session
    session.edit("2/3.1", "status", "green")
    session.edit("2/3.1", "narrative", "Valmis kortilla.")

    wrong = ExportDialog(session)
    qtbot.addWidget(wrong)
    assert wrong.has_key
    wrong.folder.setText(str(tmp_path / "wrong"))
    wrong.passphrase.setText("0000")
    qtbot.mouseClick(wrong.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong PIN" in wrong.message.text(), timeout=30000)
    assert wrong.result is None and not (tmp_path / "wrong").exists()

    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.passphrase.setText(PIN)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30000)
    trusted = {s.fingerprint for s in trust.all_signers(controller.workspace.store)}
    for path in (dialog.result.xlsx, dialog.result.pdf):
        found = verify.verify_file(path, trusted)
        assert found.status == verify.VALID, found.message
        assert found.certificate == certificate
