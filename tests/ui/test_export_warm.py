"""Opening the export dialog loads the export's libraries while the passphrase is typed
(issue 16): in a fresh process, nothing of pyHanko, openpyxl or reportlab is there while
the window alone is shown, and all of it is, with the fonts, once the dialog is open."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from kotodesk.storage import settings
from kotodesk.ui.app import Controller, create_application
from kotodesk.datafolder.workspace import Workspace

LIBRARIES = ("pyhanko", "openpyxl", "reportlab")
app = create_application()
ws = Workspace.open(Path(sys.argv[1]))
settings.put(ws.store, unit="kasko", user_name="Äimä Öljynen", language="fi")
controller = Controller(ws)
controller.start("fi", ask_first_run=False)
app.processEvents()
before = sorted({m.split(".")[0] for m in sys.modules} & set(LIBRARIES))

from kotodesk.reporting import warm_export
from kotodesk.ui.export_dialog import ExportDialog

dialog = ExportDialog(controller.session, controller.window)
dialog.show()
loop = QEventLoop()
timer = QTimer()
timer.timeout.connect(lambda: warm_export.warmed() and loop.quit())
timer.start(20)
QTimer.singleShot(60_000, loop.quit)  # a bound, not a timing: the check below says why
loop.exec()
from reportlab.pdfbase import pdfmetrics
from kotodesk.documents.pdf.text import FONT
after = sorted({m.split(".")[0] for m in sys.modules} & set(LIBRARIES))
print(json.dumps({"before": before, "after": after, "warmed": warm_export.warmed(),
                  "fonts": FONT in pdfmetrics.getRegisteredFontNames(),
                  "aiohttp": "aiohttp" in sys.modules}))
dialog.close()
controller.window.close()
ws.close()
"""


def test_the_export_dialog_warms_the_export_while_the_passphrase_is_typed(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "home")], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["before"] == []
    assert seen["warmed"], "the warm-up did not finish within a minute"
    assert seen["after"] == ["openpyxl", "pyhanko", "reportlab"]
    assert seen["fonts"] and not seen["aiohttp"]
