"""The save indicator: what the session says the store did, in the status bar and the capture view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from ..workspace.save_status import SaveState, SaveStatus
from ..workspace.session import DossierSession

FAILED_STYLE = "color: white; background: #c62828; padding: 0 6px;"


class SaveIndicator(QLabel):
    """Shows "✓ Saved", "Saving…" or, in red, "⚠ Not saved — retrying": never more than the file holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedIndicator")
        self._status: SaveStatus | None = None
        # held outside the label, so that the session stops calling it once Qt deletes the label
        unwatch: list[Callable[[], None]] = []
        self._unwatch = unwatch
        self.destroyed.connect(lambda *_: [stop() for stop in unwatch])

    def watch(self, session: DossierSession | None) -> None:
        """Follow this session's save status (None: no dossier open, show nothing)."""
        self._stop_watching()
        if session is None:
            self._status = None
        else:
            self._unwatch.append(session.watch_save_status(self.show_status))
            self._status = session.save_status
        self.retranslate()

    def show_status(self, status: SaveStatus) -> None:
        self._status = status
        self.retranslate()

    def retranslate(self) -> None:
        status = self._status
        if status is None:
            self.clear()
            self.setStyleSheet("")
            return
        text = {
            SaveState.SAVED: self.tr("✓ Saved"),
            SaveState.SAVING: self.tr("Saving…"),
            SaveState.FAILED: self.tr("⚠ Not saved — retrying"),
            SaveState.READ_ONLY: self.tr("Read-only"),
        }[status.state]
        self.setStyleSheet(FAILED_STYLE if status.failed else "")
        self.setText(text)
        self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _stop_watching(self) -> None:
        while self._unwatch:
            self._unwatch.pop()()
