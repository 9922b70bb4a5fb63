"""The dossier overview in a window of its own, beside the main window while preparing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ...workspace.session import DossierSession
from .overview import DossierOverview


class DossierWindow(QDialog):
    """Not modal: the facilitator looks back at the dossier and goes on preparing the evening."""

    def __init__(self, session: DossierSession, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierWindow")
        self.session = session
        self.overview = DossierOverview(session, meeting_id, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overview, 1)
        layout.addWidget(buttons)
        self.resize(1240, 720)
        self.retranslate()

    def show_meeting(self, meeting_id: str) -> None:
        """Mark another evening as the one on screen."""
        self.overview.meeting_id = meeting_id
        self.overview.stakeholders.meeting_id = meeting_id
        self.overview.refresh_quietly()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for box in (self.overview.description_input, self.overview.history_input):
            box.editingFinished.emit()  # the next typing is a new undo step
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dossier: evenings, history and stakeholders"))


def show_dossier_overview(session: DossierSession, meeting_id: str, parent: QWidget | None) -> DossierWindow:
    """Show the dossier window over ``parent``'s window (one per dossier), raised when it is open."""
    host = parent.window() if parent is not None else None
    if host is not None:
        for window in host.findChildren(DossierWindow):
            if window.session is session and window.isVisible():
                window.show_meeting(meeting_id)
                window.raise_()
                window.activateWindow()
                return window
    window = DossierWindow(session, meeting_id, host)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
