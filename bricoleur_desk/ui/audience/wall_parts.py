"""The pieces the projector's note wall is painted with: colours, fonts, laid-out text."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QStaticText, QTransform

from ...workspace.wall_layout import LAYOUTS, MARGIN
from .colours import NORMAL

FULL_WALL = (1848, 930)  # the wall's size in a 1920x1080 audience window: type sizes are for this
GAP = 40
MARKS = {"question": "?", "idea": "!"}  # after a note's number
# the usual colours (colours.py holds them, and the high-contrast set)
INK = QColor(NORMAL.ink)
FADED = QColor(NORMAL.faded)  # a merged note: no longer one to read
GROUP_INK = QColor(NORMAL.group_ink)  # the group under a note: 10:1 on white; grey, as the ink is greyscale
GROUP_SIZE = 0.75  # of the note's type: 18 pt at the smallest wall type
HIGHLIGHT = QColor(NORMAL.highlight)  # the newest note
FOCUS_SCALE = 1.25  # the note under discussion is this much larger
FOCUS_FILL = QColor(NORMAL.focus_fill)
FOCUS_OUTLINE = QColor(NORMAL.focus_outline)
FOCUS_PEN = 6  # pixels of its outline on a full-HD wall
STATUS_COLOURS = NORMAL.status

@dataclass
class _Fonts:
    text: QFont
    small: QFont
    answer: QFont
    header: QFont
    fm: QFontMetrics
    small_fm: QFontMetrics
    header_fm: QFontMetrics
    column_width: int
    gutter: int
    # short one-line texts (numbers, group names, headers) laid out once in this layout's type
    header_labels: dict[str, QStaticText] = field(default_factory=dict)
    small_labels: dict[str, QStaticText] = field(default_factory=dict)


def wall_scale(width: int, height: int) -> float:
    """1 on a full-HD projector; smaller walls (the one-screen preview window) scale the type down."""
    return max(0.25, min(1.0, width / FULL_WALL[0], height / FULL_WALL[1]))


def wall_fonts(base: QFont, layout: int, wall_width: int, scale: float = 1.0) -> _Fonts:
    """The fonts and column geometry of one layout on a wall this wide."""
    columns, points = LAYOUTS[layout]
    points *= scale
    text = QFont(base)
    text.setPointSizeF(points)
    small = QFont(text)
    small.setPointSizeF(points * GROUP_SIZE)
    answer = QFont(text)
    answer.setPointSizeF(points * 0.78)  # answers matter to the room: larger than the group
    header = QFont(text)
    header.setBold(True)
    header.setPointSizeF(points * 0.8)
    fm = QFontMetrics(text)
    width = max(200, (wall_width - 2 * MARGIN - GAP * (columns - 1)) // columns)
    gutter = QFontMetrics(header).horizontalAdvance("000?") + fm.height() // 2
    return _Fonts(text, small, answer, header, fm, QFontMetrics(small), QFontMetrics(header), width, gutter)


def _static_text(text: str, width: int, font: QFont) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setTextWidth(width)
    static.prepare(QTransform(), font)
    return static
