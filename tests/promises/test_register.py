"""The promises register, driven as the adviser uses it: filter, add, reword, update, close, undo."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from bricoleur_desk.domain.model import PromiseStatus
from bricoleur_desk.storage import create_dossier
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.promises.register_dialog import PromisesRegister
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.session import DossierSession

from .sample import BENCH, CROSSING, LIGHT, SECOND, TODAY, TREES, two_evenings


@pytest.fixture
def register(qtbot) -> PromisesRegister:  # type: ignore[no-untyped-def]
    session = DossierSession(two_evenings())
    dialog = PromisesRegister(session, SECOND, today=lambda: TODAY, now=lambda: datetime(2026, 12, 4, 10, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _promise(register: PromisesRegister, promise_id: str):  # type: ignore[no-untyped-def]
    return next(p for p in register.session.dossier.promises if p.id == promise_id)


def _cell(register: PromisesRegister, promise_id: str, column: int) -> str:
    return register.table.item(register.shown_ids().index(promise_id), column).text()


def test_every_promise_with_status_late_and_latest_update(register: PromisesRegister) -> None:
    assert register.shown_ids() == [BENCH, CROSSING, LIGHT, TREES]
    assert _cell(register, BENCH, 4) == "done"
    assert _cell(register, BENCH, 5) == "24-11-2026: Gedaan: bank geplaatst naast de glijbaan"
    assert _cell(register, CROSSING, 4).startswith("dropped: De provincie legt daar in 2027")
    assert _cell(register, LIGHT, 4) == "open, late"
    assert register.table.item(register.shown_ids().index(LIGHT), 4).foreground().color().name() == "#b3261e"
    assert _cell(register, TREES, 4) == "open"
    assert register.count_label.text() == "4 of 4 promises"


def test_filters_open_late_by_owner_and_by_evening(register: PromisesRegister) -> None:
    register.status_filter.setCurrentIndex(register.status_filter.findData("open"))
    assert register.shown_ids() == [LIGHT, TREES]
    register.show_overdue()
    assert register.shown_ids() == [LIGHT]
    register.status_filter.setCurrentIndex(0)
    register.owner_filter.setCurrentIndex(register.owner_filter.findData("Team Openbare Ruimte"))
    assert register.shown_ids() == [BENCH, LIGHT]
    register.owner_filter.setCurrentIndex(0)
    register.evening_filter.setCurrentIndex(register.evening_filter.findData(SECOND))
    assert register.shown_ids() == [TREES]
    assert register.count_label.text() == "1 of 4 promises"


def test_add_reword_update_and_close_a_promise_each_one_undo_step(qtbot, register: PromisesRegister) -> None:  # type: ignore[no-untyped-def]
    register.evening_filter.setCurrentIndex(register.evening_filter.findData("avond-1"))
    qtbot.keyClicks(register.new_text, "Afvalbak bij het bankje")
    qtbot.keyClick(register.new_text, Qt.Key.Key_Return)
    made = register.editor.promise_id
    assert made is not None and made in register.shown_ids()  # the filter made way for it
    assert _promise(register, made).meeting_id == SECOND
    editor = register.editor
    qtbot.keyClicks(editor.owner_edit, "Stadsbeheer")
    editor.due_known.setChecked(True)
    editor.due_edit.setDate(editor.due_edit.date().addDays(14))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    promise = _promise(register, made)
    assert (promise.owner, promise.due) == ("Stadsbeheer", date(2026, 12, 18))
    assert _cell(register, made, 2) == "Stadsbeheer"

    assert not editor.update_button.isEnabled()
    qtbot.keyClicks(editor.update_edit, "Gevraagd bij Twence")
    qtbot.mouseClick(editor.update_button, Qt.MouseButton.LeftButton)
    assert [(u.at, u.text) for u in promise.updates] == [
        (datetime(2026, 12, 4, 10, 30), "Gevraagd bij Twence")
    ]
    assert editor.updates_list.item(0).text() == "04-12-2026  Gevraagd bij Twence"
    assert _cell(register, made, 5) == "04-12-2026: Gevraagd bij Twence"

    assert not editor.drop_button.isEnabled()  # no reason, no dropping
    qtbot.keyClicks(editor.reason_edit, "Twence haalt hier geen afval op")
    qtbot.keyClick(editor.reason_edit, Qt.Key.Key_Return)
    assert (promise.status, promise.reason) == (PromiseStatus.DROPPED, "Twence haalt hier geen afval op")
    assert editor.status_label.text() == "Dropped, because: Twence haalt hier geen afval op"
    qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.done_button, Qt.MouseButton.LeftButton)
    assert (promise.status, promise.reason) == (PromiseStatus.DONE, None)
    assert _cell(register, made, 4) == "done"

    session = register.session
    for _ in range(5):  # done, reopen, drop, the update, the owner and date
        assert session.undo()
    assert (promise.status, promise.updates, promise.owner) == (PromiseStatus.OPEN, [], None)
    assert register.editor.owner_edit.text() == ""  # the editor follows the undo
    assert session.undo()
    assert made not in register.shown_ids()


def test_a_dossier_with_late_promises_says_so_when_it_opens(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plein.bricoleur"
    create_dossier(path, two_evenings()).close()
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    window.promises.today = lambda: TODAY
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path)
    message = window.statusBar().currentMessage()
    assert message.startswith("1 promise is late") and "Ctrl+Shift+P" in message
    window.commands.promises.trigger()
    register = window.promises.register
    assert register is not None and register.isVisible()
    assert register.shown_ids() == [BENCH, CROSSING, LIGHT, TREES]
    window.promises.today = lambda: date(2027, 2, 1)
    assert window.promises.overdue_notice(window.opened.session, "Ctrl+Shift+P").startswith(
        "2 promises are late"
    )
    assert window.close_dossier()
    assert window.promises.register is None


def test_every_control_has_an_accessible_name(register: PromisesRegister) -> None:
    from tests.phases.accessibility import nameless_controls

    register.select(LIGHT)
    # the combo boxes' closed pop-up lists are named through their combo box
    assert [c for c in nameless_controls(register) if c.isVisibleTo(register)] == []
