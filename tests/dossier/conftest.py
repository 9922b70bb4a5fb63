"""The demo dossier (two evenings, stakeholders, a history) in a temporary folder, and reading PDFs back."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QSettings

from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.files import write_demo

SECOND = "m-2026-11"  # the demo's second evening: the café was expected and did not come
FIRST = "m-2026-09"


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    return write_demo(tmp_path / "demo.bricoleur")


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    window.open_exports = False
    qtbot.addWidget(window)
    window.resize(1366, 900)
    window.show()
    assert window.open_path(demo_file)
    return window


def pdf_text(path: Path) -> str:
    """Every page's words, lines joined by spaces (a table cell may wrap)."""
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
