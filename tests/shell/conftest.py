"""The demo dossier in a temporary folder and a shown main window with its own settings file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.files import write_demo


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    return write_demo(tmp_path / "demo.bricoleur")


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def english_messages() -> None:
    """The interface language set to English in the settings the command line reads.

    Tests that look for the English source texts of errors use it; the Dutch ones (the
    default) are checked in tests/translations/test_messages.py.
    """
    settings = Settings()
    settings.set_ui_language("en")
    settings.sync()
