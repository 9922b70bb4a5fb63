"""The adviser's words for the report, after the evening: introduction, summary and the answers.

Days after the evening the communication adviser opens the same file, writes the report's
opening words and summary, and completes the answers that were only half said in the room,
before exporting. Typing goes to the meeting at once (one burst in one field is one undo
step); the report prints exactly this. Opened from the close panel and Meeting → Report text….
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.document import Changed
from ..domain.model import Meeting, Note, NoteStatus
from ..workspace import meeting_flow
from ..workspace.session import DossierSession
from .phases.meeting_widget import MeetingWidget
from .phases.prepare_panel import TextBox

NOTE_ID = Qt.ItemDataRole.UserRole
COLUMNS = ("number", "note", "status", "answer")
ANSWER_COLUMN = COLUMNS.index("answer")


class ReportTextEditor(MeetingWidget):
    """Introduction and summary of the report, and a table of the notes with their answers."""

    def __init__(self, session: DossierSession, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, meeting_id, parent)
        self.setObjectName("reportTextEditor")
        self._bursts: dict[str, int] = {}
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold; color: #00557f")
        self.introduction_label = QLabel()
        self.introduction_input = TextBox()
        self.introduction_input.setObjectName("reportIntroduction")
        self.summary_label = QLabel()
        self.summary_input = TextBox()
        self.summary_input.setObjectName("reportSummary")
        self.answers_label = QLabel()
        self.missing_label = QLabel()
        self.missing_label.setObjectName("answersMissing")
        self.answers = QTableWidget(0, len(COLUMNS))
        self.answers.setObjectName("reportAnswers")
        self.answers.setWordWrap(True)
        self.answers.verticalHeader().hide()
        self.answers.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.answers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.answers.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.answers.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for label, buddy in (
            (self.introduction_label, self.introduction_input),
            (self.summary_label, self.summary_input),
            (self.answers_label, self.answers),
        ):
            label.setBuddy(buddy)
            label.setStyleSheet("font-weight: bold")
        texts = QHBoxLayout()
        for label, box in (
            (self.introduction_label, self.introduction_input),
            (self.summary_label, self.summary_input),
        ):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(box, 1)
            texts.addLayout(column, 1)
        answers_head = QHBoxLayout()
        answers_head.addWidget(self.answers_label)
        answers_head.addStretch(1)
        answers_head.addWidget(self.missing_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(texts, 2)
        layout.addLayout(answers_head)
        layout.addWidget(self.answers, 3)
        for name, box in (("introduction", self.introduction_input), ("summary", self.summary_input)):
            box.textChanged.connect(lambda n=name, b=box: self._typed(n, b.toPlainText()))
            box.editingFinished.connect(lambda n=name: self._finished(n))
        self.answers.itemChanged.connect(self._answer_edited)
        self.retranslateUi()
        self.refresh_quietly()

    def concerns(self, changed: list[Changed]) -> bool:
        meeting = self.meeting()
        notes = {n.id for n in meeting.notes} if meeting is not None else set()
        return any(c.id == self.meeting_id or c.id in notes or c.parent_id == self.meeting_id for c in changed)

    # -- edits ------------------------------------------------------------------------------

    def _typed(self, field: str, text: str) -> None:
        if self._refreshing or self.meeting() is None:
            return
        key = f"report-text:{self.meeting_id}:{field}:{self._bursts.get(field, 0)}"
        self.run(meeting_flow.set_text, self.meeting_id, field, text, merge_key=key)

    def _finished(self, field: str) -> None:
        self._bursts[field] = self._bursts.get(field, 0) + 1

    def _answer_edited(self, item: QTableWidgetItem) -> None:
        if self._refreshing or item.column() != ANSWER_COLUMN:
            return
        note_id = item.data(NOTE_ID)
        if note_id is not None and note_id in self.session.document:
            self.run(meeting_flow.complete_answer, note_id, item.text())

    def set_answer(self, note_id: str, text: str) -> None:
        """Type an answer into the table's row of ``note_id`` (as a double click and Enter do)."""
        for row in range(self.answers.rowCount()):
            item = self.answers.item(row, ANSWER_COLUMN)
            if item.data(NOTE_ID) == note_id:
                item.setText(text)
                return
        raise KeyError(note_id)

    # -- view -------------------------------------------------------------------------------

    def _notes(self, meeting: Meeting) -> list[Note]:
        # a merged note's words live on in the note it went into: nothing to answer there
        return sorted((n for n in meeting.notes if n.status != NoteStatus.MERGED), key=lambda n: n.number)

    def refresh(self) -> None:
        meeting = self.meeting()
        self.setEnabled(meeting is not None)
        if meeting is None:
            return
        self.heading.setText(
            self.tr("Report of %1, %2")
            .replace("%1", meeting.title)
            .replace("%2", meeting.starts_at.strftime("%d-%m-%Y"))
        )
        for box, value in (
            (self.introduction_input, meeting.introduction),
            (self.summary_input, meeting.summary),
        ):
            if box.toPlainText() != (value or ""):
                box.setPlainText(value or "")
        notes = self._notes(meeting)
        editing = self.answers.state() == QAbstractItemView.State.EditingState
        if not editing or self.answers.rowCount() != len(notes):
            self._fill(notes)
        missing = sum(1 for n in notes if n.status != NoteStatus.INVESTIGATE and not n.answer)
        self.missing_label.setText(
            self.tr("Every note has an answer.")
            if not missing
            else self.tr("%1 notes without an answer").replace("%1", str(missing))
        )
        self.missing_label.setStyleSheet("color: #2e7d32" if not missing else "color: #b3261e")

    def _fill(self, notes: list[Note]) -> None:
        self.answers.setRowCount(len(notes))
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for row, note in enumerate(notes):
            cells = (str(note.number), note.text, self._status(note.status), note.answer or "")
            for column, text in enumerate(cells):
                item = self.answers.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.answers.setItem(row, column, item)
                item.setText(text)
                item.setData(NOTE_ID, note.id)
                item.setFlags(fixed | Qt.ItemFlag.ItemIsEditable if column == ANSWER_COLUMN else fixed)
                item.setToolTip(text if column in (1, ANSWER_COLUMN) else "")

    def _status(self, status: NoteStatus) -> str:
        return {
            NoteStatus.OPEN: self.tr("open"),
            NoteStatus.ANSWERED: self.tr("answered"),
            NoteStatus.INVESTIGATE: self.tr("to investigate"),
            NoteStatus.OUT_OF_FRAME: self.tr("outside the frame"),
        }.get(status, "")

    def retranslateUi(self) -> None:  # noqa: N802
        self.setAccessibleName(self.tr("Report text"))
        self.introduction_label.setText(self.tr("&Introduction"))
        self.introduction_input.setAccessibleName(self.tr("Introduction of the report"))
        self.introduction_input.setPlaceholderText(
            self.tr("Opening words for residents: why this evening, what this report holds")
        )
        self.summary_label.setText(self.tr("&Summary"))
        self.summary_input.setAccessibleName(self.tr("Summary of the evening"))
        self.summary_input.setPlaceholderText(self.tr("The evening in a few sentences"))
        self.answers_label.setText(
            self.tr("&Answers (double-click or type in the last column; an open note becomes answered)")
        )
        self.answers.setAccessibleName(self.tr("Notes and their answers"))
        self.answers.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Note"), self.tr("Status"), self.tr("Answer, reason or explanation")]
        )
        self.refresh_quietly()


class ReportTextDialog(QDialog):
    """A window of its own beside the main window: the adviser goes back and forth."""

    def __init__(self, session: DossierSession, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportTextDialog")
        self.session = session
        self.editor = ReportTextEditor(session, meeting_id, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(980, 680)
        self.retranslate()

    @property
    def meeting_id(self) -> str:
        return self.editor.meeting_id

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.editor.introduction_input.editingFinished.emit()
        self.editor.summary_input.editingFinished.emit()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report text: introduction, summary and answers"))


def show_report_text(session: DossierSession, meeting_id: str, parent: QWidget | None) -> ReportTextDialog:
    """Show the report text of this meeting over ``parent``'s window: one such window per meeting."""
    host = parent.window() if parent is not None else None
    if host is not None:
        for dialog in host.findChildren(ReportTextDialog):
            if dialog.session is session and dialog.meeting_id == meeting_id and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
    dialog = ReportTextDialog(session, meeting_id, host)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
