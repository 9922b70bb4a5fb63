"""The promise's due date: typed the Dutch way, stepped with Up/Down, Enter submits, past dates asked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Meeting, NoteStatus
from bricoleur_desk.ui.phases.discuss_panel import DiscussPanel
from bricoleur_desk.workspace.session import DossierSession

from .sample import MEETING_ID

TODAY = date(2026, 12, 3)


@pytest.fixture
def panel(qtbot: QtBot, session: DossierSession) -> DiscussPanel:
    panel = DiscussPanel(session, MEETING_ID, today=lambda: TODAY)
    panel.resize(480, 800)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.set_note("n1")
    return panel


def _promise_by_keyboard(qtbot: QtBot, panel: DiscussPanel, typed_date: str) -> None:
    """Alt+I, the what, Tab, Tab to the date, Ctrl+A, the date, Enter."""
    qtbot.keyClick(panel, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(panel.what_input, "Snelheid meten")
    qtbot.keyClick(panel.what_input, Qt.Key.Key_Tab)
    qtbot.keyClick(panel.owner_input, Qt.Key.Key_Tab)
    line = panel.due_input.line
    assert line.hasFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, typed_date)
    qtbot.keyClick(line, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["15-04-2027", "15-4-2027", "15/4/27", "15 april 2027"])
def test_a_typed_dutch_date_and_enter_make_the_promise(
    qtbot: QtBot, panel: DiscussPanel, session: DossierSession, meeting: Meeting, typed: str
) -> None:
    with qtbot.waitSignal(panel.noteDone):
        _promise_by_keyboard(qtbot, panel, typed)
    promise = session.dossier.promises[-1]
    assert (promise.text, promise.due, promise.note_ids) == ("Snelheid meten", date(2027, 4, 15), ["n1"])
    assert meeting.note("n1").status is NoteStatus.INVESTIGATE


def test_up_and_down_change_the_day_month_or_year_under_the_cursor(qtbot: QtBot, panel: DiscussPanel) -> None:
    line = panel.due_input.line
    line.setFocus()
    line.setText("15-04-2027")
    line.setCursorPosition(1)  # in the day
    qtbot.keyClick(line, Qt.Key.Key_Up)
    assert line.text() == "16-04-2027"
    line.setCursorPosition(4)  # in the month
    qtbot.keyClick(line, Qt.Key.Key_Up)
    qtbot.keyClick(line, Qt.Key.Key_Up)
    assert line.text() == "16-06-2027" and line.cursorPosition() == 5
    line.setCursorPosition(8)  # in the year
    qtbot.keyClick(line, Qt.Key.Key_Down)
    assert line.text() == "16-06-2026" and panel.due_input.date() == date(2026, 6, 16)
    line.setText("15 april 2027")
    line.setCursorPosition(5)  # in "april"
    qtbot.keyClick(line, Qt.Key.Key_Down)
    assert line.text() == "15-03-2027"


def test_leaving_the_field_writes_the_date_out(qtbot: QtBot, panel: DiscussPanel) -> None:
    line = panel.due_input.line
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "15/4/27")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert line.text() == "15-04-2027"


def _answer_past_date_question(qtbot: QtBot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_a_date_in_the_past_asks_first_and_no_keeps_the_form(
    qtbot: QtBot, panel: DiscussPanel, session: DossierSession
) -> None:
    seen: list[str] = []
    _answer_past_date_question(qtbot, QMessageBox.StandardButton.No, seen)
    _promise_by_keyboard(qtbot, panel, "30-04-2026")
    assert seen == ["The due date 30-04-2026 has already passed. Make the promise with this date?"]
    assert len(session.dossier.promises) == 3  # nothing promised
    assert panel.what_input.text() == "Snelheid meten"
    qtbot.waitUntil(panel.due_input.line.hasFocus)  # back in the date, once the question has gone


def test_a_date_in_the_past_confirmed_makes_the_promise(
    qtbot: QtBot, panel: DiscussPanel, session: DossierSession
) -> None:
    seen: list[str] = []
    _answer_past_date_question(qtbot, QMessageBox.StandardButton.Yes, seen)
    _promise_by_keyboard(qtbot, panel, "30-04-2026")
    assert len(seen) == 1 and session.dossier.promises[-1].due == date(2026, 4, 30)


def test_today_and_later_ask_nothing(qtbot: QtBot, panel: DiscussPanel, session: DossierSession) -> None:
    _promise_by_keyboard(qtbot, panel, "3-12-2026")
    assert session.dossier.promises[-1].due == TODAY


def test_what_is_no_date_is_said_under_the_field(
    qtbot: QtBot, panel: DiscussPanel, session: DossierSession
) -> None:
    _promise_by_keyboard(qtbot, panel, "31-02-2027")
    assert len(session.dossier.promises) == 3
    assert panel.due_error.isVisible() and "such as 03-12-2026" in panel.due_error.text()
    assert panel.due_input.line.hasFocus()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the popup, offscreen
def test_the_calendar_button_opens_at_the_date_and_picks_one(qtbot: QtBot, panel: DiscussPanel) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QTableView

    field = panel.due_input
    opened_at: list[QDate] = []

    def pick_the_next_day() -> None:
        opened_at.append(field.calendar.selectedDate())
        days = field.calendar.findChild(QTableView)
        qtbot.keyClick(days, Qt.Key.Key_Right)
        qtbot.keyClick(days, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick_the_next_day)
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)  # the menu runs until a pick
    assert opened_at == [QDate(2026, 12, 31)]  # four weeks from today
    assert field.date() == date(2027, 1, 1) and field.line.text() == "01-01-2027"
    assert not field.calendar_button.menu().isVisible()
