"""Screenshots of the wall on a laptop with one screen (mirrored to the projector).

Run: ``python -m tests.shell.one_screen_screenshot``.

F5 in the demo dossier: the wall covers the 1366 x 768 laptop screen, with the notes and with the
sketch. Writes docs/screenshots/one-screen-wall.png and one-screen-sketch.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={HERE.parent / 'capture' / 'laptop-only.json'}"

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bricoleur_desk.ui.main_window import MainWindow  # noqa: E402
from bricoleur_desk.ui.settings import Settings  # noqa: E402
from bricoleur_desk.ui.translations import Translations  # noqa: E402
from bricoleur_desk.workspace.files import write_demo  # noqa: E402

OUT = HERE.parents[1] / "docs" / "screenshots"


def _settle(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    translations = Translations()
    translations.apply("nl")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HOME"] = tmp  # the demo and the ink cache stay out of the real home
        folder = Path(tmp)
        window = MainWindow(Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)), translations)
        window.show()
        window.open_path(write_demo(folder / "demo.bricoleur"))
        window.activateWindow()
        _settle(0.3)
        QTest.keyClick(window, Qt.Key.Key_F5)
        _settle(0.8)
        wall = window.workspace.views.projector.window
        assert wall.isFullScreen() and wall.geometry() == app.primaryScreen().geometry()
        wall.grab().save(str(OUT / "one-screen-wall.png"))
        QTest.keyClick(wall, Qt.Key.Key_Escape)  # back to the laptop, to the sketch tab, F5 again
        views = window.workspace.views
        views.tabs.setCurrentWidget(views.sketch_tab)
        _settle(0.5)
        QTest.keyClick(window, Qt.Key.Key_F5)
        _settle(1.5)
        views.sketch.scene.finish_rendering()
        wall.grab().save(str(OUT / "one-screen-sketch.png"))
        print("written:", OUT / "one-screen-wall.png", OUT / "one-screen-sketch.png", wall.geometry())
        window.close()
    del app


if __name__ == "__main__":
    main()
