"""The discuss panel: statuses by keyboard and mouse, promises linked to notes, votes, undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Meeting, NoteStatus, PromiseStatus
from bricoleur_desk.ui.phases.discuss_panel import DiscussPanel
from bricoleur_desk.ui.phases.promise_table import STATUS_COLUMN
from bricoleur_desk.workspace.session import DossierSession

from .accessibility import nameless_controls
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
    return panel


def test_no_note_shows_a_hint_and_a_note_shows_its_words(panel: DiscussPanel) -> None:
    assert panel.placeholder.isVisible() and not panel.note_area.isVisible()
    panel.set_note("n3")
    assert not panel.placeholder.isVisible() and panel.note_area.isVisible()
    assert panel.number_label.text() == "No. 3"
    assert panel.text_label.text() == "Waarom kan de bus niet om via de Dorpsweg?"
    assert "Verkeer" in panel.meta_label.text() and "Parkstraat" in panel.meta_label.text()
    assert panel.promises.promise_ids() == ["p1", "p0", "p-done"]  # tonight's, then every one from before
    assert panel.promises.item(1, 0).toolTip().startswith("From an earlier evening")
    assert panel.promises.item(1, 2).toolTip() == "Overdue: 01-09-2026"
    assert panel.promises.item(0, 2).toolTip() == "15-01-2027"


def test_alt_a_then_typing_and_enter_answers_the_note(
    qtbot: QtBot, panel: DiscussPanel, meeting: Meeting, session: DossierSession
) -> None:
    panel.set_note("n3")
    with qtbot.waitSignal(panel.noteDone) as done:
        qtbot.keyClick(panel, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        assert panel.answer_input.hasFocus()
        qtbot.keyClicks(panel.answer_input, "Nee, de Dorpsweg is te smal voor de bus")
        qtbot.keyClick(panel.answer_input, Qt.Key.Key_Return)
    note = meeting.note("n3")
    assert done.args == ["n3"]
    assert (note.status, note.answer) == (NoteStatus.ANSWERED, "Nee, de Dorpsweg is te smal voor de bus")
    assert panel.status_label.text() == "Answered" and panel.answer_shown.text() == note.answer
    qtbot.keyClick(panel, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert note.status is NoteStatus.OPEN and panel.status_label.text() == "Open"
    session.undo()
    assert note.status is NoteStatus.ANSWERED


def test_investigate_makes_one_promise_linked_to_the_note_and_one_undo_removes_both(
    qtbot: QtBot, panel: DiscussPanel, meeting: Meeting, session: DossierSession
) -> None:
    panel.set_note("n1")
    assert panel.due_input.date() == TODAY + timedelta(weeks=4)
    qtbot.keyClick(panel, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert panel.what_input.hasFocus()
    qtbot.keyClicks(panel.what_input, "Drempels bij de school onderzoeken")
    qtbot.keyClick(panel.what_input, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.owner_input, "Team Verkeer")
    qtbot.mouseClick(panel.investigate_button, Qt.MouseButton.LeftButton)
    promise = session.dossier.promises[-1]
    assert meeting.note("n1").status is NoteStatus.INVESTIGATE
    assert (promise.text, promise.owner, promise.due, promise.note_ids) == (
        "Drempels bij de school onderzoeken",
        "Team Verkeer",
        TODAY + timedelta(weeks=4),
        ["n1"],
    )
    assert panel.promises.promise_ids() == ["p1", promise.id, "p0", "p-done"]
    assert panel.promises.item(1, 0).text() == promise.text
    session.undo()
    assert meeting.note("n1").status is NoteStatus.OPEN
    assert len(session.dossier.promises) == 3 and panel.promises.promise_ids() == ["p1", "p0", "p-done"]


def test_an_empty_what_makes_no_promise_of_the_residents_words_but_asks_for_it(
    qtbot: QtBot, panel: DiscussPanel, meeting: Meeting, session: DossierSession
) -> None:
    panel.set_note("n1")
    assert "hard gereden" not in panel.what_input.placeholderText()  # no complaint posing as a promise
    qtbot.keyClick(panel, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(panel.owner_input, "Team Verkeer")
    qtbot.keyClick(panel.owner_input, Qt.Key.Key_Return)
    assert len(session.dossier.promises) == 3 and meeting.note("n1").status is NoteStatus.OPEN
    assert panel.what_error.isVisible() and panel.what_error.text() == "Say what the municipality will do."
    assert panel.what_error.geometry().top() > panel.what_input.geometry().bottom()  # right under it
    assert panel.what_input.hasFocus()
    qtbot.keyClicks(panel.what_input, "Snelheid meten")
    assert not panel.what_error.isVisible()  # typing clears the message
    qtbot.keyClick(panel.what_input, Qt.Key.Key_Return)
    assert session.dossier.promises[-1].text == "Snelheid meten"
    assert meeting.note("n1").status is NoteStatus.INVESTIGATE


def test_outside_the_frame_keeps_the_reason(qtbot: QtBot, panel: DiscussPanel, meeting: Meeting) -> None:
    panel.set_note("n3")
    qtbot.keyClick(panel, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(panel.reason_input, "De busroute is vastgesteld door de vervoerder")
    qtbot.mouseClick(panel.out_of_frame_button, Qt.MouseButton.LeftButton)
    note = meeting.note("n3")
    assert note.status is NoteStatus.OUT_OF_FRAME
    assert note.answer == "De busroute is vastgesteld door de vervoerder"
    panel.set_note("n3")  # coming back to it shows the reason again
    assert panel.reason_input.text() == note.answer


def test_votes_by_buttons_and_keys(qtbot: QtBot, panel: DiscussPanel, meeting: Meeting) -> None:
    panel.set_note("n1")
    qtbot.mouseClick(panel.vote_up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.vote_up_button, Qt.MouseButton.LeftButton)
    assert meeting.note("n1").votes == 9 and panel.votes_label.text() == "9"
    panel.vote_down_button.setFocus()
    qtbot.keyClick(panel.vote_down_button, Qt.Key.Key_Minus)
    assert meeting.note("n1").votes == 8
    qtbot.keyClick(panel.vote_down_button, Qt.Key.Key_Plus)
    assert meeting.note("n1").votes == 9
    panel.answer_input.setFocus()  # typing a + in a field is text, not a vote
    qtbot.keyClick(panel.answer_input, Qt.Key.Key_Plus)
    assert meeting.note("n1").votes == 9 and panel.answer_input.text() == "+"


def test_promise_status_is_edited_in_the_table(
    qtbot: QtBot, panel: DiscussPanel, session: DossierSession
) -> None:
    item = panel.promises.item(0, STATUS_COLUMN)
    assert item.text() == "Open"
    item.setData(Qt.ItemDataRole.UserRole, PromiseStatus.DONE.value)  # what the combo box commits
    qtbot.waitUntil(lambda: session.document.get("p1").status is PromiseStatus.DONE)
    assert panel.promises.item(0, STATUS_COLUMN).text() == "Done"


def test_promise_status_combo_by_keyboard(qtbot: QtBot, panel: DiscussPanel, session: DossierSession) -> None:
    from PySide6.QtWidgets import QComboBox

    panel.promises.setFocus()
    panel.promises.setCurrentCell(0, STATUS_COLUMN)
    qtbot.keyClick(panel.promises, Qt.Key.Key_F2)
    combo = panel.promises.findChild(QComboBox)
    assert combo is not None and combo.accessibleName() == "Promise status"
    combo.setCurrentIndex(combo.findData(PromiseStatus.DROPPED.value))
    combo.activated.emit(combo.currentIndex())
    # dropping asks why: cancelled, the promise stays open; answered, the reason is kept
    from PySide6.QtWidgets import QInputDialog

    qtbot.waitUntil(lambda: panel.findChild(QInputDialog, "dropReason") is not None)
    panel.findChild(QInputDialog, "dropReason").reject()
    qtbot.waitUntil(lambda: panel.promises.item(0, STATUS_COLUMN).text() == "Open")
    assert session.document.get("p1").status is PromiseStatus.OPEN
    panel.promises.setCurrentCell(0, STATUS_COLUMN)
    qtbot.keyClick(panel.promises, Qt.Key.Key_F2)
    combo = panel.promises.findChild(QComboBox)
    combo.setCurrentIndex(combo.findData(PromiseStatus.DROPPED.value))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: panel.findChild(QInputDialog, "dropReason") is not None)
    dialog = panel.findChild(QInputDialog, "dropReason")
    dialog.setTextValue("De meting is al gedaan door de provincie")
    dialog.accept()
    qtbot.waitUntil(lambda: session.document.get("p1").status is PromiseStatus.DROPPED)
    assert session.document.get("p1").reason == "De meting is al gedaan door de provincie"


def test_every_control_has_an_accessible_name(panel: DiscussPanel) -> None:
    panel.set_note("n1")
    assert nameless_controls(panel) == []
