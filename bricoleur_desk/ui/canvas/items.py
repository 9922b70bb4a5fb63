"""Graphics items for sticky notes, text labels and pins: views of domain objects, never the truth.

The scene builds and updates them from the document; typing into a sticky or label reports the
new text through a callback that turns it into an edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...domain.model import Label, Pin, Sticky

STICKY_SIZE = (180.0, 120.0)
PIN_RADIUS = 15.0
TextChanged = Callable[[str, str], None]  # (object id, new text)


class _EditableText(QGraphicsTextItem):
    """Text that reports every change while edited and stops editing when focus leaves."""

    def __init__(self, object_id: str, on_text: TextChanged, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.object_id = object_id
        self._on_text = on_text
        self.on_done: Callable[[], None] | None = None  # editing ended (focus left)
        self._quiet = False
        self.document().contentsChanged.connect(self._changed)

    def report_to(self, on_text: TextChanged) -> None:
        """Send later changes of the text here."""
        self._on_text = on_text

    def set_text(self, text: str) -> None:
        if self.toPlainText() != text:  # never reset the cursor under the typist
            self._quiet = True
            self.setPlainText(text)
            self._quiet = False

    def start_editing(self) -> None:
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def is_editing(self) -> bool:
        return bool(self.textInteractionFlags() & Qt.TextInteractionFlag.TextEditorInteraction)

    def finish_editing(self) -> None:
        """Typing into it has ended (focus left, or Esc)."""
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if self.on_done is not None:
            self.on_done()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish_editing()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - QKeyEvent
        if event.key() == Qt.Key.Key_Escape:
            self.clearFocus()
            return
        super().keyPressEvent(event)

    def _changed(self) -> None:
        if not self._quiet:
            self._on_text(self.object_id, self.toPlainText())


class StickyItem(QGraphicsRectItem):
    """A square of coloured paper with the resident's words on it."""

    def __init__(self, sticky: Sticky, sheet_id: str, on_text: TextChanged) -> None:
        super().__init__(0, 0, *STICKY_SIZE)
        self.object_id = sticky.id
        self.sheet_id = sheet_id
        self.setPen(QPen(QColor(0, 0, 0, 60), 1))
        self.text = _EditableText(sticky.id, on_text, self)
        self.text.setPos(6, 6)
        self.text.setTextWidth(STICKY_SIZE[0] - 12)
        font = QFont()
        font.setPixelSize(17)
        self.text.setFont(font)
        self.update_from(sticky)

    def update_from(self, sticky: Sticky) -> None:
        self.setPos(sticky.x, sticky.y)
        self.setBrush(QBrush(QColor(sticky.color)))
        self.text.set_text(sticky.text)


class LabelItem(_EditableText):
    """A line of text written on a sheet."""

    def __init__(self, label: Label, sheet_id: str, on_text: TextChanged) -> None:
        super().__init__(label.id, on_text)
        self.sheet_id = sheet_id
        self.update_from(label)

    def update_from(self, label: Label) -> None:
        self.setPos(label.x, label.y)
        self.setDefaultTextColor(QColor(label.color))
        font = QFont()
        font.setPixelSize(max(4, round(label.size)))
        font.setBold(True)
        self.setFont(font)
        self.set_text(label.text)


class PinItem(QGraphicsItem):
    """A numbered round pin; keeps its size on screen whatever the zoom."""

    def __init__(self, pin: Pin, sheet_id: str, number: str) -> None:
        super().__init__()
        self.object_id = pin.id
        self.note_id = pin.note_id
        self.sheet_id = sheet_id
        self.number = number
        self.highlighted = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.update_from(pin, number)

    def update_from(self, pin: Pin, number: str) -> None:
        self.note_id = pin.note_id
        self.number = number
        self.setPos(pin.x, pin.y)
        self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def boundingRect(self) -> QRectF:
        r = PIN_RADIUS + 6
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.highlighted:
            painter.setPen(QPen(QColor("#ffd400"), 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(
                QRectF(-PIN_RADIUS - 3, -PIN_RADIUS - 3, 2 * PIN_RADIUS + 6, 2 * PIN_RADIUS + 6)
            )
        painter.setPen(QPen(QColor("white"), 2.5))
        painter.setBrush(QColor("#c8102e"))
        painter.drawEllipse(QRectF(-PIN_RADIUS, -PIN_RADIUS, 2 * PIN_RADIUS, 2 * PIN_RADIUS))
        font = QFont()
        font.setPixelSize(15 if len(self.number) < 3 else 11)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(
            QRectF(-PIN_RADIUS, -PIN_RADIUS, 2 * PIN_RADIUS, 2 * PIN_RADIUS),
            Qt.AlignmentFlag.AlignCenter,
            self.number,
        )
