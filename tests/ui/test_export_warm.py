"""The window's export runs in a child process started when the export dialog opens
(issue 16): the child loads pyHanko, openpyxl, reportlab and the fonts while the
passphrase is typed, and the window process never imports them, so the memory they take
goes when the export ends. Checked in a fresh process with the real dialog: the child is
warm before Export is pressed, the files are written and verify, and the window process
still has none of those libraries afterwards; a wrong passphrase comes back as the
window's own message and the next try works."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop
from kotodesk.storage import settings
from kotodesk.ui.app import Controller, create_application
from kotodesk.datafolder.workspace import Workspace

LIBRARIES = ("pyhanko", "openpyxl", "reportlab", "aiohttp")
def loaded():
    return sorted({m.split(".")[0] for m in sys.modules} & set(LIBRARIES))

home, secret = Path(sys.argv[1]), sys.argv[2]
app = create_application()
ws = Workspace.open(home)
controller = Controller(ws)
controller.start("fi", ask_first_run=False)
app.processEvents()
before = loaded()

from kotodesk.ui.export_dialog import ExportDialog

dialog = ExportDialog(controller.session, controller.window)
dialog.show()
warmed = dialog.child.warmed(timeout=60)  # a bound, not a timing: asserted below

def press(passphrase, folder):
    dialog.folder.setText(str(folder))
    dialog.passphrase.setText(passphrase)
    dialog.start()
    while not dialog.export_button.isEnabled():  # until the child has answered
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
    return dialog.message.text()

wrong = press("not the passphrase at all", home / "out-wrong")
result_after_wrong = dialog.result
right = press(secret, home / "out")
written = [str(dialog.result.xlsx), str(dialog.result.pdf)] if dialog.result else []
print(json.dumps({"before": before, "warmed": warmed, "after": loaded(), "wrong": wrong,
                  "result_after_wrong": result_after_wrong is not None, "right": right,
                  "written": written}))
dialog.close()
controller.window.close()
ws.close()
"""

SECRET = "Oikea tunnuslause 42"


def test_the_export_runs_in_a_warm_child_and_leaves_the_window_light(tmp_path):
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.documents import verify
    from kotodesk.signing import keys
    from kotodesk.storage import settings

    identity = keys.new_identity(name="Äimä Öljynen", email="aima@hel.fi", unit="Kasko",
                                 organisation="Helsingin kaupunki")
    home = tmp_path / "home"
    ws = Workspace.open(home)
    settings.put(ws.store, unit="kasko", user_name="Äimä Öljynen", language="fi")
    ws.close()
    keys.save_identity(home, identity, SECRET)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(home), SECRET], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["before"] == []
    assert seen["warmed"], "the export's process did not load its libraries within a minute"
    assert "Väärä tunnuslause" in seen["wrong"] and not seen["result_after_wrong"]
    assert not (home / "out-wrong").exists()
    assert len(seen["written"]) == 2, seen["right"]
    assert seen["after"] == [], "the window process imported the export's libraries"
    for path in seen["written"]:
        assert verify.verify_file(path, {identity.info.fingerprint}).status == verify.VALID
