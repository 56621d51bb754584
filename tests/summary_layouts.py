"""Layouts of the meeting summary and the return PDF built from seed 002's real
narratives: which measures, how many units answer each, how long their texts are. The
property test (tests/core/test_layout_property.py) draws a few with hypothesis; the soak
(benchmarks/soak_layouts.py) runs thousands.

A layout is checked the way a reader would: the PDF is built, poppler's pdftotext reads
it, and every narrative must be there whole, across page breaks; and where poppler finds
each line drawn, it must be inside its cell (`misdrawn`).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kotodesk.documents.report import COLUMNS
from kotodesk.domain.text import EXCEL_CELL_LIMIT

UNIT_NAMES = ("Kasvatuksen ja koulutuksen toimiala", "Kulttuurin ja vapaa-ajan toimiala",
              "Kaupunkiympäristön toimiala", "Sosiaali-, terveys- ja pelastustoimiala",
              "Kaupunginkanslian viestintäosasto", "Kaupunginkanslian elinkeino-osasto",
              "Kaupunginkanslian henkilöstöosasto", "Kasvatuksen ja koulutuksen toimiala, "
              "Työväenopisto", "Kulttuurin ja vapaa-ajan toimiala, Liikuntapalvelut",
              "Kaupunginkanslian maahanmuuttoyksikkö")
LENGTHS = (0, 300, 1_500, 5_000, 12_000, EXCEL_CELL_LIMIT)  # 0: a real narrative as it is
SUMMARY_HEAD = "Mitä on tehty? (yksiköittäin)"


@dataclass(frozen=True)
class Layout:
    """`measures`: (measure index in its theme, [(narrative index, length), ...] one per
    unit). `theme`: which theme; the theme's other measures stay as the seed has them."""

    theme: int
    measures: tuple[tuple[int, tuple[tuple[int, int], ...]], ...]


def seed_payload(home: Path) -> dict[str, Any]:
    """The merged payload of seed 002's round (5/2022–5/2023), from a new data folder."""
    from kotodesk.coordinator.merged import merged_payload
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.signing.sealing import now_iso

    workspace = Workspace.open(home)
    try:
        signer = {"name": "Kaisa Koordinaattori", "email": "k@hel.fi", "fingerprint": "00"}
        return merged_payload(workspace, workspace.round("5/2022-5/2023"), signer, now_iso())
    finally:
        workspace.close()


def narratives(payload: dict[str, Any]) -> list[str]:
    return [c["entry"]["narrative"] for t in payload["themes"] for m in t["measures"]
            for c in m["contributions"] if c["entry"]["narrative"]]


def text_of(texts: list[str], index: int, length: int) -> str:
    """Narrative `index`, or (length > 0) the seed's narratives from there on, joined by
    paragraph and line breaks, cut to `length` characters."""
    if not length:
        return texts[index % len(texts)]
    parts, size, i = [], 0, index
    while size < length:
        part = texts[i % len(texts)]
        parts.append(part)
        size += len(part) + 2
        i += 1
    joined = "".join(p + ("\n\n" if n % 3 == 2 else "\n" if n % 2 else " ")
                     for n, p in enumerate(parts))
    return joined[:length].strip()


def apply(base: dict[str, Any], layout: Layout) -> tuple[dict[str, Any], list[list[str]]]:
    """The merged payload of one theme with the layout's measures rewritten; the texts
    that must all be printed, per measure (the first is the unit's in a return)."""
    payload = copy.deepcopy(base)
    texts = narratives(base)
    theme = payload["themes"][layout.theme % len(payload["themes"])]
    payload["themes"] = [theme]
    printed = []
    done = set()
    for index, units in layout.measures:
        measure = theme["measures"][index % len(theme["measures"])]
        if measure["ref"] in done or not units:
            continue
        done.add(measure["ref"])
        measure["contributions"] = []
        printed.append([])
        for number, (narrative, length) in enumerate(units):
            text = text_of(texts, narrative, length)
            status = ("green", "yellow", "red")[(narrative + number) % 3]
            measure["contributions"].append({
                "unit": {"id": f"u{number}", "name": UNIT_NAMES[number % len(UNIT_NAMES)]},
                "entry": {"status": status, "values": {}, "narrative": text,
                          "reasons": "", "indicator_report": ""},
                "marks": []})
            printed[-1].append(text)
        statuses = {c["entry"]["status"] for c in measure["contributions"]}
        measure["status_note"] = "Yksiköiden tilat eroavat." if len(statuses) > 1 else ""
    return payload, printed


def as_return(payload: dict[str, Any]) -> dict[str, Any]:
    """The same measures as one unit's return: each measure's first contribution."""
    out = copy.deepcopy(payload)
    out["format"] = "kotodesk-return/1"
    out["unit"] = {"id": "u0", "name": UNIT_NAMES[0]}
    for theme in out["themes"]:
        for measure in theme["measures"]:
            contributions = measure.pop("contributions")
            measure["entry"] = contributions[0]["entry"] if contributions else {}
    return out


