"""Indicators: proposing typed indicators from a monitoring text, and their values.

The source's "Seuranta" cells run several indicators together, each usually closed by a
type marker: "Kartoitus tehty (kyllä/ei) Osallistamalla toteutettujen ohjelmistojen
määrä". The split proposes one typed indicator per clause; the whole text stays as the
measure's `monitoring`, so nothing of the original wording is lost if a split is wrong.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kotodesk.domain.model import Indicator, IndicatorType

if TYPE_CHECKING:
    from decimal import Decimal

_YES_NO = re.compile(r"\((?:kyllä|tehty)\s*/\s*ei(?:\s+tehty)?[^)]*\)", re.IGNORECASE)
# "määrä", "määrän", "osallistujamäärät" but not "määrällinen"; "lkm", "kpl".
_COUNT_WORD = re.compile(r"määr(?:ä|än|ät|ää)\b|\blkm\b|\bkpl\b", re.IGNORECASE)
_PERCENT = re.compile(r"%")
_NUMBER_UNIT = re.compile(r"\((?:[^()]*\b(?:€|eur|euroa|kk|h|tuntia|pv)\b[^()]*)\)", re.IGNORECASE)
# A count clause that asks for more than one thing: "(osallistujamäärä/kurssit/h)",
# "määrä ja laadullinen palaute", "asukastilaisuudet ja niiden osallistujamäärät".
_SLASH_LIST = re.compile(r"\([^()]*/[^()]*\)")
_JOINED = re.compile(r"\s(?:ja|sekä)\s", re.IGNORECASE)
# A capitalised plain word after a lower-case word: the start of a run-together clause.
_PLAIN_CAPITAL = re.compile(r"^[A-ZÅÄÖ][a-zåäöé]+[,:;]?$")
_SENTENCE_END = re.compile(r"[.!?]$")
_LEADING_JOINERS = re.compile(r"^(?:[,;:]\s*|ja\s+|sekä\s+)+", re.IGNORECASE)

YES = "yes"
NO = "no"
_YES_WORDS = {"yes", "kyllä", "ja", "k", "y", "1", "true", "on", "tehty"}
_NO_WORDS = {"no", "ei", "nej", "e", "n", "0", "false", "off", "ei tehty"}


def propose_type(clause: str) -> IndicatorType:
    """The type a clause's own wording suggests; text when nothing does.

    A count clause that asks for several things ("Koulutusten määrä ja laadullinen
    palaute", "(osallistujamäärä/kurssit/h)") is text: one count field could hold only
    one of its numbers, and the unit reporting it would have to drop the rest.
    """
    if _YES_NO.search(clause):
        return IndicatorType.YES_NO
    if _PERCENT.search(clause):
        return IndicatorType.PERCENT
    if _COUNT_WORD.search(clause):
        if _SLASH_LIST.search(clause) or _JOINED.search(clause):
            return IndicatorType.TEXT
        return IndicatorType.COUNT
    if _NUMBER_UNIT.search(clause):
        return IndicatorType.NUMBER
    return IndicatorType.TEXT


def _is_type_marker(token: str) -> bool:
    return bool(_YES_NO.search(token) or token.startswith("(%") or token.rstrip(".,;") == "(%)")


def split_clauses(monitoring: str) -> list[str]:
    """Split a monitoring text into the clauses that are probably separate indicators."""
    tokens = monitoring.split()
    clauses: list[list[str]] = [[]]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        current = clauses[-1]
        if current and _starts_new_clause(current, token, tokens[i + 1 : i + 2]):
            clauses.append([])
            current = clauses[-1]
        # A parenthesised marker may span several tokens: "(kyllä/ei, miten)."
        if token.startswith("(") and ")" not in token:
            group = [token]
            while i + 1 < len(tokens) and ")" not in group[-1]:
                i += 1
                group.append(tokens[i])
            token = " ".join(group)
        current.append(token)
        i += 1
    result = []
    for words in clauses:
        clause = _LEADING_JOINERS.sub("", " ".join(words)).strip()
        if clause:
            result.append(clause)
    return result


def _starts_new_clause(current: list[str], token: str, following: list[str]) -> bool:
    previous = current[-1]
    previous_closes_marker = previous.endswith((")", ").", "),", ");")) and (
        _is_type_marker(previous) or _YES_NO.search(" ".join(current[-4:]))
    )
    if previous_closes_marker:
        return True  # "(kyllä/ei) Järjestöyhteistyön …", "(kyllä/ei) ja vieraskielisten …"
    if _SENTENCE_END.search(previous) and (token[:1].isupper() or token[:1].isdigit()):
        return len(current) > 1 and not previous.endswith(("mm.", "esim.", "n.", "ks."))
    # "… laadullinen palaute Järjestöfoorumien määrä …"
    return bool(
        _PLAIN_CAPITAL.match(token)
        and previous[-1:].islower()
        and not (following and following[0].startswith("-"))
        and len(current) >= 2
    )


def _name_of(clause: str) -> str:
    """The clause without its type marker and closing punctuation."""
    name = _YES_NO.sub("", clause)
    name = re.sub(r"\(\s*%\s*\)", "", name)
    name = re.sub(r"\s+([.,;:])", r"\1", name)
    name = " ".join(name.split()).rstrip(" .,;:") or clause.strip()
    return name[:1].upper() + name[1:]


def propose_indicators(monitoring: str) -> tuple[Indicator, ...]:
    """Typed indicators proposed from a monitoring text (empty text: none)."""
    indicators: list[Indicator] = []
    seen: set[str] = set()
    for clause in split_clauses(monitoring):
        name = _name_of(clause)
        base, n = name, 2
        while name in seen:  # names identify values, so they must be unique per measure
            name = f"{base} ({n})"
            n += 1
        seen.add(name)
        indicators.append(Indicator(name=name, type=propose_type(clause), wording=clause))
    return tuple(indicators)


DIGITS_KEPT = 15  # the most digits before or after the point a figure may have (Excel's)


_THOUSANDS = re.compile(r"-?\d{1,3}(?:[,.]\d{3})+")


class IndicatorValueError(ValueError):
    """A value that does not fit its indicator's type; the message says why, for a user."""


def parse_value(kind: IndicatorType, text: str) -> str:
    """Canonical stored form of a typed value, accepting how people write it.

    Decimals may use a comma ("12,5", the Finnish way) or a point; "%" and spaces between
    thousands are ignored. Stored numbers use a point; yes/no are "yes"/"no"; "" clears.
    """
    raw = " ".join(text.split())
    if not raw:
        return ""
    if kind is IndicatorType.TEXT:
        return text.strip()
    if kind is IndicatorType.YES_NO:
        low = raw.lower()
        if low in _YES_WORDS:
            return YES
        if low in _NO_WORDS:
            return NO
        raise IndicatorValueError(f"{raw!r} is not yes or no (kyllä/ei)")
    from decimal import Decimal, InvalidOperation  # when a value is typed, not at start-up

    number = raw.replace("\u00a0", "").replace(" ", "").rstrip("%").replace("−", "-")
    if kind is IndicatorType.COUNT and _THOUSANDS.fullmatch(number):
        # "1,000" or "1.000": a thousand to one who groups thousands so, one (with three
        # decimals) to the comma's Finnish reading: a count was saved as 1. Refused.
        raise IndicatorValueError(f"{raw!r} is not a count: write a thousand as 1000 or "
                                  "1 000")
    if number.count(",") == 1 and "." not in number:
        number = number.replace(",", ".")
    try:
        value = Decimal(number)
    except InvalidOperation:
        raise IndicatorValueError(f"{raw!r} is not a number") from None
    if not value.is_finite():
        raise IndicatorValueError(f"{raw!r} is not a number")
    if value and not -DIGITS_KEPT <= value.adjusted() < DIGITS_KEPT:
        # "1e9999999" would be written out digit by digit (a count took minutes, with
        # the window frozen); nobody reports a figure of 10^15 or below 10^-15.
        raise IndicatorValueError(f"{raw!r} is not a number a report gives")
    if kind is IndicatorType.COUNT:
        if value != value.to_integral_value() or value < 0:
            raise IndicatorValueError(f"{raw!r} is not a count (a whole number, 0 or more)")
        return str(int(value))
    if kind is IndicatorType.PERCENT and not (0 <= value <= 100):
        raise IndicatorValueError(f"{raw!r} is not a percentage between 0 and 100")
    return format_decimal(value)


def format_decimal(value: Decimal) -> str:
    """Plain decimal notation without exponent or trailing zeros: "12.5", "3"."""
    text = format(value.normalize(), "f")
    return "0" if text in {"-0", ""} else text


def display_value(kind: IndicatorType, stored: str, *, decimal_comma: bool = True) -> str:
    """A stored value as a Finnish reader writes it ("12,5 %", "kyllä")."""
    if not stored:
        return ""
    if kind is IndicatorType.YES_NO:
        return {YES: "kyllä", NO: "ei"}.get(stored, stored)
    if kind in (IndicatorType.PERCENT, IndicatorType.NUMBER, IndicatorType.COUNT):
        shown = stored.replace(".", ",") if decimal_comma else stored
        return f"{shown} %" if kind is IndicatorType.PERCENT else shown
    return stored
