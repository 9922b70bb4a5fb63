"""Screenshots of the dossier across evenings: python -m tests.dossier.screenshots.

In Dutch, from the demo dossier opened as a facilitator opens it, at 1366 x 768:
docs/screenshots/prepare-dossier.png (a new evening after the demo's second one: the prepare page
with the button to the dossier overview and the one to expect every stakeholder),
dossier-overview.png (the overview window beside it: the evenings with their counts, the café
expected but absent, the stakeholders, the history), close-expected-absent.png (the close panel of
the second evening naming the group that stayed away) and report-text.png (the adviser's
introduction, summary and answers after the evening).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from bricoleur_desk.domain.model import Phase  # noqa: E402
from bricoleur_desk.ui.main_window import MainWindow  # noqa: E402
from bricoleur_desk.ui.settings import Settings  # noqa: E402
from bricoleur_desk.ui.translations import Translations  # noqa: E402
from bricoleur_desk.workspace import commands, meeting_flow  # noqa: E402
from bricoleur_desk.workspace.files import write_demo  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SECOND = "m-2026-11"


def _settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    translations = Translations()
    translations.apply("nl")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HOME"] = tmp
        folder = Path(tmp)
        path = write_demo(folder / "demo.bricoleur")
        window = MainWindow(
            Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)), translations
        )
        window.open_exports = False
        window.resize(1366, 768)
        window.show()
        window.open_path(path, SECOND)
        _settle()
        session = window.opened.session
        # after the second evening: the close panel says who stayed away
        commands.run(session, meeting_flow.set_phase, SECOND, Phase.CLOSE)
        _settle(0.6)
        close = window.workspace.views.close_panel
        close.findChild(QScrollArea).ensureWidgetVisible(close.report_text_button)
        _settle(0.3)
        window.grab().save(str(OUT / "close-expected-absent.png"))
        report_text = window.dossier_view.show_report_text()
        assert report_text is not None
        editor = report_text.editor
        commands.run(
            session,
            meeting_flow.set_text,
            SECOND,
            "introduction",
            "Op 26 november lieten we op Basisschool De Linde twee schetsen zien voor het tijdelijke park. "
            "In dit verslag leest u wat u ervan vond, in uw eigen woorden, en wat de gemeente heeft toegezegd.",
        )
        commands.run(
            session,
            meeting_flow.set_text,
            SECOND,
            "summary",
            "Ongeveer 38 mensen kwamen naar de school. De meesten kozen voor schets B, met de speelplek "
            "in het midden; zorgen waren er over zicht op de speelplek en het beheer.",
        )
        note = next(n for n in session.dossier.meeting(SECOND).notes if "struiken" in n.text)
        editor.set_answer(
            note.id,
            "In schets B komen lage struiken en lantaarns langs het pad: de speelplek blijft vanaf de straat te zien.",
        )
        report_text.resize(1100, 700)
        _settle(0.6)
        report_text.grab().save(str(OUT / "report-text.png"))
        report_text.close()
        # a new evening from the last one: the prepare page and the dossier beside it
        window.commands.new_meeting.trigger()
        _settle(0.8)
        window.grab().save(str(OUT / "prepare-dossier.png"))
        overview = window.dossier_view.show_overview()
        assert overview is not None
        overview.resize(1280, 720)
        _settle(0.8)
        overview.grab().save(str(OUT / "dossier-overview.png"))
        overview.close()
        window.close()
    del app


if __name__ == "__main__":
    main()
