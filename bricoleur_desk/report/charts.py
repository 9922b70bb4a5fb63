"""Small charts: the evaluation scores 1-5 as bars."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from .fonts import BOLD, REGULAR
from .styles import MUTED, RULE


def score_chart(
    scores: dict[int, int], accent: colors.Color, width: float = 300, height: float = 130
) -> Drawing:
    """Vertical bars for the counts of scores 1 to 5, each bar labelled with its count."""
    drawing = Drawing(width, height)
    counts = [max(0, int(scores.get(s, 0))) for s in range(1, 6)]
    top = max(counts) or 1
    base_y, label_h, value_h = 18.0, 14.0, 12.0
    plot_h = height - base_y - value_h
    slot = width / 5
    bar_w = slot * 0.58
    drawing.add(Line(0, base_y, width, base_y, strokeColor=RULE, strokeWidth=0.8))
    for i, count in enumerate(counts):
        x = i * slot + (slot - bar_w) / 2
        h = plot_h * count / top
        if count:
            drawing.add(Rect(x, base_y, bar_w, h, fillColor=accent, strokeColor=None))
        drawing.add(
            String(
                x + bar_w / 2,
                base_y + h + 3,
                str(count),
                fontName=BOLD,
                fontSize=9,
                fillColor=colors.black,
                textAnchor="middle",
            )
        )
        drawing.add(
            String(
                x + bar_w / 2,
                base_y - label_h + 2,
                str(i + 1),
                fontName=REGULAR,
                fontSize=9,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    return drawing


def average_score(scores: dict[int, int]) -> tuple[float, int]:
    """(average, number of responses); (0, 0) without responses."""
    total = sum(max(0, int(c)) for c in scores.values())
    if not total:
        return 0.0, 0
    return sum(int(s) * max(0, int(c)) for s, c in scores.items()) / total, total
