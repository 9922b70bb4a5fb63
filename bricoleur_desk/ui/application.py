"""Start the Qt application: translators, logging of Qt messages, the main window."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..resources import resource_path
from .errors import install_exception_hook, route_qt_messages_to_logging
from .look import apply_look
from .main_window import MainWindow
from .name_scanning import NameScanning
from .settings import Settings
from .translations import Translations


def run_app(path: Path | None, meeting_id: str | None, *, check: bool = False) -> int:
    """Run the app; open ``path`` (at ``meeting_id``) when given, else the start screen.

    ``check``: once the window is usable, print one line on what it shows and quit (exit 1 when
    the dossier did not open or a translation is missing): how CI and an IT department check a bundle.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Bricoleur Desk")
    app.setOrganizationName("bricoleur-desk")
    app.setApplicationDisplayName("Bricoleur Desk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "bricoleur-desk.svg"))))
    route_qt_messages_to_logging()
    install_exception_hook()
    from .canvas.ink.cache import remove_legacy_cache

    remove_legacy_cache()  # unencrypted tiles of earlier versions: handwriting in the clear
    settings = Settings()
    apply_look(app, settings.high_contrast())  # the focus ring always; high contrast when chosen
    translations = Translations()  # Dutch first; the window's Taal / Language menu switches it
    translations.apply(settings.ui_language())
    # the name scanner loads in its own thread once a dossier opens: the wall and the public
    # report mask the names it finds
    scanning = NameScanning()
    window = MainWindow(settings, translations, scanning)
    window.show()
    _close_on_terminate(window)
    if check:
        from .install_check import InstallCheck

        keep = InstallCheck(app, window, translations, scanning)
        QTimer.singleShot(0, lambda: keep.run(path, meeting_id))  # in the event loop: dialogs get refused
        return app.exec()
    if path is not None:
        window.open_path(path, meeting_id)
    else:
        window.reopen_after_crash()
    return app.exec()


def _close_on_terminate(window: MainWindow) -> QTimer:
    """A logout or shutdown (SIGTERM) closes the window as the facilitator would: the dossier
    is flushed, folded back into one file and unlocked, instead of the process just ending."""
    signal.signal(signal.SIGTERM, lambda _signum, _frame: window.close())
    # Python runs a signal handler only between bytecodes: a timer lets it run while Qt waits
    wake = QTimer(window, interval=250)
    wake.timeout.connect(lambda: None)
    wake.start()
    return wake
