"""The core's messages (kotodesk.domain.messages) in the window's language.

The core returns English text that remembers its code and parameters; here it is said
again through the "Messages" context of the installed translations. A text that is not a
message (a name, a library's own error) is shown as it is.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from kotodesk.domain.messages import of_error, render, technical
from kotodesk.domain.model import StatusLevel, Unit
from kotodesk.domain.scale_words import level_label
from kotodesk.ui.i18n import current_language


def _translate(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def said(text: str) -> str:
    """`text` in the window's language, when it is one of the core's messages. A
    library's own words inside it (English) are left out of the window and logged."""
    if technical(text):
        logging.getLogger("kotodesk").info("said without its technical detail: %s", text)
    return render(text, _translate) if text else ""


def level_text(level: StatusLevel) -> str:
    """A status level's words in the window's language (a programme's own scale keeps
    its words where it carries no translation)."""
    return level_label(level, current_language())


def unit_text(unit: Unit) -> str:
    """A unit's name in the window's language: its official Swedish name in a Swedish
    window (when the city gives it one), its Finnish name otherwise."""
    return unit.name_sv if current_language() == "sv" and unit.name_sv else unit.name


def error_text(exc: BaseException) -> str:
    """An error the core reports to a person (KotodeskError), in the window's language:
    its first argument is the message when the core made one."""
    return said(of_error(exc))
