"""On Linux a draft reaches the desktop's mail program through xdg-open: the real window
stack (Qt's xcb platform on an X server, xvfb-run) hands the .eml to the xdg-open it
finds on PATH. Here that is a stand-in that writes down what it was given."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

CHILD = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from kotodesk.mail.drafts import Draft
from kotodesk.ui.mail_drafts import write_and_open

app = QApplication([])
folder, attachment = Path(sys.argv[1]), Path(sys.argv[2])
draft = Draft(subject="Palautus: Kulttuurin ja vapaa-ajan toimiala", body="Hei,\\n",
              to=("Kaisa Koordinaattori <kaisa@hel.fi>",), attachments=(attachment,),
              name="palautus_Kuva_6–12-2023")
written, unopened = write_and_open([draft], folder)
print(written[0], unopened)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="xdg-open is the Linux desktop's")
@pytest.mark.skipif(not shutil.which("xvfb-run"),
                    reason="xvfb-run not installed (python3 dev.py setup test installs it)")
def test_a_draft_is_handed_to_xdg_open(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "xdg-open-was-given.txt"
    fake = bin_dir / "xdg-open"
    fake.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" >> '{record}'\n")
    fake.chmod(0o755)
    attachment = tmp_path / "palautus Kuva.pdf"
    attachment.write_bytes(b"%PDF-1.7\n%\xe4\xf6\n")
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "QT_QPA_PLATFORM": "xcb"}
    for name in ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                 "GNOME_DESKTOP_SESSION_ID"):
        env.pop(name, None)  # no desktop named: Qt uses xdg-open, as on most Linux desktops
    done = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", CHILD,
                           str(tmp_path / "luonnokset"), str(attachment)],
                          env=env, capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    written, unopened = done.stdout.split()[-2:]
    assert unopened == "0"
    given = record.read_text().split()
    assert len(given) == 1 and urlparse(given[0]).scheme == "file"
    assert Path(unquote(urlparse(given[0]).path)) == Path(written)
    assert Path(written).name == "palautus_Kuva_6–12-2023.eml"
