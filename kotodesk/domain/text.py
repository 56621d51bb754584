"""Text as kotodesk keeps it: one newline convention, no characters a file format refuses.

Text arrives from Word tables, Excel, e-mail, PDF viewers and the clipboard. XML (hence
.xlsx) cannot hold most C0 control characters, lone surrogates or U+FFFE/U+FFFF, XML
parsers turn CR LF into LF, and a control character draws as nothing or as a box in a PDF.
So text is settled once, when it enters: line breaks in every spelling (CR LF, CR, vertical
tab, form feed, NEL, U+2028/U+2029) become LF, and the other C0 and C1 controls, lone
surrogates, noncharacters and U+FFFD (the trace of an earlier broken decode) are removed.
The person sees the cleaned text in the field; no file kotodesk writes carries U+FFFD.
"""

from __future__ import annotations

import re
from datetime import datetime

# The most characters an Excel cell holds; openpyxl cuts a longer text there. A return's
# text longer than this cannot travel in its .xlsx: the editor says so as it is typed and
# the export refuses it (kotodesk.reporting.returns.check_payload).
EXCEL_CELL_LIMIT = 32_767
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# C0 controls but TAB and LF, DEL and the C1 controls, surrogates, U+FFFD-U+FFFF.
_DROPPED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffd-\uffff]")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def entered(text: str) -> str:
    """Text as kotodesk keeps it (see the module's docstring); not trimmed, so that the
    field a person types in can show it back unchanged but for what was removed."""
    if text.isprintable() and "\ufffd" not in text:  # the usual case, without regexes
        return text
    return _DROPPED.sub("", _BREAKS.sub("\n", text))


def storable(text: str) -> str:
    """Text SQLite and every file format can hold: `entered`."""
    return entered(text)


def replace_illegal(text: str) -> str:
    """Text for a file: `entered` (older databases may still hold controls)."""
    return entered(text)


def clean(value: object) -> str:
    """A cell or field value as model text: str, LF newlines, trimmed, storable."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return entered(text).strip()


def one_line(text: str) -> str:
    """Collapse all whitespace runs to single spaces (for texts extracted from tables)."""
    return " ".join(text.split())


def shortened(text: str, limit: int) -> str:
    """The first words of `text` within `limit` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",.;:")
    return f"{cut} …"


def changed_span(before: str, after: str) -> tuple[int, int, int]:
    """Where `after` differs from `before`: (start, characters removed, characters put in
    their place). An undo or a redo puts the cursor where the text changed, and typing
    is told from a paste by it. Of two places an ambiguous change (a letter typed next
    to the same letter) may be, the later one."""
    shorter = min(len(before), len(after))
    low, high = 0, shorter  # the common prefix's length, by halving: compared in C
    while low < high:
        middle = (low + high + 1) // 2
        if before[:middle] == after[:middle]:
            low = middle
        else:
            high = middle - 1
    start = low
    low, high = 0, shorter - start  # the common suffix's, within what is left
    while low < high:
        middle = (low + high + 1) // 2
        if before[len(before) - middle:] == after[len(after) - middle:]:
            low = middle
        else:
            high = middle - 1
    return start, len(before) - start - low, len(after) - start - low


def file_stem(*parts: str) -> str:
    """Parts of a file name joined with "_", safe on every disk, at most 120 characters:
    "palautus_Kasko_Kotoutumisen-painopisteet-2022–2025_6–12-2023"."""
    text = "_".join(parts)
    return re.sub(r"[^\w\-–.]+", "-", text, flags=re.UNICODE).strip("-_.")[:120]


def grouped(number: int) -> str:
    """4 000 000 000: a number in a message, grouped by narrow no-break spaces, which read
    alike in English, Finnish and Swedish (a comma is the decimal sign in the latter
    two, so "4,000" would read as four)."""
    return f"{number:,}".replace(",", "\u202f")


def time_text(moment: datetime) -> str:
    """"25.11.2026 klo 16.32 (UTC+02:00)": a moment as a Finnish reader writes it, in the
    time zone it carries, with that zone's offset (so that a reader elsewhere, or after a
    change to summer time, still reads the time the signer's clock said)."""
    zone = moment.strftime("%z")
    offset = f" (UTC{zone[:3]}:{zone[3:]})" if zone else ""
    return f"{moment.day}.{moment.month}.{moment.year} klo {moment:%H.%M}{offset}"
