"""Reading never dies (issue 11, "What is wrong today", bullet 8): a cell at the last
column and row, damaged deflate data, a compression method the zip module does not know,
a pipe and a link to /dev/zero, each named like a return. Each is refused by name with a
message (never exit 3, an abort or a hang), and a merge of a folder holding them all takes
in the genuine return."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from kotodesk.documents import verify
from tests.support import coordinator_ready, make_identity, one_sheet_workbook, signed_return


@pytest.fixture(scope="module")
def person():
    return make_identity("Heli Henkilöstö")


@pytest.fixture(scope="module")
def good(tmp_path_factory, person) -> Path:
    return signed_return(tmp_path_factory.mktemp("unit"), person,
                         {"2/3.1": {"status": "green", "narrative": "Hyvä palautus."}})


def last_cell(target: Path, row: int = 1048576) -> Path:
    """A small, honest workbook (made with zipfile) with one cell at XFD1048576 (or XFD
    of `row`): calamine would allocate 17 billion cells for it and abort the process."""
    sheet = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tavoitteet</t></is></c>'
             b'</row><row r="%d"><c r="XFD%d"><v>1</v></c></row></sheetData>'
             b"</worksheet>") % (row, row)
    target.write_bytes(one_sheet_workbook(sheet + b" " * 40_000))
    return target


def _member_offsets(data: bytes, name: bytes) -> tuple[int, int]:
    """(local header offset, central directory entry offset) of the member `name`."""
    local = next(i for i in _all(data, b"PK\x03\x04")
                 if data[i + 30:i + 30 + len(name)] == name)
    central = next(i for i in _all(data, b"PK\x01\x02")
                   if data[i + 46:i + 46 + len(name)] == name)
    return local, central


def _all(data: bytes, signature: bytes):
    start = 0
    while (found := data.find(signature, start)) != -1:
        yield found
        start = found + 1


def damaged_deflate(good: Path, target: Path) -> Path:
    """The deflate stream of the styles part overwritten with an invalid block type:
    zlib raises zlib.error, which escaped as exit 3."""
    data = bytearray(good.read_bytes())
    local, _ = _member_offsets(bytes(data), b"xl/styles.xml")
    name_len, extra_len = struct.unpack_from("<HH", data, local + 26)
    start = local + 30 + name_len + extra_len
    data[start:start + 4] = b"\xff\xff\xff\xff"
    target.write_bytes(bytes(data))
    return target


def unknown_method(good: Path, target: Path) -> Path:
    """The styles part claims compression method 99 (AES): zipfile raises
    NotImplementedError, which escaped as exit 3."""
    data = bytearray(good.read_bytes())
    local, central = _member_offsets(bytes(data), b"xl/styles.xml")
    struct.pack_into("<H", data, local + 8, 99)
    struct.pack_into("<H", data, central + 10, 99)
    target.write_bytes(bytes(data))
    return target


def test_a_cell_at_the_last_column_and_row_is_refused_before_any_reader_sees_it(tmp_path):
    path = last_cell(tmp_path / "viimeinen.xlsx")
    assert path.stat().st_size < 60_000
    result = verify.verify_file(path, set())
    assert result.status == verify.UNREADABLE
    assert "reaches row 1\u202f048\u202f576: beyond what kotodesk reads" in result.message
    wide = verify.verify_file(last_cell(tmp_path / "leveä.xlsx", row=2), set())
    assert wide.status == verify.UNREADABLE
    assert "reaches row 2, column 16\u202f384: beyond" in wide.message, wide.message


def test_damaged_deflate_data_is_unreadable(good, tmp_path):
    result = verify.verify_file(damaged_deflate(good, tmp_path / "rikki.xlsx"), set())
    assert result.status == verify.UNREADABLE
    assert "damaged or truncated .xlsx (part xl/styles.xml: error" in result.message


def test_an_unknown_compression_method_is_unreadable(good, tmp_path):
    result = verify.verify_file(unknown_method(good, tmp_path / "aes.xlsx"), set())
    assert result.status == verify.UNREADABLE
    assert "NotImplementedError" in result.message, result.message


def test_a_pipe_named_like_a_return_is_refused_without_waiting(tmp_path, no_hang):
    fifo = tmp_path / "putki.xlsx"
    os.mkfifo(fifo)
    result = verify.verify_file(fifo, set())
    assert result.status == verify.UNREADABLE and "not a regular file" in result.message


def test_a_link_to_an_endless_device_is_refused_without_reading(tmp_path, no_hang):
    link = tmp_path / "nollat.xlsx"
    link.symlink_to("/dev/zero")
    for name in (link, tmp_path / "nollat.pdf"):
        if name != link:
            name.symlink_to("/dev/zero")
        result = verify.verify_file(name, set())
        assert result.status == verify.UNREADABLE and "not a regular file" in result.message


def test_a_merge_of_a_folder_with_every_bad_file_takes_in_the_rest(good, person, tmp_path,
                                                                    home, cli, monkeypatch,
                                                                    no_hang):
    folder = tmp_path / "saapuneet"
    folder.mkdir()
    (folder / "palautus.xlsx").write_bytes(good.read_bytes())
    last_cell(folder / "viimeinen.xlsx")
    damaged_deflate(good, folder / "rikki.xlsx")
    unknown_method(good, folder / "aes.xlsx")
    os.mkfifo(folder / "putki.xlsx")
    (folder / "nollat.pdf").symlink_to("/dev/zero")
    me = coordinator_ready(home, monkeypatch, person)
    merged = tmp_path / "koottu.xlsx"
    result = cli("merge", folder, "--xlsx", merged, "--json")
    assert result.code == 1, result.err  # refused files: not exit 3
    data = result.json()
    assert [Path(r["file"]).name for r in data["accepted"]] == ["palautus.xlsx"]
    refused = {Path(r["file"]).name: r for r in data["rejected"]}
    assert set(refused) == {"viimeinen.xlsx", "rikki.xlsx", "aes.xlsx", "putki.xlsx",
                            "nollat.pdf"}
    assert all(r["status"] == verify.UNREADABLE and r["reason"] for r in refused.values())
    assert verify.verify_file(merged, {me.info.fingerprint}).status == verify.VALID
