"""The select tool: click or rubber band, drag to move, corner handle to resize, Delete to remove.

While dragging, selected strokes leave the cached ink and are drawn moved on top; items are
shifted as a preview only. On release one Move or Resize edit goes to the session; Esc puts
everything back as the document says.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform

from ...domain import geometry
from ...domain.geometry import Rect
from ...domain.model import Label, Pin, Sticky, Stroke
from ...workspace import commands, sketch
from .items import STICKY_SIZE, PinItem, StickyItem
from .pen import draw_stroke
from .tools import Tool, ToolHost

HANDLE_SCREEN = 14.0  # px


class SelectTool(Tool):
    name = "select"
    cursor = Qt.CursorShape.ArrowCursor

    def __init__(self, host: ToolHost) -> None:
        super().__init__(host)
        self.selection: set[str] = set()
        self._mode: str | None = None  # "move", "resize" or "band"
        self._start = (0.0, 0.0)
        self._now = (0.0, 0.0)
        self._origin_bounds: Rect | None = None
        self._sheet_id: str | None = None

    # -- what is where ----------------------------------------------------------------------

    def _object_bounds(self, object_id: str) -> Rect | None:
        doc = self.host.session.document
        if object_id not in doc:
            return None
        obj = doc.get(object_id)
        if isinstance(obj, Stroke):
            return geometry.inflate(geometry.bounds(obj.points), obj.width / 2)
        item = self.host.canvas_scene().item_for(object_id)
        if item is not None and not isinstance(item, PinItem):
            # a sticky's bounding rect also holds its larger copy on the projector
            own = item.rect() if isinstance(item, StickyItem) else item.boundingRect()
            r = item.mapRectToScene(own)
            return (obj.x, obj.y, obj.x + r.width(), obj.y + r.height())
        if isinstance(obj, Sticky):
            return (obj.x, obj.y, obj.x + STICKY_SIZE[0], obj.y + STICKY_SIZE[1])
        r = 15.0 / max(self.host.zoom(), 1e-6)
        return (obj.x - r, obj.y - r, obj.x + r, obj.y + r)

    def selection_bounds(self) -> Rect | None:
        rects = [r for r in (self._object_bounds(i) for i in self.selection) if r is not None]
        if not rects:
            return None
        return (
            min(r[0] for r in rects),
            min(r[1] for r in rects),
            max(r[2] for r in rects),
            max(r[3] for r in rects),
        )

    def _handle_hit(self, x: float, y: float) -> bool:
        b = self.selection_bounds()
        if b is None:
            return False
        reach = HANDLE_SCREEN / max(self.host.zoom(), 1e-6)
        return abs(x - b[2]) <= reach and abs(y - b[3]) <= reach

    def _object_at(self, x: float, y: float) -> str | None:
        scene = self.host.canvas_scene()
        sheet_id = self._sheet_id
        for item in scene.items(QPointF(x, y)):
            while item.parentItem() is not None:
                item = item.parentItem()
            if getattr(item, "sheet_id", None) == sheet_id and item.isVisible():
                return item.object_id  # type: ignore[attr-defined]
        hits = scene.ink(sheet_id or "").hits(x, y, 4.0 / max(self.host.zoom(), 1e-6))
        return hits[-1] if hits else None

    # -- the gesture ------------------------------------------------------------------------

    def press(self, x: float, y: float, pressure: float) -> None:
        scene = self.host.canvas_scene()
        for pin in scene.pin_items():
            if pin.isVisible() and pin.contains(pin.mapFromScene(QPointF(x, y))):
                self.host.pin_clicked(pin.note_id)
                break
        sheet = self.host.drawable_sheet()
        if sheet is None:
            return
        if self._sheet_id != sheet.id:
            self.selection = set()
        self._sheet_id = sheet.id
        self._start = self._now = (x, y)
        self.active = True
        if self.selection and self._handle_hit(x, y):
            self._mode = "resize"
        else:
            hit = self._object_at(x, y)
            if hit is None:
                self._mode = "band"
                self.selection = set()
            else:
                if hit not in self.selection:
                    self.selection = {hit}
                self._mode = "move"
        self._origin_bounds = self.selection_bounds()
        if self._mode != "band":
            self._hide_strokes(True)
        scene.update()

    def _stroke_ids(self) -> set[str]:
        doc = self.host.session.document
        return {i for i in self.selection if i in doc and isinstance(doc.get(i), Stroke)}

    def _hide_strokes(self, hide: bool) -> None:
        ink = self.host.canvas_scene().ink(self._sheet_id or "")
        ink.set_hidden(self._stroke_ids() if hide else set())

    def _transform(self) -> QTransform:
        dx = self._now[0] - self._start[0]
        dy = self._now[1] - self._start[1]
        if self._mode == "move":
            return QTransform.fromTranslate(dx, dy)
        if self._mode == "resize" and self._origin_bounds is not None:
            sx, sy = self._scale_factors()
            ox, oy = self._origin_bounds[0], self._origin_bounds[1]
            return QTransform(sx, 0, 0, sy, ox - ox * sx, oy - oy * sy)
        return QTransform()

    def _scale_factors(self) -> tuple[float, float]:
        b = self._origin_bounds or (0.0, 0.0, 1.0, 1.0)
        w = max(b[2] - b[0], 1e-3)
        h = max(b[3] - b[1], 1e-3)
        sx = max(0.05, (b[2] - b[0] + self._now[0] - self._start[0]) / w)
        sy = max(0.05, (b[3] - b[1] + self._now[1] - self._start[1]) / h)
        return sx, sy

    def move(self, x: float, y: float, pressure: float) -> None:
        if not self.active:
            return
        self._now = (x, y)
        if self._mode in ("move", "resize"):
            t = self._transform()
            doc = self.host.session.document
            scene = self.host.canvas_scene()
            for object_id in self.selection:
                item = scene.item_for(object_id)
                if item is not None and object_id in doc:
                    obj = doc.get(object_id)
                    item.setPos(t.map(QPointF(obj.x, obj.y)))
        self.host.canvas_scene().update()

    def release(self, x: float, y: float, pressure: float) -> None:
        if not self.active:
            return
        self.move(x, y, pressure)
        self.active = False
        session = self.host.session
        dx = self._now[0] - self._start[0]
        dy = self._now[1] - self._start[1]
        moved = abs(dx) * self.host.zoom() >= 1 or abs(dy) * self.host.zoom() >= 1
        if self._mode == "band":
            self.selection = self._inside(self._band())
        elif self._mode == "move" and moved and self.selection:
            commands.run(session, sketch.move_objects, sorted(self.selection), dx, dy)
        elif self._mode == "resize" and moved and self._origin_bounds is not None:
            sx, sy = self._scale_factors()
            origin = (self._origin_bounds[0], self._origin_bounds[1])
            commands.run(session, sketch.scale_objects, sorted(self.selection), origin, sx, sy)
        self._mode = None
        self._hide_strokes(False)
        self.host.canvas_scene().update()

    def _band(self) -> Rect:
        (x0, y0), (x1, y1) = self._start, self._now
        return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))

    def _inside(self, band: Rect) -> set[str]:
        scene = self.host.canvas_scene()
        found = set(scene.ink(self._sheet_id or "").inside(band))
        doc = self.host.session.document
        sheet = doc.get(self._sheet_id or "")
        objects: list[Sticky | Label | Pin] = [*sheet.stickies, *sheet.labels, *sheet.pins]
        for obj in objects:
            if band[0] <= obj.x <= band[2] and band[1] <= obj.y <= band[3]:
                found.add(obj.id)
        return found

    def cancel(self) -> None:
        if self.active:
            self.active = False
            self._mode = None
            self._restore_items()
            self._hide_strokes(False)
        else:
            self.selection = set()
        self.host.canvas_scene().update()

    def _restore_items(self) -> None:
        doc = self.host.session.document
        scene = self.host.canvas_scene()
        for object_id in self.selection:
            item = scene.item_for(object_id)
            if item is not None and object_id in doc:
                obj = doc.get(object_id)
                item.setPos(obj.x, obj.y)

    def delete_selection(self) -> None:
        doc = self.host.session.document
        ids = [i for i in sorted(self.selection) if i in doc]
        self.selection = set()
        if ids:
            commands.run(self.host.session, sketch.delete_objects, ids)

    def forget_missing(self) -> None:
        """Drop ids that no longer exist (after an undo)."""
        doc = self.host.session.document
        self.selection = {i for i in self.selection if i in doc}

    def paint_preview(self, painter: QPainter) -> None:
        zoom = max(self.host.zoom(), 1e-6)
        if self.active and self._mode == "band":
            x0, y0, x1, y1 = self._band()
            painter.setPen(QPen(QColor("#0a64c8"), 0, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(10, 100, 200, 30))
            painter.drawRect(QRectF(x0, y0, x1 - x0, y1 - y0))
            return
        doc = self.host.session.document
        if self.active and self._mode in ("move", "resize"):
            painter.save()
            painter.setTransform(self._transform(), True)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for sid in self._stroke_ids():
                draw_stroke(painter, doc.get(sid))
            painter.restore()
        self.forget_missing()
        b = self.selection_bounds()
        if b is None:
            return
        if self.active:
            r = self._transform().mapRect(QRectF(b[0], b[1], b[2] - b[0], b[3] - b[1]))
        else:
            r = QRectF(b[0], b[1], b[2] - b[0], b[3] - b[1])
        painter.setPen(QPen(QColor("#0a64c8"), 0, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r)
        h = HANDLE_SCREEN / zoom
        painter.setBrush(QColor("#0a64c8"))
        painter.drawRect(QRectF(r.right() - h / 2, r.bottom() - h / 2, h, h))
