"""Languages: kotodesk's own .qm files and Qt's, and the locale for dates and numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kotodesk.system import resources

LANGUAGES = ("fi", "sv", "en")
_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_FI"}


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


class Translations:
    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = ""

    def install(self, language: str) -> bool:
        """Switch the application's language; False if kotodesk's .qm file is missing."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        locale = QLocale(_LOCALES.get(language, "en_FI"))
        if locale.language() == QLocale.Language.C:
            locale = QLocale(QLocale.Language.English, QLocale.Territory.Finland)
        QLocale.setDefault(locale)
        found = True
        own = QTranslator(app)
        if own.load(f"kotodesk_{language}", str(resources.path("translations"))):
            app.installTranslator(own)
            self._installed.append(own)
        else:
            found = language == "en"
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt)
            self._installed.append(qt)
        self.language = language
        return found
