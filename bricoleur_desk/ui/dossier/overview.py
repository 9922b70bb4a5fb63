"""The dossier view: the evenings on a timeline with their counts, the plan's own words, its history
and the stakeholders, in one window beside the prepare page.

"You may be starting fresh, but they are not": before an evening the facilitator looks back over
the earlier ones (how many notes, which promises are still open, who came, how it was judged,
who was expected and stayed away) and at what happened before the first one. The description,
area and history are edited here; typing goes to the dossier at once, one burst one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.document import Changed, Kind
from ...domain.model import Phase
from ...workspace import dossier_overview as overview
from ...workspace.session import DossierSession
from ..phases.meeting_widget import MeetingWidget
from ..phases.prepare_panel import TextBox
from .stakeholders import StakeholderTable

COLUMNS = ("date", "evening", "notes", "open_promises", "attendance", "evaluation", "absent")
MEETING_ID = Qt.ItemDataRole.UserRole


class DossierOverview(MeetingWidget):
    """The whole dossier; ``meeting_id`` is the evening on screen, marked on the timeline."""

    def __init__(self, session: DossierSession, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, meeting_id, parent)
        self.setObjectName("dossierOverview")
        self._bursts: dict[str, int] = {}
        self.rows: list[overview.EveningCounts] = []
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: bold; color: #00557f")
        self.timeline_label = QLabel()
        self.timeline = QTableWidget(0, len(COLUMNS))
        self.timeline.setObjectName("eveningTimeline")
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setWordWrap(True)
        # rows as high as their wrapped text at the columns' current widths, also after a resize
        self.timeline.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.timeline.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("evening"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMNS.index("absent"), QHeaderView.ResizeMode.Stretch)
        self.area_input = QLineEdit()
        self.area_input.setObjectName("dossierArea")
        self.description_input = TextBox()
        self.description_input.setObjectName("dossierDescription")
        self.history_input = TextBox()
        self.history_input.setObjectName("dossierHistory")
        self.stakeholders_label = QLabel()
        self.stakeholders = StakeholderTable(session, meeting_id)
        self.area_label, self.description_label, self.history_label = QLabel(), QLabel(), QLabel()
        for label, buddy in (
            (self.timeline_label, self.timeline),
            (self.area_label, self.area_input),
            (self.description_label, self.description_input),
            (self.history_label, self.history_input),
            (self.stakeholders_label, self.stakeholders.table),
        ):
            label.setBuddy(buddy)
            label.setStyleSheet("font-weight: bold")
        self._build()
        self.area_input.textEdited.connect(lambda text: self._typed("area", text))
        self.area_input.editingFinished.connect(lambda: self._finished("area"))
        for name, box in (("description", self.description_input), ("history", self.history_input)):
            box.textChanged.connect(lambda n=name, b=box: self._typed(n, b.toPlainText()))
            box.editingFinished.connect(lambda n=name: self._finished(n))
        self.retranslateUi()
        self.refresh_quietly()

    def _build(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.timeline_label)
        left_layout.addWidget(self.timeline, 1)
        left_layout.addWidget(self.stakeholders_label)
        left_layout.addWidget(self.stakeholders, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        area = QFormLayout()
        area.setContentsMargins(0, 0, 0, 0)
        area.addRow(self.area_label, self.area_input)
        right_layout.addLayout(area)
        right_layout.addWidget(self.description_label)
        right_layout.addWidget(self.description_input, 2)
        right_layout.addWidget(self.history_label)
        right_layout.addWidget(self.history_input, 3)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("dossierSplit")
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 1)

    def concerns(self, changed: list[Changed]) -> bool:
        # the dossier's texts, its evenings and what counts in them (notes, promises)
        return any(c.kind in (Kind.DOSSIER, Kind.MEETING, Kind.NOTE, Kind.PROMISE) for c in changed)

    # -- edits ------------------------------------------------------------------------------

    def _typed(self, field: str, text: str) -> None:
        if self._refreshing:
            return
        key = f"dossier:{field}:{self._bursts.get(field, 0)}"
        self.run(overview.set_dossier_text, field, text, merge_key=key)

    def _finished(self, field: str) -> None:
        self._bursts[field] = self._bursts.get(field, 0) + 1

    # -- view -------------------------------------------------------------------------------

    def refresh(self) -> None:
        dossier = self.session.dossier
        self.title_label.setText(dossier.title)
        if self.area_input.text() != (dossier.area or ""):
            self.area_input.setText(dossier.area or "")
        for box, value in ((self.description_input, dossier.description), (self.history_input, dossier.history)):
            if box.toPlainText() != (value or ""):
                box.setPlainText(value or "")
        self.rows = overview.timeline(dossier)
        self.timeline.setRowCount(len(self.rows))
        for row, counts in enumerate(self.rows):
            for column, text in enumerate(self._cells(counts)):
                item = self.timeline.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.timeline.setItem(row, column, item)
                item.setText(text)
                item.setToolTip(text)
                item.setData(MEETING_ID, counts.meeting.id)
                numeric = COLUMNS[column] in ("notes", "open_promises", "attendance", "evaluation")
                item.setTextAlignment(
                    (Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft)
                    | Qt.AlignmentFlag.AlignVCenter
                )
                font = QFont(item.font())
                font.setBold(counts.meeting.id == self.meeting_id)  # the evening on screen
                item.setFont(font)
                if COLUMNS[column] == "absent":
                    item.setForeground(Qt.GlobalColor.darkRed if counts.absent else Qt.GlobalColor.black)

    def _cells(self, counts: overview.EveningCounts) -> list[str]:
        meeting = counts.meeting
        mark = "▶ " if meeting.id == self.meeting_id else ""
        promises = (
            self.tr("%1 of %2").replace("%1", str(counts.open_promises)).replace("%2", str(counts.promises))
            if counts.promises
            else "–"
        )
        if counts.average is None:
            evaluation = "–"
        else:
            average = self.locale().toString(counts.average, "f", 1)
            evaluation = self.tr("%1 (%2 forms)").replace("%1", average).replace("%2", str(counts.forms))
        if counts.absent is None:
            held = meeting.phase != Phase.PREPARE or counts.attendance
            absent = self.tr("not counted by group") if meeting.expected_groups and held else "–"
        elif counts.absent:
            absent = ", ".join(counts.absent)
        else:
            absent = self.tr("none: every expected group came")
        return [
            mark + meeting.starts_at.strftime("%d-%m-%Y"),
            meeting.title,
            str(counts.notes),
            promises,
            str(counts.attendance) if counts.attendance else "–",
            evaluation,
            absent,
        ]

    def retranslateUi(self) -> None:  # noqa: N802
        self.setAccessibleName(self.tr("Dossier overview"))
        self.timeline_label.setText(self.tr("The &evenings"))
        self.timeline.setAccessibleName(self.tr("The evenings of the dossier with their counts"))
        self.timeline.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Evening"),
                self.tr("Notes"),
                self.tr("Promises open"),
                self.tr("Present"),
                self.tr("Evaluation"),
                self.tr("Expected but absent"),
            ]
        )
        self.stakeholders_label.setText(self.tr("&Stakeholders: who has a stake, and who speaks for them"))
        self.area_label.setText(self.tr("&Area"))
        self.area_input.setAccessibleName(self.tr("Area"))
        self.area_input.setPlaceholderText(self.tr("The neighbourhood or district"))
        self.description_label.setText(self.tr("&Description of the plan"))
        self.description_input.setAccessibleName(self.tr("Description of the plan"))
        self.description_input.setPlaceholderText(self.tr("What the plan or initiative is about"))
        self.history_label.setText(self.tr("&History: what came before"))
        self.history_input.setAccessibleName(self.tr("History"))
        self.history_input.setPlaceholderText(
            self.tr("Earlier promises, conflicts, a nuisance years ago: you may be starting fresh, but they are not")
        )
        self.stakeholders.retranslateUi()
        self.refresh_quietly()
