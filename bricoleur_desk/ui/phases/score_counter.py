"""One score of the evening's evaluation: a big button that counts, and the count to set."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractSpinBox, QPushButton, QSpinBox, QVBoxLayout, QWidget

from .focused_wheel import wheel_only_when_focused

FLASH_MS = 150  # how long a counted key shows its counter pressed

# from "poor" to "very good" (domain/evaluation_scale.py): warm to green, dark text where the fill is light
SCORE_COLOURS = {
    1: ("#c62828", "white"),
    2: ("#ef6c00", "white"),
    3: ("#f9a825", "#1d2530"),
    4: ("#7cb342", "#1d2530"),
    5: ("#2e7d32", "white"),
}


class _CountButton(QPushButton):
    """Remembers whether Shift was held when it was pressed (click or Space): Shift takes one off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shift = False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        super().keyPressEvent(event)


class ScoreCounter(QWidget):
    """``bumped(score, +1/-1)`` on a click (Shift: -1); ``countSet(score, count)`` when typed."""

    bumped = Signal(int, int)
    countSet = Signal(int, int)

    def __init__(self, score: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = score
        self._setting = False
        self.button = _CountButton(self)
        self.button.setText(str(score))
        self.button.setMinimumSize(64, 64)
        background, foreground = SCORE_COLOURS[score]
        self.button.setStyleSheet(
            f"QPushButton {{ background: {background}; color: {foreground}; font-size: 26pt;"
            " font-weight: bold; border-radius: 8px; border: 2px solid transparent;"
            " background-clip: padding; }"
            # the ring on the window's ground, not the score's colour (on red it was 2.7:1)
            " QPushButton:focus { border: 3px solid #000000; }"
            " QPushButton:pressed { padding-top: 4px; }"
        )
        self.count = QSpinBox(self)
        self.count.setRange(0, 9999)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.count.setStyleSheet("font-size: 18pt; font-weight: bold")
        wheel_only_when_focused(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.button)
        layout.addWidget(self.count)
        self.button.clicked.connect(lambda: self.bumped.emit(self.score, -1 if self.button.shift else 1))
        self.count.valueChanged.connect(self._typed)

    def flash(self) -> None:
        """Show the button pressed for a moment: a key counted here, as a click would show it."""
        self.button.setDown(True)
        QTimer.singleShot(FLASH_MS, self.button, lambda: self.button.setDown(False))

    def set_count(self, count: int) -> None:
        if self.count.value() != count:
            self._setting = True
            self.count.setValue(count)
            self._setting = False

    def _typed(self, value: int) -> None:
        if not self._setting:
            self.countSet.emit(self.score, value)
