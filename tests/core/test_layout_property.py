"""The meeting summary and the return PDF never fail to lay out real text, and print all
of it: layouts drawn from seed 002's narratives, up to Excel's cell limit and ten units
on one measure (a longer run: benchmarks/soak_layouts.py)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.summary_layouts import LENGTHS, Layout, check, seed_payload

units = st.lists(st.tuples(st.integers(0, 200), st.sampled_from(LENGTHS)), min_size=1,
                 max_size=10)
layouts = st.builds(Layout, st.integers(0, 3),
                    st.lists(st.tuples(st.integers(0, 20), units), min_size=1, max_size=4)
                    .map(tuple))


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return seed_payload(tmp_path_factory.mktemp("seed"))


@pytest.mark.slow
@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@example(Layout(0, ((0, tuple((n, 5_000) for n in range(10))),)))  # ten units, 5,000 each
@example(Layout(1, ((2, ((7, 32_767),)), (3, ((1, 0), (2, 0), (3, 0))))))
@given(layouts)
def test_every_layout_is_built_and_prints_every_narrative(base, tmp_path, layout):
    assert check(base, layout, tmp_path) == []


@pytest.mark.slow
def test_split_hyphenated_narratives_are_drawn_inside_their_cells(base, tmp_path):
    """Every narrative of seed 002 in one text at Excel's cell limit, and three units
    beside it: split over many rows and pages, hyphenated, each line of it inside its
    cell's padding (poppler's word boxes), a break hyphen only at a line's end, and read
    back whole, in the summary and in the return."""
    from kotodesk.documents.pdf.hyphenation import HYPHEN
    from kotodesk.documents.pdf.pages import FRAME_WIDTH, MARGIN_X
    from tests.pdf_support import text_lines
    from tests.summary_layouts import build, misdrawn, missing_texts

    layout = Layout(1, ((2, ((7, 32_767),)), (3, ((1, 0), (2, 0), (3, 0)))))
    for built in build(base, layout):
        lines = text_lines(built.pdf, tmp_path)
        border = MARGIN_X + FRAME_WIDTH * sum(built.shares[:-1])
        column = [line for line in lines if line.left >= border]
        breaks = [line for line in column if line.words[-1][2].endswith(HYPHEN)]
        continued = {line.page for line in lines if line.words[0][2] == "jatkuu"}
        assert len(breaks) > 150, built.name  # hyphenated, not only cut at the spaces
        assert len(continued) >= 10, built.name  # continued on page after page
        assert missing_texts(built.pdf, tmp_path, built.texts, built.shares,
                             built.head) == []
        assert misdrawn(built.pdf, tmp_path, built.shares, built.padding, built.head) == []
