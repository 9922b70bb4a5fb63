"""Graphics items for sticky notes, text labels and pins: views of domain objects, never the truth.

The scene builds and updates them from the document; typing into a sticky or label reports the
new text through a callback that turns it into an edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTextDocument,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...domain.contrast import BLACK, WHITE, readable_text
from ...domain.model import Label, Pin, Sticky

STICKY_SIZE = (180.0, 120.0)
STICKY_TYPE = 17  # px of canvas: the resident's words on a sticky
PIN_RADIUS = 15.0
TextChanged = Callable[[str, str], None]  # (object id, new text)

# Readable from the back of a hall: on the projector, the words on stickies and the numbers on
# pins are never set smaller than the note wall's smallest type, 24 pt on a full-HD projector:
# 32 px, 1/34 of the screen's height (a capital then stands about 2 % of the screen high). Where
# the room's view shows them smaller, they grow there, around their place; the facilitator's
# view keeps them as they are.
ROOM_TYPE_FRACTION = 32 / 1080


def in_room(widget: QWidget | None) -> bool:
    """Whether a paint goes to the room's view of the canvas (the projector), not the facilitator's."""
    view = widget.parentWidget() if widget is not None else None
    return view is not None and getattr(view, "interactive", True) is False


def room_words(item: QGraphicsItem, text: str) -> str:
    """``text`` as the room may read it: the scene masks personal data on the projector."""
    scene = item.scene()
    words = getattr(scene, "room_words", None)
    return words(text) if words is not None else text


def _room_document(source: QTextDocument, words: str) -> QTextDocument:
    """A copy of ``source``'s layout (font, width) holding ``words``: what the projector draws."""
    copy = QTextDocument()
    copy.setDefaultFont(source.defaultFont())
    copy.setTextWidth(source.textWidth())
    copy.setDocumentMargin(source.documentMargin())
    copy.setPlainText(words)
    return copy


def pin_type(number: str) -> int:
    """The pixel size of a pin's number (three digits need a smaller type to fit)."""
    return 15 if len(number) < 3 else 11