def bare(text: str) -> str:
    return "".join(text.split())


def missing_texts(pdf: bytes, folder: Path, texts: list[str], shares: tuple[float, ...],
                  head: str) -> list[str]:
    """The texts that pdftotext does not find whole in the PDF's last table column
    (its share of the width is the last of `shares`), once its head, repeated on each
    page, is left out."""
    from kotodesk.documents.pdf.pages import FRAME_WIDTH, MARGIN_X
    from tests.pdf_support import column_text

    left = MARGIN_X + FRAME_WIDTH * sum(shares[:-1])
    flow = bare(column_text(pdf, folder, left, FRAME_WIDTH * shares[-1] + 2))
    flow = flow.replace(bare(head), "")
    return [t[:80] for t in texts if bare(t) not in flow]


# Points that poppler's word boxes and reportlab's widths may differ by (rounding).
TOLERANCE = 0.05


def misdrawn(pdf: bytes, folder: Path, shares: tuple[float, ...], padding: float,
             head: str) -> list[str]:
    """What is drawn out of its place: a word in the page's side margins (the tables are
    as wide as the header's rules), a word outside its cell's padding in the last column
    of the tables (the narratives; on the pages whose table has that column's `head`), or
    a break hyphen with more of its line after it (kotodesk draws U+2010 only at the end
    of a line it broke: a typed one is drawn as "-")."""
    from kotodesk.documents.pdf.hyphenation import HYPHEN
    from kotodesk.documents.pdf.pages import FRAME_HEIGHT, FRAME_WIDTH, MARGIN_TOP, MARGIN_X, PAGE
    from tests.pdf_support import text_lines

    border = MARGIN_X + FRAME_WIDTH * sum(shares[:-1])
    inner = (border + padding - TOLERANCE, MARGIN_X + FRAME_WIDTH - padding + TOLERANCE)
    lines = text_lines(pdf, folder)
    first = head.split()[0]
    tables = {line.page for line in lines
              if line.words[0][2] == first and abs(line.left - border - padding) < 0.5}
    found = [] if tables else [f"no page has the table's column {head!r} where it belongs"]
    for line in lines:
        text = " ".join(word for _left, _right, word in line.words)
        where = f"page {line.page}, x {line.left:.2f}–{line.right:.2f}: {text}"
        if line.left < MARGIN_X - TOLERANCE or line.right > PAGE[0] - MARGIN_X + TOLERANCE:
            found.append(f"in the margin, {where}")
        if line.page not in tables or line.left < border or line.top < MARGIN_TOP or \
                line.bottom > MARGIN_TOP + FRAME_HEIGHT:
            continue  # not in the last column: another column, a spanning row, furniture
        if line.left < inner[0] or line.right > inner[1]:
            found.append(f"outside its cell, {where}")
        if HYPHEN in text[:-1]:
            found.append(f"a break hyphen inside a line, {where}")
    return found


@dataclass(frozen=True)
class Built:
    """One PDF of a layout, and where its narratives are: the texts it must print whole in
    its tables' last column, the columns' shares of the width, the cells' padding, the
    last column's head."""

    name: str
    pdf: bytes
    texts: list[str]
    shares: tuple[float, ...]
    padding: float
    head: str


def build(base: dict[str, Any], layout: Layout) -> list[Built]:
    """The meeting summary and the return PDF of a layout."""
    from kotodesk.documents import report, return_pdf, summary_details
    from kotodesk.documents.summary_pdf import summary_pages

    payload, texts = apply(base, layout)
    document = report.from_payload(as_return(payload))
    return [Built("summary", summary_pages(payload).data,
                  [t for measure in texts for t in measure], summary_details.DETAIL_SHARES,
                  summary_details.PADDING, SUMMARY_HEAD),
            Built("return", return_pdf.return_pages(document).data,
                  [measure[0] for measure in texts], return_pdf.COLUMN_SHARES,
                  return_pdf.PADDING, COLUMNS[-1])]


def check(base: dict[str, Any], layout: Layout, folder: Path) -> list[str]:
    """Build the summary and the return PDF of a layout; what either fails to print, and
    what either draws out of its place (`misdrawn`)."""
    lost = []
    for built in build(base, layout):
        lost += [f"{built.name}: {t}" for t in
                 missing_texts(built.pdf, folder, built.texts, built.shares, built.head) +
                 misdrawn(built.pdf, folder, built.shares, built.padding, built.head)]
    return lost


def describe(layout: Layout) -> str:
    return json.dumps({"theme": layout.theme, "measures": layout.measures})
