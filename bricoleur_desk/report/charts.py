"""Small charts drawn straight on the canvas (reportlab's graphics would pull in Helvetica)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from .fonts import BOLD, REGULAR
from .styles import INK, MUTED, RULE


class ScoreChart(Flowable):
    """Vertical bars for the counts of evaluation scores 1 to 5, each labelled with its count,
    and under each its score and what the score means ("4", "goed")."""

    def __init__(
        self,
        scores: dict[int, int],
        accent: colors.Color,
        words: list[str],
        width: float = 300,
        height: float = 140,
    ):
        super().__init__()
        by_score = {int(k): v for k, v in scores.items()}
        self.counts = [max(0, int(by_score.get(s, 0))) for s in range(1, 6)]
        self.words = words
        self.accent = accent
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        top = max(self.counts) or 1
        base_y, value_h = 28.0, 14.0
        plot_h = self.height - base_y - value_h
        slot = self.width / 5
        bar_w = slot * 0.58
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.8)
        canv.line(0, base_y, self.width, base_y)
        for i, count in enumerate(self.counts):
            x = i * slot + (slot - bar_w) / 2
            h = plot_h * count / top
            if count:
                canv.setFillColor(self.accent)
                canv.rect(x, base_y, bar_w, h, stroke=0, fill=1)
            canv.setFillColor(INK)
            canv.setFont(BOLD, 9)
            canv.drawCentredString(x + bar_w / 2, base_y + h + 3, str(count))
            canv.setFillColor(MUTED)
            canv.setFont(REGULAR, 9)
            canv.drawCentredString(x + bar_w / 2, base_y - 12, str(i + 1))
            canv.setFont(REGULAR, 8)
            canv.drawCentredString(x + bar_w / 2, base_y - 23, self.words[i])


class Bar(Flowable):
    """A single horizontal bar, ``fraction`` of ``width`` long (votes)."""

    def __init__(self, fraction: float, width: float, color: colors.Color, height: float = 8):
        super().__init__()
        self.fraction = max(0.0, min(1.0, fraction))
        self.width, self.height = width, height
        self.color = color

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height + 2

    def draw(self) -> None:
        self.canv.setFillColor(self.color)
        self.canv.rect(0, 1, max(2.0, self.width * self.fraction), self.height, stroke=0, fill=1)


def average_score(scores: dict[int, int]) -> tuple[float, int]:
    """(average, number of responses); (0, 0) without responses."""
    total = sum(max(0, int(c)) for c in scores.values())
    if not total:
        return 0.0, 0
    return sum(int(s) * max(0, int(c)) for s, c in scores.items()) / total, total
