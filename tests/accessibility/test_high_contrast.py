"""View → High contrast: the laptop and the projector, switched by keyboard and remembered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.contrast import contrast_ratio
from bricoleur_desk.ui.audience.colours import HIGH_CONTRAST, NORMAL
from bricoleur_desk.ui.look import is_high_contrast
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.files import write_demo

from .focus import restore_default_look
from .keys import ctrl

G, R = QPalette.ColorGroup, QPalette.ColorRole


@pytest.fixture
def settings_file(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "settings.ini"
    restore_default_look(QApplication.instance())


def _window(qtbot: QtBot, settings_file: Path, dossier: Path) -> MainWindow:
    window = MainWindow(Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitActive(window)
    assert window.open_path(dossier)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def _usual_ink(window: MainWindow) -> int:
    """How many pixels of the wall are the usual ink, #111111 (the cores of the notes' glyphs)."""
    wall = window.workspace.views.projector.window.wall
    image = wall.grab().toImage()
    return sum(
        image.pixelColor(x, y).name() == "#111111" for x in range(image.width()) for y in range(image.height())
    )


def test_the_toggle_switches_laptop_and_projector_and_is_remembered(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    demo = write_demo(tmp_path / "demo.bricoleur")
    window = _window(qtbot, settings_file, demo)
    projector = window.workspace.views.projector
    projector.toggle()
    room = projector.window
    room.resize(1280, 720)
    qtbot.waitExposed(room)
    usual = _usual_ink(window)
    assert usual > 200
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    ctrl("h", shift=True)  # View → High contrast
    assert window.commands.high_contrast.isChecked() and is_high_contrast()
    palette = QApplication.instance().palette()
    assert palette.color(R.Window).name() == "#ffffff" and palette.color(R.WindowText).name() == "#000000"
    assert room.wall.wall_painter.colours is HIGH_CONTRAST
    assert _usual_ink(window) < usual / 20  # the notes in black now
    assert Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)).high_contrast()

    # the next start: the setting is read, the projector made later takes it too
    window.close()
    again = _window(qtbot, settings_file, demo)
    assert again.commands.high_contrast.isChecked()
    again.workspace.views.projector.toggle()
    assert again.workspace.views.projector.window.wall.wall_painter.colours is HIGH_CONTRAST
    again.activateWindow()  # the projector shown on the offscreen platform: the laptop's window again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)

    ctrl("h", shift=True)  # and back
    assert not is_high_contrast()
    assert again.workspace.views.projector.window.wall.wall_painter.colours is NORMAL
    assert QApplication.instance().palette().color(R.Window).name() != "#ffffff"  # Fusion's grey again
    assert not Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)).high_contrast()


def test_the_laptop_palette_is_high_contrast_everywhere(qtbot: QtBot, settings_file: Path, tmp_path: Path) -> None:
    window = _window(qtbot, settings_file, write_demo(tmp_path / "demo.bricoleur"))
    window.set_high_contrast(True)
    palette = QApplication.instance().palette()
    pairs = {
        "text": (R.Text, R.Base),
        "window text": (R.WindowText, R.Window),
        "button text": (R.ButtonText, R.Button),
        "selection": (R.HighlightedText, R.Highlight),
        "tool tip": (R.ToolTipText, R.ToolTipBase),
    }
    for group in (G.Active, G.Inactive):
        for what, (fore, back) in pairs.items():
            ratio = contrast_ratio(palette.color(group, fore).name(), palette.color(group, back).name())
            assert ratio >= 7, (what, ratio)  # AAA
    for fore, back in ((R.Text, R.Base), (R.WindowText, R.Window), (R.PlaceholderText, R.Base)):
        group = G.Disabled if fore != R.PlaceholderText else G.Active
        assert contrast_ratio(palette.color(group, fore).name(), palette.color(group, back).name()) >= 4.5
    assert "border: 2px solid #000000" in QApplication.instance().styleSheet()  # edges, not pale grey
    assert window.menuBar().actions()[-2].menu().objectName() == "viewMenu"
    assert window.commands.high_contrast.shortcut().toString() == "Ctrl+Shift+H"
