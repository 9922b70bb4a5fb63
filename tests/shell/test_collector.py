"""The garbage collector stays out of the evening's way: the open dossier is never walked again."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QSettings

from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.files import write_demo


def test_opening_a_dossier_freezes_what_was_loaded(qtbot, tmp_path: Path) -> None:
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    gc.unfreeze()  # whatever earlier tests left frozen
    assert gc.get_freeze_count() == 0
    assert window.open_path(write_demo(tmp_path / "demo.bricoleur"))
    assert gc.get_freeze_count() > 1000  # the dossier's objects (and all before them) are frozen
    window.close_dossier()
