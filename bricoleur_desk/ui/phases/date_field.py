"""A date field that reads what is typed (15-4-2027, 15/4/27, 15 april 2027) and steps with Up/Down.

Qt's date edit keeps the text in sections: Ctrl+A and typing "15-04-2027" there gave another
date, and Enter did not reach the form. This field is a line edit: typing is typing, Up and
Down step the day, month or year under the cursor, Enter is the form's, and a small button
opens a calendar for the mouse.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ...domain.date_text import read_date, step_text, write_date
from .focused_wheel import wheel_only_when_focused

SAMPLE = "15-04-2027"


class _DateLine(QLineEdit):
    """The typing part: Up/Down step the part under the cursor; leaving writes the date out."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        delta = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if delta is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        stepped = step_text(self.text(), self.cursorPosition(), delta, self._today())
        if stepped is not None:
            text, cursor = stepped
            self.setText(text)
            self.setCursorPosition(cursor)
            self.textEdited.emit(text)
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        day = read_date(self.text(), self._today())
        if day is not None and self.text() != write_date(day):
            self.setText(write_date(day))
        super().focusOutEvent(event)


class DateField(QWidget):
    """A typed date (None when empty or not a date), with a calendar button beside it."""

    returnPressed = Signal()
    textEdited = Signal(str)

    def __init__(self, today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.line = _DateLine(today)
        width = self.line.fontMetrics().horizontalAdvance(SAMPLE + "  ") + 16
        self.line.setMinimumWidth(width)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        wheel_only_when_focused(*self.calendar.findChildren(QSpinBox))  # its year, once clicked
        self.calendar_button = QToolButton()
        self.calendar_button.setText("\u25be")
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard types the date
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._calendar_opens)
        self.calendar_button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line)
        self.line.returnPressed.connect(self.returnPressed)
        self.line.textEdited.connect(self.textEdited)
        self.retranslate()

    def date(self) -> date | None:
        return read_date(self.line.text(), self._today())

    def text(self) -> str:
        return self.line.text()

    def set_date(self, day: date | None) -> None:
        self.line.setText(write_date(day) if day is not None else "")

    def _calendar_opens(self) -> None:
        day = self.date() or self._today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, chosen: QDate) -> None:
        self.set_date(date(chosen.year(), chosen.month(), chosen.day()))
        self.textEdited.emit(self.line.text())
        self.calendar_button.menu().close()
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - the typing part carries the name
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def retranslate(self) -> None:
        self.line.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.line.setToolTip(
            self.tr(
                "Type a date: 15-04-2027, 15-4-27, 15 april 2027. Up and Down change the day, month or year."
            )
        )
        self.calendar_button.setToolTip(self.tr("Choose the date in a calendar"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        self.calendar.setAccessibleName(self.tr("Calendar"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
