"""Screenshots of the register inside the municipality and the action list, in Dutch: python -m tests.colleagues.screenshots.

Writes docs/screenshots/colleagues-register.png (departments and colleagues of the demo, one
being typed in the quick row), colleagues-planned-works.png (the planned works tab),
promise-owner-from-register.png (the promise editor: its owner from the register, a planned work) and
action-list-page-1.png, action-list-page-2.png (the demo's action list for everyone, pdftoppm).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bricoleur_desk.storage import create_dossier  # noqa: E402
from bricoleur_desk.ui.main_window import MainWindow  # noqa: E402
from bricoleur_desk.ui.settings import Settings  # noqa: E402
from bricoleur_desk.ui.translations import Translations  # noqa: E402
from bricoleur_desk.workspace.action_list import export_action_list  # noqa: E402
from bricoleur_desk.workspace.demo import build_demo_dossier  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
TODAY = date(2026, 11, 25)  # the morning after the demo's second evening


def _settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    translations = Translations()  # kept: the translators live as long as it does
    translations.apply("nl")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "Tijdelijk park Van Heekplein.bricoleur"
        create_dossier(path, build_demo_dossier()).close()
        window = MainWindow(Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)))
        window.open_exports = False
        window.resize(1280, 800)
        window.show()
        assert window.open_path(path)
        register = window.colleagues.show_register()
        assert register is not None
        register.resize(1040, 560)
        tab = register.colleagues
        tab.select("col-verkeerskundige")
        tab.name_edit.setText("Fatima El Amrani")
        tab.department_box.setCurrentIndex(tab.department_box.findData("afd-openbare-ruimte"))
        tab.role_edit.setText("groenbeheerder")
        tab.name_edit.setFocus()
        _settle()
        register.grab().save(str(OUT / "colleagues-register.png"))
        register.tabs.setCurrentWidget(register.works)
        _settle()
        register.grab().save(str(OUT / "colleagues-planned-works.png"))
        register.close()

        window.open_promises()
        promises = window.promises.register
        assert promises is not None
        promises.resize(1500, 640)
        promises.select("a-05")
        promises.editor.owner_edit.setFocus()
        _settle()
        promises.grab().save(str(OUT / "promise-owner-from-register.png"))
        promises.close()

        pdf = folder / "actielijst.pdf"
        export_action_list(window.opened.session.dossier, pdf, today=TODAY)
        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm is None:
            sys.exit("pdftoppm is needed for the action list's pages (poppler-utils)")
        subprocess.run([pdftoppm, "-r", "80", "-png", "-f", "1", "-l", "2", str(pdf), str(folder / "page")], check=True)
        for page in (1, 2):
            shutil.copyfile(folder / f"page-{page}.png", OUT / f"action-list-page-{page}.png")
        window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
