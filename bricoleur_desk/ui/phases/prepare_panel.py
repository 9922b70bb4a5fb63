"""Prepare the evening: what the room sees before it starts, and the frame it works within."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...workspace import meeting_flow
from ...workspace.session import DossierSession
from .agenda_editor import AgendaEditor
from .editable_list import EditableList
from .focused_wheel import wheel_only_when_focused
from .last_time_box import LastTimeBox
from .meeting_widget import MeetingWidget


class _TextBox(QPlainTextEdit):
    """A few lines of text that, like a line edit, says when the user is done with it."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # keyboard users must be able to leave the field
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.editingFinished.emit()
        super().focusOutEvent(event)


class PreparePanel(MeetingWidget):
    """Title, date and time, venue, the question, the frame, the agenda, groups, what's next.

    Typing goes to the meeting at once (the projector shows it live); one burst of typing in
    one field, up to leaving the field, is one undo step.
    """

    def __init__(self, session: DossierSession, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, meeting_id, parent)
        self.setObjectName("preparePanel")
        self._bursts: dict[str, int] = {}
        self.title_input = QLineEdit()
        self.starts_at_input = QDateTimeEdit()
        self.starts_at_input.setCalendarPopup(True)
        self.starts_at_input.setDisplayFormat("dd-MM-yyyy  HH:mm")
        wheel_only_when_focused(self.starts_at_input)
        self.venue_input = QLineEdit()
        self.question_input = _TextBox()
        self.frame_open = EditableList()
        self.frame_fixed = EditableList()
        self.agenda = AgendaEditor()
        self.groups = EditableList(reorderable=False)
        self.next_steps_input = _TextBox()
        self.last_time = LastTimeBox(session, meeting_id)  # the evening before: remarks, open promises
        self._build()
        self._connect()
        self.retranslateUi()
        self.refresh_quietly()

    def _build(self) -> None:
        form_widget = QWidget()
        self.form = QFormLayout(form_widget)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.form.addRow(self.last_time)
        for key, field in (
            ("title", self.title_input),
            ("starts_at", self.starts_at_input),
            ("venue", self.venue_input),
            ("question", self.question_input),
            ("frame_open", self.frame_open),
            ("frame_fixed", self.frame_fixed),
            ("agenda", self.agenda),
            ("groups", self.groups),
            ("next_steps", self.next_steps_input),
        ):
            label = QLabel()
            label.setBuddy(field.view if isinstance(field, EditableList) else field)
            label.setStyleSheet("font-weight: bold")
            self.labels[key] = label
            self.form.addRow(label, field)
        for editable in (self.frame_open, self.frame_fixed, self.groups):
            editable.view.setFixedHeight(editable.view.fontMetrics().lineSpacing() * 5 + 10)
        row_height = self.agenda.table.verticalHeader().defaultSectionSize()
        self.agenda.table.setFixedHeight(
            row_height * 6 + self.agenda.table.horizontalHeader().sizeHint().height()
        )
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop; a click on it focuses the panel
        scroll.setWidget(form_widget)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _connect(self) -> None:
        for name, line in (("title", self.title_input), ("venue", self.venue_input)):
            line.textEdited.connect(lambda text, n=name: self._typed(n, text))
            line.editingFinished.connect(lambda n=name: self._finished(n))
        for name, box in (("question", self.question_input), ("next_steps", self.next_steps_input)):
            box.textChanged.connect(lambda n=name, b=box: self._typed(n, b.toPlainText()))
            box.editingFinished.connect(lambda n=name: self._finished(n))
        # the calendar popup and the arrow keys change the date without "editing finished"
        self.starts_at_input.dateTimeChanged.connect(self._starts_at_edited)
        self.starts_at_input.editingFinished.connect(lambda: self._finished("starts_at"))
        self.frame_open.itemsEdited.connect(lambda items: self._frame_edited(items, None))
        self.frame_fixed.itemsEdited.connect(lambda items: self._frame_edited(None, items))
        self.agenda.agendaEdited.connect(
            lambda blocks: self.run(meeting_flow.set_agenda, self.meeting_id, blocks)
        )
        self.groups.itemsEdited.connect(
            lambda items: self.run(meeting_flow.set_expected_groups, self.meeting_id, items)
        )

    # -- edits ------------------------------------------------------------------------------

    def _typed(self, field: str, text: str) -> None:
        meeting = self.meeting()
        if self._refreshing or meeting is None:
            return
        key = f"prepare:{self.meeting_id}:{field}:{self._bursts.get(field, 0)}"
        self.run(meeting_flow.set_text, self.meeting_id, field, text, merge_key=key)

    def _finished(self, field: str) -> None:
        # the next burst of typing in this field is a new undo step
        self._bursts[field] = self._bursts.get(field, 0) + 1

    def _starts_at_edited(self) -> None:
        meeting = self.meeting()
        if self._refreshing or meeting is None:
            return
        value = self.starts_at_input.dateTime()
        d, t = value.date(), value.time()
        starts_at = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        if starts_at != meeting.starts_at:
            key = f"prepare:{self.meeting_id}:starts_at:{self._bursts.get('starts_at', 0)}"
            self.run(meeting_flow.set_starts_at, self.meeting_id, starts_at, merge_key=key)

    def _frame_edited(self, open_items: list[str] | None, fixed_items: list[str] | None) -> None:
        meeting = self.meeting()
        if meeting is None:
            return
        self.run(
            meeting_flow.set_frame,
            self.meeting_id,
            meeting.frame.open if open_items is None else open_items,
            meeting.frame.fixed if fixed_items is None else fixed_items,
        )

    # -- view -------------------------------------------------------------------------------

    def refresh(self) -> None:
        meeting = self.meeting()
        self.setEnabled(meeting is not None)
        if meeting is None:
            return
        for line, value in ((self.title_input, meeting.title), (self.venue_input, meeting.venue)):
            if line.text() != (value or ""):
                line.setText(value or "")
        for box, value in (
            (self.question_input, meeting.question),
            (self.next_steps_input, meeting.next_steps),
        ):
            if box.toPlainText() != (value or ""):
                box.setPlainText(value or "")
        s = meeting.starts_at
        shown = QDateTime(QDate(s.year, s.month, s.day), QTime(s.hour, s.minute))
        if self.starts_at_input.dateTime() != shown:
            self.starts_at_input.setDateTime(shown)
        self.frame_open.set_items(list(meeting.frame.open))
        self.frame_fixed.set_items(list(meeting.frame.fixed))
        self.agenda.set_blocks([(b.title, b.minutes) for b in meeting.agenda])
        self.groups.set_items(list(meeting.expected_groups))

    def retranslateUi(self) -> None:  # noqa: N802
        self.setAccessibleName(self.tr("Prepare the evening"))
        texts = {
            "title": (self.tr("&Title"), self.tr("Title of the evening")),
            "starts_at": (self.tr("&Date and time"), self.tr("Date and time of the evening")),
            "venue": (self.tr("&Venue"), self.tr("Venue")),
            "question": (self.tr("The &question"), self.tr("The question of the evening")),
            "frame_open": (self.tr("&Open for discussion"), self.tr("Open for discussion")),
            "frame_fixed": (self.tr("&Fixed, and why"), self.tr("Fixed, and why")),
            "agenda": (self.tr("&Agenda"), self.tr("Agenda")),
            "groups": (self.tr("Expected &groups"), self.tr("Expected groups")),
            "next_steps": (self.tr("What happens &next"), self.tr("What happens next")),
        }
        for key, (label, _name) in texts.items():
            self.labels[key].setText(label)
        self.title_input.setAccessibleName(texts["title"][1])
        self.starts_at_input.setAccessibleName(texts["starts_at"][1])
        self.venue_input.setAccessibleName(texts["venue"][1])
        self.venue_input.setPlaceholderText(self.tr("A school, a community centre, on site"))
        self.question_input.setAccessibleName(texts["question"][1])
        self.question_input.setPlaceholderText(self.tr("What is this evening about?"))
        self.next_steps_input.setAccessibleName(texts["next_steps"][1])
        self.next_steps_input.setPlaceholderText(self.tr("What happens after tonight, how to stay in touch"))
        self.frame_open.retranslate(texts["frame_open"][1], self.tr("What residents can influence"))
        self.frame_fixed.retranslate(texts["frame_fixed"][1], self.tr("What is fixed, and why"))
        self.groups.retranslate(texts["groups"][1], self.tr("A group, street or organisation"))
        self.agenda.retranslateUi()
