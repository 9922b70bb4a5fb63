"""The F1 cheat-sheet: the capture markers and the keys, on the laptop only, never modal.

It floats over the corner of the note list at the width its rows need, one line each: as a
third splitter pane it got what was left (about 200 pixels at 1366 wide) and wrapped almost
word by word (issue #12). Floating, it moves nothing else while it is open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

MARGIN = 8  # from the edges of the area it floats over


class CheatSheet(QFrame):
    """A floating card listing every marker and shortcut of the capture view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._area: QRect | None = None
        self.setObjectName("cheatSheet")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#cheatSheet { border: 1px solid #9aa0a6; border-radius: 4px; }")
        self.text = QLabel()
        self.text.setObjectName("cheatSheetText")
        self.text.setWordWrap(False)  # a row is one line; the card is as wide as its rows
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.scroll = QScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the capture line
        self.scroll.setWidget(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.addWidget(self.scroll)
        self.retranslate()

    def rows(self) -> list[tuple[str, str]]:
        """The key or marker, and what it does."""
        return [
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
            ("Ctrl+I", self.tr("internal remark: for colleagues only")),
            ("Ctrl+1 … 9, Ctrl+0", self.tr("move to theme 1 … 9, to no theme")),
            ("+ / -", self.tr("add or remove a vote")),
            (self.tr("PgUp / PgDn"), self.tr("the projector's previous / next page (a presenter remote too)")),
            ("Alt+T", self.tr("in Discuss: only this theme on the projector; again: every theme")),
            ("F9", self.tr("not personal data: show the masked note on the wall as typed")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("undo / redo")),
            ("F1", self.tr("show or hide this sheet")),
        ]

    def retranslate(self) -> None:
        body = "".join(
            f"<tr><td><b>{key}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>" for key, what in self.rows()
        )
        title = self.tr("Markers and keys")  # outside the f-string, where lupdate finds it
        self.text.setText(f"<h3>{title}</h3><table>{body}</table>")
        self.setAccessibleName(self.tr("Cheat-sheet of markers and keys"))
        if self._area is not None:
            self.place_in(self._area)  # another language, other widths

    def place_in(self, area: QRect) -> None:
        """Float in the top right corner of ``area`` (parent coordinates), as wide as the rows need."""
        self._area = QRect(area)
        margins = self.contentsMargins()
        layout_margins = self.layout().contentsMargins()
        extra_w = margins.left() + margins.right() + layout_margins.left() + layout_margins.right()
        extra_h = margins.top() + margins.bottom() + layout_margins.top() + layout_margins.bottom()
        text = self.text.sizeHint()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        height = min(text.height() + extra_h, area.height() - 2 * MARGIN)
        scrolls = height < text.height() + extra_h
        width = min(text.width() + extra_w + (bar if scrolls else 0), area.width() - 2 * MARGIN)
        self.setGeometry(area.right() - MARGIN - width + 1, area.top() + MARGIN, width, height)
        self.raise_()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
