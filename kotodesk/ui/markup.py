"""Text made safe for Qt's rich-text labels, without the standard library's `html`.

`import html` also loads html.entities, the 2,200 named references that only unescape()
reads: about 2 ms of the window's start (issue 16), where the labels of the first paint
(round header, measure, editor) only escape. Windows opened later may import html itself.
"""

from __future__ import annotations


def escape(text: str) -> str:
    """What html.escape(text) returns: & < > " ' as character references."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))
