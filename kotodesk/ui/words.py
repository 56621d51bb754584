"""The core's messages (kotodesk.domain.messages) in the window's language.

The core returns English text that remembers its code and parameters; here it is said
again through the "Messages" context of the installed translations. A text that is not a
message (a name, a library's own error) is shown as it is.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kotodesk.domain.messages import of_error, render
from kotodesk.domain.model import StatusLevel, Unit
from kotodesk.domain.scale_words import level_label
from kotodesk.ui.i18n import current_language


def _translate(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def said(text: str) -> str:
    """`text` in the window's language, when it is one of the core's messages."""
    return render(text, _translate) if text else ""


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
