"""Working through the list: the selected note gets a status, an answer, a promise or a reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.date_text import write_date
from ...domain.document import Changed, Kind
from ...domain.model import Note, NoteKind, NoteStatus, PromiseStatus
from ...workspace import meeting_flow, promise_register
from ...workspace.session import DossierSession
from ..colleagues.names import register_names
from .date_field import DateField
from .internal_remark_box import InternalRemarkBox
from .meeting_widget import MeetingWidget
from .promise_table import PromiseTable

PROMISE_WEEKS = 4  # a promise is due in four weeks unless the facilitator says otherwise


def _error_label() -> QLabel:
    """A line of red text under a field that says what is missing."""
    label = QLabel()
    label.setStyleSheet("color: #b3261e")
    return label


STATUS_COLOURS = {
    NoteStatus.OPEN: ("#e8eaed", "#1d2530"),
    NoteStatus.ANSWERED: ("#2e7d32", "white"),
    NoteStatus.INVESTIGATE: ("#f0a202", "#1d2530"),
    NoteStatus.OUT_OF_FRAME: ("#6d4c8d", "white"),
    NoteStatus.MERGED: ("#9aa0a6", "white"),
}


class DiscussPanel(MeetingWidget):
    """For the note chosen with :meth:`set_note`: answered, investigate, outside the frame, votes.

    Alt+A, Alt+I and Alt+O go to the answer, the promise and the reason (Enter there commits),
    Alt+R reopens; + and - vote while the panel has focus. ``noteDone(note_id)`` is emitted when
    a note got its status, so the note list can move on to the next one. Alt+T (or the button)
    shows the theme under discussion alone on the projector, and again every theme:
    ``wallAloneChanged(bool)``.
    """

    noteDone = Signal(str)
    wallAloneChanged = Signal(bool)

    def __init__(
        self,
        session: DossierSession,
        meeting_id: str,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(session, meeting_id, parent)
        self.setObjectName("discussPanel")
        self._today = today
        self.note_id: str | None = None
        self._build()
        self._connect()
        self.retranslateUi()
        self.set_note(None)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.number_label = QLabel()
        self.number_label.setStyleSheet("font-size: 20pt; font-weight: bold; color: #00557f")
        self.meta_label = QLabel()
        self.meta_label.setStyleSheet("color: #555")
        self.status_label = QLabel()
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setStyleSheet("font-size: 14pt")
        self.answer_shown = QLabel()
        self.answer_shown.setWordWrap(True)
        self.answer_shown.setStyleSheet("color: #333; font-style: italic")
        head = QHBoxLayout()
        head.addWidget(self.number_label)
        head.addWidget(self.meta_label, 1)
        head.addWidget(self.status_label)

        self.vote_down_button = QPushButton("\u2212")
        self.votes_label = QLabel()
        self.votes_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.votes_label.setMinimumWidth(48)
        self.votes_label.setStyleSheet("font-size: 16pt; font-weight: bold")
        self.vote_up_button = QPushButton("+")
        for button in (self.vote_down_button, self.vote_up_button):
            button.setFixedWidth(44)
            button.setStyleSheet("font-size: 14pt; font-weight: bold")
        self.votes_caption = QLabel()
        self.reopen_button = QPushButton()
        votes = QHBoxLayout()
        votes.addWidget(self.votes_caption)
        votes.addWidget(self.vote_down_button)
        votes.addWidget(self.votes_label)
        votes.addWidget(self.vote_up_button)
        votes.addStretch(1)
        votes.addWidget(self.reopen_button)

        self.answer_box = QGroupBox()
        self.answer_input = QLineEdit()
        self.answer_button = QPushButton()
        row = QHBoxLayout(self.answer_box)
        row.addWidget(self.answer_input, 1)
        row.addWidget(self.answer_button)

        self.investigate_box = QGroupBox()
        self.what_input = QLineEdit()
        self.owner_input = QLineEdit()
        self.due_input = DateField(self._today)
        self.what_error, self.due_error = _error_label(), _error_label()
        self.investigate_button = QPushButton()
        self.investigate_form = QFormLayout(self.investigate_box)
        self.what_label, self.owner_label, self.due_label = QLabel(), QLabel(), QLabel()
        self.what_label.setBuddy(self.what_input)
        self.owner_label.setBuddy(self.owner_input)
        self.due_label.setBuddy(self.due_input)
        self.investigate_form.addRow(self.what_label, self.what_input)
        self.investigate_form.addRow(None, self.what_error)
        self.investigate_form.addRow(self.owner_label, self.owner_input)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_input)
        due_row.addStretch(1)
        due_row.addWidget(self.investigate_button)
        self.investigate_form.addRow(self.due_label, due_row)
        self.investigate_form.addRow(None, self.due_error)
        for error in (self.what_error, self.due_error):
            self.investigate_form.setRowVisible(error, False)

        self.frame_box = QGroupBox()
        self.reason_input = QLineEdit()
        self.out_of_frame_button = QPushButton()
        row = QHBoxLayout(self.frame_box)
        row.addWidget(self.reason_input, 1)
        row.addWidget(self.out_of_frame_button)

        self.promises_label = QLabel()
        self.promises_label.setStyleSheet("font-weight: bold")
        self.promises = PromiseTable(self._promise_status)
        self.promises_label.setBuddy(self.promises)

        self.note_area = QWidget()
        note_layout = QVBoxLayout(self.note_area)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_layout.addLayout(head)
        note_layout.addWidget(self.text_label)
        note_layout.addWidget(self.answer_shown)
        note_layout.addLayout(votes)
        note_layout.addWidget(self.answer_box)
        note_layout.addWidget(self.investigate_box)
        note_layout.addWidget(self.frame_box)
        self.alone_button = QPushButton()
        self.alone_button.setObjectName("wallAloneButton")
        self.alone_button.setCheckable(True)
        self.remark_box = InternalRemarkBox(self.session)  # colleagues only: the internal report
        note_layout.addWidget(self.remark_box)
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #666; font-size: 12pt; padding: 24px")
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.note_area)
        layout.addWidget(self.alone_button)
        layout.addWidget(self.promises_label)
        layout.addWidget(self.promises, 1)

        def shortcut(handler: Callable[[], None], context: Qt.ShortcutContext) -> QShortcut:
            s = QShortcut(self)
            s.setContext(context)
            s.activated.connect(handler)
            return s

        window, inside = Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.answer_shortcut = shortcut(lambda: self._focus(self.answer_input), window)
        self.investigate_shortcut = shortcut(lambda: self._focus(self.what_input), window)
        self.frame_shortcut = shortcut(lambda: self._focus(self.reason_input), window)
        self.reopen_shortcut = shortcut(self.reopen, window)
        self.alone_shortcut = shortcut(self.alone_button.toggle, window)
        self.vote_up_shortcut = shortcut(self.vote_up, inside)
        self.vote_down_shortcut = shortcut(self.vote_down, inside)

    def _connect(self) -> None:
        self.answer_input.returnPressed.connect(self.answer)
        self.answer_button.clicked.connect(self.answer)
        self.what_input.returnPressed.connect(self.investigate)
        self.owner_input.returnPressed.connect(self.investigate)
        self.due_input.returnPressed.connect(self.investigate)
        self.what_input.textEdited.connect(lambda _text: self._say(self.what_error, ""))
        self.due_input.textEdited.connect(lambda _text: self._say(self.due_error, ""))
        self.investigate_button.clicked.connect(self.investigate)
        self.reason_input.returnPressed.connect(self.out_of_frame)
        self.out_of_frame_button.clicked.connect(self.out_of_frame)
        self.reopen_button.clicked.connect(self.reopen)
        self.vote_up_button.clicked.connect(self.vote_up)
        self.vote_down_button.clicked.connect(self.vote_down)
        self.alone_button.toggled.connect(self._alone_toggled)

    # -- the note ---------------------------------------------------------------------------

    def note(self) -> Note | None:
        if self.note_id is None or self.note_id not in self.session.document:
            return None
        return self.session.document.get(self.note_id)

    def set_note(self, note_id: str | None) -> None:
        """Work on this note (None: nothing selected)."""
        self.note_id = note_id
        note = self.note()
        self.answer_input.setText(note.answer or "" if note and note.status == NoteStatus.ANSWERED else "")
        self.reason_input.setText(
            note.answer or "" if note and note.status == NoteStatus.OUT_OF_FRAME else ""
        )
        self.what_input.clear()
        self.owner_input.clear()
        # the owner comes from the register of colleagues and departments (a new name joins it)
        register_names(self.owner_input, self.session.dossier.colleagues)
        self.due_input.set_date(self._today() + timedelta(weeks=PROMISE_WEEKS))
        self._say(self.what_error, "")
        self._say(self.due_error, "")
        self.refresh_quietly()

    def answer(self) -> None:
        if self.note() is not None:
            self.run(meeting_flow.answer_note, self.note_id, self.answer_input.text())
            self._done()

    def investigate(self) -> None:
        """Make the promise, once it says what the municipality will do and by when."""
        note = self.note()
        if note is None or not self.investigate_box.isEnabled():
            return
        # the note holds the resident's words; a promise says what the municipality will do
        what = self.what_input.text().strip()
        if not what:
            self._refuse(self.what_input, self.what_error, self.tr("Say what the municipality will do."))
            return
        due = self.due_input.date()
        if due is None:
            self._refuse(
                self.due_input,
                self.due_error,
                self.tr("Type a due date, such as %1.").replace("%1", write_date(self._today())),
            )
            return
        if due < self._today() and not self._past_date_confirmed(due):
            self.due_input.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.create(
            meeting_flow.investigate_note, self.meeting_id, note.id, what, self.owner_input.text(), due
        )
        self.what_input.clear()
        self._done()

    def _refuse(self, field: QWidget, error: QLabel, message: str) -> None:
        self._say(error, message)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, error: QLabel, message: str) -> None:
        error.setText(message)
        self.investigate_form.setRowVisible(error, bool(message))

    def _past_date_confirmed(self, due: date) -> bool:
        """Whether a due date in the past is meant (it makes the promise overdue at once)."""
        box = QMessageBox(self)
        box.setObjectName("pastDueDateQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Due date in the past"))
        box.setText(
            self.tr("The due date %1 has already passed. Make the promise with this date?").replace(
                "%1", write_date(due)
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            box.deleteLater()
            self.window().activateWindow()  # typing goes on in the form, not in a closed box

    def out_of_frame(self) -> None:
        if self.note() is not None:
            self.run(meeting_flow.out_of_frame, self.note_id, self.reason_input.text())
            self._done()

    def reopen(self) -> None:
        note = self.note()
        if note is not None and note.status not in (NoteStatus.OPEN, NoteStatus.MERGED):
            self.run(meeting_flow.reopen_note, note.id)

    def vote_up(self) -> None:
        self._vote(+1)

    def vote_down(self) -> None:
        self._vote(-1)

    def _vote(self, delta: int) -> None:
        note = self.note()
        if note is not None:
            self.run(meeting_flow.vote, note.id, delta)

    def set_wall_alone(self, alone: bool) -> None:
        """Show the theme alone on the wall, or every theme (leaving Discuss ends it)."""
        self.alone_button.setChecked(alone)

    def _alone_toggled(self, alone: bool) -> None:
        self._name_alone_button()
        self.wallAloneChanged.emit(alone)

    def _name_alone_button(self) -> None:
        key = self.alone_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        text = self.tr("Show every theme on the wall") if self.alone_button.isChecked() else (
            self.tr("Show the theme alone on the wall")
        )
        self.alone_button.setText(f"{text} ({key})")
        self.alone_button.setAccessibleName(text)

    def _done(self) -> None:
        if self.note_id is not None:
            self.noteDone.emit(self.note_id)

    def _focus(self, field: QLineEdit) -> None:
        if field.isEnabled():
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            field.selectAll()

    def _promise_status(self, promise_id: str, status: PromiseStatus) -> None:
        if promise_id not in self.session.document or self.session.document.get(promise_id).status == status:
            return
        if status == PromiseStatus.DROPPED:
            self._ask_why_dropped(promise_id)
        else:
            self.run(promise_register.set_status, promise_id, status)

    def _ask_why_dropped(self, promise_id: str) -> None:
        """Residents are owed the why: a promise is dropped only with a reason (cancel keeps it)."""
        dialog = QInputDialog(self)
        dialog.setObjectName("dropReason")
        dialog.setWindowTitle(self.tr("Drop promise"))
        dialog.setLabelText(self.tr("Why is this promise dropped? Residents will read it in the report."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(reason: str) -> None:
            if reason.strip() and promise_id in self.session.document:
                self.run(promise_register.set_status, promise_id, PromiseStatus.DROPPED, reason)
            self.refresh_quietly()

        dialog.textValueSelected.connect(chosen)
        dialog.rejected.connect(self.refresh_quietly)  # the table shows the status it still has
        dialog.open()

    # -- view -------------------------------------------------------------------------------

    def concerns(self, changed: list[Changed]) -> bool:
        return any(c.id == self.note_id or c.kind in (Kind.PROMISE, Kind.THEME) for c in changed)

    def refresh(self) -> None:
        note = self.note()
        self.placeholder.setVisible(note is None)
        self.note_area.setVisible(note is not None)
        workable = note is not None and note.status != NoteStatus.MERGED
        for widget in (self.answer_box, self.investigate_box, self.frame_box):
            widget.setEnabled(workable)
        for widget in (self.vote_up_button, self.vote_down_button):
            widget.setEnabled(note is not None)
        self.reopen_button.setEnabled(workable and note is not None and note.status != NoteStatus.OPEN)
        self.remark_box.show_note(note)
        if note is not None:
            self._show_note(note)
        if self.meeting() is not None:
            promises = meeting_flow.promises_for_evening(self.session.dossier, self.meeting_id)
            self.promises.set_promises(promises, self.meeting_id, self._today())

    def _show_note(self, note: Note) -> None:
        self.number_label.setText(self.tr("No. %1").replace("%1", str(note.number)))
        meta = [self._kind_names()[note.kind]]
        meeting = self.meeting()
        if meeting is not None and note.theme_id:
            theme = next((t for t in meeting.themes if t.id == note.theme_id), None)
            if theme is not None:
                meta.append(theme.name)
        if note.raised_by_group:
            meta.append(note.raised_by_group)
        self.meta_label.setText(" \u00b7 ".join(meta))
        self.text_label.setText(note.text)
        background, foreground = STATUS_COLOURS[note.status]
        self.status_label.setText(self._status_names()[note.status])
        self.status_label.setStyleSheet(
            f"background: {background}; color: {foreground}; border-radius: 4px; padding: 3px 8px;"
            " font-weight: bold"
        )
        self.status_label.setAccessibleName(self.tr("Status: %1").replace("%1", self.status_label.text()))
        shown = note.answer or ""
        meeting = self.meeting()
        if note.status == NoteStatus.MERGED and note.merged_into and meeting is not None:
            target = next((n for n in meeting.notes if n.id == note.merged_into), None)
            if target is not None:
                shown = self.tr("Merged into No. %1").replace("%1", str(target.number))
        self.answer_shown.setVisible(bool(shown) and note.status != NoteStatus.OPEN)
        self.answer_shown.setText(shown)
        self.votes_label.setText(str(note.votes))
        self.votes_label.setAccessibleName(self.tr("%1 votes").replace("%1", str(note.votes)))

    def _status_names(self) -> dict[NoteStatus, str]:
        return {
            NoteStatus.OPEN: self.tr("Open"),
            NoteStatus.ANSWERED: self.tr("Answered"),
            NoteStatus.INVESTIGATE: self.tr("Investigate"),
            NoteStatus.OUT_OF_FRAME: self.tr("Outside the frame"),
            NoteStatus.MERGED: self.tr("Merged"),
        }

    def _kind_names(self) -> dict[NoteKind, str]:
        return {
            NoteKind.CONCERN: self.tr("Concern"),
            NoteKind.QUESTION: self.tr("Question"),
            NoteKind.IDEA: self.tr("Idea"),
        }

    def retranslateUi(self) -> None:  # noqa: N802
        self.setAccessibleName(self.tr("Discuss the selected note"))
        self.placeholder.setText(
            self.tr("Choose a note in the list to answer it, investigate it or explain the frame.")
        )
        self.placeholder.setAccessibleName(self.tr("No note selected"))
        self.number_label.setAccessibleName(self.tr("Note number"))
        self.meta_label.setAccessibleName(self.tr("Kind, theme and group"))
        self.text_label.setAccessibleName(self.tr("Note text"))
        self.answer_shown.setAccessibleName(self.tr("Current answer or reason"))
        self.votes_caption.setText(self.tr("Votes"))
        self.vote_up_button.setAccessibleName(self.tr("One vote more"))
        self.vote_up_button.setToolTip(self.tr("One vote more (+)"))
        self.vote_down_button.setAccessibleName(self.tr("One vote less"))
        self.vote_down_button.setToolTip(self.tr("One vote less (-)"))
        self.vote_up_shortcut.setKey(QKeySequence("+"))
        self.vote_down_shortcut.setKey(QKeySequence("-"))
        shortcuts = {
            self.answer_shortcut: self.tr("Alt+A"),
            self.investigate_shortcut: self.tr("Alt+I"),
            self.frame_shortcut: self.tr("Alt+O"),
            self.reopen_shortcut: self.tr("Alt+R"),
            self.alone_shortcut: self.tr("Alt+T"),
        }
        for s, key in shortcuts.items():
            s.setKey(QKeySequence(key))

        def native(s: QShortcut) -> str:
            return s.key().toString(QKeySequence.SequenceFormat.NativeText)

        self._name_alone_button()
        self.alone_button.setToolTip(
            self.tr("The projector shows only the theme of the selected note (or theme), as large as it fits")
        )
        self.reopen_button.setText(self.tr("Reopen"))
        self.reopen_button.setToolTip(native(self.reopen_shortcut))
        self.reopen_button.setAccessibleName(self.tr("Reopen the note"))
        self.answer_box.setTitle(self.tr("Answered (%1)").replace("%1", native(self.answer_shortcut)))
        self.answer_input.setPlaceholderText(self.tr("The short answer given tonight"))
        self.answer_input.setAccessibleName(self.tr("Answer"))
        self.answer_button.setText(self.tr("Answered"))
        self.answer_button.setAccessibleName(self.tr("Mark as answered"))
        self.investigate_box.setTitle(
            self.tr("Investigate: a promise (%1)").replace("%1", native(self.investigate_shortcut))
        )
        self.what_label.setText(self.tr("What"))
        self.what_input.setAccessibleName(self.tr("What will be investigated"))
        self.what_input.setPlaceholderText(self.tr("What the municipality will do, e.g. measure the speed"))
        self.what_error.setAccessibleName(self.tr("What is missing"))
        self.due_error.setAccessibleName(self.tr("What is wrong with the due date"))
        self.owner_label.setText(self.tr("Owner"))
        self.owner_input.setPlaceholderText(self.tr("Colleague or department"))
        self.owner_input.setAccessibleName(self.tr("Owner of the promise"))
        self.due_label.setText(self.tr("Due"))
        self.due_input.setAccessibleName(self.tr("Due date of the promise"))
        self.investigate_button.setText(self.tr("Investigate"))
        self.investigate_button.setAccessibleName(self.tr("Investigate and make a promise"))
        self.frame_box.setTitle(self.tr("Outside the frame (%1)").replace("%1", native(self.frame_shortcut)))
        self.reason_input.setPlaceholderText(self.tr("Why this is not open for discussion"))
        self.reason_input.setAccessibleName(self.tr("Reason why it is outside the frame"))
        self.out_of_frame_button.setText(self.tr("Outside the frame"))
        self.out_of_frame_button.setAccessibleName(self.tr("Mark as outside the frame"))
        self.promises_label.setText(self.tr("Promises: tonight's, and every one from earlier evenings"))
        self.promises.setAccessibleName(self.tr("Promises"))
        self.promises.retranslate(
            [self.tr("What"), self.tr("Owner"), self.tr("Due"), self.tr("Status")],
            {
                PromiseStatus.OPEN: self.tr("Open"),
                PromiseStatus.DONE: self.tr("Done"),
                PromiseStatus.DROPPED: self.tr("Dropped"),
            },
            self.tr("From an earlier evening: "),
            self.tr("Overdue: "),
        )
        if self.note() is not None:
            self._show_note(self.note())
