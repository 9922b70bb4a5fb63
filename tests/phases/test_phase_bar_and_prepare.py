"""The phase bar and the prepare form, driven by keyboard and mouse, checked on the meeting."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Meeting, Phase
from bricoleur_desk.ui.phases.phase_bar import PhaseBar
from bricoleur_desk.ui.phases.prepare_panel import PreparePanel
from bricoleur_desk.workspace.session import DossierSession

from .accessibility import nameless_controls
from .sample import MEETING_ID


def _shown(qtbot: QtBot, widget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def test_ctrl_number_shortcuts_and_clicks_change_the_phase(
    qtbot: QtBot, session: DossierSession, meeting: Meeting
) -> None:
    bar = PhaseBar(session, MEETING_ID)
    _shown(qtbot, bar)
    assert bar.buttons[Phase.DISCUSS].isChecked()
    with qtbot.waitSignal(bar.phaseChanged) as signal:
        qtbot.keyClick(bar, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert meeting.phase is Phase.PREPARE and signal.args == ["prepare"]
    qtbot.keyClick(bar, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert meeting.phase is Phase.INVENTORY and bar.buttons[Phase.INVENTORY].isChecked()
    qtbot.mouseClick(bar.buttons[Phase.CLOSE], Qt.MouseButton.LeftButton)
    assert meeting.phase is Phase.CLOSE
    qtbot.mouseClick(bar.buttons[Phase.CLOSE], Qt.MouseButton.LeftButton)  # stays checked
    assert bar.buttons[Phase.CLOSE].isChecked()
    with qtbot.waitSignal(bar.phaseChanged) as signal:
        session.undo()
    assert signal.args == ["inventory"] and bar.buttons[Phase.INVENTORY].isChecked()
    assert all(b.accessibleName() for b in bar.buttons.values())


def test_typing_in_the_form_lands_in_the_meeting_and_one_undo_restores(
    qtbot: QtBot, session: DossierSession, meeting: Meeting
) -> None:
    panel = PreparePanel(session, MEETING_ID)
    panel.resize(480, 800)
    _shown(qtbot, panel)
    panel.venue_input.setFocus()
    panel.venue_input.selectAll()
    qtbot.keyClicks(panel.venue_input, "Wijkcentrum Oost")
    assert meeting.venue == "Wijkcentrum Oost"
    qtbot.keyClick(panel.venue_input, Qt.Key.Key_Tab)
    assert panel.question_input.hasFocus()
    qtbot.keyClick(panel.question_input, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.question_input, " Graag uw mening.")
    assert meeting.question.endswith("Graag uw mening.")
    session.undo()  # the whole burst of typing in the question
    assert meeting.question.endswith("parkeerplaatsen kwijt te raken?")
    session.undo()  # the whole burst of typing in the venue
    assert meeting.venue == "Buurthuis De Linde, Lindelaan 4"
    assert panel.venue_input.text() == "Buurthuis De Linde, Lindelaan 4"


def test_frame_lists_agenda_groups_and_date(qtbot: QtBot, session: DossierSession, meeting: Meeting) -> None:
    panel = PreparePanel(session, MEETING_ID)
    _shown(qtbot, panel)
    qtbot.keyClicks(panel.frame_fixed.add_input, "Het fietspad blijft aan de oostkant")
    qtbot.keyClick(panel.frame_fixed.add_input, Qt.Key.Key_Return)
    assert meeting.frame.fixed[-1] == "Het fietspad blijft aan de oostkant"
    assert panel.frame_fixed.items() == meeting.frame.fixed
    old_frame = meeting.frame
    panel.frame_open.view.setCurrentRow(0)
    qtbot.keyClick(panel.frame_open.view, Qt.Key.Key_Delete)
    assert meeting.frame.open == ["Inrichting van het speelplein", "Plaats van de drempels"]
    session.undo()
    assert meeting.frame is old_frame and len(panel.frame_open.items()) == 3

    qtbot.keyClicks(panel.agenda.title_input, "Pauze")
    panel.agenda.minutes_input.setValue(5)
    qtbot.mouseClick(panel.agenda.add_button, Qt.MouseButton.LeftButton)
    assert (meeting.agenda[-1].title, meeting.agenda[-1].minutes) == ("Pauze", 5)
    panel.agenda.table.setCurrentCell(4, 0)
    qtbot.keyClick(panel.agenda.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [b.title for b in meeting.agenda][3:] == ["Pauze", "Afsluiting en evaluatie"]
    qtbot.mouseClick(panel.agenda.remove_button, Qt.MouseButton.LeftButton)
    assert [b.title for b in meeting.agenda][-1] == "Afsluiting en evaluatie" and len(meeting.agenda) == 4
    assert "95" in panel.agenda.total_label.text()
    # edit minutes in place: the edit goes out on the next event-loop turn
    panel.agenda.table.item(0, 1).setData(Qt.ItemDataRole.EditRole, 15)
    qtbot.waitUntil(lambda: meeting.agenda[0].minutes == 15)

    qtbot.keyClicks(panel.groups.add_input, "Ondernemersvereniging")
    qtbot.keyClick(panel.groups.add_input, Qt.Key.Key_Enter)
    assert meeting.expected_groups[-1] == "Ondernemersvereniging"

    panel.starts_at_input.setFocus()
    panel.starts_at_input.setCurrentSection(panel.starts_at_input.Section.DaySection)
    for _ in range(7):
        qtbot.keyClick(panel.starts_at_input, Qt.Key.Key_Up)
    assert meeting.starts_at == datetime(2026, 12, 10, 19, 30)
    session.undo()  # seven days up in one go is one step
    assert meeting.starts_at == datetime(2026, 12, 3, 19, 30)
    assert panel.starts_at_input.dateTime().date().day() == 3


def test_every_prepare_control_has_an_accessible_name(qtbot: QtBot, session: DossierSession) -> None:
    panel = PreparePanel(session, MEETING_ID)
    qtbot.addWidget(panel)
    bar = PhaseBar(session, MEETING_ID)
    qtbot.addWidget(bar)
    assert nameless_controls(panel) == [] and nameless_controls(bar) == []


def test_enter_in_the_agenda_minutes_adds_the_block(
    qtbot: QtBot, session: DossierSession, meeting: Meeting
) -> None:
    panel = PreparePanel(session, MEETING_ID)
    _shown(qtbot, panel)
    minutes = panel.agenda.minutes_input
    minutes.setFocus()
    qtbot.waitUntil(minutes.hasFocus)
    qtbot.keyClick(minutes, Qt.Key.Key_Return)  # no title yet: Enter asks for one
    assert len(meeting.agenda) == 4 and panel.agenda.title_input.hasFocus()
    qtbot.keyClicks(panel.agenda.title_input, "Pauze")
    qtbot.keyClick(panel.agenda.title_input, Qt.Key.Key_Tab)
    assert minutes.hasFocus()
    minutes.selectAll()
    qtbot.keyClicks(minutes, "5")
    qtbot.keyClick(minutes, Qt.Key.Key_Enter)  # the number pad's Enter too
    assert (meeting.agenda[-1].title, meeting.agenda[-1].minutes) == ("Pauze", 5)
    assert panel.agenda.title_input.text() == "" and panel.agenda.title_input.hasFocus()  # ready for the next
