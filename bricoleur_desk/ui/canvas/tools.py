"""Drawing tools: each previews its gesture and commits one edit on release; Esc cancels.

Tools work in scene coordinates and talk to their host view through :class:`ToolHost`; the
preview is painted by the scene (so the projector shows the line as it is drawn).
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from ...domain import geometry, ink_style
from ...domain.model import Sheet, StrokeTool
from ...workspace import commands, sketch, undo_steps
from .pen import ink_pen, polygon

if TYPE_CHECKING:
    from ...workspace.session import DossierSession
    from .scene import CanvasScene

ERASER_SCREEN_RADIUS = 10.0  # px on screen, whatever the zoom


class ToolHost(Protocol):
    session: DossierSession
    color: str
    width: float
    eraser_partial: bool

    def canvas_scene(self) -> CanvasScene: ...
    def drawable_sheet(self) -> Sheet | None: ...
    def zoom(self) -> float: ...
    def pin_clicked(self, note_id: str) -> None: ...
    def note_for_pin(self) -> str | None: ...


def pressure_width(width: float, pressures: array) -> float:
    """Stroke width from the pen's pressure: mean 0.5 (a mouse) keeps the chosen width."""
    if not pressures:
        return width
    mean = sum(pressures) / len(pressures)
    return round(width * (0.4 + 1.2 * mean), 2)


class Tool:
    """A tool with no gesture in progress does nothing; subclasses fill in the steps."""

    name = "tool"
    cursor = Qt.CursorShape.CrossCursor
    active = False
    pauses_work = False  # True: background tile drawing waits while the gesture is in progress

    def __init__(self, host: ToolHost) -> None:
        self.host = host

    def press(self, x: float, y: float, pressure: float) -> None: ...
    def move(self, x: float, y: float, pressure: float) -> None: ...
    def release(self, x: float, y: float, pressure: float) -> None: ...

    def cancel(self) -> None:
        self.active = False
        self.host.canvas_scene().update()

    def paint_preview(self, painter: QPainter) -> None: ...


class PenTool(Tool):
    """Freehand ink; the highlighter is the same tool with wide translucent ink under the pen."""

    name = "pen"
    pauses_work = True

    def __init__(self, host: ToolHost, kind: StrokeTool = StrokeTool.PEN) -> None:
        super().__init__(host)
        self.kind = kind
        self.name = kind.value
        self._points = array("f")
        self._poly = QPolygonF()
        self._sheet_id: str | None = None

    def _width(self) -> float:
        return ink_style.drawn_width(self.kind, self.host.width)

    def press(self, x: float, y: float, pressure: float) -> None:
        sheet = self.host.drawable_sheet()
        if sheet is None:
            return
        self._sheet_id = sheet.id
        self.active = True
        self._points = array("f", (x, y, pressure))
        self._poly = QPolygonF([QPointF(x, y)])
        self._refresh(x, y, x, y)

    def move(self, x: float, y: float, pressure: float) -> None:
        if not self.active:
            return
        last = self._poly.last()
        if last.x() == x and last.y() == y:
            return
        self._points.extend((x, y, pressure))
        self._poly.append(QPointF(x, y))
        self._refresh(last.x(), last.y(), x, y)

    def _refresh(self, x0: float, y0: float, x1: float, y1: float) -> None:
        pad = self._width() * 1.5 + 2
        self.host.canvas_scene().update(
            QRectF(min(x0, x1) - pad, min(y0, y1) - pad, abs(x1 - x0) + 2 * pad, abs(y1 - y0) + 2 * pad)
        )

    def release(self, x: float, y: float, pressure: float) -> None:
        if not self.active:
            return
        self.move(x, y, pressure)
        self.active = False
        points = sketch.finish_points(self._points)
        width = pressure_width(self._width(), self._points[2::3])
        self._poly = QPolygonF()
        if self._sheet_id is not None and self._sheet_id in self.host.session.document:
            commands.create(
                self.host.session,
                sketch.add_stroke,
                self._sheet_id,
                points,
                self.kind,
                self.host.color,
                width,
            )

    def cancel(self) -> None:
        if self.active:
            rect = self._poly.boundingRect()
            self._poly = QPolygonF()
            self.active = False
            pad = self._width() + 2
            self.host.canvas_scene().update(rect.adjusted(-pad, -pad, pad, pad))

    def paint_preview(self, painter: QPainter) -> None:
        if not self.active or self._poly.isEmpty():
            return
        pen = ink_pen(self.host.color, pressure_width(self._width(), self._points[2::3]), self.kind)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        if self._poly.size() == 1:
            painter.drawPoint(self._poly.first())
        else:
            painter.drawPolyline(self._poly)


