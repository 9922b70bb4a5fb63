"""Prepare the evening: what the room sees before it starts, and the frame it works within.

Preparing needs room: the question, the frame, the agenda, the groups and what comes after are
written here, not glanced at. The form lays its parts out in as many columns as the width
allows (four at 1366 pixels), and each editor grows with the window (issue #12: in one narrow
column of fixed-height boxes, they took turns in a small scroll pane).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.document import Changed, Kind
from ...workspace import dossier_overview, meeting_flow
from ...workspace.session import DossierSession
from .agenda_editor import AgendaEditor
from .editable_list import EditableList
from .focused_wheel import wheel_only_when_focused
from .last_time_box import LastTimeBox
from .meeting_widget import MeetingWidget

# the fields in reading (and Tab) order, and where each count of columns starts a new column
FIELDS = (
    "title",
    "starts_at",
    "venue",
    "question",
    "frame_open",
    "frame_fixed",
    "agenda",
    "groups",
    "next_steps",
)
COLUMN_STARTS = {4: (4, 6, 7), 2: (6,), 1: ()}
COLUMN_WIDTH = 280  # the least width a column of the form is usable at
EDITOR_LINES = 4  # the least lines of text a box or list shows
AGENDA_ROWS = 6  # the least agenda blocks shown: a whole evening, mostly


class _TextBox(QPlainTextEdit):
    """A few lines of text that, like a line edit, says when the user is done with it."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # keyboard users must be able to leave the field
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * EDITOR_LINES + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.editingFinished.emit()
        super().focusOutEvent(event)


TextBox = _TextBox  # the same few lines of text elsewhere (the report's introduction and summary)


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
        # the dossier's stakeholders as this evening's expected groups, in one click
        self.expect_stakeholders_button = QPushButton()
        self.expect_stakeholders_button.setObjectName("expectStakeholders")
        # the whole dossier beside the form: the evenings so far, the history, the stakeholders
        self.dossier_button = QPushButton()
        self.dossier_button.setObjectName("dossierOverviewButton")
        self.next_steps_input = _TextBox()
        # the evening before: remarks, open promises. Made with its parent: shown without one, it
        # flashed as a window of its own and took the keyboard from the main window
        self.last_time = LastTimeBox(session, meeting_id, self)
        self._build()
        self._connect()
        self.retranslateUi()
        self.refresh_quietly()

    def _build(self) -> None:
        self.fields: dict[str, QWidget] = {
            "title": self.title_input,
            "starts_at": self.starts_at_input,
            "venue": self.venue_input,
            "question": self.question_input,
            "frame_open": self.frame_open,
            "frame_fixed": self.frame_fixed,
            "agenda": self.agenda,
            "groups": self.groups,
            "next_steps": self.next_steps_input,
        }
        groups_box = QWidget()
        groups_layout = QVBoxLayout(groups_box)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        groups_layout.addWidget(self.groups, 1)
        groups_layout.addWidget(self.expect_stakeholders_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._placed = dict(self.fields, groups=groups_box)  # what each field's place in the form holds
        self.labels: dict[str, QLabel] = {}
        for key, field in self.fields.items():
            label = QLabel()
            label.setBuddy(field.view if isinstance(field, EditableList) else field)
            label.setStyleSheet("font-weight: bold")
            self.labels[key] = label
        for editable in (self.frame_open, self.frame_fixed, self.groups):
            editable.view.setMinimumHeight(editable.view.fontMetrics().lineSpacing() * EDITOR_LINES + 10)
        table = self.agenda.table
        table.setMinimumHeight(
            table.verticalHeader().defaultSectionSize() * AGENDA_ROWS
            + table.horizontalHeader().sizeHint().height()
        )
        form_widget = QWidget()
        self.columns = [QWidget(form_widget) for _ in range(max(COLUMN_STARTS))]
        outer = QVBoxLayout(form_widget)
        outer.setContentsMargins(0, 0, 0, 0)
        # last time's box, above the form; the meeting window moves it beside the projector preview
        outer.addWidget(self.last_time)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.dossier_button)
        outer.addLayout(top)
        row = QHBoxLayout()
        row.setSpacing(18)
        outer.addLayout(row, 1)
        for column in self.columns:
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            row.addWidget(column, 1)
        self.column_count = 0
        self._arrange(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop; a click on it focuses the panel
        scroll.setWidget(form_widget)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _arrange(self, count: int) -> None:
        """Lay the fields out in ``count`` columns, in reading order; the boxes and lists grow."""
        if count == self.column_count:
            return
        self.column_count = count
        for column in self.columns:
            column_layout = column.layout()
            while column_layout.count():
                column_layout.takeAt(0)  # the widgets stay; only their places go
        starts = COLUMN_STARTS[count]
        for index, key in enumerate(FIELDS):
            column = self.columns[sum(1 for start in starts if index >= start)].layout()
            assert isinstance(column, QVBoxLayout)
            if column.count():
                column.addSpacing(6)
            column.addWidget(self.labels[key])
            grows = key not in ("title", "starts_at", "venue")
            column.addWidget(self._placed[key], 1 if grows else 0)
        for index, column in enumerate(self.columns):
            column.setVisible(index < count)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        width = event.size().width()
        self._arrange(
            next(n for n in sorted(COLUMN_STARTS, reverse=True) if n == 1 or width >= n * COLUMN_WIDTH)
        )
        super().resizeEvent(event)

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
        self.expect_stakeholders_button.clicked.connect(
            lambda: self.run(dossier_overview.expect_stakeholders, self.meeting_id)
        )
        self.dossier_button.clicked.connect(self.open_dossier_overview)

    def open_dossier_overview(self) -> QWidget:
        """The dossier window beside this one (found again when it is open already)."""
        from ..dossier.window import show_dossier_overview

        return show_dossier_overview(self.session, self.meeting_id, self)

    def concerns(self, changed: list[Changed]) -> bool:
        # the stakeholders decide whether there is anything to add to the expected groups
        return any(c.id == self.meeting_id or c.kind == Kind.STAKEHOLDER for c in changed)

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
        missing = dossier_overview.expect_stakeholders(self.session.document, self.meeting_id)
        self.expect_stakeholders_button.setVisible(bool(self.session.dossier.stakeholders))
        self.expect_stakeholders_button.setEnabled(missing is not None)
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
        self.expect_stakeholders_button.setText(self.tr("Expect every &stakeholder"))
        self.expect_stakeholders_button.setAccessibleName(self.tr("Add every stakeholder to the expected groups"))
        self.expect_stakeholders_button.setToolTip(
            self.tr("Add the dossier's stakeholders that are not on the list yet")
        )
        self.dossier_button.setText(self.tr("Dossier: earlier evenings, history, stakeholders…"))
        self.dossier_button.setAccessibleName(self.tr("Open the dossier overview"))
        self.dossier_button.setToolTip(
            self.tr("The evenings so far with their counts, the plan's history and its stakeholders (Ctrl+Shift+O)")
        )
