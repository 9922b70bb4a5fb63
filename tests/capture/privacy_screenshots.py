"""Screenshots of the privacy guard: python -m tests.capture.privacy_screenshots.

Writes docs/screenshots/privacy-capture-chip.png (the capture line's chips), privacy-wall.png
(the projector with names and a phone number masked) and privacy-export-dialog.png (every hit
in its context, one kept; the sketch sheets), from real widgets with the real name scanner.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bricoleur_desk.workspace.session import DossierSession  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _wait(condition: Callable[[], bool], seconds: float = 120) -> None:
    stop = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > stop:
            raise TimeoutError("the name scanner did not answer in time")
        QApplication.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        QApplication.processEvents()
        time.sleep(0.02)


def main() -> None:
    from PySide6.QtCore import QTranslator

    from bricoleur_desk.resources import resource_path
    from bricoleur_desk.ui.audience import AudienceWindow
    from bricoleur_desk.ui.name_scanning import NameScanning
    from bricoleur_desk.ui.notes import CaptureView
    from bricoleur_desk.ui.report_dialog import ReportDialog
    from bricoleur_desk.workspace.name_scanner import load_name_scanner
    from tests.capture.sample import MEETING_ID, sample_dossier
    from tests.report.sample import sample_dossier as report_dossier

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", "bricoleur_nl.qm"))):
        app.installTranslator(translator)
    OUT.mkdir(parents=True, exist_ok=True)
    scanning = NameScanning(load_name_scanner)

    session = DossierSession(sample_dossier(notes=8))
    view = CaptureView(session, MEETING_ID, scanning=scanning)
    room = AudienceWindow(session, MEETING_ID, view.model)
    room.resize(1920, 1080)
    room.show()
    view.resize(1400, 640)
    view.show()
    view.add_note("Mijn buurman meneer Bakker van nummer 23 parkeert altijd op de stoep #verkeer")
    view.add_note("Bel mevrouw Gerda Jansen op 06-12345678 over de losliggende tegels")
    _wait(lambda: "Bel mevrouw [naam] op [telefoon] over de losliggende tegels" in _painted(room))
    view.capture_input.setPlainText("Ook Johanna Verbeek-de Vries wil een zebrapad bij de school")
    view._scan_typing()
    _wait(lambda: "[naam]" in view.privacy_chips.typing_chip.text())
    view.focus_capture()
    view.grab().save(str(OUT / "privacy-capture-chip.png"))
    room.grab().save(str(OUT / "privacy-wall.png"))

    dossier = report_dossier()
    notes = dossier.meeting("m2").notes
    notes[0].text = "Mijn buurman meneer Bakker van nummer 23 heeft ook last van de bus."
    notes[1].text = "Bel mevrouw Gerda Jansen op 06-12345678 over de bomen."
    dialog = ReportDialog(DossierSession(dossier), OUT, open_viewer=False, scanning=scanning)
    dialog.resize(900, 820)
    dialog.show()
    _wait(lambda: dialog.privacy_box.complete)
    for row in range(dialog.hit_list.count()):
        if "“Bakker”" in dialog.hit_list.item(row).text():
            dialog.hit_list.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.sheets_box.set_chosen("s2", True)
    _wait(lambda: True, 0)
    dialog.grab().save(str(OUT / "privacy-export-dialog.png"))
    scanning.shutdown()
    for name in ("privacy-capture-chip.png", "privacy-wall.png", "privacy-export-dialog.png"):
        print(OUT / name)


def _painted(room: object) -> list[str]:
    room.wall.grab()  # type: ignore[attr-defined]
    return list(room.wall.painted_texts)  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
