"""Bookmarks and internal links in kotodesk's PDFs.

An outline entry (what a PDF reader lists beside the pages) and a link both point at a
named destination, made where a flowable is drawn; pdf_pages' canvas binds each to the
page it lands on.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from kotodesk.documents.pdf.text import LINK_COLOUR, escape, paragraph


class Marked(Flowable):
    """A flowable that, where it is drawn, becomes the destination of outline entries
    (key, title, level): the bookmarks a PDF reader lists beside the pages."""

    def __init__(self, inner: Flowable, entries: list[tuple[str, str, int]]) -> None:
        super().__init__()
        self.inner, self.entries = inner, entries

    def wrap(self, availWidth, availHeight):
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        return []  # headings and spacers move whole

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)
        for key, title, level in self.entries:
            self.canv.bookmarkHorizontal(key, 0, self.height + 14)
            self.canv.addOutlineEntry(title, key, level=level, closed=False)
        self.canv.showOutline()


def heading(text: str, key: str, style: ParagraphStyle) -> Marked:
    """A heading (a person's text) that is a top-level entry of the outline."""
    return Marked(paragraph(text, style, links=False), [(key, text, 0)])


def anchor(ref: str) -> str:
    """The named destination of a measure ("1/1.1"), for links to its detail row."""
    return "toimenpide-" + re.sub(r"[^0-9A-Za-z.-]", "-", ref)


def link(ref: str) -> str:
    """Paragraph markup: `ref` as a link to the measure's detail row."""
    return f'<a href="#{anchor(ref)}" color="{LINK_COLOUR}">{escape(ref)}</a>'
