"""The guarded .xlsx reader: hostile and broken files are refused quickly with a reason."""

from __future__ import annotations

import tracemalloc

import openpyxl
import pytest

from kotodesk.catalogue.text_format import read_table_text
from kotodesk.catalogue.xlsx_format import write_catalogue
from kotodesk.domain.errors import InputError
from kotodesk.xlsx.safe import checked_zip, load_workbook
from tests.support import SEED_001, lying_zip, with_entity_bomb, with_macro, zip_bomb


@pytest.fixture(scope="module")
def valid(tmp_path_factory):
    path = tmp_path_factory.mktemp("valid") / "catalogue.xlsx"
    write_catalogue(read_table_text(SEED_001), path)
    return path


def test_defusedxml_is_active():
    assert openpyxl.DEFUSEDXML is True


def test_valid_workbook_opens(valid):
    assert "Ohjelma" in load_workbook(valid).sheetnames


@pytest.mark.parametrize("name", ["macros.xlsm", "renamed.xlsx"])
def test_macro_parts_are_refused_whatever_the_name(valid, tmp_path, name):
    path = with_macro(valid, tmp_path / name)
    with pytest.raises(InputError, match="contains macros"):
        load_workbook(path)


def test_entity_expansion_is_refused(valid, tmp_path):
    path = with_entity_bomb(valid, tmp_path / "laughs.xlsx")
    with pytest.raises(InputError, match="entity or DTD"):
        load_workbook(path)


def test_zip_bomb_is_refused_quickly_with_bounded_memory(tmp_path):
    path = zip_bomb(tmp_path / "bomb.xlsx", megabytes=150)
    assert path.stat().st_size < 2 * 2**20
    tracemalloc.start()
    with pytest.raises(InputError, match="zip bomb"):
        checked_zip(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 16 * 2**20  # refused from the directory, nothing unpacked


def test_member_larger_than_it_declares_is_refused(tmp_path):
    path = lying_zip(tmp_path / "liar.xlsx")
    tracemalloc.start()
    # zipfile itself stops at the declared size and then fails the CRC; either way the
    # member is never unpacked beyond what it declares.
    with pytest.raises(InputError, match=r"holds more than it declares|damaged or truncated"):
        checked_zip(path)
    assert tracemalloc.get_traced_memory()[1] < 64 * 2**20
    tracemalloc.stop()


@pytest.mark.parametrize("content, problem", [
    (b"", "empty"),
    (b"Tavoitteet;Toimenpiteet\n", "not a zip archive"),
    (b"%PDF-1.7\n", "not a zip archive"),
])
def test_non_xlsx_content_is_refused(tmp_path, content, problem):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(InputError, match=problem):
        load_workbook(path)


def test_truncated_workbook_is_refused(valid, tmp_path):
    path = tmp_path / "cut.xlsx"
    path.write_bytes(valid.read_bytes()[: valid.stat().st_size // 2])
    with pytest.raises(InputError, match="damaged or truncated"):
        load_workbook(path)


def test_zip_without_workbook_parts_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "plain.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(InputError, match="Content_Types"):
        load_workbook(path)
