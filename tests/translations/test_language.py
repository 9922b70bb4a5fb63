"""Dutch first, English second: the real main window in Dutch, switched to English and back live."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

from bricoleur_desk.domain.edits import Change
from bricoleur_desk.domain.model import Phase
from bricoleur_desk.ui.audience.window import AudienceWindow
from bricoleur_desk.ui.house_style_dialog import HouseStyleDialog
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.phases.discuss_panel import DiscussPanel
from bricoleur_desk.ui.report_dialog import ReportDialog
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.ui.translations import Translations
from bricoleur_desk.workspace.files import write_demo

from .conftest import TS_FILE, messages


def _settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, tmp_path: Path, translations: Translations) -> MainWindow:
    """The window as app.run_app builds it: the saved language installed first (Dutch by default)."""
    settings = _settings(tmp_path)
    translations.apply(settings.ui_language())
    window = MainWindow(settings, translations)
    qtbot.addWidget(window)
    window.show()
    return window


def _open_demo(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_path(write_demo(tmp_path / "d.bricoleur"))


def _phase_button(window: MainWindow, name: str) -> QToolButton:
    button = window.findChild(QToolButton, name)
    assert button is not None
    return button


def test_the_language_setting_is_dutch_unless_english_was_chosen(qapp, tmp_path: Path) -> None:
    assert _settings(tmp_path).ui_language() == "nl"
    _settings(tmp_path).set_ui_language("en")
    assert _settings(tmp_path).ui_language() == "en"
    _settings(tmp_path).set_ui_language("fr")
    assert _settings(tmp_path).ui_language() == "nl"


def test_the_window_is_dutch_first_and_switches_to_english_and_back_live(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    actions = window.commands
    new_button = window.start.findChild(QPushButton, "newDossierButton")
    assert actions.file_menu.title() == "&Dossier"
    assert actions.edit_menu.title() == "Be&werken"
    assert new_button.text() == "Nieuw dossier…"
    assert actions.language_actions["nl"].isChecked()
    assert QLocale().language() == QLocale.Language.Dutch
    _open_demo(window, tmp_path)
    prepare = _phase_button(window, "phasePrepare")
    assert prepare.text() == "Voorbereiden"
    assert _phase_button(window, "phaseInventory").text() == "Alles noteren"
    discuss = window.findChild(DiscussPanel)
    # shortcuts follow the Dutch words: Uitzoeken, buiten de Kaders
    assert discuss.investigate_shortcut.key().toString() == "Alt+U"
    assert discuss.frame_shortcut.key().toString() == "Alt+K"

    actions.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: prepare.text() == "Prepare")
    assert _phase_button(window, "phaseInventory").text() == "Note everything"
    assert discuss.investigate_shortcut.key().toString() == "Alt+I"
    assert actions.edit_menu.title() == "&Edit"
    assert new_button.text() == "New dossier…"  # on the start screen, hidden behind the dossier
    assert actions.language_actions["en"].isChecked()
    assert not actions.language_actions["nl"].isChecked()
    assert _settings(tmp_path).ui_language() == "en"

    actions.language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: prepare.text() == "Voorbereiden")
    assert actions.meeting_menu.title() == "&Bewonersavond"
    assert _settings(tmp_path).ui_language() == "nl"


def test_english_chosen_earlier_starts_in_english(qtbot, tmp_path: Path, translations: Translations) -> None:
    _settings(tmp_path).set_ui_language("en")
    settings = _settings(tmp_path)
    translations.apply(settings.ui_language())
    window = MainWindow(settings, translations)
    qtbot.addWidget(window)
    assert window.commands.edit_menu.title() == "&Edit"
    assert window.commands.language_actions["en"].isChecked()


def _mnemonics(texts: list[str]) -> list[str]:
    return [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_menu_has_unique_keyboard_accelerators(qtbot, window: MainWindow, language: str) -> None:
    window.set_ui_language(language)
    qtbot.waitUntil(lambda: window.commands.language_actions[language].isChecked())
    menus = [window.menuBar(), *window.findChildren(QMenu)]
    for menu in menus:
        keys = _mnemonics([a.text() for a in menu.actions() if not a.isSeparator()])
        assert len(keys) == len(set(keys)), "|".join(a.text() for a in menu.actions())


def _visible_texts(root: QWidget) -> list[str]:
    """Every text a user (or a screen reader) meets in the window, including hidden phase panels."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        texts += [action.text() for action in widget.actions()]
    return [t for t in texts if t]


def _english_only() -> set[str]:
    pairs = [(m.findtext("source"), m.findtext("translation")) for m in messages(TS_FILE).values()]
    dutch = {nl for _en, nl in pairs}
    return {en for en, nl in pairs if en != nl and en not in dutch}


def test_nothing_in_the_dutch_window_is_left_in_english(window: MainWindow, tmp_path: Path) -> None:
    """Catches texts outside tr() and tr() calls whose Linguist context differs from the runtime one."""
    _open_demo(window, tmp_path)
    left = sorted({t for t in _visible_texts(window) if t in _english_only()})
    assert left == []


def test_the_dialogs_and_the_projector_are_dutch_with_unique_accelerators(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _open_demo(window, tmp_path)
    session = window.opened.session
    report = ReportDialog(session, tmp_path, open_viewer=False)
    style = HouseStyleDialog(session)
    room = AudienceWindow(session, window.workspace.meeting_id)
    for widget in (report, style, room):
        qtbot.addWidget(widget)
    english_only = _english_only()
    for dialog in (report, style):
        texts = _visible_texts(dialog)
        assert sorted({t for t in texts if t in english_only}) == []
        labelled = [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QLabel)]
        keys = _mnemonics([w.text() for w in labelled])
        assert len(keys) == len(set(keys)), keys
    for phase in Phase:
        session.apply(Change.of(window.workspace.meeting_id, phase=phase))
        texts = _visible_texts(room) + list(getattr(room.wall, "painted_texts", []))
        assert sorted({t for t in texts if t in english_only}) == []


def test_undo_names_the_step_in_the_interface_language(
    qtbot, window: MainWindow, tmp_path: Path, translations: Translations
) -> None:
    _open_demo(window, tmp_path)
    capture = window.workspace.views.capture
    qtbot.keyClicks(capture.capture_input, "Meer bankjes")
    qtbot.keyClick(capture.capture_input, Qt.Key.Key_Return)
    assert window.commands.undo.toolTip() == "Punt toevoegen ongedaan maken"
    window.set_ui_language("en")
    qtbot.waitUntil(lambda: window.commands.undo.toolTip() == "Undo Add note")
    window.opened.session.undo()
    assert window.commands.redo.toolTip() == "Redo Add note"
    window.set_ui_language("nl")
    qtbot.waitUntil(lambda: window.commands.redo.toolTip() == "Punt toevoegen opnieuw doen")


def test_every_undo_step_has_a_dutch_name() -> None:
    from bricoleur_desk.workspace import undo_steps

    found = messages(TS_FILE)
    missing = [label for label in undo_steps.all_labels() if not found.get((undo_steps.CONTEXT, label))]
    assert len(undo_steps.all_labels()) > 50 and missing == []
