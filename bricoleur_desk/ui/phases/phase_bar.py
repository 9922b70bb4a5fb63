"""The evening's phases as a segmented control: Prepare, Note everything, Discuss, Close."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from ...domain.document import Changed
from ...domain.model import Phase
from ...workspace import meeting_flow
from ...workspace.session import DossierSession
from .meeting_widget import MeetingWidget

PHASES = (Phase.PREPARE, Phase.INVENTORY, Phase.DISCUSS, Phase.CLOSE)

_STYLE = """
QToolButton { padding: 6px 10px; border: 1px solid #8a8f98; background: #f4f5f7; color: #1d2530; }
QToolButton:checked { background: #00557f; color: white; border-color: #00557f; font-weight: bold; }
QToolButton:focus { border: 3px solid #1d2530; }
QToolButton:checked:focus { border: 3px solid #ffd54f; }
QToolButton#phasePrepare { border-top-left-radius: 6px; border-bottom-left-radius: 6px; }
QToolButton#phaseClose { border-top-right-radius: 6px; border-bottom-right-radius: 6px; }
"""


class PhaseBar(MeetingWidget):
    """Alt+1..Alt+4 (or a click) moves the meeting to a phase as one undoable edit.

    ``phaseChanged(str)`` is emitted with the Phase value whenever the meeting's phase changes,
    whatever changed it (a click, a shortcut, undo), so the lead can switch panels on it.
    """

    phaseChanged = Signal(str)

    def __init__(self, session: DossierSession, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, meeting_id, parent)
        self.setObjectName("phaseBar")
        self.setStyleSheet(_STYLE)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Phase, QToolButton] = {}
        self.shortcuts: dict[Phase, QShortcut] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for number, phase in enumerate(PHASES, start=1):
            button = QToolButton(self)
            button.setObjectName("phase" + phase.name.title())
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, p=phase: self.choose(p))
            self.group.addButton(button, number)
            layout.addWidget(button)
            self.buttons[phase] = button
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda p=phase: self.choose(p))
            self.shortcuts[phase] = shortcut
        self._shown: Phase | None = None
        self.retranslateUi()
        self.refresh()

    def phase(self) -> Phase | None:
        meeting = self.meeting()
        return meeting.phase if meeting else None

    def choose(self, phase: Phase) -> None:
        """Move the meeting to ``phase`` (nothing happens when it is already there)."""
        if self.meeting() is not None and self.phase() != phase:
            self.run(meeting_flow.set_phase, self.meeting_id, phase)
        self.refresh()  # a click on the checked button must leave it checked

    def concerns(self, changed: list[Changed]) -> bool:
        return any(c.id == self.meeting_id for c in changed)

    def refresh(self) -> None:
        phase = self.phase()
        self.setEnabled(phase is not None)
        for p, button in self.buttons.items():
            button.setChecked(p == phase)
        if phase is not None and phase != self._shown:
            self._shown = phase
            self.phaseChanged.emit(phase.value)

    def retranslateUi(self) -> None:  # noqa: N802
        names = {
            Phase.PREPARE: self.tr("Prepare"),
            Phase.INVENTORY: self.tr("Note everything"),
            Phase.DISCUSS: self.tr("Discuss"),
            Phase.CLOSE: self.tr("Close"),
        }
        self.setAccessibleName(self.tr("Phase of the evening"))
        for number, phase in enumerate(PHASES, start=1):
            button = self.buttons[phase]
            button.setText(names[phase])
            button.setAccessibleName(self.tr("Phase: %1").replace("%1", names[phase]))
            shortcut = QKeySequence(f"Alt+{number}").toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{names[phase]} ({shortcut})")
