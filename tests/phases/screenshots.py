"""Screenshots of the phase panels with a realistic evening: python -m tests.phases.screenshots."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from bricoleur_desk.workspace.session import DossierSession  # noqa: E402

from .sample import MEETING_ID, sample_dossier  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SIZE = (480, 800)


def _grab(widget: QWidget, name: str) -> Path:
    widget.resize(*SIZE)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    path = OUT / name
    widget.grab().save(str(path))
    return path


def prepare_window() -> Path:
    """The whole window in Prepare, in Dutch, at a laptop's 1366 x 768 and at 1920 x 1080."""
    import tempfile
    import time

    from PySide6.QtCore import QSettings

    from bricoleur_desk.domain.model import Phase
    from bricoleur_desk.storage import create_dossier
    from bricoleur_desk.ui.main_window import MainWindow
    from bricoleur_desk.ui.settings import Settings
    from bricoleur_desk.ui.translations import Translations
    from bricoleur_desk.workspace import commands, meeting_flow

    translations = Translations()
    translations.apply("nl")
    path = OUT
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HOME"] = tmp  # the ink cache and recent files stay out of the real home
        folder = Path(tmp)
        create_dossier(folder / "parkstraat.bricoleur", sample_dossier()).close()
        for width, height in ((1366, 768), (1920, 1080)):
            settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
            window = MainWindow(settings, translations)
            window.resize(width, height)
            window.show()
            window.open_path(folder / "parkstraat.bricoleur")
            views = window.workspace.views
            assert views is not None
            commands.run(views.session, meeting_flow.set_phase, MEETING_ID, Phase.PREPARE)
            end = time.monotonic() + 0.5
            while time.monotonic() < end:
                QApplication.processEvents()
            path = OUT / f"prepare-{width}x{height}.png"
            window.grab().save(str(path))
            window.close()
    translations.remove()
    return path


def main(which: list[str]) -> None:
    from bricoleur_desk.ui.phases.agenda_timer import AgendaTimer
    from bricoleur_desk.ui.phases.close_panel import ClosePanel
    from bricoleur_desk.ui.phases.discuss_panel import DiscussPanel
    from bricoleur_desk.ui.phases.prepare_panel import PreparePanel

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    OUT.mkdir(parents=True, exist_ok=True)
    session = DossierSession(sample_dossier())

    def discuss() -> Path:
        panel = DiscussPanel(session, MEETING_ID)
        panel.set_note("n1")
        panel.what_input.setText("Snelheidsmeting en drempels bij de school")
        panel.owner_input.setText("Team Verkeer, J. de Boer")
        return _grab(panel, "panel-discuss.png")

    def timer() -> Path:
        now = [0.0]
        widget = AgendaTimer(session, MEETING_ID, now=lambda: now[0])
        widget.next_block()
        widget.toggle()
        now[0] = 28 * 60 + 47.0  # 1:13 left in "Alles eerst opschrijven": amber
        widget.update_reading()
        widget.resize(480, 220)
        widget.show()
        QApplication.processEvents()
        path = OUT / "panel-timer.png"
        widget.grab().save(str(path))
        return path

    shots = {
        "prepare": lambda: _grab(PreparePanel(session, MEETING_ID), "panel-prepare.png"),
        "prepare-window": prepare_window,
        "discuss": discuss,
        "timer": timer,
        "close": lambda: _grab(ClosePanel(session, MEETING_ID), "panel-close.png"),
    }
    for name in which or list(shots):
        print(shots[name]())


if __name__ == "__main__":
    main(sys.argv[1:])
