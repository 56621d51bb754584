"""Finnish hyphenation for the PDFs: where a word may break across lines in a narrow column.

pyphen ships no Finnish dictionary, and Finnish needs none: a word breaks by its syllables,
and the rules are short (Kielitoimisto's tavutusohje). A syllable starts at a consonant that
is followed by a vowel ("ta-lo", "kaup-pa"), and between two vowels that are neither a long
vowel nor a diphthong ("ko-e", "hert-tu-a"). Compounds break at their syllables too. Words
with other letters (digits, Cyrillic, Arabic) are left to reportlab's word splitting.

The hyphen drawn at a break is U+2010 HYPHEN, which looks like the hyphen-minus a person
types: so a break kotodesk made can be told from a hyphen that was typed ("kieli- ja
kulttuuritausta"), and text taken from the PDF joined back into the words as typed
(tests/pdf_support.py does). reportlab adds a hyphen-minus at the breaks its hyphenator
gives; `install` has it add U+2010 instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

HYPHEN = "\u2010"

VOWELS = set("aeiouyäöå")
# Vowel pairs that stay in one syllable: long vowels and diphthongs. ie, uo and yö are
# diphthongs in a word's first syllable, and in compounds ("yhteis|työssä") so they are
# kept together everywhere: a missed break is harmless, a wrong one is not.
_KEPT = {a + a for a in VOWELS} | {"ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu",
                                    "iu", "ou", "ey", "iy", "äy", "öy", "ie", "uo", "yö"}
# Second parts of compounds that begin with a vowel, common in the city's reports.
_PARTS = ("ympäristö", "opetus", "opettaj", "ohjelm", "oppila", "osaami", "osallisuu",
          "asukka", "asiakka", "alue", "avustu", "ammatti", "arvioi", "aikuis", "opinto",
          "opiskel", "ikäis", "elämä", "yhteistyö", "yritys", "ulkomaa", "ihmis", "esite",
          "alkuinen", "ilmoitu", "opas", "yksikkö", "avusta", "ohjau", "ohjaa")
_WORD = re.compile(r"^[a-zäöåšž]+$", re.IGNORECASE)
MIN_PART = 2  # letters kept on either side of a break


def syllable_breaks(word: str) -> list[int]:
    """Positions in `word` where a new syllable starts (not 0)."""
    lower = word.lower()
    breaks: list[int] = []
    i = 0
    while i < len(lower):
        if lower[i] not in VOWELS:
            # A consonant before a vowel opens a syllable, once a vowel came before it.
            if i + 1 < len(lower) and lower[i + 1] in VOWELS and \
                    any(c in VOWELS for c in lower[:i]):
                breaks.append(i)
            i += 1
            continue
        end = i  # a run of vowels: long vowels and diphthongs stay, the rest split
        while end < len(lower) and lower[end] in VOWELS:
            end += 1
        j = i
        while j < end:
            j += 2 if j + 1 < end and lower[j:j + 2] in _KEPT else 1
            if j < end:
                breaks.append(j)
        i = end
    for part in _PARTS:  # a compound's seam, where the syllable rule would miss it
        at = lower.find(part, MIN_PART + 1)
        if at > 0:
            breaks = [b for b in breaks if b not in (at - 1, at + 1)] + [at]
    return sorted(b for b in set(breaks) if MIN_PART <= b <= len(word) - MIN_PART)


def finnish_pairs(word: str) -> Iterator[tuple[str, str]]:
    """(head, tail) for each break of `word`, longest head first: the callable that
    reportlab's ParagraphStyle takes as `hyphenationLang` (it adds the hyphen)."""
    return iter(_pairs(word))


@lru_cache(maxsize=4096)
def _pairs(word: str) -> tuple[tuple[str, str], ...]:
    """finnish_pairs, kept per word: reportlab asks again for each line end a word falls
    on, in each column width, and a report repeats its words (a few thousand distinct
    words are a long report's whole vocabulary, so the cache stays small)."""
    if not _WORD.match(word):
        return ()
    return tuple((word[:at], word[at:]) for at in reversed(syllable_breaks(word)))


def install() -> None:
    """Have reportlab (5.1) draw U+2010 where it adds a hyphen at a break. Its
    `_hyGenPair` gives (hyphen, its width, …, head, tail) for a word it breaks; the hyphen
    is the same width in DejaVu, and reportlab takes off the last character of a head
    again when it joins the two parts back on one line."""
    from reportlab.platypus import paragraph

    original = paragraph._hyGenPair
    if getattr(original, "kotodesk", False):
        return

    def pair(*args, **kwargs):
        found = original(*args, **kwargs)
        if found and found[0] == "-":
            return (HYPHEN, *found[1:])
        return found

    pair.kotodesk = True
    paragraph._hyGenPair = pair

    # When a table splits a paragraph between pages or rows, reportlab joins the pieces of
    # a broken word again and, for a head that stays at the end of the first part, adds a
    # hyphen-minus of its own: U+2010 there too, or the word would read "lyhy-empiä" to a
    # reader's search.
    rejoin = paragraph._rejoinSplitWords

    def rejoined(pieces):
        word = rejoin(pieces)
        if isinstance(word, paragraph._SplitWordHY) and word.endswith("-"):
            return paragraph._SplitWordHY(word[:-1] + HYPHEN)
        return word

    paragraph._rejoinSplitWords = rejoined
