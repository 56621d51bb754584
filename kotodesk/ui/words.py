"""The core's messages (kotodesk.domain.messages) in the window's language.

The core returns English text that remembers its code and parameters; here it is said
again through the "Messages" context of the installed translations. A text that is not a
message (a name, a library's own error) is shown as it is.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from kotodesk.domain.messages import Message, of_error, render, technical
from kotodesk.domain.model import StatusLevel, Unit
from kotodesk.domain.scale_words import level_label
from kotodesk.ui.i18n import current_language

# Why a certificate was revoked, by the codes of x509.ReasonFlags that the certificate
# authority's window offers, as it offers them; the list of issued certificates and the
# verification of a revoked signer's file said the code ("orsak: key_compromise").
REASON_WORDS = {
    "unspecified": QT_TRANSLATE_NOOP("CaDialog", "No reason given"),
    "affiliation_changed": QT_TRANSLATE_NOOP("CaDialog", "Left the unit or the programme"),
    "superseded": QT_TRANSLATE_NOOP("CaDialog", "Replaced by a new certificate"),
    "cessation_of_operation": QT_TRANSLATE_NOOP("CaDialog", "No longer reports"),
    "key_compromise": QT_TRANSLATE_NOOP("CaDialog", "Key lost or compromised"),
}


def reason_text(code: str) -> str:
    """A revocation reason in the window's language; a code kotodesk does not offer
    (from another issuer's list) as it is."""
    return QCoreApplication.translate("CaDialog", REASON_WORDS[code]) \
        if code in REASON_WORDS else code


def _translate(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def said(text: str) -> str:
    """`text` in the window's language, when it is one of the core's messages, its days
    in the window's locale. A library's own words inside it (English) are left out of the
    window and logged."""
    if technical(text):
        logging.getLogger("kotodesk").info("said without its technical detail: %s", text)
    return render(_local_days(text), _translate) if text else ""


def sentence(text: str) -> str:
    """said(text) as a sentence on its own (the core's messages begin in lower case, to
    be joined into others): its first letter capital."""
    shown = said(text)
    return shown[:1].upper() + shown[1:]


def _local_days(text: str) -> str:
    """A message whose days (the core's ISO 8601, as the command line writes them) are
    in the window's locale: "already received as … on 7.12.2026", not "on 2026-12-07"."""
    if not isinstance(text, Message):
        return text
    params = {}
    for name, value in text.params.items():
        if name == "parts":
            value = tuple(_local_days(part) for part in value)
        elif name == "date" and isinstance(value, str):
            value = local_date(value)
        elif name == "reason" and value in REASON_WORDS:
            value = reason_text(value)
        elif name in ("unit", "units") and isinstance(value, str) \
                and not isinstance(value, Message) and current_language() == "sv":
            value = _swedish_units(value)
        elif isinstance(value, Message):
            value = _local_days(value)
        params[name] = value
    return Message(text.code, **params)


@cache
def _unit_names() -> tuple[re.Pattern[str], dict[str, str]]:
    from kotodesk.system.register_names import swedish_by_finnish

    names = swedish_by_finnish()
    # Longest first: "Kasvatuksen ja koulutuksen toimiala, Työväenopisto" is one unit, not
    # the division's name followed by ", Työväenopisto".
    ordered = sorted(names, key=len, reverse=True)
    # Whole names only: "Kaupunginkanslia" is not inside "Kaupunginkanslian …".
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)"), names


def _swedish_units(text: str) -> str:
    """The register's units named in `text` (one, a list, or quoted) by their Swedish
    names: the core names units as it keeps them, in Finnish."""
    pattern, names = _unit_names()
    return pattern.sub(lambda m: names[m.group(0)], text) if names else text


def level_text(level: StatusLevel) -> str:
    """A status level's words in the window's language (a programme's own scale keeps
    its words where it carries no translation)."""
    return level_label(level, current_language())


def unit_text(unit: Unit) -> str:
    """A unit's name in the window's language: its official Swedish name in a Swedish
    window (when the city gives it one), its Finnish name otherwise."""
    return unit.name_sv if current_language() == "sv" and unit.name_sv else unit.name


def unit_label_text(unit: Unit, language: str | None = None) -> str:
    """A unit's name with its abbreviation, as lists and pickers show it, in `language`
    (the window's by default): "Fostrans- och utbildningssektorn (Kasko)" in Swedish."""
    swedish = (language or current_language()) == "sv" and unit.name_sv
    name = unit.name_sv if swedish else unit.name
    return f"{name} ({unit.abbreviation})" if unit.abbreviation else name


def local_date(day: date | str) -> str:
    """A day in the window's locale (7.12.2026 in Finnish and Swedish), not ISO 8601;
    an ISO text ("2026-12-07…") is read first, anything else is shown as it is."""
    if isinstance(day, str):
        parsed = QDate.fromString(day[:10], "yyyy-MM-dd")
        if not parsed.isValid():
            return day
        return QLocale().toString(parsed, QLocale.FormatType.ShortFormat)
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)


def error_text(exc: BaseException) -> str:
    """An error the core reports to a person (KotodeskError), in the window's language:
    its first argument is the message when the core made one."""
    return said(of_error(exc))
