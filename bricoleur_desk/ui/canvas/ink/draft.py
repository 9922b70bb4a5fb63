"""A draft of one view's ink: its strokes at the view's own scale, without antialiasing.

After a zoom onto a tile level that is not drawn yet, the antialiased tiles of the view take
seconds at 50,000 strokes (Qt strokes a 60-point line in 150-230 us here; the GIL keeps it on
one core). Drawn without antialiasing and with miter joins a stroke costs ~46 us, and once for
the whole view rather than per tile block: the 7,663 strokes of the benchmark's zoomed view in
0.40-0.54 s from the zoom (docs/PERFORMANCE.md). So
the view shows crisp (if jagged-edged) ink soon after a zoom, and the tiles replace the draft
as they are finished.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPolygonF, QRegion

from ....domain import geometry
from ....domain.geometry import Rect
from ....domain.model import Stroke
from ..pen import paint_strokes, stroke_painter
from .tiles import blank, qrect

DRAFT_CHUNK = 32  # strokes drawn between two looks at the clock (one painter per slice)


class Draft:
    """The strokes over ``view`` (scene coordinates) drawn at ``scale`` into one image."""

    def __init__(self, view: Rect, scale: float) -> None:
        self.view = view
        self.scale = scale
        self._todo: list[str] | None = None  # listed on the first slice, not in the paint
        self._image: QImage | None = None

    @property
    def ready(self) -> bool:
        return self._todo is not None and not self._todo

    def work(
        self,
        deadline: float,
        ids_in: Callable[[Rect], list[str]],
        strokes: dict[str, Stroke],
        polys: dict[str, QPolygonF],
        clock: Callable[[], float] = time.perf_counter,
    ) -> bool:
        """Draw on until ``deadline`` on ``clock``; True when the draft became ready."""
        if self._todo is None:
            self._todo = ids_in(self.view)
            width = math.ceil((self.view[2] - self.view[0]) * self.scale)
            height = math.ceil((self.view[3] - self.view[1]) * self.scale)
            self._image = blank(max(1, width), max(1, height))
        if self._todo:
            painter = self._painter()
            while self._todo and clock() < deadline:
                chunk = self._todo[:DRAFT_CHUNK]
                del self._todo[:DRAFT_CHUNK]
                paint_strokes(painter, [strokes[sid] for sid in chunk if sid in strokes], polys, True)
            painter.end()
        return not self._todo

    def add(self, stroke: Stroke, polys: dict[str, QPolygonF]) -> None:
        """A stroke drawn on top while the draft is shown (or still being drawn)."""
        if self._todo is None:
            return  # not started: the stroke is listed with the others
        if self._todo:
            self._todo.append(stroke.id)
        else:
            self._draw([stroke], polys)

    def fits(self, scale: float) -> bool:
        """Finished, and drawn at the scale being painted (a zoom since makes it useless)."""
        return self.ready and abs(scale - self.scale) <= 1e-9 * scale

    def covers(self, rect: Rect | None) -> bool:
        """True when the draft's image holds all of ``rect`` (scene coordinates)."""
        return rect is not None and self._image is not None and geometry.contains(self.view_of_image(), rect)

    def paint(self, painter: QPainter, clip: QRegion) -> None:
        """Paint the draft within ``clip`` (scene coordinates)."""
        assert self._image is not None
        painter.save()
        painter.setClipRegion(clip, Qt.ClipOperation.IntersectClip)
        painter.drawImage(QRectF(*qrect(self.view_of_image())), self._image)
        painter.restore()

    def view_of_image(self) -> Rect:
        """The scene rectangle the image covers (whole pixels at the draft's scale)."""
        assert self._image is not None
        x, y = self.view[0], self.view[1]
        return (x, y, x + self._image.width() / self.scale, y + self._image.height() / self.scale)

    def _draw(self, shown: list[Stroke], polys: dict[str, QPolygonF]) -> None:
        painter = self._painter()
        paint_strokes(painter, shown, polys, True)
        painter.end()

    def _painter(self) -> QPainter:
        assert self._image is not None
        offset = (-self.view[0] * self.scale, -self.view[1] * self.scale)
        return stroke_painter(self._image, offset, self.scale, draft=True)


class Drafts:
    """When a sheet shows a draft: a zoom of the lead view onto missing tiles starts one.

    Only a zoom starts one: a draft restarted at every step of a pan would never finish. It is
    dropped once the view's tiles are all there, or when strokes under it change.
    """

    def __init__(self) -> None:
        self.draft: Draft | None = None
        self._scale: float | None = None  # the scale the lead view last painted at

    def follow(self, view: Rect, scale: float, level: int, missing: Callable[[int, Rect], bool]) -> None:
        """The lead view painted ``view`` at ``scale`` (tile ``level``)."""
        zoomed = self._scale is not None and abs(scale - self._scale) > 1e-9 * scale
        self._scale = scale
        if self.draft is not None and not zoomed:
            if self.draft.ready and not missing(level, view):
                self.draft = None
            return
        self.draft = None
        if zoomed and level >= 1 and missing(level, view):
            self.draft = Draft(view, scale)

    def shown(self, scale: float) -> Draft | None:
        """The finished draft, if it was drawn at ``scale``."""
        return self.draft if self.draft is not None and self.draft.fits(scale) else None

    def stroke_added(self, stroke: Stroke, rect: Rect, polys: dict[str, QPolygonF]) -> None:
        if self.draft is not None and geometry.intersects(rect, self.draft.view):
            self.draft.add(stroke, polys)

    def drop_over(self, rect: Rect) -> None:
        if self.draft is not None and geometry.intersects(rect, self.draft.view):
            self.draft = None
