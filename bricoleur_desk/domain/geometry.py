"""Plane geometry for sketches: distances, hit tests, erasing, smoothing, simplifying, a grid index.

Pure Python on flat ``array('f')`` point lists (x, y, pressure, x, y, ...), as strokes store them.
Nothing here knows about Qt; the canvas and the report both use it.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Iterator

Rect = tuple[float, float, float, float]  # (min_x, min_y, max_x, max_y)


def segment_distance(px: float, py: float, ax: float, ay: float, bx: float, by: float) -> float:
    """Distance from point p to the segment a-b."""
    dx = bx - ax
    dy = by - ay
    length2 = dx * dx + dy * dy
    if length2 == 0.0:
        return math.hypot(px - ax, py - ay)
    t = ((px - ax) * dx + (py - ay) * dy) / length2
    t = 0.0 if t < 0.0 else 1.0 if t > 1.0 else t
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def polyline_distance(points: array, px: float, py: float, within: float = math.inf) -> float:
    """Distance from (px, py) to the polyline through ``points`` (flat x, y, pressure).

    Segments that lie wholly further than ``within`` on one axis are skipped cheaply, so asking
    "is it closer than r?" costs a few comparisons per far segment.
    """
    n = len(points)
    if n < 3:
        return math.inf
    best = math.inf
    ax = points[0]
    ay = points[1]
    if n == 3:
        return math.hypot(px - ax, py - ay)
    lo_x = px - within
    hi_x = px + within
    lo_y = py - within
    hi_y = py + within
    for i in range(3, n, 3):
        bx = points[i]
        by = points[i + 1]
        if not (
            (ax < lo_x and bx < lo_x)
            or (ax > hi_x and bx > hi_x)
            or (ay < lo_y and by < lo_y)
            or (ay > hi_y and by > hi_y)
        ):
            d = segment_distance(px, py, ax, ay, bx, by)
            if d < best:
                best = d
                if best == 0.0:
                    return 0.0
        ax = bx
        ay = by
    return best


def hits_polyline(points: array, width: float, px: float, py: float, radius: float) -> bool:
    """True when a circle of ``radius`` at (px, py) touches the drawn line (its width counted)."""
    reach = radius + width / 2.0
    return polyline_distance(points, px, py, reach) <= reach


CHUNK = 8  # segments per chunk of a stroke's outline index


def chunk_bounds(points: array, size: int = CHUNK) -> array:
    """Bounding boxes (min_x, min_y, max_x, max_y, ...) of runs of ``size`` segments.

    A stroke's own box covers its bends; these small boxes let a hit test skip the segments
    that are nowhere near the point, so only a few exact distances are computed.
    """
    out = array("f")
    n = len(points) // 3
    xs = points[0::3]
    ys = points[1::3]
    for start in range(0, max(n - 1, 1), size):
        end = min(start + size + 1, n)
        cx = xs[start:end]
        cy = ys[start:end]
        out.extend((min(cx), min(cy), max(cx), max(cy)))
    return out


def hits_chunked(
    points: array, chunks: array, width: float, px: float, py: float, radius: float, size: int = CHUNK
) -> bool:
    """Like :func:`hits_polyline`, testing only the runs of segments whose box is within reach."""
    reach = radius + width / 2.0
    if len(points) // 3 == 1:
        return math.hypot(px - points[0], py - points[1]) <= reach
    for c in range(0, len(chunks), 4):
        if (
            chunks[c] - reach <= px <= chunks[c + 2] + reach
            and chunks[c + 1] - reach <= py <= chunks[c + 3] + reach
            and hits_chunk(points, c // 4, width, px, py, radius, size)
        ):
            return True
    return False


def hits_chunk(
    points: array, chunk: int, width: float, px: float, py: float, radius: float, size: int = CHUNK
) -> bool:
    """True when the disc touches one of the segments of run number ``chunk``."""
    reach = radius + width / 2.0
    n = len(points) // 3
    if n == 1:
        return math.hypot(px - points[0], py - points[1]) <= reach
    # the segment distance written out (no call per segment): this is the eraser's inner loop
    reach2 = reach * reach
    lo_x, hi_x, lo_y, hi_y = px - reach, px + reach, py - reach, py + reach
    start = chunk * size
    j = 3 * start
    ax = points[j]
    ay = points[j + 1]
    for j in range(3 * start + 3, 3 * min(start + size, n - 1) + 3, 3):
        bx = points[j]
        by = points[j + 1]
        if not (
            (ax < lo_x and bx < lo_x)
            or (ax > hi_x and bx > hi_x)
            or (ay < lo_y and by < lo_y)
            or (ay > hi_y and by > hi_y)
        ):
            dx = bx - ax
            dy = by - ay
            length2 = dx * dx + dy * dy
            t = 0.0 if length2 == 0.0 else ((px - ax) * dx + (py - ay) * dy) / length2
            t = 0.0 if t < 0.0 else 1.0 if t > 1.0 else t
            ex = px - ax - t * dx
            ey = py - ay - t * dy
            if ex * ex + ey * ey <= reach2:
                return True
        ax = bx
        ay = by
    return False


def bounds(points: array) -> Rect:
    """(min_x, min_y, max_x, max_y) of the points' centre line."""
    xs = points[0::3]
    ys = points[1::3]
    if not xs:
        return (0.0, 0.0, 0.0, 0.0)
    return (min(xs), min(ys), max(xs), max(ys))


