"""Errors from storage and workspace reach the user in the interface language, values untouched.

The raise sites are read from the source (``raised_messages.py``): every message id there must be
listed in ``ui/messages.py`` for Qt Linguist and have a Dutch translation with the same
placeholders; the window and the command line then show it in the chosen language.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bricoleur_desk.domain.errors import UserError
from bricoleur_desk.storage import open_dossier
from bricoleur_desk.storage.errors import NotADossierError
from bricoleur_desk.storage.interchange import dossier_from_json
from bricoleur_desk.storage.interchange_errors import InterchangeError
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.messages import CONTEXT, MESSAGE_IDS, user_text
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.ui.translations import Translations

from .conftest import TS_FILE, messages
from .raised_messages import scan

NOT_A_DOSSIER_NL = "geen Bricoleur Desk-dossier (het bestand heeft een ander formaat)"
NOT_A_DOSSIER_EN = "not a Bricoleur Desk dossier (the file has another format)"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def test_every_raised_message_id_is_listed_for_translation() -> None:
    found, formatted = scan()
    assert formatted == [], "pass the values as keywords; an f-string cannot be translated"
    raised = {f.message_id for f in found}
    assert len(raised) > 100
    where = {f.message_id: f.where for f in found}
    missing = sorted(f"{where[m]}: {m!r}" for m in raised - set(MESSAGE_IDS))
    assert missing == [], "add these to MESSAGE_IDS in bricoleur_desk/ui/messages.py"
    assert sorted(set(MESSAGE_IDS) - raised) == [], "no longer raised: remove from MESSAGE_IDS"


def test_every_message_id_has_a_dutch_translation_with_the_same_placeholders() -> None:
    found = messages(TS_FILE)
    for message_id in MESSAGE_IDS:
        message = found.get((CONTEXT, message_id))
        assert message is not None, f"run packaging/tools/update_translations.sh: {message_id!r}"
        translation = message.findtext("translation") or ""
        assert translation and message.find("translation").get("type") is None, message_id
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(message_id)), (
            message_id,
            translation,
        )


@pytest.fixture
def dutch(qapp) -> Iterator[Translations]:  # type: ignore[no-untyped-def]
    translations = Translations()
    translations.apply("nl")
    yield translations
    translations.remove()


def _not_a_dossier(tmp_path: Path) -> Path:
    path = tmp_path / "none.bricoleur"  # named like a message id: a value is never translated
    path.write_text("Dit is een boodschappenlijstje, geen dossier.\n", encoding="utf-8")
    return path


def test_a_storage_error_is_translated_and_its_values_are_not(dutch: Translations, tmp_path: Path) -> None:
    path = _not_a_dossier(tmp_path)
    with pytest.raises(NotADossierError) as caught:
        open_dossier(path)
    assert str(caught.value) == f"{path}: {NOT_A_DOSSIER_EN}"  # the log keeps the English
    assert user_text(caught.value) == f"{path}: {NOT_A_DOSSIER_NL}"
    data = {"format": "bricoleur-desk/dossier", "version": 1, "dossier": {"title": 42}}
    with pytest.raises(InterchangeError) as bad_json:
        dossier_from_json(data)
    assert str(bad_json.value) == "dossier.title: expected a string"
    assert user_text(bad_json.value) == "dossier.title: verwacht een tekenreeks"
    assert user_text(UserError("{path}: already exists; choose another name", path="none")) == (
        "none: bestaat al; kies een andere naam"
    )
    dutch.remove()
    assert user_text(caught.value) == f"{path}: {NOT_A_DOSSIER_EN}"


def _answer_message_box(seen: list[str]) -> None:
    def close_it() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, close_it)

    QTimer.singleShot(20, close_it)


def test_the_window_names_the_file_that_is_no_dossier_in_the_interface_language(
    qtbot, dutch: Translations, tmp_path: Path
) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, dutch)
    qtbot.addWidget(window)
    window.show()
    path = _not_a_dossier(tmp_path)
    seen: list[str] = []
    _answer_message_box(seen)
    assert not window.open_path(path)
    assert seen == [f"{path}: {NOT_A_DOSSIER_NL}"]
    window.set_ui_language("en")
    _answer_message_box(seen)
    assert not window.open_path(path)
    assert seen[1] == f"{path}: {NOT_A_DOSSIER_EN}"


def _command(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bricoleur_desk", *map(str, args)],
        capture_output=True,
        text=True,
        env=dict(os.environ),  # this test's own home and settings folder (tests/conftest.py)
        timeout=120,
    )


@pytest.mark.parametrize(
    ("language", "expected"), [(None, NOT_A_DOSSIER_NL), ("nl", NOT_A_DOSSIER_NL), ("en", NOT_A_DOSSIER_EN)]
)
def test_the_command_line_speaks_the_language_of_the_settings(
    qapp, tmp_path: Path, language: str | None, expected: str
) -> None:
    if language is not None:
        settings = Settings()  # the settings the window uses, in this test's folder
        settings.set_ui_language(language)
        settings.sync()
    path = _not_a_dossier(tmp_path)
    result = _command("export", path, "--json", tmp_path / "out.json")
    assert result.returncode == 1
    assert result.stderr == f"bricoleur-desk: {path}: {expected}\n"
    assert not (tmp_path / "out.json").exists()


def test_the_command_line_warns_in_the_language_of_the_settings(qapp, tmp_path: Path) -> None:
    demo = tmp_path / "d.bricoleur"
    exported = tmp_path / "d.json"
    assert _command("demo", "--out", demo).returncode == 0
    assert _command("export", demo, "--json", exported).returncode == 0
    data = json.loads(exported.read_text("utf-8"))
    exported.write_text(json.dumps({**data, "generator": "elders"}), "utf-8")
    result = _command("import", exported, "--out", tmp_path / "nieuw.bricoleur")
    assert result.returncode == 0, result.stderr
    assert result.stderr == "bricoleur-desk: warning: generator: onbekende sleutel, genegeerd\n"


def test_a_message_is_its_english_text_and_renders_nested_messages_translated() -> None:
    from bricoleur_desk.domain.errors import Message
    from bricoleur_desk.storage.errors import DossierFileError

    dutch = {
        "expected {what}": "verwacht {what}",
        "a string": "een tekenreeks",
        "{where}: {problem}": "{where}: {problem}",
    }
    message = Message(
        "{where}: {problem}", where="a string", problem=Message("expected {what}", what=Message("a string"))
    )
    assert message == "a string: expected a string"  # usable wherever text goes: a log, a list
    assert message.render(lambda text: dutch.get(text, text)) == "a string: verwacht een tekenreeks"
    wrong = {"expected {what}": "verwacht {wat}"}  # a mistyped placeholder falls back to English
    assert Message("expected {what}", what="x").render(lambda text: wrong.get(text, text)) == "expected x"
    # a problem that is already text (with braces, or a line break) stays readable on one line
    assert str(DossierFileError("/d/{a}.bricoleur", "cannot open: {b}\nsecond line")) == (
        "/d/{a}.bricoleur: cannot open: {b} second line"
    )
