"""A shown main window with its own settings file, and the demo dossier in a real file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from bricoleur_desk.storage import create_dossier
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.demo import build_demo_dossier


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    window.open_exports = False
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "van-heekplein.bricoleur"
    create_dossier(path, build_demo_dossier()).close()
    return path
