"""The rights in the window: retention notice on opening, erase and export from the Dossier menu."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bricoleur_desk.storage import create_dossier, read_dossier_file
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.rights_dialogs import PersonDialog, RetentionDialog, RetentionPassedDialog

from .sample import NAME, PERSON, found_in, named_dossier, secrets

seen: list[str] = []


def answer(kind: type[QWidget], act: Callable[[QWidget], None], tries: int = 250) -> None:
    """When a modal ``kind`` shows within ``tries`` x 20 ms, do ``act`` with it (it blocks the test)."""

    def attempt(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            seen.append(widget.objectName())
            act(widget)
        elif left > 0:
            QTimer.singleShot(20, lambda: attempt(left - 1))

    QTimer.singleShot(20, lambda: attempt(tries))


def _past_retention(path: Path) -> Path:
    dossier = named_dossier()
    dossier.retention_until = date(2020, 12, 31)
    create_dossier(path, dossier).close()
    return path


def _leaks(path: Path) -> list[str]:
    raw = path.read_bytes()
    return [f"{s} {form}" for s in secrets() for form in found_in(raw, s)]


def test_opening_past_retention_offers_export_then_erasure(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = _past_retention(tmp_path / "oud.bricoleur")
    export = tmp_path / "archief.json"

    def export_then_erase(dialog: RetentionPassedDialog) -> None:
        assert "2020-12-31" in dialog.text.text() and "8" in dialog.text.text()
        dialog.target.edit.setText(str(export))
        dialog.export_erase.click()

    seen.clear()
    answer(RetentionPassedDialog, export_then_erase)
    assert window.open_path(path)
    assert seen == ["retentionPassedDialog"]
    data = json.loads(export.read_text(encoding="utf-8"))
    assert len(data["people"]) == 8 and data["people"][0]["person"]["name"] == NAME
    assert window.opened.session.dossier.people == []
    assert not window.commands.undo.isEnabled()
    window.close_dossier()
    assert _leaks(path) == []
    assert read_dossier_file(path).people == []
    # nobody left: opening again asks nothing (were it asked, "not now" would be noted in seen)
    answer(RetentionPassedDialog, lambda dialog: dialog.later.click(), tries=10)
    assert window.open_path(path)
    qtbot.wait(300)
    assert seen == ["retentionPassedDialog"]


def test_not_now_keeps_everything_and_asks_again_next_time(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = _past_retention(tmp_path / "oud.bricoleur")
    seen.clear()
    answer(RetentionPassedDialog, lambda dialog: dialog.later.click())
    assert window.open_path(path)
    assert len(window.opened.session.dossier.people) == 8
    window.close_dossier()
    assert _leaks(path)
    answer(RetentionPassedDialog, lambda dialog: dialog.later.click())
    assert window.open_path(path)
    assert seen == ["retentionPassedDialog", "retentionPassedDialog"]


def _write_named(tmp_path: Path) -> Path:
    path = tmp_path / "avond.bricoleur"
    create_dossier(path, named_dossier()).close()
    return path


def test_erase_a_person_from_the_dossier_menu_after_confirming(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = _write_named(tmp_path)
    assert window.open_path(path)
    session = window.opened.session
    session.apply(_rename_meeting())  # an undo step
    assert window.commands.undo.isEnabled()

    def pick(dialog: PersonDialog) -> None:
        dialog.choose(PERSON)
        answer(QMessageBox, confirm)
        dialog.accept()

    def confirm(box: QMessageBox) -> None:
        assert box.objectName() == "confirmErasure" and NAME in box.text()
        (erase,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
        erase.click()

    seen.clear()
    answer(PersonDialog, pick)
    window.commands.erase_person.trigger()
    assert seen == ["erasePersonDialog", "confirmErasure"]
    assert PERSON not in [p.id for p in session.dossier.people]
    assert not window.commands.undo.isEnabled()  # erasing cannot be undone
    assert "Erased" in window.statusBar().currentMessage()
    assert _leaks(path) == []  # already in the file while the window has it open
    window.close_dossier()
    assert _leaks(path) == []


def _rename_meeting():  # noqa: ANN202
    from bricoleur_desk.domain.edits import Change

    return Change.of("m-2026-11", title="Tweede avond")


def test_cancelling_the_confirmation_erases_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = _write_named(tmp_path)
    assert window.open_path(path)

    def pick(dialog: PersonDialog) -> None:
        dialog.choose(PERSON)
        answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
        dialog.accept()

    answer(PersonDialog, pick)
    window.commands.erase_person.trigger()
    assert PERSON in [p.id for p in window.opened.session.dossier.people]


def test_export_a_persons_data_from_the_dossier_menu(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = _write_named(tmp_path)
    assert window.open_path(path)
    out = tmp_path / "verzoek.json"

    def pick(dialog: PersonDialog) -> None:
        assert dialog.objectName() == "exportPersonDialog"
        dialog.choose(PERSON)
        dialog.target.edit.setText(str(out))
        dialog.accept()

    answer(PersonDialog, pick)
    window.commands.export_person.trigger()
    (her,) = json.loads(out.read_text(encoding="utf-8"))["people"]
    assert her["person"]["id"] == PERSON and {n["id"] for n in her["notes"]} == {"n-11-01", "n-11-13"}


def test_the_retention_date_is_set_in_a_dialog_and_undone_like_any_edit(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = _write_named(tmp_path)
    assert window.open_path(path)
    session = window.opened.session
    assert session.dossier.retention_until == date(2033, 12, 31)

    def set_date(dialog: RetentionDialog) -> None:
        assert dialog.keep.isChecked()
        dialog.date_edit.setDate(QDate(2029, 6, 30))
        dialog.accept()

    answer(RetentionDialog, set_date)
    window.commands.retention.trigger()
    assert session.dossier.retention_until == date(2029, 6, 30)

    def no_date(dialog: RetentionDialog) -> None:
        dialog.keep.setChecked(False)
        assert not dialog.date_edit.isEnabled()
        dialog.accept()

    answer(RetentionDialog, no_date)
    window.commands.retention.trigger()
    assert session.dossier.retention_until is None
    window.commands.undo.trigger()
    assert session.dossier.retention_until == date(2029, 6, 30)
    window.close_dossier()
    assert read_dossier_file(path).retention_until == date(2029, 6, 30)
