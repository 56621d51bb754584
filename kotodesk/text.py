"""Text as kotodesk keeps it: one newline convention, no characters a file format refuses.

Text arrives from Word tables, Excel, e-mail and the clipboard. XML (hence .xlsx) cannot
hold most C0 control characters, lone surrogates or U+FFFE/U+FFFF, and XML parsers turn
CR LF into LF, so both are settled once, when text enters the model.
"""

from __future__ import annotations

import re

REPLACEMENT = "\N{REPLACEMENT CHARACTER}"
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    """Text SQLite can hold: LF newlines, lone surrogates (from a broken paste) replaced.
    Other control characters are kept as typed and replaced only in exported files."""
    return _SURROGATE.sub(REPLACEMENT, normalise_newlines(text))


def illegal_characters(text: str) -> list[str]:
    """The characters of `text` that .xlsx cannot store, as U+XXXX codes."""
    return sorted({f"U+{ord(c):04X}" for c in _ILLEGAL.findall(text)})


def replace_illegal(text: str) -> str:
    """Replace what .xlsx cannot store with U+FFFD, visibly, instead of failing."""
    return _ILLEGAL.sub(REPLACEMENT, text)


def clean(value: object) -> str:
    """A cell or field value as model text: str, LF newlines, trimmed, storable."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return replace_illegal(normalise_newlines(text)).strip()


def one_line(text: str) -> str:
    """Collapse all whitespace runs to single spaces (for texts extracted from tables)."""
    return " ".join(text.split())


def looks_like_formula(text: str) -> bool:
    return text.startswith(_FORMULA_START)


def shortened(text: str, limit: int) -> str:
    """The first words of `text` within `limit` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",.;:")
    return f"{cut} …"


def file_stem(*parts: str) -> str:
    """Parts of a file name joined with "_", safe on every disk, at most 120 characters:
    "palautus_Kasko_Kotoutumisen-painopisteet-2022–2025_6–12-2023"."""
    text = "_".join(parts)
    return re.sub(r"[^\w\-–.]+", "-", text, flags=re.UNICODE).strip("-_.")[:120]
