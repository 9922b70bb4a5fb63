"""Wherever Tab puts the keyboard, the room's facilitator can see it: a ring of at least 3:1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Phase
from bricoleur_desk.ui.look import apply_look
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.files import write_demo

from .focus import changed_strongly, describe, restore_default_look
from .keys import focused, press

LEAST = 30  # pixels changed by 3:1 or more: a ring one pixel wide round a 10x5 box


@pytest.fixture(params=[False, True], ids=["default", "high-contrast"])
def window(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    app = QApplication.instance()
    apply_look(app, request.param)
    main = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitActive(main)
    assert main.open_path(write_demo(tmp_path / "demo.bricoleur"))
    yield main
    restore_default_look(app)


@pytest.mark.parametrize("phase", [Phase.PREPARE, Phase.INVENTORY, Phase.DISCUSS, Phase.CLOSE])
def test_every_tab_stop_shows_the_focus(qtbot: QtBot, window: MainWindow, phase: Phase) -> None:
    window.workspace.views.phase_bar.choose(phase)
    qtbot.wait(20)
    faint: list[str] = []
    seen: set[int] = set()
    press(Qt.Key.Key_Tab)  # the keyboard moves the focus from here on: Qt's rule for showing it
    for _ in range(60):
        widget = focused()
        if id(widget) in seen:
            break  # round the whole chain
        seen.add(id(widget))
        with_focus = widget.grab().toImage()
        press(Qt.Key.Key_Tab)
        while focused() is widget:  # a date's day, month, year...: Tab goes through them first
            press(Qt.Key.Key_Tab)
        without = widget.grab().toImage()
        if changed_strongly(without, with_focus) < LEAST:
            faint.append(describe(widget))
    assert len(seen) >= 8, "the walk went round the window's controls"
    assert faint == [], "\n".join(faint)


class _WindowsShown(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(describe(watched))
        return False


def test_no_window_flashes_up_and_takes_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    # a panel's part shown before it had a parent flashed as a window of its own (the last
    # evening's box did, on entering Prepare) and the main window lost the keyboard
    spy = _WindowsShown()
    QApplication.instance().installEventFilter(spy)
    try:
        for phase in (Phase.PREPARE, Phase.INVENTORY, Phase.DISCUSS, Phase.CLOSE, Phase.PREPARE):
            window.workspace.views.phase_bar.choose(phase)
            qtbot.wait(20)
            assert QApplication.activeWindow() is window, phase
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert spy.shown == []


def test_the_ring_is_there_for_the_keyboard_not_the_mouse(qtbot: QtBot, window: MainWindow) -> None:
    line = window.workspace.views.capture.search
    without = line.grab().toImage()
    window.activateWindow()
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
    line.setFocus(Qt.FocusReason.MouseFocusReason)
    assert isinstance(line, QWidget) and line.hasFocus()
    clicked = line.grab().toImage()
    if not QApplication.instance().property("highContrast"):
        assert changed_strongly(without, clicked) < LEAST  # Fusion's own tint, no ring