SHAPES = {
    "line": geometry.line_points,
    "arrow": geometry.arrow_points,
    "rectangle": geometry.rectangle_points,
    "ellipse": geometry.ellipse_points,
}


class ShapeTool(Tool):
    """Line, arrow, rectangle or ellipse from press to release, stored as a pen polyline."""

    pauses_work = True

    def __init__(self, host: ToolHost, shape: str) -> None:
        super().__init__(host)
        self.name = shape
        self._make = SHAPES[shape]
        self._start = (0.0, 0.0)
        self._end = (0.0, 0.0)
        self._sheet_id: str | None = None

    def _points(self) -> array:
        if self.name == "arrow":
            return geometry.arrow_points(*self._start, *self._end, head=max(12.0, self.host.width * 5))
        return self._make(*self._start, *self._end)

    def press(self, x: float, y: float, pressure: float) -> None:
        sheet = self.host.drawable_sheet()
        if sheet is None:
            return
        self._sheet_id = sheet.id
        self.active = True
        self._start = self._end = (x, y)

    def move(self, x: float, y: float, pressure: float) -> None:
        if self.active:
            old = self._bounds()
            self._end = (x, y)
            self.host.canvas_scene().update(old.united(self._bounds()))

    def _bounds(self) -> QRectF:
        x0, y0, x1, y1 = geometry.bounds(self._points())
        pad = self.host.width * 6 + 4
        return QRectF(x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad)

    def release(self, x: float, y: float, pressure: float) -> None:
        if not self.active:
            return
        self.move(x, y, pressure)
        self.active = False
        self.host.canvas_scene().update(self._bounds())
        big_enough = (
            max(abs(self._end[0] - self._start[0]), abs(self._end[1] - self._start[1])) * self.host.zoom()
            >= 3
        )
        if big_enough and self._sheet_id is not None:
            commands.create(
                self.host.session,
                sketch.add_stroke,
                self._sheet_id,
                self._points(),
                StrokeTool.PEN,
                self.host.color,
                self.host.width,
                label=undo_steps.SHAPES[self.name],
            )

    def cancel(self) -> None:
        if self.active:
            self.active = False
            self.host.canvas_scene().update(self._bounds())

    def paint_preview(self, painter: QPainter) -> None:
        if not self.active:
            return
        pen = QPen(QColor(self.host.color), self.host.width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.drawPolyline(polygon(self._points()))


class EraserTool(Tool):
    """Erases whole strokes it touches, or (partial mode) only the ink under it."""

    name = "eraser"

    def __init__(self, host: ToolHost) -> None:
        super().__init__(host)
        self._sheet_id: str | None = None
        self._whole: set[str] = set()
        self._pieces: dict[str, list[array]] = {}
        self._last = (0.0, 0.0)
        self._at = (0.0, 0.0)

    def _radius(self) -> float:
        return ERASER_SCREEN_RADIUS / max(self.host.zoom(), 1e-6)

    def press(self, x: float, y: float, pressure: float) -> None:
        sheet = self.host.drawable_sheet()
        if sheet is None:
            return
        self._sheet_id = sheet.id
        self._whole = set()
        self._pieces = {}
        self.active = True
        self._last = (x, y)
        self._erase_at(x, y)

    def move(self, x: float, y: float, pressure: float) -> None:
        if not self.active:
            return
        # sample the path so a quick swipe does not jump over thin lines
        r = self._radius()
        lx, ly = self._last
        steps = max(1, int(((x - lx) ** 2 + (y - ly) ** 2) ** 0.5 / r))
        for i in range(1, steps + 1):
            self._erase_at(lx + (x - lx) * i / steps, ly + (y - ly) * i / steps)
        self._last = (x, y)

    def _erase_at(self, x: float, y: float) -> None:
        scene = self.host.canvas_scene()
        ink = scene.ink(self._sheet_id or "")
        r = self._radius()
        old_at = self._at
        self._at = (x, y)
        hits = ink.hits(x, y, r)
        if self.host.eraser_partial:
            for sid in hits:
                current = self._pieces.get(sid, [ink.strokes[sid].points])
                self._pieces[sid] = [
                    p for part in current for p in geometry.split_outside_circle(part, x, y, r)
                ]
            if hits:
                ink.set_hidden(set(self._pieces))
        elif not set(hits) <= self._whole:
            self._whole |= set(hits)
            ink.set_hidden(set(self._whole))
        pad = r + 2
        scene.update(
            QRectF(
                min(old_at[0], x) - pad,
                min(old_at[1], y) - pad,
                abs(x - old_at[0]) + 2 * pad,
                abs(y - old_at[1]) + 2 * pad,
            )
        )
        for sid in hits:
            rect = ink.rect_of(sid)
            if rect is not None:
                scene.update(QRectF(rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1]))

    def release(self, x: float, y: float, pressure: float) -> None:
        if not self.active:
            return
        self.move(x, y, pressure)
        self.active = False
        session = self.host.session
        if self.host.eraser_partial and self._pieces:
            commands.run(session, sketch.erase_partially, self._pieces)
        elif self._whole:
            commands.run(session, sketch.erase_strokes, sorted(self._whole))
        self._pieces = {}
        self._whole = set()
        self.host.canvas_scene().update()

    def cancel(self) -> None:
        if self.active:
            self.active = False
            self.host.canvas_scene().ink(self._sheet_id or "").set_hidden(set())
            self._pieces = {}
            self._whole = set()
            self.host.canvas_scene().update()

    def paint_preview(self, painter: QPainter) -> None:
        if not self.active:
            return
        scene = self.host.canvas_scene()
        ink = scene.ink(self._sheet_id or "")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for sid, parts in self._pieces.items():
            stroke = ink.strokes.get(sid)
            if stroke is None:
                continue
            pen = QPen(QColor(stroke.color), stroke.width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            for part in parts:
                painter.drawPolyline(polygon(part))
        r = self._radius()
        painter.setPen(QPen(QColor(0, 0, 0, 150), 0))
        painter.setBrush(QColor(255, 255, 255, 90))
        painter.drawEllipse(QPointF(*self._at), r, r)


class StickyTool(Tool):
    """One click places a sticky note, and typing goes straight into it."""

    name = "sticky"

    def press(self, x: float, y: float, pressure: float) -> None:
        sheet = self.host.drawable_sheet()
        if sheet is None:
            return
        sticky_id = commands.create(self.host.session, sketch.add_sticky, sheet.id, x, y)
        item = self.host.canvas_scene().item_for(sticky_id or "")
        if item is not None:
            item.text.start_editing()  # type: ignore[attr-defined]


class LabelTool(Tool):
    """One click starts a text label at that spot."""

    name = "text"
    cursor = Qt.CursorShape.IBeamCursor

    def press(self, x: float, y: float, pressure: float) -> None:
        sheet = self.host.drawable_sheet()
        if sheet is None:
            return
        size = max(18.0, self.host.width * 6)
        self.host.canvas_scene().start_label(sheet.id, x, y, self.host.color, size).start_editing()


class PinTool(Tool):
    """A click on a pin selects its note; a click elsewhere pins the current note there."""

    name = "pin"

    def press(self, x: float, y: float, pressure: float) -> None:
        scene = self.host.canvas_scene()
        for pin in scene.pin_items():
            if pin.isVisible() and pin.contains(pin.mapFromScene(QPointF(x, y))):
                self.host.pin_clicked(pin.note_id)
                return
        sheet = self.host.drawable_sheet()
        note_id = self.host.note_for_pin() if sheet is not None else None
        if sheet is not None and note_id is not None:
            commands.create(self.host.session, sketch.add_pin, sheet.id, note_id, x, y)
