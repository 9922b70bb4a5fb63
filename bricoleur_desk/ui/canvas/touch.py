"""Touch on the canvas: two fingers pinch-zoom and pan; one finger draws, unless a pen is in range."""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QTouchEvent

if TYPE_CHECKING:
    from .view import CanvasView

PEN_RANGE_SECONDS = 0.6  # touches this soon after pen input are a palm: ignored


class TouchGestures:
    """Turns a view's touch events into navigation or a one-finger gesture for the current tool."""

    def __init__(self, view: CanvasView) -> None:
        self.view = view
        self._drawing = False
        self._last: tuple[QPointF, float] | None = None

    def handle(self, event: QTouchEvent) -> None:
        """One touch event: two fingers navigate, one finger is a pen unless a real pen is near."""
        view = self.view
        points = [p for p in event.points() if p.state() != p.State.Released]
        pen_near = time.monotonic() - view.pen_seen_at < PEN_RANGE_SECONDS
        if len(points) >= 2:
            if self._drawing:
                view.tool.cancel()
                self._drawing = False
            a, b = points[0].position(), points[1].position()
            centre = (a + b) / 2
            spread = math.hypot(a.x() - b.x(), a.y() - b.y())
            if self._last is not None:
                last_centre, last_spread = self._last
                if last_spread > 0 and spread > 0:
                    view.zoom_by(spread / last_spread, centre)
                delta = centre - last_centre
                view.pan_pixels(delta.x(), delta.y())
            self._last = (centre, spread)
            return
        self._last = None
        if not view.interactive or pen_near:
            return  # the palm resting while the pen writes
        if event.type() == QEvent.Type.TouchBegin and event.points():
            p = view.mapToScene(event.points()[0].position().toPoint())
            self._drawing = True
            view.tool.press(p.x(), p.y(), 0.5)
        elif self._drawing and event.points():
            p = view.mapToScene(event.points()[0].position().toPoint())
            if event.type() in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                self._drawing = False
                if event.type() == QEvent.Type.TouchCancel:
                    view.tool.cancel()
                elif view.tool.active:
                    view.tool.release(p.x(), p.y(), 0.5)
            elif view.tool.active:
                view.tool.move(p.x(), p.y(), 0.5)
