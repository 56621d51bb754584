"""A workbook's declared count of shared texts must not abort the process.

calamine reserves room for every shared text the workbook declares (<sst uniqueCount>)
before it reads one: a 1 KB attachment declaring four billion made it ask for 96 GB and
abort, so `kotodesk verify` on it, or the coordinator's window dropping it alone, ended
with SIGABRT. The guarded opening refuses such a declaration unread; calamine itself is
shown to abort on it, so the guard is not guarding against nothing.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kotodesk.domain.errors import InputError
from kotodesk.xlsx import safe
from tests.support import _MAIN, one_sheet_workbook

ROOT = Path(__file__).resolve().parents[2]
PATH = Path("liite.xlsx")
_SHEET = (f'<worksheet xmlns="{_MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
          "</row></sheetData></worksheet>").encode()
_RELATION = ('<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/'
             '2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
_TYPE = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')


def with_shared_texts(sst: str, name: str = "xl/sharedStrings.xml") -> bytes:
    """A small workbook whose one cell shows shared text 0 of the part `sst`."""
    plain = zipfile.ZipFile(io.BytesIO(one_sheet_workbook(_SHEET)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for member in plain.namelist():
            data = plain.read(member)
            if member == "[Content_Types].xml":
                data = data.replace(b"</Types>", _TYPE.encode() + b"</Types>")
            elif member == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>",
                                    _RELATION.encode() + b"</Relationships>")
            z.writestr(member, data)
        z.writestr(name, sst)
    return out.getvalue()


def sst(declaration: str) -> str:
    return f'<sst xmlns="{_MAIN}" {declaration}><si><t>Tavoitteet</t></si></sst>'


def _calamine_reads(path: Path) -> subprocess.CompletedProcess:
    code = ("import sys; from python_calamine import CalamineWorkbook as W; "
            "print(W.from_path(sys.argv[1]).get_sheet_by_index(0).to_python())")
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                          text=True, timeout=120)


# Spellings calamine's attribute reader takes (spaces and form feeds around "=", either
# quote, leading zeros).
ABORTING = ['count="1" uniqueCount="4000000000"', "count='1' uniqueCount = '4000000000'",
            'uniqueCount\x0c=\x0c"4000000000"', 'uniqueCount="00000000000000004000000000"']


@pytest.mark.parametrize("declaration", ABORTING)
def test_calamine_itself_aborts_on_a_large_declaration(declaration, tmp_path):
    path = tmp_path / "liite.xlsx"
    path.write_bytes(with_shared_texts(sst(declaration)))
    assert _calamine_reads(path).returncode == -6  # SIGABRT: memory allocation failed


@pytest.mark.parametrize("declaration", [
    *ABORTING, f'uniqueCount="{safe.MAX_SHARED_TEXTS + 1}"',
    'uniqueCount="99999999999999999999999999"'])
def test_a_declaration_beyond_the_limit_is_refused_unread(declaration):
    with pytest.raises(InputError, match="texts, more than kotodesk reads") as caught:
        safe.checked(PATH, with_shared_texts(sst(declaration)))
    assert "xl/sharedStrings.xml" in caught.value.problem


def test_the_part_is_looked_at_whatever_it_is_called():
    with pytest.raises(InputError, match="texts, more than kotodesk reads"):
        safe.checked(PATH, with_shared_texts(sst('uniqueCount="4000000000"'),
                                             name="xl/SHAREDSTRINGS.xml"))


@pytest.mark.parametrize("declaration", [
    'count="1" uniqueCount="1"', f'uniqueCount="{safe.MAX_SHARED_TEXTS}"', 'count="7"', ""])
def test_a_workbook_as_spreadsheet_programs_write_it_is_read(declaration, tmp_path):
    data = with_shared_texts(sst(declaration))
    safe.checked(PATH, data)
    path = tmp_path / "liite.xlsx"
    path.write_bytes(data)
    read = _calamine_reads(path)
    assert read.returncode == 0 and "Tavoitteet" in read.stdout, read.stderr[-400:]


def test_verify_says_why_instead_of_aborting(tmp_path):
    """The whole path a coordinator takes: `kotodesk verify` on the attachment alone
    (refused by the check before its examiner reads it) exits 1 with the reason."""
    path = tmp_path / "liite.xlsx"
    path.write_bytes(with_shared_texts(sst('uniqueCount="4000000000"')))
    env = dict(os.environ, KOTODESK_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "kotodesk", "verify", str(path)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 1, (done.returncode, done.stderr[-400:])
    assert "declares 4\u202f000\u202f000\u202f000 texts" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
