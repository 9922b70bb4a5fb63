"""``bricoleur-desk open FILE --check``: open the window, say what it shows, quit.

How CI smoke-tests the bundle and how an IT department can check an installation without
looking at a screen: one line once the window is usable (the dossier, the language and the
translation files, the menus), one when the name scanner has loaded, exit 1 when any is missing.
A dialog that would wait for a person (an error, a passphrase) is printed and refused.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from .main_window import MainWindow
from .name_scanning import NameScanning
from .translations import DUTCH, Translations

DUTCH_FILES = {"qtbase_nl.qm", "bricoleur_nl.qm"}


class InstallCheck:
    def __init__(
        self, app: QApplication, window: MainWindow, translations: Translations, scanning: NameScanning
    ) -> None:
        self._app = app
        self._window = window
        self._translations = translations
        self._scanning = scanning
        self._code = 0
        self._started = 0.0
        self._dialogs = QTimer(window, interval=100)
        self._dialogs.timeout.connect(self._refuse_dialog)

    def run(self, path: Path | None, meeting_id: str | None) -> None:
        self._dialogs.start()
        if path is not None:
            self._window.open_path(path, meeting_id)
        self._code = self._say_what_shows()
        self._started = time.perf_counter()
        if self._scanning.is_ready or self._window.opened is None:
            self._finish()
        else:
            self._scanning.ready.connect(self._finish)

    def _say_what_shows(self) -> int:
        window = self._window
        opened = window.opened
        language = self._translations.language()
        loaded = self._translations.loaded()
        menus = ", ".join(action.text().replace("&", "") for action in window.menuBar().actions())
        dossier = f"dossier {opened.session.dossier.title!r} open" if opened is not None else "no dossier open"
        print(
            f"bricoleur-desk: check: {dossier}; language {language} ({', '.join(loaded) or 'no translations'}); "
            f"menus: {menus}; window {window.windowTitle()!r}",
            flush=True,
        )
        complete = language != DUTCH or set(loaded) >= DUTCH_FILES
        return 0 if opened is not None and window.isVisible() and complete else 1

    def _finish(self) -> None:
        if self._window.opened is not None:
            if self._scanning.failure:
                print(f"bricoleur-desk: check: name scanner not loaded: {self._scanning.failure}", flush=True)
                self._code = 1
            else:
                seconds = time.perf_counter() - self._started
                print(f"bricoleur-desk: check: name scanner loaded in {seconds:.1f} s", flush=True)
        self._dialogs.stop()
        self._window.close()  # as the facilitator would: the dossier folded back into one file and unlocked
        self._app.exit(self._code)

    def _refuse_dialog(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
            print(f"bricoleur-desk: check: refused a dialog: {' '.join(text.split())}", flush=True)
            self._code = 1
            dialog.reject()
