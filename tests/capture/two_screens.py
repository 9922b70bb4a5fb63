"""Run by test_two_screens.py in a fresh process: Qt picks its platform (two screens) at start."""

from __future__ import annotations

import json
import sys

from PySide6.QtWidgets import QApplication, QLineEdit


def main() -> None:
    app = QApplication(sys.argv)
    from bricoleur_desk.ui.audience import AudienceWindow
    from bricoleur_desk.workspace.session import DossierSession
    from tests.capture.sample import MEETING_ID, sample_dossier

    laptop = QLineEdit()  # stands in for the capture line, which keeps the keyboard
    laptop.show()
    laptop.activateWindow()
    laptop.setFocus()
    app.processEvents()
    results = {}
    for preferred in sys.argv[1:]:
        window = AudienceWindow(
            DossierSession(sample_dossier()), MEETING_ID, preferred_screen_name=preferred or None
        )
        chosen: list[str] = []
        window.screenChosen.connect(chosen.append)
        window.open_on()
        app.processEvents()
        geometry = window.geometry()
        menu = window.screen_menu()
        results[preferred] = {
            "menu": [(a.text(), a.isChecked()) for a in menu.actions()],
            "screens": window.screen_names(),
            "chosen": chosen,
            "screen": window.screen().name(),
            "full_screen": window.isFullScreen(),
            "laptop_keeps_focus": QApplication.focusWidget() is laptop,
            "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        }
        window.close()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
