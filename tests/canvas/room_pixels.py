"""Measures taken from the pixels of a view: how tall the words on a sticky and a pin's number stand.

Both work on a grab of the view, so they measure what the room would see, whatever the code
that painted it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage


def _rows(image: QImage, area: QRect, wanted) -> tuple[int, int] | None:  # noqa: ANN001
    """The first and last row of ``area`` holding a pixel for which ``wanted(r, g, b)``."""
    area = area.intersected(image.rect())
    first = last = None
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            rgb = image.pixel(x, y)
            if wanted((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255):
                first = y if first is None else first
                last = y
                break
    return None if first is None else (first, last)


def _columns(image: QImage, area: QRect, wanted) -> tuple[int, int] | None:  # noqa: ANN001
    area = area.intersected(image.rect())
    first = last = None
    for x in range(area.left(), area.right() + 1):
        for y in range(area.top(), area.bottom() + 1):
            rgb = image.pixel(x, y)
            if wanted((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255):
                first = x if first is None else first
                last = x
                break
    return None if first is None else (first, last)


def ink_height(image: QImage, area: QRect) -> int:
    """The height of the dark type in ``area`` (one line of capitals: their cap height), in pixels."""
    rows = _rows(image, area, lambda r, g, b: max(r, g, b) < 90)
    return 0 if rows is None else rows[1] - rows[0] + 1


def paper_width(image: QImage, area: QRect) -> int:
    """The width of the yellow paper of a sticky in ``area``, in pixels."""
    cols = _columns(image, area, lambda r, g, b: r > 200 and g > 180 and b < 150)
    return 0 if cols is None else cols[1] - cols[0] + 1


def red_height(image: QImage, area: QRect) -> int:
    """The height of the red (a pin's disc) in ``area``, in pixels."""
    rows = _rows(image, area, lambda r, g, b: r > 150 and g < 70 and b < 90)
    return 0 if rows is None else rows[1] - rows[0] + 1


def pin_number_height(image: QImage, centre: QPoint, radius: float) -> int:
    """The height of the white number on the pin of this ``radius`` (px) around ``centre``.

    Only the disc's middle is looked at, away from its white rim and from the map around it.
    """
    inner = int(radius * 0.62)
    core = QRect(centre.x() - inner, centre.y() - inner, 2 * inner + 1, 2 * inner + 1)
    rows = _rows(image, core, lambda r, g, b: min(r, g, b) > 200)
    return 0 if rows is None else rows[1] - rows[0] + 1
