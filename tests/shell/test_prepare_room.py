"""Preparing gets the room it needs: at 1366 x 768 and 1920 x 1080 every part of the form is usable, unscrolled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Phase
from bricoleur_desk.storage import create_dossier
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.phases.prepare_panel import EDITOR_LINES, PreparePanel
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace import commands, meeting_flow
from tests.phases.sample import MEETING_ID, sample_dossier


@pytest.fixture(params=[(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
def window(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "parkstraat.bricoleur"
    create_dossier(path, sample_dossier()).close()
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.resize(*request.param)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(path)
    return window


def _editors(panel: PreparePanel) -> dict[str, QWidget]:
    """The part of each section one writes in."""
    return {
        "question": panel.question_input,
        "frame_open": panel.frame_open.view,
        "frame_fixed": panel.frame_fixed.view,
        "agenda": panel.agenda.table,
        "groups": panel.groups.view,
        "next_steps": panel.next_steps_input,
    }


def _on_screen(window: MainWindow, widget: QWidget) -> bool:
    return window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def test_the_prepare_form_uses_the_window_and_every_editor_has_a_usable_height(
    qtbot: QtBot, window: MainWindow
) -> None:
    views = window.workspace.views
    assert views is not None
    commands.run(views.session, meeting_flow.set_phase, MEETING_ID, Phase.PREPARE)
    panel = views.prepare
    qtbot.waitUntil(lambda: panel.isVisible() and panel.column_count == 4)
    qtbot.waitUntil(lambda: panel.scroll.verticalScrollBar().maximum() == 0)  # nothing to scroll to
    assert not views.capture.isVisible() and not views.timer.isVisible()
    assert panel.width() > 0.9 * window.width()
    for name, editor in _editors(panel).items():
        lines = editor.height() // editor.fontMetrics().lineSpacing()
        assert lines >= EDITOR_LINES + 1, (name, editor.height())
        assert editor.width() >= 280, (name, editor.width())
        assert _on_screen(window, editor), name
    table = panel.agenda.table
    shown_rows = (table.viewport().height()) // table.verticalHeader().defaultSectionSize()
    assert shown_rows >= 6
    for line in (panel.title_input, panel.starts_at_input, panel.venue_input):
        assert _on_screen(window, line)
    # the evening before sits beside the projector preview, where it takes no height from the form
    assert panel.last_time.isVisible() and views.preview_aside.isAncestorOf(panel.last_time)
    assert _on_screen(window, views.preview_aside)


def test_leaving_prepare_gives_the_notes_their_place_back(qtbot: QtBot, window: MainWindow) -> None:
    views = window.workspace.views
    assert views is not None
    commands.run(views.session, meeting_flow.set_phase, MEETING_ID, Phase.INVENTORY)
    qtbot.waitUntil(views.capture.isVisible)
    widths = views.capture.width(), views.side.width()
    commands.run(views.session, meeting_flow.set_phase, MEETING_ID, Phase.PREPARE)
    qtbot.waitUntil(lambda: not views.capture.isVisible())
    commands.run(views.session, meeting_flow.set_phase, MEETING_ID, Phase.INVENTORY)
    qtbot.waitUntil(lambda: views.capture.isVisible() and views.timer.isVisible())
    qtbot.waitUntil(lambda: (views.capture.width(), views.side.width()) == widths)