def inflate(rect: Rect, margin: float) -> Rect:
    return (rect[0] - margin, rect[1] - margin, rect[2] + margin, rect[3] + margin)


def intersects(a: Rect, b: Rect) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def intersection(a: Rect, b: Rect) -> Rect | None:
    """The overlap of two rectangles, or None when they do not meet."""
    if not intersects(a, b):
        return None
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


def contains(outer: Rect, inner: Rect) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def split_outside_circle(points: array, cx: float, cy: float, radius: float) -> list[array]:
    """The pieces of a polyline left after erasing a disc; each piece keeps >= 2 points.

    Segments crossing the circle are cut at the crossing, so the ink stops at the eraser's edge.
    """
    n = len(points) // 3
    pieces: list[array] = []
    current = array("f")
    r2 = radius * radius

    def inside(i: int) -> bool:
        dx = points[3 * i] - cx
        dy = points[3 * i + 1] - cy
        return dx * dx + dy * dy <= r2

    def flush() -> None:
        nonlocal current
        if len(current) >= 6:
            pieces.append(current)
        current = array("f")

    for i in range(n):
        x, y, p = points[3 * i], points[3 * i + 1], points[3 * i + 2]
        here_in = inside(i)
        if i > 0:
            x0, y0, p0 = points[3 * i - 3], points[3 * i - 2], points[3 * i - 1]
            prev_in = inside(i - 1)
            for t in _circle_crossings(x0, y0, x, y, cx, cy, radius):
                # crossing into or out of the disc along the segment
                cross = (x0 + t * (x - x0), y0 + t * (y - y0), p0 + t * (p - p0))
                if not prev_in:
                    current.extend(cross)
                    flush()
                    prev_in = True
                else:
                    current.extend(cross)
                    prev_in = False
        if not here_in:
            current.extend((x, y, p))
        else:
            flush()
    flush()
    return pieces


def _circle_crossings(
    ax: float, ay: float, bx: float, by: float, cx: float, cy: float, r: float
) -> list[float]:
    dx = bx - ax
    dy = by - ay
    fx = ax - cx
    fy = ay - cy
    a = dx * dx + dy * dy
    if a == 0.0:
        return []
    b = 2 * (fx * dx + fy * dy)
    c = fx * fx + fy * fy - r * r
    disc = b * b - 4 * a * c
    if disc <= 0.0:
        return []
    root = math.sqrt(disc)
    ts = [(-b - root) / (2 * a), (-b + root) / (2 * a)]
    return [t for t in ts if 0.0 < t < 1.0]


