"""kotodesk.ui.markup.escape stands in for html.escape in the labels of the first paint:
it must give the very same text, or a name with & or < would show differently."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from kotodesk.ui.markup import escape


@given(st.text(alphabet=st.sampled_from("&<>\"'a ä\n;#x27") | st.characters()))
def test_escape_is_html_escape(text):
    assert escape(text) == html.escape(text)


def test_every_special_character_is_a_reference():
    assert escape("Tom & Jerry's <b>\"x\"</b>") == (
        "Tom &amp; Jerry&#x27;s &lt;b&gt;&quot;x&quot;&lt;/b&gt;")
