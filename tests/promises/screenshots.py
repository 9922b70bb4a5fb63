"""Screenshots of the promises work: python -m tests.promises.screenshots [register] [wall] [letter]."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from bricoleur_desk.workspace.session import DossierSession  # noqa: E402

from .sample import LIGHT, SECOND, TODAY, two_evenings  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def register() -> list[Path]:
    from bricoleur_desk.ui.promises.register_dialog import PromisesRegister

    dialog = PromisesRegister(
        DossierSession(two_evenings()), SECOND, today=lambda: TODAY, now=lambda: datetime(2026, 12, 4, 10, 30)
    )
    dialog.resize(1280, 620)
    dialog.show()
    dialog.select(LIGHT)
    dialog.editor.update_edit.setText("Enexis komt op 9 december")
    _settle()
    path = OUT / "promises-register.png"
    dialog.grab().save(str(path))
    return [path]


def wall() -> list[Path]:
    from bricoleur_desk.ui.audience.window import AudienceWindow

    window = AudienceWindow(DossierSession(two_evenings()), SECOND)
    window.resize(1920, 1080)
    window.show()
    window.show_promises(True)
    _settle()
    path = OUT / "projector-promised-last-time.png"
    window.grab().save(str(path))
    window.shutdown()
    return [path]


def wall_demo() -> list[Path]:
    """The demo's second evening: seven promises of the first, done, dropped and open."""
    from bricoleur_desk.ui.audience.window import AudienceWindow
    from bricoleur_desk.workspace.demo import build_demo_dossier

    window = AudienceWindow(DossierSession(build_demo_dossier()), "m-2026-11")
    window.resize(1920, 1080)
    window.show()
    window.show_promises(True)
    _settle()
    path = OUT / "projector-promised-last-time-demo.png"
    window.grab().save(str(path))
    window.shutdown()
    return [path]


def letter() -> list[Path]:
    """The demo's letter a week after its second evening: two pages."""
    import subprocess
    import tempfile

    from bricoleur_desk.workspace.demo import build_demo_dossier
    from bricoleur_desk.workspace.letter import export_letter

    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "brief.pdf"
        export_letter(build_demo_dossier(), pdf, today=TODAY)
        for old in OUT.glob("letter-page-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(OUT / "letter-page")], check=True)
    return sorted(OUT.glob("letter-page-*.png"))


MAKERS: dict[str, Callable[[], list[Path]]] = {
    "register": register,
    "wall": wall,
    "wall-demo": wall_demo,
    "letter": letter,
}


def main(which: list[str]) -> None:
    from bricoleur_desk.ui.translations import Translations

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    translations = Translations()
    translations.apply("nl")  # as a Dutch facilitator and room see it
    OUT.mkdir(parents=True, exist_ok=True)
    for name in which or list(MAKERS):
        for path in MAKERS[name]():
            print(path)


if __name__ == "__main__":
    main(sys.argv[1:])