def smooth(points: array, strength: float = 0.5) -> array:
    """Exponential smoothing along the line (ends kept) so shaky handwriting stays readable."""
    n = len(points) // 3
    if n < 3 or strength <= 0.0:
        return array("f", points)
    keep = 1.0 - min(strength, 0.95)
    out = array("f", points)
    sx, sy = points[0], points[1]
    for i in range(1, n - 1):
        sx += keep * (points[3 * i] - sx)
        sy += keep * (points[3 * i + 1] - sy)
        out[3 * i] = sx
        out[3 * i + 1] = sy
    return out


def simplify(points: array, tolerance: float = 0.5) -> array:
    """Douglas-Peucker: drop points closer than ``tolerance`` to the simplified line."""
    n = len(points) // 3
    if n <= 2:
        return array("f", points)
    keep = bytearray(n)
    keep[0] = keep[n - 1] = 1
    stack = [(0, n - 1)]
    while stack:
        first, last = stack.pop()
        ax, ay = points[3 * first], points[3 * first + 1]
        bx, by = points[3 * last], points[3 * last + 1]
        worst = -1.0
        index = -1
        for i in range(first + 1, last):
            d = segment_distance(points[3 * i], points[3 * i + 1], ax, ay, bx, by)
            if d > worst:
                worst = d
                index = i
        if worst > tolerance:
            keep[index] = 1
            stack.append((first, index))
            stack.append((index, last))
    out = array("f")
    for i in range(n):
        if keep[i]:
            out.extend(points[3 * i : 3 * i + 3])
    return out


def translate(points: array, dx: float, dy: float) -> array:
    """The points moved by (dx, dy)."""
    out = array("f", points)
    for i in range(0, len(out), 3):
        out[i] += dx
        out[i + 1] += dy
    return out


def scale_about(points: array, ox: float, oy: float, sx: float, sy: float) -> array:
    """The points scaled by (sx, sy) about the origin (ox, oy)."""
    out = array("f", points)
    for i in range(0, len(out), 3):
        out[i] = ox + (out[i] - ox) * sx
        out[i + 1] = oy + (out[i + 1] - oy) * sy
    return out


# -- shapes, stored as ordinary polylines so every reader (JSON, report) can draw them --------


def _flat(xy: Iterable[tuple[float, float]], pressure: float = 0.5) -> array:
    out = array("f")
    for x, y in xy:
        out.extend((x, y, pressure))
    return out


def line_points(x0: float, y0: float, x1: float, y1: float) -> array:
    return _flat([(x0, y0), (x1, y1)])


def arrow_points(x0: float, y0: float, x1: float, y1: float, head: float = 18.0) -> array:
    """A line with its head drawn as one polyline: tail, tip, one barb, tip, other barb."""
    angle = math.atan2(y1 - y0, x1 - x0)
    spread = math.radians(28)
    left = (x1 - head * math.cos(angle - spread), y1 - head * math.sin(angle - spread))
    right = (x1 - head * math.cos(angle + spread), y1 - head * math.sin(angle + spread))
    return _flat([(x0, y0), (x1, y1), left, (x1, y1), right])


def rectangle_points(x0: float, y0: float, x1: float, y1: float) -> array:
    return _flat([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)])


def ellipse_points(x0: float, y0: float, x1: float, y1: float, segments: int = 48) -> array:
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    rx, ry = abs(x1 - x0) / 2, abs(y1 - y0) / 2
    step = 2 * math.pi / segments
    return _flat([(cx + rx * math.cos(i * step), cy + ry * math.sin(i * step)) for i in range(segments + 1)])


