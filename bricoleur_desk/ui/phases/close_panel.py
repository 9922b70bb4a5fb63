"""Closing the evening: the participants' evaluation (scores 1-5, remarks) and who came."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...domain import evaluation_scale as scale
from ...domain.document import Changed, Kind
from ...domain.model import Meeting
from ...workspace import meeting_flow
from ...workspace.session import DossierSession
from .attendance_editor import AttendanceEditor
from .editable_list import EditableList
from .meeting_widget import MeetingWidget
from .score_counter import ScoreCounter

# keys 1-5 count a score; with Shift most keyboards send the digit row's symbol instead
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in meeting_flow.SCORES}
_SHIFTED = {
    Qt.Key.Key_Exclam: 1,
    Qt.Key.Key_At: 2,
    Qt.Key.Key_QuoteDbl: 2,  # UK and some European layouts
    Qt.Key.Key_NumberSign: 3,
    Qt.Key.Key_sterling: 3,
    Qt.Key.Key_Dollar: 4,
    Qt.Key.Key_Percent: 5,
}


_COMMAND_KEYS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def score_of_key(key: int, modifiers: Qt.KeyboardModifier) -> tuple[int, int] | None:
    """(score, +1/-1) for a key press, or None when the key is not a score key (Ctrl+4 is not)."""
    if modifiers & _COMMAND_KEYS:
        return None
    shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
    if key in _DIGITS:
        return _DIGITS[Qt.Key(key)], -1 if shift else 1
    if key in _SHIFTED:
        return _SHIFTED[Qt.Key(key)], -1
    return None


def scale_text(text: str) -> str:
    """The evaluation's question or a score's word (domain/evaluation_scale.py) in the UI language."""
    return QCoreApplication.translate("EvaluationScale", text)


class ClosePanel(MeetingWidget):
    """Five big counters (click or keys 1-5: one more; Shift: one less), remarks, attendance."""

    def __init__(self, session: DossierSession, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, meeting_id, parent)
        self.setObjectName("closePanel")
        # a click on the panel gives it the keys 1-5; Tab goes to the score buttons, which take
        # them too and show that they have the focus (the panel itself shows nothing)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._bursts = 0
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.question_label.setStyleSheet("font-size: 15pt; font-weight: bold; color: #00557f")
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #555")
        self.counters = {score: ScoreCounter(score) for score in meeting_flow.SCORES}
        self.low_label = QLabel()
        self.high_label = QLabel()
        self.high_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        for label in (self.low_label, self.high_label):
            label.setStyleSheet("color: #555")
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet("font-size: 11pt")
        self.remarks_label = QLabel()
        self.remarks = EditableList(reorderable=False)
        self.remarks_label.setBuddy(self.remarks.view)
        self.attendance_label = QLabel()
        self.attendance = AttendanceEditor()
        # after the evening: which expected groups did not come (what the next one must reach)
        self.absent_label = QLabel()
        self.absent_label.setObjectName("expectedButAbsent")
        self.absent_label.setWordWrap(True)
        # the adviser's introduction and summary, and answers completed before export
        self.report_text_button = QPushButton()
        self.report_text_button.setObjectName("reportTextButton")
        self.report_text_button.clicked.connect(self.open_report_text)
        for label in (self.remarks_label, self.attendance_label):
            label.setStyleSheet("font-weight: bold; font-size: 11pt; margin-top: 8px")
        self._build()
        self._connect()
        self.retranslateUi()
        self.refresh_quietly()

    def _build(self) -> None:
        counters = QHBoxLayout()
        counters.setSpacing(8)
        for counter in self.counters.values():
            counters.addWidget(counter)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.question_label)
        layout.addWidget(self.hint_label)
        ends = QHBoxLayout()
        ends.addWidget(self.low_label)
        ends.addWidget(self.high_label)
        layout.addLayout(ends)
        layout.addLayout(counters)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.remarks_label)
        layout.addWidget(self.remarks)
        layout.addWidget(self.attendance_label)
        layout.addWidget(self.attendance)
        layout.addWidget(self.absent_label)
        layout.addSpacing(8)
        layout.addWidget(self.report_text_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop; a click on it focuses the panel
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.remarks.view.setFixedHeight(self.remarks.view.fontMetrics().lineSpacing() * 6 + 10)

    def _connect(self) -> None:
        for counter in self.counters.values():
            counter.bumped.connect(self.count)
            counter.countSet.connect(self._count_typed)
            counter.count.editingFinished.connect(self._burst_over)
        self.remarks.itemsEdited.connect(self._remarks_edited)
        self.attendance.groupSet.connect(self._group_set)
        self.attendance.totalSet.connect(self._total_set)
        self.attendance.editingFinished.connect(self._burst_over)

    def concerns(self, changed: list[Changed]) -> bool:
        # the dossier's stakeholders are rows of the attendance too
        return any(c.id == self.meeting_id or c.kind == Kind.STAKEHOLDER for c in changed)

    def open_report_text(self) -> QWidget:
        """The report's introduction, summary and answers for this evening (a window of its own)."""
        from ..report_text_dialog import show_report_text

        return show_report_text(self.session, self.meeting_id, self.window())

    # -- edits ------------------------------------------------------------------------------

    def count(self, score: int, delta: int = 1) -> None:
        """One more participant (or one fewer, delta -1) gave this score."""
        if self.meeting() is not None:
            self.run(meeting_flow.count_score, self.meeting_id, score, delta)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Children that take digits (the count boxes, the remark line) get them first. What they
        # pass on counts only where the hint says so: on the panel itself or a score button, not
        # from the remark or attendance buttons; a key held down is one person, not thirty.
        found = score_of_key(event.key(), event.modifiers())
        if found is None or not self._counts_keys():
            super().keyPressEvent(event)
            return
        if not event.isAutoRepeat():
            self.count(*found)
            self.counters[found[0]].flash()  # the sign of which score the key counted
        event.accept()

    def first_counter(self) -> QWidget:
        """Where the keyboard starts in this phase: on a score, where keys 1-5 count."""
        return self.counters[meeting_flow.SCORES[0]].button

    def _counts_keys(self) -> bool:
        focused = self.focusWidget()
        return focused is self or any(focused is c.button for c in self.counters.values())

    def _key(self, what: str) -> str:
        return f"close:{self.meeting_id}:{what}:{self._bursts}"

    def _burst_over(self) -> None:
        self._bursts += 1

    def _count_typed(self, score: int, count: int) -> None:
        if self.meeting() is not None:
            key = self._key(f"score{score}")
            self.run(meeting_flow.set_score_count, self.meeting_id, score, count, merge_key=key)

    def _remarks_edited(self, remarks: list[str]) -> None:
        if self.meeting() is not None:
            self.run(meeting_flow.set_remarks, self.meeting_id, remarks)

    def _group_set(self, group: str, count: int) -> None:
        if self.meeting() is not None:
            key = self._key(group)
            self.run(meeting_flow.set_group_attendance, self.meeting_id, group, count, merge_key=key)

    def _total_set(self, count: int) -> None:
        if self.meeting() is not None:
            self.run(meeting_flow.set_attendance_total, self.meeting_id, count, merge_key=self._key("total"))

    # -- view -------------------------------------------------------------------------------

    def refresh(self) -> None:
        meeting = self.meeting()
        self.setEnabled(meeting is not None)
        if meeting is None:
            return
        for score, counter in self.counters.items():
            counter.set_count(meeting.evaluation.scores.get(score, 0))
        self.remarks.set_items(list(meeting.evaluation.remarks))
        groups = meeting_flow.attendance_groups(meeting, self.session.dossier.stakeholders)
        self.attendance.set_attendance(groups, meeting.attendance)
        self._show_summary(meeting)
        self._show_absent(meeting)

    def _show_absent(self, meeting: Meeting) -> None:
        absent = meeting_flow.expected_but_absent(meeting)
        self.absent_label.setVisible(bool(meeting.expected_groups))
        if absent is None:
            self.absent_label.setStyleSheet("color: #555")
            self.absent_label.setText(
                self.tr("Count who came per group to see which expected groups did not come.")
            )
        elif absent:
            self.absent_label.setStyleSheet("color: #b3261e; font-weight: bold")
            self.absent_label.setText(self.tr("Expected but absent: %1").replace("%1", ", ".join(absent)))
        else:
            self.absent_label.setStyleSheet("color: #2e7d32")
            self.absent_label.setText(self.tr("Every expected group came."))

    def _show_summary(self, meeting: Meeting) -> None:
        scores = meeting.evaluation.scores
        responses = sum(scores.values())
        if responses == 0:
            self.summary_label.setText(self.tr("No scores yet"))
            return
        average = sum(score * count for score, count in scores.items()) / responses
        text = self.tr("%1 responses, average %2").replace("%1", str(responses))
        self.summary_label.setText(text.replace("%2", self.locale().toString(average, "f", 1)))

    def retranslateUi(self) -> None:  # noqa: N802
        self.setAccessibleName(self.tr("Close the evening"))
        # the same question and words as the report's evaluation
        self.question_label.setText(scale_text(scale.QUESTION))
        self.hint_label.setText(
            self.tr(
                "Click a score or press 1-5 to count one more; with Shift, one less. Below each score:"
                " how many people gave it (type to set)."
            )
        )
        low, high = scale.SCORES[0], scale.SCORES[-1]
        self.low_label.setText(f"{low} = {scale_text(scale.SCORE_WORDS[low])}")
        self.high_label.setText(f"{high} = {scale_text(scale.SCORE_WORDS[high])}")
        for score, counter in self.counters.items():
            word = scale_text(scale.SCORE_WORDS[score])
            counter.button.setAccessibleName(
                self.tr("Score %1 (%2): one more").replace("%1", str(score)).replace("%2", word)
            )
            counter.button.setToolTip(
                self.tr("Score %1 (%2): click or key %1 for one more, with Shift one less")
                .replace("%1", str(score))
                .replace("%2", word)
            )
            counter.count.setAccessibleName(self.tr("Number of people who gave %1").replace("%1", str(score)))
        self.summary_label.setAccessibleName(self.tr("Evaluation summary"))
        self.remarks_label.setText(self.tr("&Remarks"))
        self.remarks.retranslate(self.tr("Remarks"), self.tr("A remark from the room"))
        self.attendance_label.setText(self.tr("Attendance"))
        self.attendance.retranslate()
        self.report_text_button.setText(self.tr("Report te&xt: introduction, summary, answers…"))
        self.report_text_button.setAccessibleName(self.tr("Report text: introduction, summary and answers"))
        self.report_text_button.setToolTip(
            self.tr("Write the report's introduction and summary, and complete the answers, before export")
        )
        meeting = self.meeting()
        if meeting is not None:
            self._show_summary(meeting)
            self._show_absent(meeting)
