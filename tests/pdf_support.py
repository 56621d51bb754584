"""Helpers for the PDF tests: real returns from the sample data, and poppler's tools."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kotodesk.documents.return_pdf import return_pdf_bytes
from kotodesk.reporting import returns
from kotodesk.reporting.entries import apply_edits
from kotodesk.signing import sealing as signing
from kotodesk.signing.keys import Identity

POPPLER_MISSING = ("poppler-utils (pdftotext, pdfsig) is not installed here; .ci/run "
                   "installs it, and without it the PDF cannot be checked independently")

# Narratives in the scripts a Helsinki return meets (issue 4, part 8).
FINNISH = "Kielitietoinen pedagogiikka on käytössä kaikissa päiväkodeissa ja kouluissa."
CYRILLIC = "Материалы переведены на русский язык и розданы школам."
ARABIC = "تمت ترجمة المواد"  # "the materials were translated"; short, so one line
ARABIC_LONG = ("تمت ترجمة المواد إلى اللغة العربية وتوزيعها على المدارس. " * 3
               + "\nالمرحلة الثانية 2024 (Helsinki).")


def signature_gap(pdf: bytes) -> tuple[int, int]:
    """Start and end of the hex /Contents the signature leaves out of its byte range."""
    numbers = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    assert numbers, "the PDF has no /ByteRange"
    a, b, c, _ = (int(n) for n in numbers.groups())
    assert a == 0
    return b, c


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(POPPLER_MISSING)
    return path


def pdftotext(pdf: bytes, tmp_path: Path, *, first: int | None = None,
              last: int | None = None, raw: bool = False, joined: bool = True) -> str:
    """The PDF's text as poppler reads it; `raw` keeps the drawing order, so that a table
    cell's lines come together instead of interleaved with the next column's; `joined`:
    the words kotodesk hyphenated joined again (`unhyphenated`)."""
    source = tmp_path / "text-source.pdf"
    source.write_bytes(pdf)
    command = [tool("pdftotext"), "-enc", "UTF-8", *(["-raw"] if raw else [])]
    if first:
        command += ["-f", str(first)]
    if last:
        command += ["-l", str(last)]
    done = subprocess.run([*command, str(source), "-"], capture_output=True, check=True,
                          timeout=60)
    text = done.stdout.decode("utf-8")
    return unhyphenated(text) if joined else text


def unhyphenated(text: str) -> str:
    """Words that kotodesk hyphenated at a line's end joined again, as a reader's search in
    the PDF finds them: kotodesk draws its breaks with U+2010 and a typed U+2010 as "-"
    (pdftotext -raw sometimes joins the two lines itself, keeping the hyphen)."""
    return re.sub("\u2010\n?", "", text)


# The head of the summary's detail tables, repeated on every page a theme runs on.
DETAIL_HEAD = "Nro Toimenpide Tila Mitä on tehty? (yksiköittäin)"


def flowing_text(pdf: bytes, tmp_path: Path, *, heads: set[str] = frozenset()) -> str:
    """The PDF's text (raw order) as one flow without the page breaks: each page's
    furniture (its last two lines, header and footer), the table heads repeated on a new
    page (the lines in `heads`) and the "1.1 / jatkuu" markers are left out, so that a
    narrative that continues on the next page reads as one text again. Hyphenated words
    are joined after that: a page's last line that ends in a break would otherwise be
    joined to the page's header, drawn after it."""
    import re

    flow = []
    for page in pdftotext(pdf, tmp_path, raw=True, joined=False).split("\f"):
        lines = page.rstrip("\n").split("\n")[:-2]
        kept: list[str] = []
        for line in lines:
            marker = re.match(r"jatkuu( |$)", line)
            if marker and kept and re.fullmatch(r"\d+[\w.]*", kept[-1].strip()):
                kept.pop()  # the measure's number, drawn above "jatkuu"
                line = line[marker.end():]
            if line.strip() and line.strip() not in heads:
                kept.append(line)
        flow += kept
    return unhyphenated("\n".join(flow))


def column_text(pdf: bytes, tmp_path: Path, left: float, width: float) -> str:
    """The text of one table column on every page (raw order): the page cropped to the
    body's height between `left` and `left + width` (points), so that a cell's text reads
    on without the other columns' or the page furniture between its parts."""
    from kotodesk.documents.pdf.pages import FRAME_HEIGHT, MARGIN_TOP

    source = tmp_path / "column-source.pdf"
    source.write_bytes(pdf)
    crop = ["-x", str(int(left)), "-y", str(int(MARGIN_TOP)), "-W", str(int(width)),
            "-H", str(int(FRAME_HEIGHT) + 1)]
    done = subprocess.run([tool("pdftotext"), "-enc", "UTF-8", "-raw", *crop, str(source),
                           "-"], capture_output=True, check=True, timeout=120)
    return unhyphenated(done.stdout.decode("utf-8"))


@dataclass(frozen=True)
class Line:
    """A line of text as poppler finds it drawn: its page (from 1), its box in points from
    the page's top left corner, and its words, each (left, right, text)."""

    page: int
    left: float
    top: float
    right: float
    bottom: float
    words: tuple[tuple[float, float, str], ...]


_BOX = r'xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)"'
_PAGE_LINE_WORD = re.compile(rf"(<page )|<line {_BOX}>|<word {_BOX}>([^<]*)</word>")


def text_lines(pdf: bytes, tmp_path: Path) -> list[Line]:
    """Every line of text in the PDF with where it is drawn (pdftotext -bbox-layout)."""
    source = tmp_path / "lines-source.pdf"
    source.write_bytes(pdf)
    done = subprocess.run([tool("pdftotext"), "-enc", "UTF-8", "-bbox-layout", str(source),
                           "-"], capture_output=True, check=True, timeout=120)
    lines: list[Line] = []
    page = 0
    for match in _PAGE_LINE_WORD.finditer(done.stdout.decode("utf-8")):
        if match.group(1):
            page += 1
        elif match.group(2) is not None:
            left, top, right, bottom = (float(match.group(n)) for n in range(2, 6))
            lines.append(Line(page, left, top, right, bottom, ()))
        else:
            word = (float(match.group(6)), float(match.group(8)),
                    html.unescape(match.group(10)))
            last = lines[-1]
            lines[-1] = Line(last.page, last.left, last.top, last.right, last.bottom,
                             (*last.words, word))
    return lines


def page_count(pdf: bytes, tmp_path: Path) -> int:
    source = tmp_path / "info-source.pdf"
    source.write_bytes(pdf)
    done = subprocess.run([tool("pdfinfo"), str(source)], capture_output=True, check=True,
                          timeout=60, text=True)
    line = next(x for x in done.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def closed_round_payload(workspace, identity: Identity) -> dict[str, Any]:
    """Kasko's real return for 5/2022–5/2023, with the narratives of the city's report."""
    round_ = workspace.round("5/2022-5/2023")
    return returns.gather(workspace, round_, workspace.unit("kasko"),
                          signing.signer_part(identity))


def open_round_payload(workspace, identity: Identity, edits: dict[str, dict[str, str]]
                       ) -> dict[str, Any]:
    """Kasko's return for the open round after `edits` {measure ref: {field: value}}."""
    round_ = workspace.round()
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    for ref, fields in edits.items():
        apply_edits(workspace.store, catalogue, round_, "kasko", ref, fields, "Testi")
    return returns.gather(workspace, round_, workspace.unit("kasko"),
                          signing.signer_part(identity))


def signed_pdf(payload: dict[str, Any], identity: Identity) -> bytes:
    return return_pdf_bytes(payload, signing.seal(payload, identity), identity)
