"""The projector follows the facilitator in the real window: focus, a theme alone, paging, the page shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Phase
from bricoleur_desk.storage import create_dossier
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.meeting_workspace import MeetingViews
from bricoleur_desk.ui.settings import Settings
from tests.capture.wall_follows import evening


@pytest.fixture
def views(qtbot: QtBot, tmp_path: Path) -> MeetingViews:
    path = tmp_path / "avond.bricoleur"
    create_dossier(path, evening()).close()  # 60 notes, three pages on the projector
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    window.open_path(path)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    views = window.workspace.views
    qtbot.waitUntil(lambda: views.projector.window is not None and views.projector.window.isVisible())
    _as_second_screen(qtbot, views, window)
    return views


def _as_second_screen(qtbot: QtBot, views: MeetingViews, window: MainWindow) -> None:
    # one screen here, where F5 covers it; the projector's size and the laptop's keyboard by hand
    views.projector.window.showNormal()
    views.projector.window.resize(1920, 1080)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _press(qtbot: QtBot, views: MeetingViews, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    views.capture.capture_input.setFocus()
    qtbot.keyClick(views.capture.capture_input, key, modifier)


def test_inventory_follows_the_newest_note_and_the_laptop_pages_it(qtbot: QtBot, views: MeetingViews) -> None:
    wall = views.projector.window.wall
    assert wall.page() == (2, 3) and views.projector.page_label.text() == (
        "The room sees page 3 of 3 (PgUp/PgDn)"
    )
    views.capture.select_notes(["n2"])
    assert wall.focus() is None and wall.page()[0] == 2  # selecting while noting moves nothing
    _press(qtbot, views, Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier)
    assert wall.page()[0] == 1 and "page 2 of 3" in views.projector.page_label.text()
    # the projector off, or showing the sketch: the laptop claims no page
    label = views.projector.page_label
    qtbot.keyClick(views.capture.capture_input, Qt.Key.Key_F5)
    assert not views.projector.window.isVisible() and label.text() == ""
    qtbot.keyClick(views.capture.capture_input, Qt.Key.Key_F5)
    assert views.projector.window.isVisible() and label.text().startswith("The room sees page ")
    _as_second_screen(qtbot, views, views.capture.window())
    qtbot.waitUntil(lambda: label.text() == "The room sees page 2 of 3 (PgUp/PgDn)")
    views.tabs.setCurrentWidget(views.sketch_tab)
    assert label.text() == ""
    views.tabs.setCurrentIndex(0)
    assert label.text() == "The room sees page 2 of 3 (PgUp/PgDn)"
    qtbot.keyClicks(views.capture.capture_input, "Nog een punt over de bomen #Groen")
    qtbot.keyClick(views.capture.capture_input, Qt.Key.Key_Return)
    newest = views.session.dossier.meeting(views.meeting_id).notes[-1].id
    assert wall.highlighted() == newest and wall.page()[0] == wall.wall_layout.page_of(newest)


def test_discuss_focuses_notes_and_themes_and_shows_a_theme_alone(qtbot: QtBot, views: MeetingViews) -> None:
    wall = views.projector.window.wall
    views.capture.select_notes(["n30"])  # Groen
    _press(qtbot, views, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # Discuss
    assert views.session.dossier.meeting(views.meeting_id).phase == Phase.DISCUSS
    assert wall.focus() == "n30"  # the note selected when Discuss began
    views.capture.select_notes(["n2"])
    assert wall.focus() == "n2" and wall.page()[0] == 0
    # a theme chosen in the theme list: its page comes up
    themes = views.capture.themes
    themes.list.setCurrentIndex(themes.model.index(themes.model.row_of("t-spelen")))
    assert wall.focus() == "t-spelen" and wall.page()[0] == wall.wall_layout.page_of("t-spelen") > 0
    note_list = views.capture.note_list
    index = note_list.select_notes(["n2"])  # (still selected: a click on it brings it back)
    qtbot.mouseClick(note_list.viewport(), Qt.MouseButton.LeftButton, pos=note_list.visualRect(index).center())
    assert wall.focus() == "n2" and wall.page()[0] == 0
    button = views.discuss.findChild(QPushButton, "wallAloneButton")
    assert button.isVisible() and "Alt+T" in button.text()
    _press(qtbot, views, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert button.isChecked() and views.projector.alone() and wall.alone_theme() == "t-verkeer"
    assert views.projector.page_label.text().startswith("One theme alone.")
    assert button.text().startswith("Show every theme on the wall")
    wall.grab()
    assert "Groen" not in wall.painted_texts and "Verkeer en parkeren" in wall.painted_texts
    button.click()  # the way back
    assert not views.projector.alone() and wall.alone_theme() is None
    _press(qtbot, views, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert wall.alone_theme() == "t-verkeer"
    # leaving Discuss: no focus, every theme, the newest note's page again
    _press(qtbot, views, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert wall.focus() is None and wall.alone_theme() is None and not button.isChecked()
    assert wall.page() == (2, 3)
