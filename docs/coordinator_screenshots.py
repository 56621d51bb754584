"""Regenerate the coordinator's screenshots in docs/ (offscreen, 1280×720):

    .venv/bin/python docs/coordinator_screenshots.py

A fresh coordinator's data folder takes in the batch of tests/returns_batch.py (real
signed returns of three units, Kasko's .pdf beside its .xlsx, an unsigned edited copy
in conflict, a renamed picture) through the window's own inbox, as a drop would.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.returns_batch

from screenshots import settle, shoot

from kotodesk.datafolder.workspace import Workspace
from kotodesk.storage import settings, trust
from kotodesk.ui.app import create_application
from kotodesk.ui.i18n import Translations
from tests.returns_batch import HENKILOSTO, make_batch


def main() -> int:
    from PySide6.QtCore import QTranslator

    app = create_application()
    for lang in ("fi", "en"):
        for old in app.findChildren(QTranslator):
            app.removeTranslator(old)
        Translations().install(lang)
        shoot_coordinator(app, lang)
    return 0


def shoot_coordinator(app, lang: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="kotodesk-shots-"))
    batch = make_batch(folder / "mail", folder / "unit")
    workspace = Workspace.open(folder / "coordinator")
    for unit in ("kasko", "kuva"):  # the signers the coordinator has trusted before
        trust.add(workspace.store, batch["people"][unit].certificate)
    settings.put(workspace.store, user_name="Kirsi Koordinaattori")
    from kotodesk.ui.coordinator.window import CoordinatorWindow

    window = CoordinatorWindow(workspace, None)
    window.show()
    window.inbox.take_in_paths([folder / "mail"])
    while window.inbox.run is not None:
        settle(app, 1)
    names = [r.file_name for r in window.inbox.model.rows()]
    window.inbox.view.selectRow(names.index(batch["paths"][HENKILOSTO].name))
    settle(app)
    shoot(window, f"coordinator-inbox.{lang}.png")

    tab = window.completeness
    window.tabs.setCurrentWidget(tab)
    units = [tab.units.row(r).unit.id for r in range(tab.units.rowCount())]
    tab.matrix_view.setCurrentIndex(tab.matrix.index(units.index("kasko"), 0))
    settle(app)
    shoot(window, f"coordinator-completeness.{lang}.png")
    window.close()
    workspace.close()


if __name__ == "__main__":
    sys.exit(main())
