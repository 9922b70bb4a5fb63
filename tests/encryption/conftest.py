"""Encrypted dossiers: a shown main window with its own settings, and no passphrase kept between tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from bricoleur_desk.storage import driver
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings

PASSPHRASE = "zomeravond op het plein"


@pytest.fixture(autouse=True)
def _no_remembered_passphrases() -> Iterator[None]:
    driver._passphrases.clear()
    yield
    driver._passphrases.clear()
    driver.set_prompt(None)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    return window
