"""The close panel: evaluation counts by keys and clicks, remarks, attendance; all undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Meeting
from bricoleur_desk.ui.phases.close_panel import ClosePanel
from bricoleur_desk.workspace.session import DossierSession

from .accessibility import nameless_controls
from .sample import MEETING_ID
from .showing import shown

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def panel(qtbot: QtBot, session: DossierSession) -> ClosePanel:
    return shown(qtbot, ClosePanel(session, MEETING_ID))


def test_keys_1_to_5_count_and_shift_takes_one_off(
    qtbot: QtBot, panel: ClosePanel, meeting: Meeting, session: DossierSession
) -> None:
    before = dict(meeting.evaluation.scores)
    for key in (Qt.Key.Key_5, Qt.Key.Key_5, Qt.Key.Key_4, Qt.Key.Key_1):
        qtbot.keyClick(panel, key)
    qtbot.keyClick(panel, Qt.Key.Key_2, SHIFT)
    qtbot.keyClick(panel, Qt.Key.Key_Exclam, SHIFT)  # Shift+1 on a real keyboard
    expected = {1: before[1], 2: before[2] - 1, 3: before[3], 4: before[4] + 1, 5: before[5] + 2}
    assert meeting.evaluation.scores == expected
    assert [panel.counters[s].count.value() for s in range(1, 6)] == [expected[s] for s in range(1, 6)]
    session.undo()  # one key press is one step
    assert meeting.evaluation.scores[1] == before[1] + 1


def test_keys_reach_the_panel_from_a_focused_counter_button(
    qtbot: QtBot, panel: ClosePanel, meeting: Meeting
) -> None:
    panel.counters[3].button.setFocus()
    qtbot.keyClick(panel.counters[3].button, Qt.Key.Key_3)
    qtbot.keyClick(panel.counters[3].button, Qt.Key.Key_Space)  # Space presses the focused counter
    assert meeting.evaluation.scores[3] == 8


def test_clicks_count_and_shift_click_takes_one_off(
    qtbot: QtBot, panel: ClosePanel, meeting: Meeting
) -> None:
    qtbot.mouseClick(panel.counters[4].button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.counters[4].button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.counters[1].button, Qt.MouseButton.LeftButton, SHIFT)
    qtbot.mouseClick(panel.counters[1].button, Qt.MouseButton.LeftButton, SHIFT)  # never below zero
    assert meeting.evaluation.scores[4] == 16 and meeting.evaluation.scores[1] == 0
    assert panel.summary_label.text() == "29 responses, average 3.8"


def test_typing_a_count_sets_it_in_one_undo_step(
    qtbot: QtBot, panel: ClosePanel, meeting: Meeting, session: DossierSession
) -> None:
    spin = panel.counters[2].count
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "12")  # the digits go to the count, not to the score keys
    assert meeting.evaluation.scores[2] == 12 and meeting.evaluation.scores[1] == 1
    session.undo()
    assert meeting.evaluation.scores[2] == 2 and spin.value() == 2


def test_remarks_add_edit_delete(qtbot: QtBot, panel: ClosePanel, meeting: Meeting) -> None:
    qtbot.keyClicks(panel.remarks.add_input, "Graag een vervolgavond in het voorjaar")
    qtbot.keyClick(panel.remarks.add_input, Qt.Key.Key_Return)
    assert meeting.evaluation.remarks[-1] == "Graag een vervolgavond in het voorjaar"
    panel.remarks.view.item(0).setText("Fijn dat alles meteen op het scherm kwam")  # as F2 commits it
    qtbot.waitUntil(lambda: meeting.evaluation.remarks[0] == "Fijn dat alles meteen op het scherm kwam")
    panel.remarks.view.setCurrentRow(1)
    qtbot.keyClick(panel.remarks.view, Qt.Key.Key_Delete)
    assert meeting.evaluation.remarks == [
        "Fijn dat alles meteen op het scherm kwam",
        "Graag een vervolgavond in het voorjaar",
    ]
    assert meeting.evaluation.scores[5] == 5  # the scores were carried over untouched


def test_attendance_per_group_and_total(
    qtbot: QtBot, panel: ClosePanel, meeting: Meeting, session: DossierSession
) -> None:
    assert list(panel.attendance.spins) == meeting.expected_groups
    spin = panel.attendance.spins["Basisschool De Vlinder"]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert meeting.attendance.by_group["Basisschool De Vlinder"] == 2
    qtbot.keyClicks(panel.attendance.new_group, "Ondernemers Dorpsstraat")
    panel.attendance.new_count.setValue(3)
    qtbot.mouseClick(panel.attendance.add_button, Qt.MouseButton.LeftButton)
    assert meeting.attendance.by_group["Ondernemers Dorpsstraat"] == 3
    assert "Ondernemers Dorpsstraat" in panel.attendance.spins
    panel.attendance.total.setFocus()
    panel.attendance.total.selectAll()
    qtbot.keyClicks(panel.attendance.total, "45")
    assert meeting.attendance.count == 45 and panel.attendance.total.value() == 45
    session.undo()
    session.undo()
    assert "Ondernemers Dorpsstraat" not in panel.attendance.spins
    session.undo()  # two arrow presses in one field: one step
    assert "Basisschool De Vlinder" not in meeting.attendance.by_group
    assert panel.attendance.spins["Basisschool De Vlinder"].value() == 0


def test_every_close_control_has_an_accessible_name(panel: ClosePanel) -> None:
    assert nameless_controls(panel) == []


def test_a_click_on_the_panel_background_lets_the_number_keys_count(
    qtbot: QtBot, panel: ClosePanel, meeting: Meeting
) -> None:
    panel.remarks.add_input.setFocus()
    qtbot.waitUntil(panel.remarks.add_input.hasFocus)
    qtbot.mouseClick(panel.summary_label, Qt.MouseButton.LeftButton)
    assert panel.hasFocus()
    qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_4)
    assert meeting.evaluation.scores[4] == 15


def test_score_keys_count_only_from_the_panel_or_a_score_button(
    qtbot: QtBot, panel: ClosePanel, meeting: Meeting, session: DossierSession
) -> None:
    before = dict(meeting.evaluation.scores)
    panel.remarks.view.setCurrentRow(0)  # so that its Remove button is enabled
    for control in (panel.attendance.add_button, panel.remarks.add_button, panel.remarks.remove_button):
        control.setFocus()
        qtbot.waitUntil(control.hasFocus)
        qtbot.keyClick(control, Qt.Key.Key_4)  # a digit meant for somewhere else
    assert meeting.evaluation.scores == before and not session.history.can_undo()


def test_ctrl_or_alt_with_a_digit_and_a_held_digit_count_nothing_extra(
    qtbot: QtBot, panel: ClosePanel, meeting: Meeting
) -> None:
    before = dict(meeting.evaluation.scores)
    qtbot.keyClick(panel, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert meeting.evaluation.scores == before
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_2, Qt.KeyboardModifier.NoModifier, "2")
    QApplication.sendEvent(panel, press)
    for _ in range(10):  # the keyboard repeats a key held down: still one person
        held = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_2, Qt.KeyboardModifier.NoModifier, "2", True)
        QApplication.sendEvent(panel, held)
    assert meeting.evaluation.scores == {**before, 2: before[2] + 1}
    qtbot.keyClick(panel, Qt.Key.Key_3, Qt.KeyboardModifier.KeypadModifier)  # the number pad counts
    assert meeting.evaluation.scores[3] == before[3] + 1


def test_a_score_key_shows_which_counter_it_pressed(qtbot: QtBot, panel: ClosePanel) -> None:
    qtbot.keyClick(panel, Qt.Key.Key_4)
    assert panel.counters[4].button.isDown() and not panel.counters[3].button.isDown()
    qtbot.waitUntil(lambda: not panel.counters[4].button.isDown())  # a short press, as a click shows it


def test_tab_walks_the_attendance_from_top_to_bottom(qtbot: QtBot, panel: ClosePanel) -> None:
    """Found in a real evening: Tab from the total skipped the groups to the 'another group' line."""
    editor = panel.attendance
    assert editor.spins, "the sample meeting expects groups"
    order, widget = [], editor.total
    for _ in range(len(editor.spins) + 2):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or widget.focusProxy() is not None:
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[: len(editor.spins)] == list(editor.spins.values())
    assert order[len(editor.spins)] is editor.new_group
