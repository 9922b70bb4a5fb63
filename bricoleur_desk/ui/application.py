"""Start the Qt application: translators, logging of Qt messages, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .errors import install_exception_hook, route_qt_messages_to_logging
from .main_window import MainWindow
from .settings import Settings


def _install_translators(app: QApplication) -> list[QTranslator]:
    """Qt's own Dutch strings (buttons, dialogs); kept referenced for the app's lifetime."""
    translators = []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(QLocale(), "qtbase", "_", qt_translations):
        app.installTranslator(translator)
        translators.append(translator)
    return translators


def run_app(path: Path | None, meeting_id: str | None) -> int:
    """Run the app; open ``path`` (at ``meeting_id``) when given, else the start screen."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Bricoleur Desk")
    app.setOrganizationName("bricoleur-desk")
    app.setApplicationDisplayName("Bricoleur Desk")
    route_qt_messages_to_logging()
    install_exception_hook()
    app._translators = _install_translators(app)  # type: ignore[attr-defined]
    window = MainWindow(Settings())
    window.show()
    if path is not None:
        window.open_path(path, meeting_id)
    return app.exec()
