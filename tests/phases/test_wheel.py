"""Scrolling a phase form with the mouse wheel never changes a number, a date or a choice on the way."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Meeting
from bricoleur_desk.ui.phases.close_panel import ClosePanel
from bricoleur_desk.ui.phases.date_field import DateField
from bricoleur_desk.ui.phases.discuss_panel import DiscussPanel
from bricoleur_desk.ui.phases.meeting_widget import MeetingWidget
from bricoleur_desk.ui.phases.prepare_panel import PreparePanel
from bricoleur_desk.workspace.session import DossierSession

from .sample import MEETING_ID
from .showing import shown


def wheel(widget: QWidget, steps: int) -> None:
    """Turn the wheel over the widget's middle, ``steps`` notches up (negative: down)."""
    where = QPointF(widget.rect().center())
    event = QWheelEvent(
        where,
        QPointF(widget.mapToGlobal(where.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_scrolling_over_the_total_leaves_it_alone_until_it_has_focus(
    qtbot: QtBot, session: DossierSession, meeting: Meeting
) -> None:
    panel = shown(qtbot, ClosePanel(session, MEETING_ID))
    total = panel.attendance.total
    for _ in range(5):
        wheel(total, -1)
    assert meeting.attendance.count == 38 and total.value() == 38
    assert not session.history.can_undo() and not total.hasFocus()  # the wheel gives it no focus either
    total.setFocus()
    qtbot.waitUntil(total.hasFocus)
    wheel(total, 1)
    assert meeting.attendance.count == 39 and total.value() == 39


def _value(field: QWidget) -> str:
    if isinstance(field, QComboBox):
        return field.currentText()
    if isinstance(field, QLineEdit):
        return field.text()
    assert isinstance(field, QAbstractSpinBox)
    return field.text()


def _discuss(session: DossierSession) -> MeetingWidget:
    panel = DiscussPanel(session, MEETING_ID)
    panel.set_note("n1")
    return panel


@pytest.mark.parametrize(
    "make",
    [lambda s: PreparePanel(s, MEETING_ID), _discuss, lambda s: ClosePanel(s, MEETING_ID)],
    ids=["prepare", "discuss", "close"],
)
def test_no_field_in_a_phase_panel_takes_the_wheel_without_focus(
    qtbot: QtBot, session: DossierSession, make: Callable[[DossierSession], MeetingWidget]
) -> None:
    panel = shown(qtbot, make(session))
    fields: list[QWidget] = [
        *panel.findChildren(QAbstractSpinBox),
        *panel.findChildren(QComboBox),
        *(date.line for date in panel.findChildren(DateField)),  # the typing part is the field
    ]
    assert fields
    for field in fields:
        before = _value(field)
        wheel(field, 1)
        wheel(field, 1)
        assert _value(field) == before, field.accessibleName()
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert not session.history.can_undo()
