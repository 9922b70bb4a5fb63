"""The interface language: Qt's own and the app's Dutch translators, switchable while running."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resources import resource_path

log = logging.getLogger(__name__)

DUTCH = "nl"
ENGLISH = "en"  # the source texts: nothing to install
APP_DUTCH = "bricoleur_nl.qm"


def app_translator(language: str) -> QTranslator | None:
    """The app's own translator for ``language``, loaded but not installed (None: the English source texts)."""
    translator = QTranslator()
    if language == DUTCH and translator.load(APP_DUTCH, str(resource_path("translations"))):
        return translator
    return None


class Translations:
    """Installs the translators for one language; switching sends LanguageChange to every widget.

    The translators are kept referenced here, because Qt does not own them.
    """

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self._names: list[str] = []  # the .qm files of the installed translators
        self._language = ENGLISH
        self._locale_before = QLocale()

    def language(self) -> str:
        """The language whose translators are installed now (``"en"`` when none are)."""
        return self._language

    def loaded(self) -> list[str]:
        """The translation files installed now, e.g. ``["qtbase_nl.qm", "bricoleur_nl.qm"]``."""
        return list(self._names)

    def apply(self, language: str) -> None:
        """Install the translators for ``language`` ("nl" or "en"), removing the previous ones."""
        app = QCoreApplication.instance()
        if app is None or language == self._language:
            return
        self.remove()
        if language == DUTCH:
            QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install(app, "qtbase_nl.qm", qt_folder)
            self._install(app, APP_DUTCH, str(resource_path("translations")))
        self._language = language

    def remove(self) -> None:
        """Remove every translator installed here: the interface shows the English source texts."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                app.removeTranslator(translator)
        self._installed.clear()
        self._names.clear()
        if self._language != ENGLISH:
            QLocale.setDefault(self._locale_before)
        self._language = ENGLISH

    def _install(self, app: QCoreApplication, name: str, folder: str) -> None:
        translator = QTranslator()
        if not translator.load(name, folder):
            # the app still works, in English; say so in the log rather than on screen
            log.warning("no translation %s in %s", name, folder)
            return
        app.installTranslator(translator)
        self._installed.append(translator)
        self._names.append(name)
