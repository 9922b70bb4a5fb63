"""The team archive window in Dutch (the default) and English: nothing left untranslated, and each
Alt+letter used once in the window, in its connect dialog, and in the Dossier menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.ui.translations import Translations

from .test_language import _english_only, _mnemonics, _visible_texts


def _keys(root: QWidget) -> list[str]:
    """The accelerators of every tab at once (Alt+letter reaches a button on another tab too)."""
    widgets = [*root.findChildren(QAbstractButton), *root.findChildren(QLabel)]
    texts = [w.text() for w in widgets if w.window() is root]
    tabs = getattr(root, "tabs", None)
    if tabs is not None:
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return _mnemonics(texts)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_window_speaks_the_language_and_its_accelerators_are_unique(
    qtbot, tmp_path: Path, translations: Translations, language: str
) -> None:
    translations.apply(language)
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), translations)
    qtbot.addWidget(window)
    window.show()
    window.team_archive.action.trigger()
    archive = window.team_archive.archive_window
    dialog = archive.connect_dialog
    qtbot.waitExposed(dialog)
    expected = {"nl": ("Teamarchief", "&Verbinden", "Teamarchie&f…"), "en": ("Team archive", "&Connect", "Team arc&hive…")}
    connect_text = dialog.buttons.button(dialog.buttons.StandardButton.Ok).text()
    assert (archive.windowTitle(), connect_text, window.team_archive.action.text()) == expected[language]
    for root in (archive, dialog):
        keys = _keys(root)
        assert len(keys) == len(set(keys)) >= 4, " ".join(sorted(keys))
    if language == "nl":
        english_only = _english_only()
        texts = _visible_texts(archive) + _visible_texts(dialog)
        for index in range(archive.tabs.count()):
            archive.tabs.setCurrentIndex(index)
            texts += _visible_texts(archive.tabs.currentWidget())
        assert sorted({t for t in texts if t in english_only}) == []
    dialog.reject()
    archive.reject()
