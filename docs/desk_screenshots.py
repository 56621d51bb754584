"""Regenerate the screenshots of signing with a card, the programme's certificate
authority and the e-mail drafts, in Finnish and English (offscreen):

    .venv/bin/python docs/desk_screenshots.py      # also run by python3 dev.py screenshots

The card is a real software token (SoftHSM2, as the tests make it), set up before the
window loads its PKCS#11 module; without softhsm2 and opensc that one shot is left out.
No mail program is started: the "file" URL handler is taken for the run.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.pki.softhsm

from screenshots import UNIT, run_dialog, settle, shoot, when_done

SECRET = "kotoutuminen-2026"
CA_SECRET = "ohjelman-varmentaja-2026"


def cards() -> str | None:
    """A token folder with the tests' cards; its SOFTHSM2_CONF is set for this process."""
    from tests.pki.softhsm import MODULE, OrgCa, SoftHsm, available

    if available():
        print("card shot left out:", available())
        return None
    hsm = SoftHsm(Path(tempfile.mkdtemp(prefix="kotodesk-shots-hsm-")))
    org = OrgCa.make()
    hsm.card("HELSINKI-KORTTI", "rsa:2048", org, name="Anna Testaaja",
             unit="Kaupunginkanslian henkilöstöosasto")
    hsm.card("KORTTI-SALAUS", "EC:prime256v1", org, name="Anna Testaaja",
             unit="Kaupunginkanslian henkilöstöosasto", signing=False)
    os.environ["SOFTHSM2_CONF"] = str(hsm.conf)
    return MODULE


def unit_side(app, lang: str, module: str | None) -> Path:
    """The unit: the card chosen, a certificate request, an export and its draft."""
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.storage import settings
    from kotodesk.ui.app import Controller
    from kotodesk.ui.export_dialog import ExportDialog
    from kotodesk.ui.request_dialog import RequestDialog
    from kotodesk.ui.token_dialog import TokenDialog

    home = Path(tempfile.mkdtemp(prefix="kotodesk-shots-"))
    workspace = Workspace.open(home)
    settings.put(workspace.store, unit=UNIT, user_name="Anna Testaaja",
                 user_email="anna.testaaja@hel.fi", language=lang)
    controller = Controller(workspace)
    controller.start(lang)
    window = controller.window
    session = controller.session
    session.edit("2/3.1", "status", "green")
    session.edit("2/3.1", "narrative", "Esihenkilövalmennuksessa käsiteltiin "
                 "monimuotoisuutta; Helmi-materiaalit päivitettiin 2023.")
    session.flush()
    if module:
        dialog = TokenDialog(workspace, window)
        dialog.module.setText(module)
        dialog.look()
        dialog.resize(900, 380)
        dialog.show()
        settle(app)
        shoot(dialog, f"card-signing.{lang}.png")
        dialog.close()

    def export(dialog) -> None:
        dialog.passphrase.setText(SECRET)
        dialog.repeat.setText(SECRET)
        dialog.folder.setText(str(home / "lähtevät"))
        dialog.start()

        def send() -> None:
            settle(app)
            dialog.send_to_coordinator()
            settle(app)
            shoot(dialog, f"send-to-coordinator.{lang}.png")
            dialog.accept()

        when_done(app, dialog.worker, send)

    run_dialog(app, ExportDialog(session, window), export)
    request = RequestDialog(workspace, window)
    request.secret.setText(SECRET)
    request.out.setText(str(home / "varmennepyynto_Anna-Testaaja.csr"))
    request.write()
    request.show()
    settle(app)
    shoot(request, f"certificate-request.{lang}.png")
    request.close()
    window.close()
    workspace.close()
    return home / "varmennepyynto_Anna-Testaaja.csr"


def coordinator_side(app, lang: str, request: Path) -> None:
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.signing.pki import ca
    from kotodesk.ui.ca_dialog import CaDialog

    home = Path(tempfile.mkdtemp(prefix="kotodesk-shots-"))
    workspace = Workspace.open(home)
    ca.init_ca(workspace, "Kotoutumisohjelman varmenteet", passphrase=CA_SECRET)
    dialog = CaDialog(workspace)
    dialog.resize(1100, 720)
    dialog.open_requests([request])
    dialog.secret.setText(CA_SECRET)
    dialog.issue_selected(home / "varmenne_Anna-Testaaja.pem")
    dialog.requests_view.selectRow(0)
    dialog.show()
    settle(app)
    shoot(dialog, f"programme-ca.{lang}.png")
    dialog.close()
    workspace.close()


def main() -> int:
    from PySide6.QtCore import QObject, QTranslator, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    from kotodesk.ui.app import create_application
    from kotodesk.ui.i18n import Translations

    module = cards()
    app = create_application()

    class Drafts(QObject):  # the drafts stay where they are written
        @Slot(QUrl)
        def take(self, _url) -> None:
            pass

    drafts = Drafts()
    QDesktopServices.setUrlHandler("file", drafts, "take")
    for lang in ("fi", "en"):
        for old in app.findChildren(QTranslator):
            app.removeTranslator(old)
        Translations().install(lang)
        request = unit_side(app, lang, module)
        coordinator_side(app, lang, request)
    QDesktopServices.unsetUrlHandler("file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
