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
