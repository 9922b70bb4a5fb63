"""Exact hit tests on a sheet's strokes: grid candidates, then the distance to the line per run.

Each stroke keeps the boxes of its runs of segments; they are prepared when the sheet is idle,
so the first eraser touch does not pay for them, and kept up to date as strokes change.
"""

from __future__ import annotations

import time
from array import array
from collections.abc import Callable

from ....domain import geometry
from ....domain.geometry import GridIndex
from ....domain.model import Stroke


class RunBoxes:
    """The run boxes of every stroke of one sheet, and the hit test that reads them."""

    def __init__(self) -> None:
        self._boxes: dict[str, array] = {}
        self._queue: list[str] = []

    def drop(self, stroke_id: str) -> None:
        self._boxes.pop(stroke_id, None)

    def keep_warm(self, stroke: Stroke, stroke_count: int) -> None:
        """Box a new or changed stroke at once when every other one is boxed already."""
        # once every stroke has its boxes, keep it so (no scan of all strokes per pen up)
        if len(self._boxes) == stroke_count - 1:
            self._boxes[stroke.id] = geometry.chunk_bounds(stroke.points)

    def pending(self, stroke_count: int) -> bool:
        return len(self._boxes) < stroke_count

    def warm(
        self, strokes: dict[str, Stroke], deadline: float, clock: Callable[[], float] = time.perf_counter
    ) -> None:
        """Box strokes that have no boxes yet, until ``deadline`` on ``clock``."""
        boxes = self._boxes
        queue = self._queue
        if not queue:
            queue.extend(sid for sid in strokes if sid not in boxes)
        while queue:
            sid = queue.pop()
            stroke = strokes.get(sid)
            if stroke is not None and sid not in boxes:
                boxes[sid] = geometry.chunk_bounds(stroke.points)
            if len(queue) % 256 == 0 and clock() >= deadline:
                return

    def hits(
        self,
        strokes: dict[str, Stroke],
        index: GridIndex,
        max_width: float,
        x: float,
        y: float,
        radius: float,
    ) -> list[str]:
        """Strokes under a disc at (x, y), in no particular order."""
        out = []
        all_boxes = self._boxes
        hits_chunk = geometry.hits_chunk
        for sid in index.near(x, y, radius + max_width / 2):
            stroke = strokes[sid]
            boxes = all_boxes.get(sid)
            if boxes is None:
                boxes = all_boxes[sid] = geometry.chunk_bounds(stroke.points)
            reach = radius + stroke.width / 2
            lo_x, hi_x, lo_y, hi_y = x - reach, x + reach, y - reach, y + reach
            # the run boxes inline: most candidates are rejected here without a call
            for c in range(0, len(boxes), 4):
                if (
                    boxes[c] <= hi_x
                    and boxes[c + 2] >= lo_x
                    and boxes[c + 1] <= hi_y
                    and boxes[c + 3] >= lo_y
                    and hits_chunk(stroke.points, c // 4, stroke.width, x, y, radius)
                ):
                    out.append(sid)
                    break
        return out