class _EditableText(QGraphicsTextItem):
    """Text that reports every change while edited and stops editing when focus leaves."""

    def __init__(self, object_id: str, on_text: TextChanged, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.object_id = object_id
        self._on_text = on_text
        self.on_done: Callable[[], None] | None = None  # editing ended (focus left)
        self._quiet = False
        self.painted_by_parent_in_room = False  # a sticky paints its words itself on the projector
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

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.painted_by_parent_in_room and in_room(widget):
            return
        super().paint(painter, option, widget)


def sticky_ink(paper: str) -> str:
    """The words' colour on a sticky of this colour: near-black on light paper, white on dark."""
    return "#1f1f1f" if readable_text(QColor(paper).name()) == BLACK else WHITE


class StickyItem(QGraphicsRectItem):
    """A square of coloured paper with the resident's words on it; larger on the projector if need be."""

    def __init__(self, sticky: Sticky, sheet_id: str, on_text: TextChanged) -> None:
        super().__init__()
        self.object_id = sticky.id
        self.sheet_id = sheet_id
        self.room_scale = 1.0
        self._room_bounds: QRectF | None = None  # the canvas, in the scene: the room's sticky stays on it
        self.setRect(0, 0, *STICKY_SIZE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setPen(QPen(QColor(0, 0, 0, 60), 1))
        self.text = _EditableText(sticky.id, on_text, self)
        self.text.painted_by_parent_in_room = True
        self.text.setPos(6, 6)
        self.text.setTextWidth(STICKY_SIZE[0] - 12)
        font = QFont()
        font.setPixelSize(STICKY_TYPE)
        self.text.setFont(font)
        self.text.document().contentsChanged.connect(self.update)  # the room's larger copy too
        self.update_from(sticky)

    def update_from(self, sticky: Sticky) -> None:
        self.setPos(sticky.x, sticky.y)
        self.setBrush(QBrush(QColor(sticky.color)))
        self.text.setDefaultTextColor(QColor(sticky_ink(sticky.color)))  # a dark paper: white words
        self.text.set_text(sticky.text)

    def set_room_type(self, pixels: float, zoom: float, bounds: QRectF) -> None:
        """The room's view shows the canvas at ``zoom`` and needs type of ``pixels``: grow to it there."""
        scale = max(1.0, pixels / (STICKY_TYPE * max(zoom, 1e-6)))
        if scale != self.room_scale or bounds != self._room_bounds:
            self.prepareGeometryChange()
            self.room_scale = scale
            self._room_bounds = QRectF(bounds)

    def room_rect(self, pos: QPointF | None = None) -> QRectF:
        """The paper on the projector, in item coordinates: grown around its centre, kept on the canvas."""
        w, h = STICKY_SIZE
        s = self.room_scale
        rect = QRectF(w / 2 - w * s / 2, h / 2 - h * s / 2, w * s, h * s)
        if self._room_bounds is not None:
            at = self.pos() if pos is None else pos
            bounds = self._room_bounds.translated(-at)
            dx = _into(rect.left(), rect.width(), bounds.left(), bounds.width())
            dy = _into(rect.top(), rect.height(), bounds.top(), bounds.height())
            rect.translate(dx, dy)
        return rect

    def room_transform(self) -> QTransform:
        """From the paper's own coordinates to where the projector paints it."""
        rect = self.room_rect()
        s = self.room_scale
        return QTransform(s, 0, 0, s, rect.left(), rect.top())

    def boundingRect(self) -> QRectF:
        # the larger copy on the projector is inside too: its view repaints it when this changes
        return super().boundingRect().united(self.room_rect().adjusted(-1, -1, 1, 1))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self._room_bounds is not None:
            self.prepareGeometryChange()  # kept on the canvas, the room's copy moves differently
        return super().itemChange(change, value)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not in_room(widget):
            super().paint(painter, option, widget)
            return
        painter.save()
        painter.setTransform(self.room_transform(), True)
        super().paint(painter, option, widget)
        painter.translate(self.text.pos())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, self.text.defaultTextColor())
        document = self.text.document()
        words = room_words(self, document.toPlainText())
        if words != document.toPlainText():  # a name or contact: the room reads it masked
            document = _room_document(document, words)
        document.documentLayout().draw(painter, context)
        painter.restore()


def _into(start: float, length: float, lo: float, span: float) -> float:
    """How far to move [start, start + length] to lie within [lo, lo + span] (0 if it cannot)."""
    if length > span:
        return 0.0
    if start < lo:
        return lo - start
    if start + length > lo + span:
        return lo + span - start - length
    return 0.0


class LabelItem(_EditableText):
    """A line of text written on a sheet."""

    def __init__(self, label: Label, sheet_id: str, on_text: TextChanged) -> None:
        super().__init__(label.id, on_text)
        self.sheet_id = sheet_id
        self.update_from(label)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        text = self.toPlainText()
        words = room_words(self, text) if in_room(widget) else text
        if words == text:
            super().paint(painter, option, widget)
            return
        document = _room_document(self.document(), words)  # a name or contact: masked for the room
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, self.defaultTextColor())
        document.documentLayout().draw(painter, context)

    def update_from(self, label: Label) -> None:
        self.setPos(label.x, label.y)
        self.setDefaultTextColor(QColor(label.color))
        font = QFont()
        font.setPixelSize(max(4, round(label.size)))
        font.setBold(True)
        self.setFont(font)
        self.set_text(label.text)


class PinItem(QGraphicsItem):
    """A numbered round pin; keeps its size on screen whatever the zoom (larger on the projector)."""

    def __init__(self, pin: Pin, sheet_id: str, number: str) -> None:
        super().__init__()
        self.object_id = pin.id
        self.note_id = pin.note_id
        self.sheet_id = sheet_id
        self.number = number
        self.highlighted = False
        self.room_pixels = 0.0
        self.room_scale = 1.0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.update_from(pin, number)

    def update_from(self, pin: Pin, number: str) -> None:
        self.note_id = pin.note_id
        self.set_number(number)
        self.setPos(pin.x, pin.y)
        self.update()

    def set_number(self, number: str) -> None:
        self.number = number
        self.set_room_type(self.room_pixels)

    def set_room_type(self, pixels: float) -> None:
        """The room's view needs type of ``pixels``: the pin grows to it there (pins ignore the zoom)."""
        self.room_pixels = pixels
        scale = max(1.0, pixels / pin_type(self.number))
        if scale != self.room_scale:
            self.prepareGeometryChange()
            self.room_scale = scale

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def _own_rect(self) -> QRectF:
        r = PIN_RADIUS + 6
        return QRectF(-r, -r, 2 * r, 2 * r)

    def boundingRect(self) -> QRectF:
        # the larger pin on the projector is inside too: its view repaints it when this changes
        r = (PIN_RADIUS + 6) * self.room_scale
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._own_rect())  # a click on the laptop hits the pin it sees
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if in_room(widget) and self.room_scale != 1.0:
            painter.scale(self.room_scale, self.room_scale)
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
        font.setPixelSize(pin_type(self.number))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(
            QRectF(-PIN_RADIUS, -PIN_RADIUS, 2 * PIN_RADIUS, 2 * PIN_RADIUS),
            Qt.AlignmentFlag.AlignCenter,
            self.number,
        )
