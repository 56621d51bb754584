"""Where a text changed, as an undo step or the cursor after an undo needs it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kotodesk.domain.text import changed_span


@pytest.mark.parametrize("before, after, span", [
    ("Toimenpide etenee.", "Toimenpide etenee hyvin.", (17, 0, 6)),
    ("Toimenpide etenee.", "Toimenpide.", (10, 7, 0)),
    ("", "liitetty teksti", (0, 0, 15)),
    ("sama", "sama", (4, 0, 0)),
    ("aa", "aaa", (2, 0, 1)),  # the later of the places it may be
    ("kissa 😀", "kissa 😀🇫🇮", (7, 0, 2)),
])
def test_the_span_names_what_was_removed_and_put_in(before, after, span):
    assert changed_span(before, after) == span


@given(st.text(max_size=40), st.text(max_size=40))
def test_putting_the_span_back_gives_the_new_text(before, after):
    start, removed, inserted = changed_span(before, after)
    assert before[:start] + after[start:start + inserted] + before[start + removed:] == after
