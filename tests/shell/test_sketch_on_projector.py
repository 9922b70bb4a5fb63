"""A laptop and a projector: the sketch fills the projector's screen, following the facilitator's view
or whole, with stickies and pins in type the back of the hall can read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt

from bricoleur_desk.ui.canvas.items import ROOM_TYPE_FRACTION

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "tests" / "capture" / "laptop-and-projector.json"


@pytest.fixture(scope="module")
def shown() -> dict:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS}"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run(
        [sys.executable, "-m", "tests.shell.sketch_on_projector"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _share(inner: list[float], outer: list[float]) -> float:
    """How much of the limiting dimension of ``outer`` the rect ``inner`` takes (x, y, w, h lists)."""
    return max(inner[2] / outer[2], inner[3] / outer[3])


def _inside(inner: list[float], outer: list[float], slack: float = 1.0) -> bool:
    return QRectF(*outer).adjusted(-slack, -slack, slack, slack).contains(QRectF(*inner))


def test_the_wall_is_full_screen_on_the_projector_and_the_laptop_keeps_the_keyboard(shown: dict) -> None:
    assert shown["wall_screen"] == "projector" and shown["full_screen"]
    assert shown["wall"] == shown["screen"] == [1366, 0, 1920, 1080]
    assert shown["laptop_active"] and shown["stage_is_whole_window"] and shown["following"]


def test_the_map_fills_the_projector_when_following_and_as_the_whole_map(shown: dict) -> None:
    for mode in ("follow_fitted", "whole"):
        on_screen = shown[mode]["map"]
        assert _inside(on_screen, shown["screen"]), mode
        assert _share(on_screen, shown["screen"]) >= 0.9, mode


def test_following_shows_the_facilitators_view_and_the_whole_map_shows_all(shown: dict) -> None:
    zoomed, whole = shown["follow_zoomed"], shown["whole"]
    assert _inside(zoomed["seen"], zoomed["shown"])
    assert _share(zoomed["seen"], zoomed["shown"]) == pytest.approx(1.0, abs=0.01)
    assert _inside(whole["canvas"], whole["shown"]) and not _inside(whole["canvas"], zoomed["shown"])
    # Shift+F5 chose the whole map, and it is remembered
    assert not whole["following"] and not whole["setting"] and not whole["checked"]


def test_stickies_and_pins_are_set_in_type_the_back_of_the_hall_reads(shown: dict) -> None:
    least = ROOM_TYPE_FRACTION * 1080
    for mode in ("follow_fitted", "follow_zoomed", "whole"):
        sizes = shown[mode]["type"]
        assert sizes["sticky_px"] and sizes["pin_px"], mode
        assert min(sizes["sticky_px"] + sizes["pin_px"]) >= least - 0.01, mode
    # measured on the projector's pixels: every pin's number at least 2 % of the screen's height
    heights = shown["whole"]["type"]["pin_number_heights"]
    assert heights and min(heights) >= 0.02 * 1080, heights


def test_the_choice_is_remembered_for_the_next_meeting_and_start(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bricoleur_desk.ui.main_window import MainWindow
    from bricoleur_desk.ui.settings import Settings
    from bricoleur_desk.workspace.files import write_demo

    demo = write_demo(tmp_path / "demo.bricoleur")

    def opened() -> MainWindow:
        window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(window)
        window.show()
        window.open_path(demo)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    window = opened()
    assert window.commands.projector_follow.isChecked() and window.workspace.views.projector.following()
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert not window.workspace.views.projector.following()
    assert "whole map" in window.statusBar().currentMessage()
    window.close()
    again = opened()
    views = again.workspace.views
    assert not again.commands.projector_follow.isChecked() and not views.projector.following()
    views.tabs.setCurrentWidget(views.sketch_tab)
    qtbot.keyClick(again, Qt.Key.Key_F5)
    assert views.projector.window.on_stage().following is False
    again.commands.projector_follow.trigger()
    assert views.projector.window.on_stage().following is True
