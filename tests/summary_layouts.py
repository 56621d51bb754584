"""Layouts of the meeting summary and the return PDF built from seed 002's real
narratives: which measures, how many units answer each, how long their texts are. The
property test (tests/core/test_layout_property.py) draws a few with hypothesis; the soak
(benchmarks/soak_layouts.py) runs thousands.

A layout is checked the way a reader would: the PDF is built, poppler's pdftotext reads
it, and every narrative must be there whole, across page breaks.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kotodesk.report import COLUMNS
from kotodesk.xlsx_write import EXCEL_CELL_LIMIT

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
    from kotodesk.merged import merged_payload
    from kotodesk.signing import now_iso
    from kotodesk.workspace import Workspace

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
    from kotodesk.pdf_pages import FRAME_WIDTH, MARGIN_X
    from tests.pdf_support import column_text

    left = MARGIN_X + FRAME_WIDTH * sum(shares[:-1])
    flow = bare(column_text(pdf, folder, left, FRAME_WIDTH * shares[-1] + 2))
    flow = flow.replace(bare(head), "")
    return [t[:80] for t in texts if bare(t) not in flow]


def check(base: dict[str, Any], layout: Layout, folder: Path) -> list[str]:
    """Build the summary and the return PDF of a layout; what either fails to print."""
    from kotodesk import report
    from kotodesk.return_pdf import COLUMN_SHARES, return_pages
    from kotodesk.summary_details import DETAIL_SHARES
    from kotodesk.summary_pdf import summary_pages

    payload, texts = apply(base, layout)
    lost = missing_texts(summary_pages(payload).data, folder,
                         [t for measure in texts for t in measure], DETAIL_SHARES,
                         SUMMARY_HEAD)
    document = report.from_payload(as_return(payload))
    lost += [f"return: {t}" for t in missing_texts(
        return_pages(document).data, folder, [measure[0] for measure in texts],
        COLUMN_SHARES, COLUMNS[-1])]
    return lost


def describe(layout: Layout) -> str:
    return json.dumps({"theme": layout.theme, "measures": layout.measures})
