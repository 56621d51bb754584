"""Every number a workbook declares, at its extremes, must not stop the reader.

The native reader trusts some numbers a workbook states (how many shared texts, where a
cell is) and reserves memory for them first: a declared count of four billion shared
texts made it abort the process. Here a real signed return, saved again by LibreOffice
(so it holds the parts spreadsheet programs write: shared texts, number formats, styles,
sheet views), has each numeric attribute of each part set to extremes in turn, and so
has each number of its signed PDF's dictionaries and cross-reference tables; verification
runs on every such file in a child process: the child must finish, with a verdict. The
soak (`python3 dev.py soak numbers`) sets every occurrence, not only the first of each
name, to eight values, not three.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.mutants import make_return
from tests.support import soffice

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def real_files(tmp_path_factory) -> tuple[Path, Path]:
    """The return's .xlsx saved again by LibreOffice, and its signed .pdf."""
    folder = tmp_path_factory.mktemp("extremes")
    xlsx, pdf, _person = make_return(folder)
    out = folder / "lo"
    soffice("--convert-to", "xlsx", "--outdir", str(out), str(xlsx), cwd=folder)
    (saved,) = out.glob("*.xlsx")
    return saved, pdf


@pytest.mark.slow
def test_no_number_at_its_extremes_stops_verification(real_files, tmp_path):
    soak = [sys.executable, str(ROOT / "benchmarks" / "soak_numbers.py"), *map(str, real_files),
            "--per-name", "1", "--extremes", "3"]
    done = subprocess.run(soak, capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert done.returncode == 0, (done.stdout[-2000:], done.stderr[-2000:])
    counted = int(done.stdout.split("mutants: ")[1].split()[0].replace(",", ""))
    assert counted > 500  # the parts LibreOffice writes and the PDF hold that many numbers
    assert "children stopped: 0" in done.stdout
    # The shared texts' declared count is among them, and is refused rather than read.
    assert "refused uniqueCount" in done.stdout, done.stdout[-2000:]
