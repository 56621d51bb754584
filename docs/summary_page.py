"""Regenerate docs/summary-page.png: page 2 of the meeting summary of the 2019 report of the
2017–2021 programme (seed 000), the statuses per theme as a table and a chart, from a fresh
data folder. That report states statuses in its own words for half its measures; seed 002
(5/2022–5/2023) states one, so its chart would be all "not stated".

    .venv/bin/python docs/summary_page.py      (needs poppler's pdftoppm)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from kotodesk.coordinator.merged import merged_payload
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents.summary_pdf import write_summary_pdf
from kotodesk.signing import keys
from kotodesk.signing.sealing import now_iso, seal, signer_part

DOCS = Path(__file__).parent


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="kotodesk-summary-"))
    me = keys.new_identity(name="Koordinaattori", email="koordinaattori@hel.fi",
                           unit="Maahanmuuttoyksikkö", organisation="Helsingin kaupunki")
    workspace = Workspace.open(folder / "home")
    try:
        report = workspace.round("2019", "kotouttamisohjelma-2017-2021")
        payload = merged_payload(workspace, report, signer_part(me), now_iso())
    finally:
        workspace.close()
    pdf = folder / "yhteenveto.pdf"
    write_summary_pdf(payload, seal(payload, me), me, pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "2", "-l", "2", "-singlefile",
                    str(pdf), str(DOCS / "summary-page")], check=True)
    print(DOCS / "summary-page.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
