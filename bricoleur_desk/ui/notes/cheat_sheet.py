"""The F1 cheat-sheet: the capture markers and the keys, on the laptop only, never modal."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class CheatSheet(QFrame):
    """A side panel listing every marker and shortcut of the capture view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cheatSheet")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setObjectName("cheatSheetText")
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        rows = [
            ("?", self.tr("at the start: a question")),
            ("!", self.tr("at the start: an idea (a concern is the default)")),
            (self.tr("#theme"), self.tr("put it in a theme (made when new)")),
            (self.tr('#"Two words"'), self.tr("a theme name with spaces")),
            ("@Parkstraat", self.tr("raised by a group or street, never a name")),
            (self.tr("Enter"), self.tr("add the note")),
            (self.tr("Shift+Enter"), self.tr("new line in the note")),
            (self.tr("Tab / Esc"), self.tr("to the list / back to typing")),
            ("F2", self.tr("edit the note")),
            (self.tr("Del"), self.tr("delete")),
            ("Ctrl+M", self.tr("merge the selected notes into the first")),
            ("Ctrl+K", self.tr("split the note in two")),
            ("Ctrl+1 … 9, Ctrl+0", self.tr("move to theme 1 … 9, to no theme")),
            ("+ / -", self.tr("add or remove a vote")),
            ("F9", self.tr("not personal data: show the masked note on the wall as typed")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("undo / redo")),
        ]
        body = "".join(f"<tr><td><b>{key}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>" for key, what in rows)
        title = self.tr("Markers and keys")  # outside the f-string, where lupdate finds it
        self.text.setText(f"<h3>{title}</h3><table>{body}</table>")
        self.setAccessibleName(self.tr("Cheat-sheet of markers and keys"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
