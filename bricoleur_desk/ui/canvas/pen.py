"""Painting one stroke: its polygon (built fast from the packed points), pen and colour."""

from __future__ import annotations

import struct
import sys
from array import array

from PySide6.QtCore import QByteArray, QDataStream, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF

from ...domain import ink_style
from ...domain.model import Stroke, StrokeTool


def polygon(points: array) -> QPolygonF:
    """A QPolygonF from flat x, y, pressure floats, read in one go through QDataStream."""
    n = len(points) // 3
    xy = array("d", bytes(16 * n))
    xy[0::2] = array("d", points[0::3])
    xy[1::2] = array("d", points[1::3])
    if sys.byteorder == "little":
        xy.byteswap()  # QDataStream is big-endian
    stream = QDataStream(QByteArray(struct.pack(">I", n) + xy.tobytes()))
    poly = QPolygonF()
    stream >> poly
    return poly


def stroke_pen(stroke: Stroke, scale: float = 1.0, draft: bool = False) -> QPen:
    """The stroke's pen; a ``draft`` joins its segments with miters (~40 % cheaper than round)."""
    return ink_pen(stroke.color, stroke.width, stroke.tool, draft)


def ink_pen(color_name: str, width: float, tool: StrokeTool, draft: bool = False) -> QPen:
    """A pen for ink of ``tool`` in ``color_name``, with the tool's opacity (domain.ink_style)."""
    color = QColor(color_name)
    opacity = ink_style.opacity(tool)
    if opacity < 1.0:
        color.setAlphaF(color.alphaF() * opacity)
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin if draft else Qt.PenJoinStyle.RoundJoin)
    return pen


def draw_stroke(painter: QPainter, stroke: Stroke, poly: QPolygonF | None = None) -> None:
    """Draw one stroke (in scene coordinates) with its colour, width and tool."""
    painter.setPen(stroke_pen(stroke))
    if stroke.point_count() == 1:
        painter.drawPoint(stroke.points[0], stroke.points[1])
    else:
        painter.drawPolyline(poly if poly is not None else polygon(stroke.points))


def draw_strokes(
    image: QImage,
    offset: tuple[float, float],
    scale: float,
    strokes: list[Stroke],
    polys: dict[str, QPolygonF],
    draft: bool = False,
) -> None:
    """Draw strokes, in order, onto an image showing the scene scaled then shifted by ``offset``.

    ``polys`` caches each stroke's polygon by id. A ``draft`` is drawn without antialiasing and
    with miter joins: a quarter of the cost.
    """
    painter = stroke_painter(image, offset, scale, draft)
    paint_strokes(painter, strokes, polys, draft)
    painter.end()


def stroke_painter(image: QImage, offset: tuple[float, float], scale: float, draft: bool = False) -> QPainter:
    """A painter on ``image`` showing the scene scaled then shifted by ``offset``."""
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, not draft)
    painter.translate(*offset)
    painter.scale(scale, scale)
    return painter


def paint_strokes(painter: QPainter, strokes: list[Stroke], polys: dict[str, QPolygonF], draft: bool) -> None:
    """Strokes in order; ink that lies under (highlighter) goes under the ink drawn before it.

    The pen is set once per run of strokes that look alike, not per stroke.
    """
    look = None
    for stroke in strokes:
        poly = polys.get(stroke.id)
        if poly is None:
            poly = polys[stroke.id] = polygon(stroke.points)
        if (stroke.color, stroke.width, stroke.tool) != look:
            look = (stroke.color, stroke.width, stroke.tool)
            painter.setPen(stroke_pen(stroke, draft=draft))
            painter.setCompositionMode(
                QPainter.CompositionMode.CompositionMode_DestinationOver
                if ink_style.lies_under(stroke.tool)
                else QPainter.CompositionMode.CompositionMode_SourceOver
            )
        if len(stroke.points) == 3:
            painter.drawPoint(QPointF(stroke.points[0], stroke.points[1]))
        else:
            painter.drawPolyline(poly)
