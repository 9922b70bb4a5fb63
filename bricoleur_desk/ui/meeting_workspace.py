"""One dossier's workspace: pick a meeting, then capture, discuss and sketch in it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ..domain.document import Changed
from ..workspace.session import DossierSession
from .main_actions import MainActions
from .settings import Settings


class MeetingWorkspace(QWidget):
    """Hosts the views of the current meeting; switching meeting rebuilds them."""

    def __init__(self, session: DossierSession, settings: Settings, actions: MainActions) -> None:
        super().__init__()
        self.setObjectName("meetingWorkspace")
        self.session = session
        self.settings = settings
        self.actions = actions
        self.meeting_id: str | None = None
        self._picker_label = QLabel()
        self.meeting_picker = QComboBox()
        self.meeting_picker.setObjectName("meetingPicker")
        self.meeting_picker.activated.connect(self._picked)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        header = QHBoxLayout()
        header.addWidget(self._picker_label)
        header.addWidget(self.meeting_picker, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self._unsubscribe = session.subscribe(self._changed)
        self._fill_picker()
        self.retranslate()

    def show_meeting(self, meeting_id: str | None) -> None:
        """Show the given meeting, or the latest one."""
        dossier = self.session.dossier
        if meeting_id is None or meeting_id not in self.session.document:
            latest = dossier.latest_meeting()
            meeting_id = latest.id if latest is not None else None
        self.meeting_id = meeting_id
        index = self.meeting_picker.findData(meeting_id)
        if index >= 0:
            self.meeting_picker.setCurrentIndex(index)
        self._build_views()

    def shutdown(self) -> None:
        self._unsubscribe()

    def _build_views(self) -> None:
        self.tabs.clear()
        if self.meeting_id is None:
            return
        meeting = self.session.dossier.meeting(self.meeting_id)
        placeholder = QLabel(meeting.title)
        self.tabs.addTab(placeholder, self.tr("Notes"))

    def _fill_picker(self) -> None:
        self.meeting_picker.clear()
        for meeting in sorted(self.session.dossier.meetings, key=lambda m: m.starts_at):
            self.meeting_picker.addItem(f"{meeting.starts_at:%d-%m-%Y} — {meeting.title}", meeting.id)

    def _picked(self, index: int) -> None:
        meeting_id = self.meeting_picker.itemData(index)
        if meeting_id != self.meeting_id:
            self.show_meeting(meeting_id)

    def _changed(self, changed: list[Changed]) -> None:
        if any(c.kind == "meeting" for c in changed):
            self._fill_picker()
            index = self.meeting_picker.findData(self.meeting_id)
            if index >= 0:
                self.meeting_picker.setCurrentIndex(index)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._picker_label.setText(self.tr("Meeting:"))
        self.meeting_picker.setAccessibleName(self.tr("Meeting"))
