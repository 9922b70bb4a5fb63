"""The window's rolling backups: made on the timer only after changes; Dossier → Restore… puts one back."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from bricoleur_desk.domain.edits import Change
from bricoleur_desk.storage import backups, read_dossier_file
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.restore_backup import RestoreDialog

SHOTS = Path(os.environ.get("BRICOLEUR_SHOTS", "")) if os.environ.get("BRICOLEUR_SHOTS") else None


def answer(kind: type[QWidget], act: Callable[[QWidget], None], tries: int = 250) -> None:
    """When a modal ``kind`` shows within ``tries`` x 20 ms, do ``act`` with it (it blocks the test)."""

    def attempt(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        elif left > 0:
            QTimer.singleShot(20, lambda: attempt(left - 1))

    QTimer.singleShot(20, lambda: attempt(tries))


def _edit(window: MainWindow, text: str) -> str:
    session = window.opened.session
    note = session.dossier.meetings[-1].notes[0].id
    session.apply(Change.of(note, text=text))
    return note


def test_the_timer_backs_up_only_an_evening_with_changes(qtbot, window: MainWindow, demo_file: Path) -> None:
    window.dossier.backup_timer.setInterval(100)  # ten minutes in the app
    assert window.open_path(demo_file)
    dossier_id = window.opened.session.dossier.id
    assert window.dossier.backup_timer.isActive()
    qtbot.wait(400)
    assert backups.backups(dossier_id) == []  # opened and looked at: nothing to back up
    with qtbot.wait_signal(window.dossier.backedUp, timeout=2000) as made:
        _edit(window, "Zebrapad bij de school")
    (first,) = backups.backups(dossier_id)
    assert made.args == [first]
    assert first.is_relative_to(Path(os.environ["XDG_DATA_HOME"]))
    qtbot.wait(400)
    assert backups.backups(dossier_id) == [first]  # no change since: no new backup
    _edit(window, "Zebrapad en drempels")
    qtbot.waitUntil(lambda: len(backups.backups(dossier_id)) == 2, timeout=2000)
    window.close_dossier()
    assert not window.dossier.backup_timer.isActive()


def test_restore_puts_a_backup_back_and_keeps_the_current_file(
    qtbot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    assert window.open_path(demo_file)
    dossier_id = window.opened.session.dossier.id
    note = _edit(window, "Zebrapad bij de school")
    backed_up = window.dossier.back_up()
    assert backed_up is not None
    _edit(window, "Later geschreven, na de backup")
    listed: list[list[str]] = []

    def choose_the_backup(dialog: RestoreDialog) -> None:
        listed.extend(
            [dialog.list.topLevelItem(i).text(c) for c in range(4)] for i in range(dialog.list.topLevelItemCount())
        )
        if SHOTS is not None:
            dialog.grab().save(str(SHOTS / "restore-dialog.png"))
        assert dialog.chosen() == backed_up  # the newest is selected
        dialog.restore.click()

    answer(RestoreDialog, choose_the_backup)
    kept = window.restoring.restore()

    assert len(listed) == 1
    made, evening, notes, why = listed[0]
    assert made[:4].isdigit() and "(20" in evening and why == "during the evening"
    assert int(notes) == sum(len(m.notes) for m in read_dossier_file(backed_up).meetings)
    # the window has the restored dossier open, and the file as it was is a backup too
    assert window.opened is not None and window.opened.path == demo_file
    restored = window.opened.session.dossier
    assert next(n for m in restored.meetings for n in m.notes if n.id == note).text == "Zebrapad bij de school"
    assert kept is not None and kept.name.endswith("-restore.bricoleur")
    assert backups.backups(dossier_id) == [backed_up, kept]
    in_kept = read_dossier_file(kept)
    assert next(n for m in in_kept.meetings for n in m.notes if n.id == note).text == "Later geschreven, na de backup"
    assert "Restored" in window.statusBar().currentMessage() or "Teruggezet" in window.statusBar().currentMessage()


def test_restore_cancelled_changes_nothing(qtbot, window: MainWindow, demo_file: Path) -> None:
    assert window.open_path(demo_file)
    _edit(window, "Niet terugzetten")
    window.dossier.back_up()
    answer(RestoreDialog, lambda dialog: dialog.reject())
    assert window.restoring.restore() is None
    assert window.opened is not None and window.commands.undo.isEnabled()  # still the same session
