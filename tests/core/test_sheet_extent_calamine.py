"""The sheet-extent check must see every cell calamine places, however the tags are
spelled: calamine's XML reader takes a tag's name up to the first space, its prefix up to
the first ":" (so <é:c> and <a/b:c> are cells to it) and a quoted ">" as part of a value.
A cell it places beyond the limits that the check did not see makes it allocate the whole
range (at XFD1048576, hundreds of GB: the process aborts). Here calamine itself is the
judge, at extents it can hold: whatever the check lets through, calamine places within
the limits."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from kotodesk.domain.errors import InputError
from kotodesk.xlsx import safe
from tests.support import one_sheet_workbook

PATH = Path("palautus.xlsx")
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def workbook(sheet_data: str) -> bytes:
    """A minimal workbook whose one sheet holds `sheet_data` inside <sheetData>."""
    return one_sheet_workbook(
        f'<worksheet xmlns="{_MAIN}" xmlns:x="{_MAIN}"><sheetData>{sheet_data}'
        "</sheetData></worksheet>".encode())


def calamine_reach(data: bytes) -> tuple[int, int] | None:
    """The last row and column (1-based) calamine places a value in; None when it
    cannot read the sheet (then kotodesk refuses the file as unreadable anyway)."""
    try:
        sheet = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0)
    except Exception:  # any refusal by calamine is a refusal
        return None
    end = sheet.end
    return (end[0] + 1, end[1] + 1) if end is not None else (0, 0)


def passes(data: bytes) -> bool:
    try:
        safe.checked(PATH, data)
    except InputError:
        return False
    return True


# Spellings calamine's reader accepts, and some it does not; references within the limits
# and just beyond them: a row beyond in the first columns, or a column beyond in the first
# rows (calamine holds either; both at once would be 200 million cells).
prefixes = st.sampled_from(["", "x:", "é:", "a/b:", "a<b:", "a</b:", ":", "a\x0cb:",
                            "x.y-z:", "a b:", "!x:"])
spaces = st.sampled_from([" ", "\t", "\n", "  ", "\x0c"])
tall = (st.sampled_from([1, 2, safe.MAX_ROWS + 1, safe.MAX_ROWS + 2]), st.sampled_from(["A", "C"]))
wide = (st.integers(1, 3), st.sampled_from(["A", "C", "ALL", "ALM", "AMA"]))
others = st.sampled_from(['s="1"', 't="n"', 'x=">"', "x='>'", "x=' r=\"A9\"'",
                          'x="<"', 'x:r="A3"', 'spans="1:7"', "r='B2'"])


@st.composite
def tag(draw, name: str, reference: str, content: str) -> str:
    prefix, space = draw(prefixes), draw(spaces)
    before = "".join(space + a for a in draw(st.lists(others, max_size=2)))
    after = "".join(space + a for a in draw(st.lists(others, max_size=2)))
    quote = draw(st.sampled_from(['"', "'"]))
    r = f"{space}r={quote}{reference}{quote}" if draw(st.integers(0, 5)) else ""
    return f"<{prefix}{name}{before}{r}{after}>{content}</{prefix}{name}>"


@st.composite
def sheet_rows(draw) -> str:
    rows, columns = draw(st.sampled_from([tall, wide]))
    out = []
    for _ in range(draw(st.integers(1, 3))):
        number = draw(rows)
        cells = "".join(draw(tag("c", f"{draw(columns)}{number}", "<v>1</v>"))
                        for _ in range(draw(st.integers(1, 2))))
        out.append(draw(tag("row", str(number), cells)))
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(sheet_rows())
def test_calamine_places_nothing_beyond_the_limits_in_a_sheet_the_check_lets_through(data):
    book = workbook(data)
    reach = calamine_reach(book)
    if passes(book) and reach is not None:
        last_row, last_column = reach
        assert last_row <= safe.MAX_ROWS and last_column <= safe.MAX_COLUMNS, (data, reach)


@pytest.mark.parametrize("spelling", [
    '<é:row r="1048576"><é:c r="XFD1048576"><v>1</v></é:c></é:row>',
    '<a/b:row r="1048576"><a/b:c r="XFD1048576"><v>1</v></a/b:c></a/b:row>',
    '<row x=">" r="1048576"><c x="a>b" r="XFD1048576"><v>1</v></c></row>',
    "<row r=\"2\"><c x=' r=\"A2\"' r=\"XFD2\"><v>1</v></c></row>",
])
def test_a_cell_beyond_the_limits_is_refused_however_its_tags_are_spelled(spelling):
    """calamine places each of these cells (the first three made it abort the process,
    allocating 17 billion cells); the check refuses them unread."""
    with pytest.raises(InputError, match="refused unread"):
        safe.checked(PATH, workbook('<row r="1"><c r="A1"><v>1</v></c></row>' + spelling))
    reach = calamine_reach(workbook(spelling.replace("1048576", "2")))
    assert reach is not None and reach[1] == 16384  # calamine does place the cell


@pytest.mark.parametrize("sheet_data", [
    '<row r="1" spans="1:2" x14ac:dyDescent="0.25"><c r="A1" s="1" t="inlineStr">'
    '<is><t>Tavoitteet</t></is></c><c r="B1"/></row>',
    '<x:row r="1"><x:c r="A1" t="n"><x:v>1</x:v></x:c></x:row><x:row r="2" />',
    "<row r='1'><c r='A1' t='n' ><v>1</v></c></row>",
    '<row><c><v>1</v></c><c t="n"><v>2</v></c></row>',
])
def test_sheets_as_spreadsheet_programs_write_them_pass(sheet_data):
    assert passes(workbook(sheet_data))
