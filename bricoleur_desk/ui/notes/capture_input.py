"""The capture line: type what is said, Enter adds it; chips show what the markers mean."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from ...domain.contrast import readable_text
from ...domain.model import NoteKind
from ...workspace.capture import ParsedNote


class CaptureInput(QPlainTextEdit):
    """Enter submits and clears, Shift+Enter breaks the line; Ctrl+Z on an empty line undoes."""

    submitted = Signal(str)
    undoRequested = Signal()
    redoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureInput")
        self.setTabChangesFocus(True)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.setFont(font)
        lines = QFontMetrics(font).lineSpacing() * 3
        self.setFixedHeight(lines + 2 * int(self.document().documentMargin()) + 6)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                text = self.toPlainText()
                self.clear()
                if text.strip():
                    self.submitted.emit(text)
            return
        if not self.toPlainText():
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undoRequested.emit()
                return
            if event.matches(QKeySequence.StandardKey.Redo) or (
                key == Qt.Key.Key_Z
                and event.modifiers()
                == Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            ):
                self.redoRequested.emit()
                return
        super().keyPressEvent(event)


class MarkerChips(QWidget):
    """Live chips for the parsed kind, theme and group, without the marker text."""

    def __init__(self, theme_color: Callable[[str], tuple[str, bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markerChips")
        self._theme_color = theme_color  # name -> (colour, is it new)
        self.kind_chip = QLabel()
        self.kind_chip.setObjectName("kindChip")
        self.theme_chip = QLabel()
        self.theme_chip.setObjectName("themeChip")
        self.group_chip = QLabel()
        self.group_chip.setObjectName("groupChip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for chip in (self.kind_chip, self.theme_chip, self.group_chip):
            layout.addWidget(chip)
        layout.addStretch(1)
        self._parsed: ParsedNote | None = None
        self._styles: dict[QLabel, str] = {}
        self.show_parsed(None)

    def _style(self, chip: QLabel, color: str) -> None:
        # restyling costs a style pass: only when the colour really changes, not per keystroke
        if self._styles.get(chip) != color:
            self._styles[chip] = color
            chip.setStyleSheet(_chip(color))

    def show_parsed(self, parsed: ParsedNote | None) -> None:
        self._parsed = parsed
        kind_names = {
            NoteKind.CONCERN: self.tr("Concern"),
            NoteKind.QUESTION: self.tr("Question"),
            NoteKind.IDEA: self.tr("Idea"),
        }
        kind = parsed.kind if parsed else NoteKind.CONCERN
        self.kind_chip.setText(kind_names[kind])
        self.kind_chip.setAccessibleName(self.tr("Kind: %1").replace("%1", kind_names[kind]))
        self._style(self.kind_chip, "#37474f")
        if parsed and parsed.theme_name:
            color, new = self._theme_color(parsed.theme_name)
            label = parsed.theme_name + (" " + self.tr("(new)") if new else "")
            self.theme_chip.setText("# " + label)
            self.theme_chip.setAccessibleName(self.tr("Theme: %1").replace("%1", label))
            self._style(self.theme_chip, color)
        self.theme_chip.setVisible(bool(parsed and parsed.theme_name))
        if parsed and parsed.group:
            self.group_chip.setText("@ " + parsed.group)
            self.group_chip.setAccessibleName(self.tr("Raised by: %1").replace("%1", parsed.group))
            self._style(self.group_chip, "#5d4037")
        self.group_chip.setVisible(bool(parsed and parsed.group))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_parsed(self._parsed)
        super().changeEvent(event)


def _chip(color: str) -> str:
    return f"QLabel {{ background: {color}; color: {readable_text(color)}; border-radius: 9px; padding: 2px 10px; }}"
