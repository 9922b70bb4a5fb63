"""A small live preview of the projector for the facilitator's window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from .window import AudienceWindow

REFRESH_MS = 300  # a few times per second is plenty, and costs one grab each


class AudiencePreview(QLabel):
    """A scaled grab of the audience window, refreshed only while this preview is visible."""

    def __init__(self, audience: AudienceWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audiencePreview")
        self.audience = audience
        self.setMinimumSize(QSize(160, 90))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("background: #202124;")
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        # grab only when the room's picture changed (the wall painted, another page shows),
        # and now and then anyway for a title or frame edited meanwhile
        self._stale = True
        self._ticks = 0  # since the last grab
        self._grabbing = False
        audience.wall.painted.connect(self._changed)
        audience.pages.currentChanged.connect(self._changed)
        self.retranslate()

    def _changed(self) -> None:
        if not self._grabbing:
            self._stale = True

    def _tick(self) -> None:
        self._ticks += 1
        if self._stale or self._ticks >= 8:
            self.refresh()

    def refresh(self) -> None:
        """Grab the audience window now and show it scaled."""
        if not self.isVisible() or self.width() < 10:
            return
        self._grabbing = True
        try:
            picture = self.audience.grab()
        finally:
            self._grabbing = False
        self._stale = False
        self._ticks = 0
        self.setPixmap(
            picture.scaled(
                self.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self._timer.start()
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self._timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Preview of the projector"))
        self.setToolTip(self.tr("What the room sees"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
