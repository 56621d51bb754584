"""A status level's words in the reader's language.

The default scale is the 2019 report's legend, in Finnish; its Swedish and English
wordings are here. A programme's own scale keeps its own words: a window in another
language shows the translations the programme carries (StatusLevel.translations), and
its Finnish words where it carries none, never a guess.
"""

from __future__ import annotations

from kotodesk.domain.model import DEFAULT_SCALE, StatusLevel
from kotodesk.domain.text import clean

_DEFAULT_WORDINGS: dict[str, dict[str, str]] = {
    "green": {"sv": "Har inletts och framskrider enligt tidsplanen",
              "en": "Started and on schedule"},
    "yellow": {"sv": "Har inletts men ligger efter tidsplanen",
               "en": "Started but behind schedule"},
    "red": {"sv": "Har inte inletts / inleds inte",
            "en": "Not started / will not be started"},
}
_DEFAULT = {(level.code, level.label): _DEFAULT_WORDINGS[level.code]
            for level in DEFAULT_SCALE}


def level_label(level: StatusLevel, language: str) -> str:
    """The level's words in `language` ("fi", "sv", "en"); its own label otherwise."""
    own = dict(level.translations).get(language)
    if own:
        return own
    return _DEFAULT.get((level.code, level.label), {}).get(language, level.label)


def translations_of(level: dict) -> tuple[tuple[str, str], ...]:
    """A scale level's own wordings in other languages ({"sv": "…", "en": "…"})."""
    found = level.get("translations")
    if not isinstance(found, dict):
        return ()
    return tuple(sorted((str(k), clean(str(v))) for k, v in found.items() if v))
