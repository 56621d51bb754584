"""The sheet-extent check judges the usual sheet at once; it must refuse exactly what the
tag-by-tag walk refuses, with the same words (a cheaper check must not be a weaker one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kotodesk.domain.errors import InputError
from kotodesk.xlsx import safe

PATH = Path("palautus.xlsx")

# References the walk accepts, refuses, or finds near or beyond the limits.
numbers = st.one_of(st.integers(1, 40).map(str), st.sampled_from(
    ["0", "007", " 12 ", "\t3\n", "199999", "200000", "200001", "4000", "1000000000000",
     "", "1a", "-1", "1.5", "٣"]))
letters = st.one_of(st.sampled_from(["A", "G", "$B", "aa", "ALL", "ALM", "XFD", "ZZZZZZZ",
                                     "ABCDEFGH", "", "$", "Ä"]))
quote = st.sampled_from(['"', "'"])


@st.composite
def cell(draw) -> str:
    if draw(st.integers(0, 9)) == 0:
        return "<c><v>1</v></c>"  # no reference: one after the previous
    q = draw(quote)
    ref = draw(letters) + draw(st.sampled_from(["", "$"])) + draw(numbers)
    prefix = draw(st.sampled_from(["", "x:"]))
    if draw(st.booleans()):  # r first, as spreadsheet programs write it (the usual path)
        return f"<{prefix}c r={q}{ref}{q} s=\"1\" t=\"n\"><{prefix}v>1</{prefix}v></{prefix}c>"
    return f"<{prefix}c s=\"1\" r={q}{ref}{q} t=\"n\"><{prefix}v>1</{prefix}v></{prefix}c>"


@st.composite
def row(draw) -> str:
    cells = "".join(draw(st.lists(cell(), max_size=6)))
    if draw(st.integers(0, 9)) == 0:
        return f"<row>{cells}</row>"
    q = draw(quote)
    if draw(st.booleans()):
        return f"<row r={q}{draw(numbers)}{q} spans=\"1:7\">{cells}</row>"
    return f"<row spans=\"1:7\" r={q}{draw(numbers)}{q}>{cells}</row>"


def _outcome(check, *args) -> str | None:
    try:
        check(*args)
    except InputError as exc:
        return exc.problem
    return None


@settings(max_examples=400, deadline=None)
@given(st.lists(row(), max_size=8))
def test_the_quick_judgement_refuses_what_the_walk_refuses(rows):
    xml = f"<worksheet><sheetData>{''.join(rows)}</sheetData></worksheet>".encode()
    walked = _outcome(safe._walk_extent, safe._ROW_OR_CELL.findall(xml), "s.xml", PATH)
    assert _outcome(safe._check_extent, xml, "s.xml", PATH) == walked


@pytest.mark.parametrize(("sheet", "refused"), [
    ('<row r="1"><c r="A1"/></row><row r="200001"><c r="A200001"/></row>', "row 200\u202f001"),
    ('<row r="1"><c r="ALM1"/></row>', "column 1\u202f001"),
    ('<row r="4001"><c r="A4001"/><c r="ALL4001"/></row>', "row 4\u202f001, column 1\u202f000"),
    ('<row r="1"><c r="A1"/><c r=""/></row>', "the cell reference ''"),
    ('<row r="x"><c r="A1"/></row>', "a row number 'x'"),
])
def test_a_sheet_beyond_the_limits_is_refused_with_the_walks_words(sheet, refused):
    xml = f"<worksheet><sheetData>{sheet}</sheetData></worksheet>".encode()
    with pytest.raises(InputError) as caught:
        safe._check_extent(xml, "s.xml", PATH)
    assert refused in caught.value.problem


def test_a_return_as_kotodesk_writes_it_takes_the_usual_path(tmp_path):
    """Every sheet of an exported return is judged by the usual spelling's pass (the one
    intake runs a thousand times), not walked."""
    from tests.mutants import make_return

    xlsx, _pdf, _person = make_return(tmp_path)
    found = safe.checked(PATH, xlsx.read_bytes())
    assert len(found.sheets) > 1
    assert all(safe._usual_extent(xml, len(safe._TAG_START.findall(xml)))
               for xml in found.sheets.values())


@pytest.mark.parametrize("sheet", [
    '<row r="1"><c r="A1" x:r="XFD1"/></row>',  # another r: the general path decides
    '<row r="1"><c r="A1"/><c><v>1</v></c></row>',  # a cell without its reference
    '<row r="1"><c r="A1" s=">"/></row>',
    '<row r="1"><c r="A1"/></row><row r="200001"><c r="A200001"/></row>',
    '<row r="1"><c r="A1"/><c r="A9999999"/></row>',  # a cell's number beyond its row's
])
def test_what_is_not_usual_or_reaches_far_is_left_to_the_walk(sheet):
    xml = f"<worksheet><sheetData>{sheet}</sheetData></worksheet>".encode()
    assert not safe._usual_extent(xml, len(safe._TAG_START.findall(xml)))
