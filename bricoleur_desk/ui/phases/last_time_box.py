"""Last time: on the prepare page, what the evening before left to prepare with.

The remarks its participants wrote in the evaluation ("someone who can translate Turkish or
Arabic") and every promise of earlier evenings that is still open, with its owner, due date
and latest update. Read-only: the facilitator acts on it in the fields below. Hidden for the
first evening of a dossier. It sits beside the projector preview (the form keeps the window's
height on a 1366 x 768 laptop), the remarks and the promises side by side; Hide folds it to a line.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ...domain.document import Changed, Kind
from ...domain.model import Promise
from ...workspace.meetings import LastTime, last_time
from ...workspace.session import DossierSession
from .meeting_widget import MeetingWidget

SHOWN_PROMISES = 8  # more would push the form off the laptop screen; the count says how many


class LastTimeBox(MeetingWidget):
    """The evening before: its evaluation remarks and the promises still open."""

    def __init__(
        self,
        session: DossierSession,
        meeting_id: str,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(session, meeting_id, parent)
        self.setObjectName("lastTimeBox")
        self._today = today
        self.shown: LastTime | None = None
        frame = QFrame()
        frame.setObjectName("lastTimeFrame")
        frame.setStyleSheet(
            "#lastTimeFrame { background: #fff8e1; border: 1px solid #e0c060; border-radius: 6px; }"
        )
        self.title = QLabel()
        self.title.setObjectName("lastTimeTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 110%;")
        self.remarks = QLabel()
        self.remarks.setObjectName("lastTimeRemarks")
        self.promises = QLabel()
        self.promises.setObjectName("lastTimePromises")
        self.toggle = QToolButton()
        self.toggle.setObjectName("lastTimeToggle")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._opened)
        self.details = QWidget()
        inner = QVBoxLayout(frame)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(top)
        side_by_side = QHBoxLayout(self.details)
        side_by_side.setContentsMargins(0, 0, 0, 0)
        for label in (self.title, self.remarks, self.promises):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.remarks, self.promises):
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            side_by_side.addWidget(label, 1)
        inner.addWidget(self.details)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.toggle.setChecked(True)  # beside the preview there is room; one click folds it to a line
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(frame)
        self.retranslateUi()

    def concerns(self, changed: list[Changed]) -> bool:
        # another evening's remarks or date, or a promise's status: cheap to redo on each
        return any(c.kind in (Kind.MEETING, Kind.PROMISE) for c in changed)

    def refresh(self) -> None:
        meeting = self.meeting()
        self.shown = last_time(self.session.dossier, self.meeting_id) if meeting is not None else None
        self.setVisible(self.shown is not None)
        if self.shown is None:
            return
        before = self.shown.meeting
        today = self._today or date.today()
        late = sum(1 for p in self.shown.open_promises if p.due is not None and p.due < today)
        summary = self.tr("{0} remarks, {1} promises open ({2} overdue)").format(
            len(self.shown.remarks), len(self.shown.open_promises), late
        )
        self.title.setText(
            self.tr("Last time: {0}, {1}").format(before.title, before.starts_at.strftime("%d-%m-%Y"))
            + " — "
            + summary
        )
        heading = escape(self.tr("What participants said about the evening"))
        if self.shown.average is not None:
            score = self.tr("score {0} from {1} forms").format(
                f"{self.shown.average:.1f}".replace(".", self.locale().decimalPoint()), self.shown.forms
            )
            heading += f" <span style='font-weight:normal'>({escape(score)})</span>"
        none = self.tr("No remarks were written down.")
        # who was expected and stayed away: the groups to reach this time
        absent = ""
        if self.shown.absent:
            line = self.tr("Expected but absent: %1").replace("%1", ", ".join(self.shown.absent))
            absent = f"<p style='color:#b3261e; margin-top:4px'><b>{escape(line)}</b></p>"
        if self.shown.remarks:
            items = "".join(f"<li>{escape(r)}</li>" for r in self.shown.remarks)
            self.remarks.setText(f"<b>{heading}</b><ul style='margin-top:2px'>{items}</ul>{absent}")
        else:
            self.remarks.setText(f"<b>{heading}</b><br><i>{escape(none)}</i>{absent}")
        heading = escape(self.tr("Promises still open ({0})").format(len(self.shown.open_promises)))
        kept = self.tr("Every promise is kept or closed.")
        if self.shown.open_promises:
            today = self._today or date.today()
            # the overdue ones first: those are what residents will ask about
            ordered = sorted(
                self.shown.open_promises, key=lambda p: not (p.due is not None and p.due < today)
            )
            items = "".join(f"<li>{self._promise(p)}</li>" for p in ordered[:SHOWN_PROMISES])
            rest = len(ordered) - SHOWN_PROMISES
            if rest > 0:
                more = self.tr("and {0} more").format(rest)
                items += f"<li><i>{escape(more)}</i></li>"
            self.promises.setText(f"<b>{heading}</b><ul style='margin-top:2px'>{items}</ul>")
        else:
            self.promises.setText(f"<b>{heading}</b><br><i>{escape(kept)}</i>")

    def _promise(self, promise: Promise) -> str:
        parts = [escape(promise.text)]
        details = []
        if promise.owner:
            details.append(escape(promise.owner))
        if promise.due is not None:
            today = self._today or date.today()
            due = escape(self.tr("due {0}").format(promise.due.strftime("%d-%m-%Y")))
            overdue = self.tr("overdue")
            details.append(
                f"<span style='color:#b3261e'>{escape(overdue)}, {due}</span>" if promise.due < today else due
            )
        if details:
            parts.append(" — " + ", ".join(details))
        if promise.updates:
            latest = max(promise.updates, key=lambda u: u.at)
            update = self.tr("latest: {0} ({1})").format(latest.text, latest.at.strftime("%d-%m-%Y"))
            parts.append(f"<br><span style='color:#555'>{escape(update)}</span>")
        return "".join(parts)

    def _opened(self, opened: bool) -> None:
        self.details.setVisible(opened)
        self._name_toggle()

    def _name_toggle(self) -> None:
        self.toggle.setText(self.tr("Hide") if self.toggle.isChecked() else self.tr("Show"))
        self.toggle.setAccessibleName(
            self.tr("Hide last time's remarks and promises")
            if self.toggle.isChecked()
            else self.tr("Show last time's remarks and promises")
        )

    def retranslateUi(self) -> None:  # noqa: N802
        self.setAccessibleName(self.tr("Last time"))
        self._name_toggle()
        self.refresh_quietly()
