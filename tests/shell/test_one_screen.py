"""One screen (a laptop mirrored to the projector): F5 shows the wall full screen, Esc or F5 brings
the facilitator's window back, Ctrl+Q on the wall quits as from the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from bricoleur_desk.ui.main_window import MainWindow


def _with_the_keyboard_on_the_capture_line(qtbot, window: MainWindow, demo_file: Path):  # noqa: ANN001, ANN202
    window.open_path(demo_file)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    capture = window.findChild(object, "captureInput")
    capture.setFocus()
    qtbot.waitUntil(capture.hasFocus)
    return window.workspace.views, capture


def test_f5_covers_the_only_screen_and_esc_or_f5_brings_the_laptop_back(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    assert len(QGuiApplication.screens()) == 1
    views, capture = _with_the_keyboard_on_the_capture_line(qtbot, window, demo_file)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    wall = views.projector.window
    assert wall is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wall)
    # full screen on the one screen there is, over the facilitator's window, with the keyboard
    assert wall.isVisible() and wall.isFullScreen()
    assert wall.geometry() == QGuiApplication.primaryScreen().geometry()
    assert views.projector.page_label.text().startswith("The room sees page ")
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
    assert not wall.isVisible()
    assert views.projector.page_label.text() == ""  # put away: the room sees no wall now
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(capture.hasFocus)  # typing goes on where it was
    # F5 on the laptop shows it again, and F5 on the wall (the laptop's own action) puts it away
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wall)
    assert wall.isFullScreen() and wall.geometry() == QGuiApplication.primaryScreen().geometry()
    qtbot.keyClick(wall, Qt.Key.Key_F5)
    assert not wall.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(capture.hasFocus)
    # the sketch tab with the wall up: still full screen, the sketch on its whole page
    views.tabs.setCurrentWidget(views.sketch_tab)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wall)
    assert wall.pages.currentWidget() is wall.stage_page
    assert wall.on_stage().geometry().size() == wall.size()
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
    assert not wall.isVisible()


def test_ctrl_q_on_the_wall_quits_as_the_main_window_does(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    views, _capture = _with_the_keyboard_on_the_capture_line(qtbot, window, demo_file)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    wall = views.projector.window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wall)
    quits: list[bool] = []
    window.commands.quit.triggered.connect(lambda: quits.append(True))
    qtbot.keyClick(wall, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    # the main window's own quit: the dossier closed (the restart record cleared), and no window
    # left open, so the application ends (Qt quits when the last window closes)
    assert quits == [True]
    assert not window.isVisible() and window.opened is None and views.projector.window is None
    assert window.settings.open_session() is None
    assert QGuiApplication.quitOnLastWindowClosed()
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
