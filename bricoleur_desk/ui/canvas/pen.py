"""Painting one stroke: its polygon (built fast from the packed points), pen and colour."""

from __future__ import annotations

import struct
import sys
from array import array

from PySide6.QtCore import QByteArray, QDataStream, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from ...domain.model import Stroke, StrokeTool

HIGHLIGHTER_ALPHA = 90


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


def stroke_pen(stroke: Stroke, scale: float = 1.0) -> QPen:
    color = QColor(stroke.color)
    if stroke.tool == StrokeTool.HIGHLIGHTER:
        color.setAlpha(HIGHLIGHTER_ALPHA)
    pen = QPen(color, stroke.width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def draw_stroke(painter: QPainter, stroke: Stroke, poly: QPolygonF | None = None) -> None:
    """Draw one stroke (in scene coordinates) with its colour, width and tool."""
    painter.setPen(stroke_pen(stroke))
    if stroke.point_count() == 1:
        painter.drawPoint(stroke.points[0], stroke.points[1])
    else:
        painter.drawPolyline(poly if poly is not None else polygon(stroke.points))
