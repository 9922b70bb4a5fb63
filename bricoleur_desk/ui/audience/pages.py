"""The projector's pages besides the note wall: before the evening (Prepare) and its end (Close)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.model import Meeting
from .colours import NORMAL, RoomColours

Words = Callable[[str], str]  # a free text as the room may read it (personal data masked)


def solid(color: str) -> QWidget:
    """A plain page in one colour (also the B and W blank screens)."""
    page = QWidget()
    page.setAutoFillBackground(True)
    palette = page.palette()
    palette.setColor(page.backgroundRole(), QColor(color))
    page.setPalette(palette)
    return page


def scale_labels(widget: QWidget, scale: float) -> None:
    """Scale every label's type from the size it has on a full-HD projector (its base points)."""
    for label in widget.findChildren(QLabel):
        base = label.property("basePoints")
        if base:
            font = label.font()
            font.setPointSizeF(max(7.0, float(base) * scale))
            label.setFont(font)


def _ground(page: QWidget, colour: str) -> None:
    palette = page.palette()
    palette.setColor(page.backgroundRole(), QColor(colour))
    page.setPalette(palette)


def _label(points: int, bold: bool = False, color: str = "#111111") -> QLabel:
    label = QLabel()
    label.setProperty("basePoints", points)
    font = label.font()
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {color};")
    return label


class PreparePage(QWidget):
    """Title, when and where, the question, and the frame: what is open and what is fixed."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("audiencePrepare")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)
        self.title = _label(44, bold=True)
        self.when = _label(24)
        self.question = _label(34)
        self.open_title = _label(28, bold=True)
        self.open_items = _label(24)
        self.fixed_title = _label(28, bold=True)
        self.fixed_items = _label(24)
        self.set_colours(NORMAL)
        frame = QHBoxLayout()
        for title, items in ((self.open_title, self.open_items), (self.fixed_title, self.fixed_items)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(items)
            column.addStretch(1)
            frame.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(72, 56, 72, 56)
        layout.addWidget(self.title)
        layout.addWidget(self.when)
        layout.addSpacing(24)
        layout.addWidget(self.question)
        layout.addSpacing(32)
        layout.addLayout(frame, 1)

    def set_colours(self, colours: RoomColours) -> None:
        """The usual colours or the high-contrast set (View → High contrast)."""
        _ground(self, colours.ground)
        for label, colour in (
            (self.title, colours.ink),
            (self.when, colours.when),
            (self.question, colours.ink),
            (self.open_title, colours.open_title),
            (self.open_items, colours.ink),
            (self.fixed_title, colours.fixed_title),
            (self.fixed_items, colours.ink),
        ):
            label.setStyleSheet(f"color: {colour};")

    def retranslate(self) -> None:
        self.open_title.setText(self.tr("You can help decide"))
        self.fixed_title.setText(self.tr("Already fixed"))

    def show_meeting(self, meeting: Meeting, words: Words) -> None:
        """The meeting's texts, each through ``words``: the room reads personal data masked."""
        self.title.setText(words(meeting.title))
        when = f"{meeting.starts_at:%d-%m-%Y %H:%M}"
        self.when.setText(f"{when} · {words(meeting.venue)}" if meeting.venue else when)
        self.question.setText(words(meeting.question or ""))
        self.open_items.setText("\n".join("• " + words(item) for item in meeting.frame.open))
        self.fixed_items.setText("\n".join("• " + words(item) for item in meeting.frame.fixed))
        has_frame = bool(meeting.frame.open or meeting.frame.fixed)
        for widget in (self.open_title, self.open_items):
            widget.setVisible(has_frame and bool(meeting.frame.open))
        for widget in (self.fixed_title, self.fixed_items):
            widget.setVisible(has_frame and bool(meeting.frame.fixed))


class ClosePage(QWidget):
    """A thank-you and what happens next."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("audienceClose")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)
        self.thanks = _label(56, bold=True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_title = _label(30, bold=True)
        self.next_steps = _label(28)
        self.set_colours(NORMAL)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 72, 96, 72)
        layout.addStretch(1)
        layout.addWidget(self.thanks)
        layout.addSpacing(48)
        layout.addWidget(self.next_title)
        layout.addWidget(self.next_steps)
        layout.addStretch(2)

    def set_colours(self, colours: RoomColours) -> None:
        _ground(self, colours.ground)
        for label in (self.thanks, self.next_title, self.next_steps):
            label.setStyleSheet(f"color: {colours.ink};")

    def retranslate(self) -> None:
        self.thanks.setText(self.tr("Thank you for coming!"))
        self.next_title.setText(self.tr("What happens next"))

    def show_meeting(self, meeting: Meeting, words: Words) -> None:
        """What happens next, through ``words``: the room reads personal data masked."""
        self.next_steps.setText(words(meeting.next_steps or ""))
        self.next_title.setVisible(bool(meeting.next_steps))
