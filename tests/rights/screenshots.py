"""Screenshots of the rights dialogs in Dutch: python -m tests.rights.screenshots.

Writes docs/screenshots/rights-retention-passed.png (the notice on opening a dossier past its
retention date), rights-erase-person.png (the person picker), rights-confirm-erasure.png and
rights-retention-date.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from bricoleur_desk.storage import create_dossier  # noqa: E402
from bricoleur_desk.ui.main_window import MainWindow  # noqa: E402
from bricoleur_desk.ui.rights_dialogs import PersonDialog, RetentionDialog, RetentionPassedDialog  # noqa: E402
from bricoleur_desk.ui.settings import Settings  # noqa: E402
from bricoleur_desk.ui.translations import Translations  # noqa: E402
from tests.rights.sample import PERSON, named_dossier  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def _when(kind: type, act) -> None:  # noqa: ANN001
    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            _settle()
            act(widget)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(20, attempt)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    translations = Translations()
    translations.apply("nl")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        dossier = named_dossier()
        dossier.retention_until = date(2025, 12, 31)
        path = folder / "Tijdelijk park Van Heekplein.bricoleur"
        create_dossier(path, dossier).close()
        window = MainWindow(Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)), translations)
        window.resize(1366, 768)
        window.show()

        def shoot_notice(dialog: RetentionPassedDialog) -> None:
            dialog.grab().save(str(OUT / "rights-retention-passed.png"))
            dialog.later.click()

        _when(RetentionPassedDialog, shoot_notice)
        window.open_path(path)

        def shoot_picker(dialog: PersonDialog) -> None:
            dialog.choose(PERSON)
            _settle()
            dialog.grab().save(str(OUT / "rights-erase-person.png"))
            _when(QMessageBox, shoot_confirm)
            dialog.accept()

        def shoot_confirm(box: QMessageBox) -> None:
            box.grab().save(str(OUT / "rights-confirm-erasure.png"))
            box.button(QMessageBox.StandardButton.Cancel).click()

        _when(PersonDialog, shoot_picker)
        window.commands.erase_person.trigger()

        def shoot_retention(dialog: RetentionDialog) -> None:
            dialog.grab().save(str(OUT / "rights-retention-date.png"))
            dialog.reject()

        _when(RetentionDialog, shoot_retention)
        window.commands.retention.trigger()
        window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
