"""The agenda timer: the current block, the time left in big digits, amber and red when short."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Property, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.model import AgendaBlock
from ...workspace.agenda_clock import AgendaClock, ClockReading, ClockState
from ...workspace.session import DossierSession
from ..settings import Settings
from .meeting_widget import MeetingWidget

_STYLE = """
QFrame#timerFace { border-radius: 8px; background: #f4f5f7; }
QFrame#timerFace[level="warning"] { background: #f0a202; }
QFrame#timerFace[level="over"] { background: #c62828; }
QFrame#timerFace[level="done"] { background: #e0e0e0; }
QFrame#timerFace QLabel { color: #1d2530; }
QFrame#timerFace[level="over"] QLabel { color: white; }
QLabel#timerTime { font-size: 36pt; font-weight: bold; font-family: "DejaVu Sans Mono", monospace; }
QLabel#timerBlock { font-size: 12pt; font-weight: bold; }
"""


class AgendaTimer(MeetingWidget):
    """Start/pause, next block; ticks once a second while running.

    ``readingChanged(title, time_text, level)`` goes out on every tick and change (level is
    'ok', 'warning', 'over' or 'done'); ``showOnProjector`` tells the audience window whether
    the room should see the timer too. With ``settings`` the clock's block and time are kept
    there, so a restart in the middle of the evening (a crash, a flat battery) carries on.
    """

    readingChanged = Signal(str, str, str)
    showOnProjectorChanged = Signal(bool)

    def __init__(
        self,
        session: DossierSession,
        meeting_id: str,
        parent: QWidget | None = None,
        now: Callable[[], float] = time.monotonic,
        settings: Settings | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(session, meeting_id, parent)
        self._settings = settings
        self.setObjectName("agendaTimer")
        self.setStyleSheet(_STYLE)
        meeting = self.meeting()
        self.clock = AgendaClock(meeting.agenda if meeting else [], now=now, wall=wall)
        self._agenda: list[AgendaBlock] = list(meeting.agenda) if meeting else []
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.update_reading)

        self.face = QFrame()
        self.face.setObjectName("timerFace")
        self.block_label = QLabel()
        self.block_label.setObjectName("timerBlock")
        self.block_label.setWordWrap(True)
        self.time_label = QLabel()
        self.time_label.setObjectName("timerTime")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        face = QVBoxLayout(self.face)
        face.addWidget(self.block_label)
        face.addWidget(self.time_label)
        face.addWidget(self.next_label)
        self.start_button = QPushButton()
        self.next_button = QPushButton()
        self.projector_check = QCheckBox()
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.projector_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.face)
        layout.addLayout(buttons)

        self.start_button.clicked.connect(self.toggle)
        self.next_button.clicked.connect(self.next_block)
        self.projector_check.toggled.connect(self.showOnProjectorChanged)
        self._level = ""
        self._recall()
        self.retranslateUi()
        self.update_reading()

    # -- the clock --------------------------------------------------------------------------

    def toggle(self) -> None:
        """Start or pause the current block."""
        self.clock.toggle()
        self._after_clock_change()

    def next_block(self) -> None:
        self.clock.next_block()
        self._after_clock_change()

    def _recall(self) -> None:
        if self._settings is None:
            return
        state = ClockState.from_text(self._settings.agenda_clock(self.session.dossier.id, self.meeting_id))
        if state is not None and self.clock.restore(state) and self.clock.running:
            self.ticker.start()

    def _after_clock_change(self) -> None:
        if self._settings is not None:
            text = self.clock.state().to_text()
            self._settings.set_agenda_clock(self.session.dossier.id, self.meeting_id, text)
        if self.clock.running:
            self.ticker.start()
        else:
            self.ticker.stop()
        self.retranslateUi()
        self.update_reading()

    def reading(self) -> ClockReading:
        return self.clock.reading()

    def update_reading(self) -> None:
        """Show the clock as it is now (the ticker calls this once a second)."""
        r = self.clock.reading()
        blocks = self.clock.blocks
        if r.finished:
            self.block_label.setText(self.tr("Agenda done") if blocks else self.tr("No agenda yet"))
            self.time_label.setText("--:--")
            self.next_label.setText("")
        else:
            self.block_label.setText(f"{r.index + 1}/{len(blocks)} \u00b7 {r.title}")
            self.time_label.setText(r.time_text)
            if r.index + 1 < len(blocks):
                following = blocks[r.index + 1]
                text = self.tr("Next: %1 (%2 min)").replace("%1", following.title)
                self.next_label.setText(text.replace("%2", str(following.minutes)))
            else:
                self.next_label.setText(self.tr("Last block"))
        self.time_label.setAccessibleName(self.tr("Time left: %1").replace("%1", self.time_label.text()))
        self.next_button.setEnabled(not r.finished)
        self.start_button.setEnabled(not r.finished)
        if r.level != self._level:
            self._level = r.level
            self.face.setProperty("level", r.level)
            self.face.style().unpolish(self.face)
            self.face.style().polish(self.face)
            for label in (self.block_label, self.time_label, self.next_label):
                label.style().unpolish(label)
                label.style().polish(label)
        self.readingChanged.emit(r.title, self.time_label.text(), r.level)

    def level(self) -> str:
        return self._level

    # -- the projector option ---------------------------------------------------------------

    def _get_show_on_projector(self) -> bool:
        return self.projector_check.isChecked()

    def _set_show_on_projector(self, show: bool) -> None:
        self.projector_check.setChecked(show)

    showOnProjector = Property(
        bool, _get_show_on_projector, _set_show_on_projector, notify=showOnProjectorChanged
    )

    # -- view -------------------------------------------------------------------------------

    def refresh(self) -> None:
        meeting = self.meeting()
        agenda = list(meeting.agenda) if meeting else []
        if agenda != self._agenda:
            self._agenda = agenda
            self.clock.set_blocks(agenda)
            self.update_reading()

    def retranslateUi(self) -> None:  # noqa: N802
        self.setAccessibleName(self.tr("Agenda timer"))
        self.block_label.setAccessibleName(self.tr("Current agenda block"))
        self.next_label.setAccessibleName(self.tr("Next agenda block"))
        self.start_button.setText(self.tr("Pause") if self.clock.running else self.tr("Start"))
        self.start_button.setAccessibleName(
            self.tr("Pause the timer") if self.clock.running else self.tr("Start the timer")
        )
        self.next_button.setText(self.tr("Next block"))
        self.next_button.setAccessibleName(self.tr("Go to the next agenda block"))
        self.projector_check.setText(self.tr("Show on projector"))
        self.projector_check.setAccessibleName(self.tr("Show the timer on the projector"))
