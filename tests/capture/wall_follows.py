"""Run by test_two_screens.py in a fresh process: the real app on a laptop and a projector.

60 notes fill three pages of the projector. The facilitator opens the projector (F5), goes to
Discuss, selects note 2 and pages with PgDn/PgUp on the laptop and on the projector window
itself. Prints what the room saw at each step as one line of JSON.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bricoleur_desk.domain.model import Dossier, NoteKind, NoteStatus, Phase
from tests.samples import DossierBuilder

NOTES = 60
SAID = (
    "Er wordt te hard gereden, vooral 's avonds",
    "Waar moeten we straks parkeren?",
    "Meer bomen langs de singel",
    "Het fietspad bij de school is gevaarlijk",
    "Laat de bushalte waar hij is",
    "De speeltuin is verouderd",
    "Kunnen de containers ondergronds?",
    "Het plein is 's nachts te donker",
)
ANSWER = "Er komt een parkeergarage onder het plein"


def evening() -> Dossier:
    """Three themes of 20 notes each; note 2 (in the first theme) was answered."""
    sample = DossierBuilder("Herinrichting Parkstraat")
    sample.meeting("avond", "Bewonersavond Parkstraat", datetime(2026, 11, 25, 19, 30), phase=Phase.INVENTORY)
    themes = [
        sample.theme("t-verkeer", "Verkeer en parkeren", "#1f77b4"),
        sample.theme("t-groen", "Groen", "#2ca02c"),
        sample.theme("t-spelen", "Spelen", "#9467bd"),
    ]
    for i in range(NOTES):
        text = SAID[i % len(SAID)]
        sample.note(
            text,
            kind=NoteKind.QUESTION if text.endswith("?") else NoteKind.CONCERN,
            theme_id=themes[i * len(themes) // NOTES].id,
            raised_by_group="Parkstraat" if i % 2 else None,
            status=NoteStatus.ANSWERED if i == 1 else NoteStatus.OPEN,
            answer=ANSWER if i == 1 else None,
        )
    return sample.build()


def _settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def main() -> None:
    _app = QApplication(sys.argv)  # kept until the end
    from bricoleur_desk.storage import create_dossier
    from bricoleur_desk.ui.main_window import MainWindow
    from bricoleur_desk.ui.settings import Settings

    folder = Path(sys.argv[1])
    path = folder / "avond.bricoleur"
    create_dossier(path, evening()).close()
    laptop = MainWindow(Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)))
    laptop.show()
    laptop.open_path(path)
    laptop.activateWindow()
    _settle()
    views = laptop.workspace.views
    laptop.commands.audience.trigger()  # F5
    _settle()
    audience = views.projector.window
    wall = audience.wall
    steps: dict[str, dict] = {}

    def seen(name: str, on_laptop: QWidget | None = None) -> None:
        page, pages = wall.page()
        _settle()
        picture: QImage = audience.grab().toImage()
        focus_colour = QColor("#0d47a1")
        outlined = any(
            picture.pixelColor(x, y) == focus_colour
            for x in range(0, picture.width(), 4)
            for y in range(0, picture.height(), 4)
        )
        steps[name] = {
            "page": page,
            "pages": pages,
            "focus": wall.focus(),
            "note_2_painted": "2?" in wall.painted_texts,  # its number: the texts repeat
            "answer_painted": any(ANSWER in t for t in wall.painted_texts),
            "outlined": outlined,
            "indicator": views.projector.page_label.text(),
            "indicator_visible": views.projector.page_label.isVisible(),
            "keyboard_on_laptop": on_laptop is None or QApplication.focusWidget() is on_laptop,
            "active": type(QApplication.activeWindow()).__name__,
        }

    seen("inventory")
    QTest.keyClick(views.capture.capture_input, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # Discuss
    _settle()
    steps["phase"] = {"discuss": views.session.dossier.meeting("avond").phase == Phase.DISCUSS}
    views.capture.note_list.setFocus()
    views.capture.select_notes(["n2"])
    seen("note_2")
    note_list = views.capture.note_list
    QTest.keyClick(note_list, Qt.Key.Key_PageDown)
    seen("laptop_list_pgdn", note_list)
    capture = views.capture.capture_input
    capture.setFocus()
    QTest.keyClick(capture, Qt.Key.Key_PageDown)
    seen("laptop_capture_pgdn", capture)
    QTest.keyClick(audience, Qt.Key.Key_PageUp)
    seen("projector_pgup")
    QTest.keyClick(audience, Qt.Key.Key_PageUp)
    seen("projector_pgup_again")
    QTest.keyClick(audience, Qt.Key.Key_PageDown)
    seen("projector_pgdn")
    QTest.keyClick(capture, Qt.Key.Key_PageUp)
    seen("laptop_capture_pgup", capture)
    steps["screens"] = {"projector": audience.screen().name(), "full_screen": audience.isFullScreen()}
    laptop.close()
    print(json.dumps(steps))


if __name__ == "__main__":
    main()
