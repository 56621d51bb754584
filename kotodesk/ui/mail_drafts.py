"""Writing e-mail drafts from the window and opening them in the person's mail program.

The core builds and writes the .eml files (`kotodesk.mail`); this module asks where, in
which language, and hands each file to the desktop: `QDesktopServices.openUrl` on the
file, which is `xdg-open` on Linux, the file's default program on Windows (Outlook, or
Windows Mail) and `open` on macOS (Apple Mail, or Outlook when it is the default). The
mail program sends; kotodesk opens no connection.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices

from kotodesk.mail import drafts
from kotodesk.mail.texts import LANGUAGES, language


def mail_language() -> str:
    """The language the window speaks, for the draft's subject and body: the locale the
    window's language set (`ui.i18n`); English where it speaks none of kotodesk's, as
    the window does then."""
    code = QLocale().name()[:2]
    return language(code) if code in LANGUAGES else "en"


def open_draft(path: Path) -> bool:
    """Hand the draft to the desktop's handler for .eml files; False when none took it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def write_and_open(items: list[drafts.Draft], folder: Path) -> tuple[list[Path], int]:
    """Write every draft, all or none (a KotodeskError says why none), then open each;
    the paths written and how many the desktop did not open."""
    written = drafts.write_all(items, folder)
    unopened = sum(0 if open_draft(p) else 1 for p in written)
    return written, unopened


def not_opened_note(count: int) -> str:
    return QCoreApplication.translate(
        "MailDrafts", "No mail program opened {0} of the drafts: open the .eml files from "
        "the folder, or attach the files to a new e-mail by hand.").format(count) \
        if count else ""