class GridIndex:
    """A uniform grid of cells mapping to the ids whose bounding boxes overlap them.

    Finding candidates near a point costs one dictionary lookup, whatever the number of ids.
    """

    def __init__(self, cell: float = 64.0, margin: float = 0.0) -> None:
        self.cell = cell
        # boxes are filed grown by ``margin``: a point query reaching no further reads one cell
        self.margin = margin
        self._cells: dict[tuple[int, int], set[str]] = {}
        self._bounds: dict[str, Rect] = {}

    def __len__(self) -> int:
        return len(self._bounds)

    def __contains__(self, key: str) -> bool:
        return key in self._bounds

    def bounds_of(self, key: str) -> Rect:
        return self._bounds[key]

    def _cells_of(self, rect: Rect, margin: float = 0.0) -> Iterator[tuple[int, int]]:
        c = self.cell
        for gx in range(math.floor((rect[0] - margin) / c), math.floor((rect[2] + margin) / c) + 1):
            for gy in range(math.floor((rect[1] - margin) / c), math.floor((rect[3] + margin) / c) + 1):
                yield (gx, gy)

    def insert(self, key: str, rect: Rect) -> None:
        if key in self._bounds:
            self.remove(key)
        self._bounds[key] = rect
        cells = self._cells
        c = self.cell
        m = self.margin
        x0, x1 = math.floor((rect[0] - m) / c), math.floor((rect[2] + m) / c) + 1
        y0, y1 = math.floor((rect[1] - m) / c), math.floor((rect[3] + m) / c) + 1
        for gx in range(x0, x1):
            for gy in range(y0, y1):
                bucket = cells.get((gx, gy))
                if bucket is None:
                    cells[(gx, gy)] = {key}
                else:
                    bucket.add(key)

    def remove(self, key: str) -> None:
        rect = self._bounds.pop(key, None)
        if rect is None:
            return
        for cell in self._cells_of(rect, self.margin):
            bucket = self._cells.get(cell)
            if bucket is not None:
                bucket.discard(key)
                if not bucket:
                    del self._cells[cell]

    def near(self, x: float, y: float, reach: float) -> list[str]:
        """Ids whose bounding box, grown by ``reach``, contains (x, y)."""
        c = self.cell
        b = self._bounds
        lo_x, hi_x, lo_y, hi_y = x - reach, x + reach, y - reach, y + reach
        if reach <= self.margin:
            bucket = self._cells.get((math.floor(x / c), math.floor(y / c)), ())
            return [
                k for k in bucket if (r := b[k])[0] <= hi_x and r[2] >= lo_x and r[1] <= hi_y and r[3] >= lo_y
            ]
        cells = [
            bucket
            for gx in range(math.floor(lo_x / c), math.floor(hi_x / c) + 1)
            for gy in range(math.floor(lo_y / c), math.floor(hi_y / c) + 1)
            if (bucket := self._cells.get((gx, gy)))
        ]
        found = [
            k
            for bucket in cells
            for k in bucket
            if (r := b[k])[0] <= hi_x and r[2] >= lo_x and r[1] <= hi_y and r[3] >= lo_y
        ]
        return found if len(cells) <= 1 else list(dict.fromkeys(found))

    def any_overlapping(self, rect: Rect) -> bool:
        """True when some id's bounding box overlaps ``rect`` (stops at the first)."""
        b = self._bounds
        cells = self._cells
        c = self.cell
        if (rect[2] - rect[0]) * (rect[3] - rect[1]) / (c * c) > len(cells):
            buckets = iter(cells.values())
        else:
            buckets = (cells[cell] for cell in self._cells_of(rect) if cell in cells)
        for bucket in buckets:
            for k in bucket:
                if intersects(b[k], rect):
                    return True
        return False

    def overlapping(self, rect: Rect) -> set[str]:
        """Ids whose bounding box overlaps ``rect``."""
        found: set[str] = set()
        cells = self._cells
        c = self.cell
        span = (rect[2] - rect[0]) * (rect[3] - rect[1]) / (c * c)
        if span > len(cells):
            # a huge rectangle: walking the occupied cells is cheaper than walking the area
            for bucket in cells.values():
                found.update(bucket)
        else:
            for cell in self._cells_of(rect):
                bucket = cells.get(cell)
                if bucket:
                    found.update(bucket)
        b = self._bounds
        return {k for k in found if intersects(b[k], rect)}
