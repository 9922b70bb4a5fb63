"""The capture line's privacy chips: what the room will read of the typed words, and the note masked.

The first chip follows the typing: when the words look like they hold a name or a contact, it
shows them as the wall will ("Bel mevrouw [naam] op [telefoon]"). The second names the latest
note masked (or, while the scanner loads, hidden) on the wall and the key that confirms it holds
no personal data.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

CONFIRM_KEY = "F9"
_WARN = "#8e2400"  # dark orange-red: white text stays readable
_HIDDEN = "#546e7a"
_PREVIEW = 70  # characters of the masked preview


def _style(color: str) -> str:
    return f"QLabel {{ background: {color}; color: white; border-radius: 9px; padding: 2px 10px; }}"


class PrivacyChips(QWidget):
    """Two chips beside the marker chips; both hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyChips")
        self.typing_chip = QLabel()
        self.typing_chip.setObjectName("typingPrivacyChip")
        self.typing_chip.setStyleSheet(_style(_WARN))
        self.typing_chip.setTextFormat(Qt.TextFormat.PlainText)
        self.note_chip = QLabel()
        self.note_chip.setObjectName("notePrivacyChip")
        self.note_chip.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.typing_chip)
        layout.addWidget(self.note_chip)
        self._typing: str | None = None
        self._note: tuple[int, bool] | None = None
        self._note_style = ""
        self.show_typing(None)
        self.show_note(None)

    def show_typing(self, masked: str | None) -> None:
        """The typed words as the wall would show them (None: nothing personal seen)."""
        self._typing = masked
        if masked:
            preview = " ".join(masked.split())
            if len(preview) > _PREVIEW:
                preview = preview[: _PREVIEW - 1] + "…"
            self.typing_chip.setText(self.tr("Personal data? The wall shows: %1").replace("%1", preview))
            self.typing_chip.setAccessibleName(self.typing_chip.text())
        self.typing_chip.setVisible(bool(masked))

    def show_note(self, number: int | None, pending: bool = False) -> None:
        """The note masked (or hidden while it waits for the scanner) on the wall; None hides the chip."""
        self._note = None if number is None else (number, pending)
        if number is not None:
            if pending:
                text = self.tr("Note %1 hidden on the wall until it is scanned — %2: not personal data")
            else:
                text = self.tr("Note %1 masked on the wall — %2: not personal data")
            self.note_chip.setText(text.replace("%1", str(number)).replace("%2", CONFIRM_KEY))
            self.note_chip.setAccessibleName(self.note_chip.text())
            style = _style(_HIDDEN if pending else _WARN)
            if style != self._note_style:  # a style pass only when the colour changes
                self._note_style = style
                self.note_chip.setStyleSheet(style)
        self.note_chip.setVisible(number is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_typing(self._typing)
            self.show_note(*(self._note or (None,)))
        super().changeEvent(event)
