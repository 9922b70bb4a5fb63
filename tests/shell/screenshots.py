"""Screenshots of the real app at 1920x1080: python -m tests.shell.screenshots.

The main window (the facilitator's laptop) and the audience window (the projector), each with
12 and with 150 notes, in Dutch, from a real dossier file opened the way a facilitator opens
it. Writes docs/screenshots/facilitator-{12,150}.png and audience-{12,150}.png, plus
window-demo.png (the demo dossier in Discuss) and sketch-demo.png (its sketch roll), and the
wall following the discussion of 32 notes: facilitator-discuss.png, audience-discuss.png (note 2
in focus, on the first page) and audience-discuss-alone.png (its theme alone, Alt+T).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

# a laptop and a projector: with one screen F5 would cover the laptop (and the shots its size)
_SCREENS = Path(__file__).resolve().parents[1] / "capture" / "laptop-and-projector.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREENS}"

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bricoleur_desk.storage import create_dossier  # noqa: E402
from bricoleur_desk.ui.main_window import MainWindow  # noqa: E402
from bricoleur_desk.ui.settings import Settings  # noqa: E402
from bricoleur_desk.ui.translations import Translations  # noqa: E402
from bricoleur_desk.workspace.files import write_demo  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SIZE = (1920, 1080)


def _settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def _window(folder: Path, translations: Translations) -> MainWindow:
    window = MainWindow(Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)), translations)
    window.resize(*SIZE)
    window.show()
    return window


def evening_shots(count: int, folder: Path, translations: Translations) -> None:
    from tests.capture.screenshots import evening

    path = folder / f"avond-{count}.bricoleur"
    create_dossier(path, evening(count)).close()
    window = _window(folder, translations)
    window.open_path(path)
    window.workspace.views.projector.toggle()  # F5
    audience = window.workspace.views.projector.window
    audience.resize(*SIZE)
    capture = window.workspace.findChild(object, "captureInput")
    QTest.keyClicks(
        capture, "?Komt er ook een oplaadpunt voor elektrische auto's #verkeer en parkeren @Parkstraat"
    )
    QTest.keyClick(capture, Qt.Key.Key_Return)
    QTest.keyClicks(capture, "!Maak van het plein een autoluw plein op zaterdag #groen @Winkeliers")
    _settle()
    window.grab().save(str(OUT / f"facilitator-{count}.png"))
    audience.grab().save(str(OUT / f"audience-{count}.png"))
    window.close()


def discuss_shots(folder: Path, translations: Translations) -> None:
    """32 notes, two pages: note 2 chosen in Discuss brings the first page back, marked."""
    from datetime import date

    from bricoleur_desk.workspace import commands, meeting_flow
    from tests.capture.screenshots import evening

    path = folder / "avond-discuss.bricoleur"
    create_dossier(path, evening(32)).close()
    window = _window(folder, translations)
    window.open_path(path)
    session = window.opened.session
    views = window.workspace.views
    commands.run(session, meeting_flow.answer_note, "n3", "Ja, er komen twaalf lindes langs de singel")
    commands.create(
        session, meeting_flow.investigate_note, "avond", "n4", "Veilige oversteek bij de school",
        "Verkeer", date(2026, 12, 23),
    )
    commands.run(session, meeting_flow.answer_note, "n2", "Er komt een buurtgarage onder het plein, 120 plekken")
    window.commands.audience.trigger()  # F5
    audience = views.projector.window
    audience.resize(*SIZE)
    window.activateWindow()
    _settle()  # the laptop's window active: its shortcuts work
    QTest.keyClick(views.capture.capture_input, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # Discuss
    assert session.dossier.meeting("avond").phase.value == "discuss"
    views.capture.select_notes(["n2"])
    views.capture.note_list.setFocus()
    _settle()
    window.grab().save(str(OUT / "facilitator-discuss.png"))
    audience.grab().save(str(OUT / "audience-discuss.png"))
    views.discuss.alone_button.click()  # Alt+T
    _settle()
    audience.grab().save(str(OUT / "audience-discuss-alone.png"))
    window.close()


def demo_shots(folder: Path, translations: Translations) -> None:
    path = write_demo(folder / "demo.bricoleur")
    window = _window(folder, translations)
    window.open_path(path)
    _settle()
    window.grab().save(str(OUT / "window-demo.png"))
    views = window.workspace.views
    views.tabs.setCurrentWidget(views.sketch_tab)
    _settle(1.5)
    window.grab().save(str(OUT / "sketch-demo.png"))
    window.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    translations = Translations()
    translations.apply("nl")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HOME"] = tmp  # the demo and the ink cache stay out of the real home
        folder = Path(tmp)
        for count in (12, 150):
            evening_shots(count, folder, translations)
        demo_shots(folder, translations)
        discuss_shots(folder, translations)
    del app


if __name__ == "__main__":
    main()
