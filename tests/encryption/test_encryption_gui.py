"""Encrypted dossiers in the window: the passphrase prompt on open (asked again after a wrong one),
saving encrypted, and Dossier → Encrypt… in place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox, QWidget
from rights.sample import found_in, secrets, write_named

from bricoleur_desk.domain.edits import Insert
from bricoleur_desk.domain.model import Note
from bricoleur_desk.storage import read_dossier_file
from bricoleur_desk.storage.driver import forget
from bricoleur_desk.storage.encryption import encrypt_copy, is_encrypted, remember_passphrase
from bricoleur_desk.ui.encryption import NewPassphraseDialog
from bricoleur_desk.ui.main_window import MainWindow

from .conftest import PASSPHRASE

NEW_NOTE = "Bankje onder de lindeboom bij Zuiderpark"
seen: list[str] = []


def answer(kind: type[QWidget], act: Callable[[QWidget], None], tries: int = 250) -> None:
    """When a modal ``kind`` shows within ``tries`` x 20 ms, do ``act`` with it (it blocks the test)."""

    def attempt(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            seen.append(type(widget).__name__)
            act(widget)
        elif left > 0:
            QTimer.singleShot(20, lambda: attempt(left - 1))

    QTimer.singleShot(20, lambda: attempt(tries))


def _type_passphrase(text: str, then: Callable[[], None] | None = None) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        assert "versleuteld.bricoleur" in dialog.labelText()
        dialog.setTextValue(text)
        if then is not None:
            then()
        dialog.accept()

    return act


def _leaks(path: Path) -> list[str]:
    raw = path.read_bytes()
    return [f"{path.name}: {s} {form}" for s in (*secrets(), NEW_NOTE) for form in found_in(raw, s)]


def _add_note(window: MainWindow) -> None:
    assert window.opened is not None
    window.opened.session.apply(Insert("note", "m-2026-11", Note("n-gui", 98, NEW_NOTE)))
    window.opened.session.flush()


def test_opening_asks_the_passphrase_again_after_a_wrong_one_and_saves_encrypted(
    qtbot, window: MainWindow, tmp_path: Path, english_messages: None
) -> None:
    path = tmp_path / "versleuteld.bricoleur"
    encrypt_copy(write_named(tmp_path / "plein.bricoleur"), path, PASSPHRASE)
    forget(path)
    box_texts: list[str] = []

    def close_box(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box_texts.append(box.text())
        answer(QInputDialog, _type_passphrase(PASSPHRASE))  # asked again
        box.accept()

    seen.clear()
    answer(QInputDialog, _type_passphrase("zomer", then=lambda: answer(QMessageBox, close_box)))
    assert window.open_path(path)
    assert seen == ["QInputDialog", "QMessageBox", "QInputDialog"]
    assert box_texts == [f"{path}: the passphrase is wrong (or the file is damaged)"]
    assert window.opened is not None and window.opened.path == path

    _add_note(window)
    assert _leaks(path) == [] and _leaks(Path(f"{path}-wal")) == []
    assert window.close_dossier()
    assert _leaks(path) == []
    assert NEW_NOTE in [n.text for n in read_dossier_file(path).meeting("m-2026-11").notes]


def test_closing_the_prompt_opens_nothing_and_says_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "versleuteld.bricoleur"
    encrypt_copy(write_named(tmp_path / "plein.bricoleur"), path, PASSPHRASE)
    forget(path)
    seen.clear()
    answer(QInputDialog, lambda dialog: dialog.reject())
    assert not window.open_path(path)
    assert seen == ["QInputDialog"]  # no error message after it
    assert window.opened is None


def test_encrypt_in_the_dossier_menu_encrypts_in_place_and_keeps_working(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = write_named(tmp_path / "plein.bricoleur")
    assert window.open_path(path)
    assert window.commands.encrypt.isEnabled()
    assert window.commands.encrypt in window.commands.file_menu.actions()
    checked: list[bool] = []

    def type_twice(dialog: QWidget) -> None:
        assert isinstance(dialog, NewPassphraseDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.first.setText(PASSPHRASE)
        dialog.second.setText(PASSPHRASE + "x")
        checked.append(ok.isEnabled())  # two different ones: OK stays off
        dialog.second.setText(PASSPHRASE)
        checked.append(ok.isEnabled())
        ok.click()

    seen.clear()
    answer(NewPassphraseDialog, type_twice)
    window.commands.encrypt.trigger()
    assert seen == ["NewPassphraseDialog"]
    assert checked == [False, True]
    assert is_encrypted(path)
    assert window.opened is not None and window.opened.path == path  # open again, no prompt
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".bricoleur") == ["plein.bricoleur"]

    _add_note(window)
    assert window.close_dossier()
    assert _leaks(path) == []
    forget(path)
    remember_passphrase(path, PASSPHRASE)
    assert NEW_NOTE in [n.text for n in read_dossier_file(path).meeting("m-2026-11").notes]
