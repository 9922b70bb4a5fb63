"""Pen strokes as a PDF content stream, written fast enough for 40,000 strokes a report.

reportlab's path objects cost microseconds per point; here each stroke goes through Pillow's
C path code (transform to print units, drop points closer than ~0.3 pt) and one ``%``
format per stroke, and each sheet becomes one Form XObject compressed once.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable
from functools import lru_cache

from PIL import ImagePath
from reportlab.lib import colors
from reportlab.pdfbase import pdfdoc

from ..domain.model import Stroke

GRID = 0.2  # pt per integer unit in the stream: rounding moves a point at most 0.1 pt
MIN_STEP = 0.3  # pt: points closer than this to the previous kept point are dropped


@lru_cache(maxsize=512)  # strokes have a few hundred distinct lengths; bounded memory all the same
def _format_for(count: int) -> str:
    return "%d %d m " + "%d %d l " * (count - 1) + "S\n"


def _rgb(color: str) -> str:
    try:
        c = colors.HexColor(color)
    except (ValueError, TypeError):
        c = colors.black
    return f"{c.red:.3f} {c.green:.3f} {c.blue:.3f} RG"


def stroke_operators(strokes: Iterable[Stroke], scale: float, height: float) -> tuple[str, int, int]:
    """Operators for ``strokes`` in GRID units (y flipped); returns (stream text, points in, points out)."""
    factor = scale / GRID
    matrix = (factor, 0.0, 0.0, 0.0, -factor, height * factor)
    step = MIN_STEP / GRID
    parts: list[str] = []
    style = None
    points_in = points_out = 0
    for stroke in strokes:
        pts = stroke.points
        n = len(pts) // 3
        if n == 0:
            continue
        width = stroke.width  # stored as drawn (see domain.ink_style): no factor here
        key = (stroke.color, width)
        if key != style:
            style = key
            parts.append(f"{_rgb(stroke.color)} {max(width * factor, 1.0):.1f} w\n")
        xy = array("f", bytes(8 * n))
        xy[0::2] = pts[0::3]
        xy[1::2] = pts[1::3]
        path = ImagePath.Path(xy)
        path.transform(matrix)
        path.compact(step)
        flat = path.tolist(True)
        m = len(flat) // 2
        if m == 1:  # a dot: a zero-length line shows as a round dot with round caps
            flat = flat * 2
            m = 2
        parts.append(_format_for(m) % tuple(map(round, flat)))  # ints: shorter and faster than %.0f
        points_in += n
        points_out += m
    return "".join(parts), points_in, points_out


def compressed_form(operators: str) -> bytes:
    """The Form XObject's stream: GRID units, round caps and joins, flate-compressed."""
    body = f"{GRID} 0 0 {GRID} 0 0 cm 1 J 1 j\n{operators}".encode("ascii")
    # level 1: several times faster than the default level for this content, ~20% larger
    return zlib.compress(body, 1)


def form_xobject(data: bytes, width: float, height: float) -> pdfdoc.PDFStream:
    """A Form XObject for one PDF document (a new one per layout pass) around ``data``."""
    d = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("XObject"),
            "Subtype": pdfdoc.PDFName("Form"),
            "BBox": pdfdoc.PDFArray([0, 0, round(width, 2), round(height, 2)]),
            "Resources": pdfdoc.PDFDictionary({}),
            "Filter": pdfdoc.PDFName("FlateDecode"),
        }
    )
    return pdfdoc.PDFStream(d, data)
