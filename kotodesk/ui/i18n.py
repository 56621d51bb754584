"""Languages: kotodesk's own .qm files and Qt's, and the locale for dates and numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kotodesk.system import resources

LANGUAGES = ("fi", "sv", "en")
_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_FI"}


_current = {"language": "en"}
# The translators installed, by whichever Translations: the application speaks one language,
# so a switch removes them all (the one made early for the "already open" message, too; else
# Qt's own Finnish buttons would outlive a switch to English, which has no qtbase file).
_installed: list[QTranslator] = []


def current_language() -> str:
    """The language the window speaks now ("fi", "sv", "en")."""
    return _current["language"]


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


class Translations:
    def __init__(self) -> None:
        self.language = ""

    def install(self, language: str) -> bool:
        """Switch the application's language; False if kotodesk's .qm file is missing. A
        language kotodesk does not speak (one a newer kotodesk saved in the data folder's
        settings, or a damaged value) is the system's instead, so that the window, its
        messages and its e-mail drafts all speak one language."""
        if language not in LANGUAGES:
            language = system_language()
        app = QCoreApplication.instance()
        for translator in _installed:
            app.removeTranslator(translator)
        _installed.clear()
        locale = QLocale(_LOCALES.get(language, "en_FI"))
        if locale.language() == QLocale.Language.C:
            locale = QLocale(QLocale.Language.English, QLocale.Territory.Finland)
        QLocale.setDefault(locale)
        found = True
        own = QTranslator(app)
        if own.load(f"kotodesk_{language}", str(resources.path("translations"))):
            app.installTranslator(own)
            _installed.append(own)
        else:
            found = language == "en"
        qt = QTranslator(app)
        if any(qt.load(locale, "qtbase", "_", folder) for folder in qt_translation_folders()):
            app.installTranslator(qt)
            _installed.append(qt)
        self.language = language
        _current["language"] = language
        return found


def qt_translation_folders() -> list[str]:
    """Where Qt's own translations (qtbase_fi.qm: file dialogs, standard buttons) may be:
    where Qt says, then inside the PySide6 package (a pip install whose qt.conf points
    elsewhere), then a bundle's PySide6 folder."""
    import sys
    from pathlib import Path

    import PySide6

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(str(Path(bundle) / "PySide6" / "Qt" / "translations"))
    return [f for f in folders if f]
