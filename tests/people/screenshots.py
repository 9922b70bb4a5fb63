"""Screenshots of the people register and the sign-in sheet in Dutch: python -m tests.people.screenshots.

Writes docs/screenshots/people-register.png (the register after three people were typed in from
a sign-in sheet, the quick entry row under it), people-edit.png (one person's consent) and
sign-in-sheet.png (page 1 of the printed sheet, through pdftoppm).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bricoleur_desk.domain.model import ConsentWay  # noqa: E402
from bricoleur_desk.storage import create_dossier  # noqa: E402
from bricoleur_desk.ui.main_window import MainWindow  # noqa: E402
from bricoleur_desk.ui.people_register import PersonEditDialog  # noqa: E402
from bricoleur_desk.ui.settings import Settings  # noqa: E402
from bricoleur_desk.ui.translations import Translations  # noqa: E402
from bricoleur_desk.workspace.demo import build_demo_dossier  # noqa: E402
from bricoleur_desk.workspace.sign_in import export_sign_in_sheet  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    translations = Translations()
    translations.apply("nl")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "Tijdelijk park Van Heekplein.bricoleur"
        create_dossier(path, build_demo_dossier()).close()
        window = MainWindow(Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)))
        window.open_exports = False
        window.resize(1280, 800)
        window.show()
        assert window.open_path(path)
        register = window.people.show_register(modal=False)
        assert register is not None
        register.resize(1000, 560)
        for who, group, contact, consent in (
            ("Noor Bakker", "Schoolstraat", "noor@example.nl", True),
            ("Henk de Wit", "Parkstraat", "06-11122233", False),
            ("Sanne Visser", "Lindelaan", "", True),
        ):
            register.quick_name.setText(who)
            register.quick_group.setText(group)
            register.quick_contact.setText(contact)
            register.quick_consent.setChecked(consent)
            register.add_from_quick_row()
        register.quick_name.setText("Wim Jansen")
        register.quick_group.setText("Lindelaan")
        register.select_person(window.opened.session.dossier.people[0].id)
        register.quick_name.setFocus()
        _settle()
        OUT.mkdir(parents=True, exist_ok=True)
        register.grab().save(str(OUT / "people-register.png"))

        def shoot_edit() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, PersonEditDialog):
                dialog.how_box.setCurrentIndex(dialog.how_box.findData(ConsentWay.EMAIL))
                _settle()
                dialog.grab().save(str(OUT / "people-edit.png"))
                dialog.reject()
            else:
                QTimer.singleShot(20, shoot_edit)

        QTimer.singleShot(20, shoot_edit)
        register.edit_current()
        register.close()

        pdf = folder / "presentielijst.pdf"
        export_sign_in_sheet(window.opened.session.dossier, pdf, pages=2)
        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm is None:
            sys.exit("pdftoppm is needed for sign-in-sheet.png (poppler-utils)")
        subprocess.run(
            [
                pdftoppm,
                "-r",
                "80",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(OUT / "sign-in-sheet"),
            ],
            check=True,
        )
        window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
