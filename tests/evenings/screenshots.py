"""Screenshots across evenings: python -m tests.evenings.screenshots.

In Dutch, from the demo dossier opened as a facilitator opens it: docs/screenshots/
import-reactions.png (the preview of a Windows-1252 CSV with a column chooser per role) and
prepare-last-time.png (a new evening after the demo's second one: last time's remarks and the
promises still open above the prepare form) and discuss-internal-remark.png (a note's internal
remark under the Discuss panel's choices).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bricoleur_desk.ui.main_window import MainWindow  # noqa: E402
from bricoleur_desk.ui.settings import Settings  # noqa: E402
from bricoleur_desk.ui.translations import Translations  # noqa: E402
from bricoleur_desk.workspace import commands, meeting_flow  # noqa: E402
from bricoleur_desk.workspace.files import write_demo  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

ROWS = [
    ("Datum", "Reactie", "Wijk", "Thema"),
    ("1-12-2026", "Te veel verkeer op de Kraanstraat, ook ’s nachts", "Kraanstraat", "Verkeer"),
    ("1-12-2026", "Graag een café-terras en bankjes bij de speelplek", "Jongerenraad", "Ontmoeten"),
    ("2-12-2026", "", "Lindelaan", ""),
    ("2-12-2026", "Zorg dat de reeën in het park blijven: één groen hart", "", "Groen"),
    (
        "3-12-2026",
        "Waarom is de moestuin nog niet geregeld? Dat was beloofd.",
        "Huurdersvereniging Lindenhof",
        "",
    ),
    ("3-12-2026", "Ik heb de schetsen niet kunnen zien; mag ik ze per post?", "Parkstraat", "Communicatie"),
]


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
        source = folder / "reacties per mail.csv"
        lines = [";".join(f'"{c}"' if ";" in c else c for c in row) for row in ROWS]
        source.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
        window = MainWindow(
            Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)), translations
        )
        window.resize(1366, 800)
        window.show()
        window.open_path(path)
        _settle()
        dialog = window.import_reactions_from(source)
        assert dialog is not None
        group = dialog.combos["group"]
        group.setCurrentIndex(group.findText("Wijk"))  # not a known header: the facilitator maps it
        _settle()
        dialog.grab().save(str(OUT / "import-reactions.png"))
        dialog.reject()
        session = window.opened.session
        last = session.dossier.latest_meeting()
        views = window.workspace.views
        note = next(n for n in last.notes if not n.internal_remark)
        views.capture.select_notes([note.id])
        commands.run(
            session,
            meeting_flow.set_internal_remark,
            note.id,
            "Speelt de ruzie over de schutting mee? Navragen bij wijkagent.",
        )
        _settle()
        window.grab().save(str(OUT / "discuss-internal-remark.png"))
        commands.run(
            session,
            meeting_flow.set_remarks,
            last.id,
            [
                "De schetsen op het scherm hielpen echt.",
                "Graag weer een tolk Turks en Arabisch.",
                "Begin op tijd.",
            ],
        )
        for score, count in ((3, 4), (4, 12), (5, 6)):
            commands.run(session, meeting_flow.set_score_count, last.id, score, count)
        window.commands.new_meeting.trigger()
        _settle(0.8)
        window.grab().save(str(OUT / "prepare-last-time.png"))
        window.close()
    del app


if __name__ == "__main__":
    main()
