"""Regenerate the contact person's screenshots in docs/, in Finnish and English:

    python3 dev.py screenshots        # this script, coordinator_screenshots.py, summary_page.py

Each shot is the real window in a fresh data folder at 1280×720, driven the way a user
drives it: first run, a measure being filled in with what is still missing below, the
export dialog after a signed export, and Verify files.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest

DOCS = Path(__file__).parent
UNIT = "kanslia-henkilosto"


def settle(app, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()
        QTest.qWait(15)


def shoot(widget, name: str) -> Path:
    target = DOCS / name
    widget.grab().save(str(target))
    print(target)
    return target


def run_dialog(app, dialog, act) -> None:
    """Show a dialog, let `act(dialog)` drive it inside its own event loop, then close."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, lambda: act(dialog))
    dialog.exec()
    settle(app)


def when_done(app, worker, then) -> None:
    """Run `then` once a Worker has finished (at once if it already has)."""
    from PySide6.QtCore import QTimer

    if worker.isFinished():
        QTimer.singleShot(0, then)
    else:
        worker.finished.connect(lambda: QTimer.singleShot(0, then))


def first_run(app, lang: str) -> None:
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.ui.settings_dialog import SettingsDialog

    workspace = Workspace.open(Path(tempfile.mkdtemp(prefix="kotodesk-shots-")))
    dialog = SettingsDialog(workspace.register, language=lang, unit_id=None, name="",
                            email="", first_run=True)
    dialog.unit.setText("Kasko")
    dialog.name.setText("Anna Testaaja")
    dialog.email.setText("anna.testaaja@hel.fi")
    dialog.show()
    settle(app)
    shoot(dialog, f"first-run.{lang}.png")
    dialog.close()
    workspace.close()


def reporting(app, lang: str) -> None:
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.storage import settings
    from kotodesk.ui.app import Controller
    from kotodesk.ui.export_dialog import ExportDialog

    home = Path(tempfile.mkdtemp(prefix="kotodesk-shots-"))
    workspace = Workspace.open(home)
    settings.put(workspace.store, unit=UNIT, user_name="Anna Testaaja",
                 user_email="anna.testaaja@hel.fi", language=lang)
    controller = Controller(workspace)
    controller.start(lang)
    window = controller.window
    window.resize(1280, 720)
    session = controller.session
    session.edit("2/3.1", "status", "green")
    session.edit("2/3.1", "narrative", "Esihenkilövalmennuksessa käsiteltiin "
                 "monimuotoisuutta; Helmi-materiaalit päivitettiin 2023.")
    window.measures.select("2/3.2")
    settle(app)
    window.editor.status.press(1)
    for key in "Anonyymi rekrytointi laajeni kahdelle toimialalle. https://www.hel.fi/rekry":
        session.edit("2/3.2", "narrative", session.value("2/3.2", "narrative") + key,
                     merge=True)
    measure = session.catalogue.measure("2/3.2")
    session.edit("2/3.2", f"value:{measure.indicators[0].name}", "2,5")
    window.measures.select("2/3.2")
    session.flush()
    settle(app, 40)  # the saved-at line and what is still missing follow within 300 ms
    shoot(window, f"main-window.{lang}.png")

    def export(dialog) -> None:
        dialog.passphrase.setText("kotoutuminen-2026")
        dialog.repeat.setText("kotoutuminen-2026")
        dialog.folder.setText(str(home / "lähtevät"))
        dialog.start()
        when_done(app, dialog.worker, lambda: (settle(app), shoot(dialog, f"export.{lang}.png"),
                                               dialog.accept()))

    run_dialog(app, ExportDialog(session, window), export)
    from kotodesk.ui.verify_dialog import VerifyDialog

    sent = sorted((home / "lähtevät").iterdir())
    tampered = home / "lähtevät" / "muokattu.xlsx"
    import openpyxl

    book = openpyxl.load_workbook(sent[-1])
    book.worksheets[1]["G5"] = "Lisätty jälkikäteen"
    book.save(tampered)

    def look(dialog) -> None:
        when_done(app, dialog.worker, lambda: (settle(app), dialog.view.selectRow(2),
                                               settle(app), shoot(dialog, f"verify.{lang}.png"),
                                               dialog.accept()))

    run_dialog(app, VerifyDialog(workspace, [*sent, tampered], window), look)
    controller.session.flush()
    window.close()
    workspace.close()


def main() -> int:
    from PySide6.QtCore import QTranslator

    from kotodesk.ui.app import create_application
    from kotodesk.ui.i18n import Translations

    app = create_application()
    for lang in ("fi", "en"):
        for old in app.findChildren(QTranslator):  # the last language's, Qt's own too
            app.removeTranslator(old)
        Translations().install(lang)
        first_run(app, lang)
        reporting(app, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
