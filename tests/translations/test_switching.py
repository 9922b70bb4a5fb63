"""Switched to English while a dossier is open, nothing Dutch is left: the save indicators included."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from bricoleur_desk.domain.edits import Change
from bricoleur_desk.domain.model import Phase
from bricoleur_desk.ui.audience.window import AudienceWindow
from bricoleur_desk.ui.house_style_dialog import HouseStyleDialog
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.report_dialog import ReportDialog
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.ui.translations import Translations
from bricoleur_desk.workspace.files import write_demo

from .conftest import TS_FILE, messages
from .test_language import _visible_texts


@pytest.fixture
def window(qtbot, tmp_path: Path, translations: Translations) -> MainWindow:
    """The window in Dutch (the default) with the demo dossier open."""
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    translations.apply(settings.ui_language())
    window = MainWindow(settings, translations)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(write_demo(tmp_path / "d.bricoleur"))
    return window


def _dutch_only() -> set[str]:
    pairs = [(m.findtext("source"), m.findtext("translation")) for m in messages(TS_FILE).values()]
    english = {en for en, _nl in pairs}
    return {nl for en, nl in pairs if nl and nl != en and nl not in english}


def test_the_save_indicators_switch_to_english_and_back(qtbot, window: MainWindow) -> None:
    capture = window.workspace.views.capture
    indicators = [window.saved_indicator, capture.saved_indicator]
    qtbot.waitUntil(lambda: all(i.text() == "✓ Opgeslagen" for i in indicators))
    window.set_ui_language("en")
    qtbot.waitUntil(lambda: all(i.text() == "✓ Saved" for i in indicators))
    assert [i.accessibleName() for i in indicators] == ["✓ Saved"] * 2
    window.set_ui_language("nl")
    qtbot.waitUntil(lambda: all(i.text() == "✓ Opgeslagen" for i in indicators))


def test_nothing_dutch_is_left_after_switching_to_english(qtbot, window: MainWindow, tmp_path: Path) -> None:
    session = window.opened.session
    meeting_id = window.workspace.meeting_id
    report = ReportDialog(session, tmp_path, open_viewer=False)
    style = HouseStyleDialog(session)
    room = AudienceWindow(session, meeting_id)
    for widget in (report, style, room):
        qtbot.addWidget(widget)
    for phase in Phase:  # every phase panel built and filled in Dutch first
        session.apply(Change.of(meeting_id, phase=phase))
    QApplication.processEvents()
    dutch_only = _dutch_only()
    assert "✓ Opgeslagen" in _visible_texts(window)  # the check sees Dutch where there is some

    window.set_ui_language("en")
    qtbot.waitUntil(lambda: window.saved_indicator.text() == "✓ Saved")
    for phase in Phase:
        session.apply(Change.of(meeting_id, phase=phase))
        QApplication.processEvents()
        for widget in (window, report, style, room):
            texts = _visible_texts(widget) + list(getattr(getattr(widget, "wall", None), "painted_texts", []))
            assert sorted({t for t in texts if t in dutch_only}) == [], (phase, type(widget).__name__)
