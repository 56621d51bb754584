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
    return f"<{prefix}c s=\"1\" r={q}{ref}{q} t=\"n\"><{prefix}v>1</{prefix}v></{prefix}c>"


@st.composite
def row(draw) -> str:
    cells = "".join(draw(st.lists(cell(), max_size=6)))
    if draw(st.integers(0, 9)) == 0:
        return f"<row>{cells}</row>"
    q = draw(quote)
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
    ('<row r="1"><c r="A1"/></row><row r="200001"><c r="A200001"/></row>', "row 200,001"),
    ('<row r="1"><c r="ALM1"/></row>', "column 1,001"),
    ('<row r="4001"><c r="A4001"/><c r="ALL4001"/></row>', "row 4,001, column 1,000"),
    ('<row r="1"><c r="A1"/><c r=""/></row>', "the cell reference ''"),
    ('<row r="x"><c r="A1"/></row>', "a row number 'x'"),
])
def test_a_sheet_beyond_the_limits_is_refused_with_the_walks_words(sheet, refused):
    xml = f"<worksheet><sheetData>{sheet}</sheetData></worksheet>".encode()
    with pytest.raises(InputError) as caught:
        safe._check_extent(xml, "s.xml", PATH)
    assert refused in caught.value.problem
