"""The .xlsx and the PDF of one return state the same signing time, in the signer's local
time with its offset, and the workbook still verifies where another time zone is local."""

from __future__ import annotations

import time
from pathlib import Path

import openpyxl
import pytest

from kotodesk.documents import verify
from tests.pdf_support import pdftotext

PASS = "salasana-2026"


@pytest.fixture
def helsinki(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Helsinki")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_xlsx_and_pdf_state_the_same_local_signing_time(cli, helsinki, tmp_path, monkeypatch):
    monkeypatch.setenv("KOTODESK_PASSPHRASE", PASS)
    assert cli("key", "new", "--name", "Heli", "--email", "heli@hel.fi", "--unit",
               "kasko").code == 0
    made = cli("return", "export", "--unit", "kasko", "--out", tmp_path / "out", "--json")
    assert made.code == 0, made.err
    files = made.json()
    sheet = openpyxl.load_workbook(files["xlsx"])["Yhteenveto"]
    [stated] = [row[1].value for row in sheet.iter_rows() if row[0].value == "Allekirjoitettu"]
    assert stated.endswith(("(UTC+02:00)", "(UTC+03:00)")), stated  # winter or summer time
    pdf = pdftotext(Path(files["pdf"]).read_bytes(), tmp_path)
    assert stated in " ".join(pdf.split()), (stated, pdf[:400])

    monkeypatch.setenv("TZ", "America/New_York")  # the coordinator reads it elsewhere
    time.tzset()
    result = verify.verify_file(Path(files["xlsx"]), set())
    assert result.status in (verify.VALID, verify.UNKNOWN_SIGNER), result.status
