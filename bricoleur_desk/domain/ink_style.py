"""How ink looks wherever it is drawn: canvas, projector, PNG and SVG export, the PDF report.

A stroke's stored width is the width it is drawn with. The highlighter's factor is applied once,
when the stroke is made, so every file written so far (they store the widened width) stays
right, and nothing that draws a stored stroke multiplies again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import Stroke, StrokeTool

HIGHLIGHTER_WIDTH_FACTOR = 5.0  # a highlighter line is this many times wider than the chosen pen
HIGHLIGHTER_OPACITY = 90 / 255  # about 35 %: the map and the pen ink show through


def drawn_width(tool: StrokeTool, chosen_width: float) -> float:
    """The width a new stroke is drawn and stored with, for the width chosen in the tool bar."""
    return chosen_width * HIGHLIGHTER_WIDTH_FACTOR if tool == StrokeTool.HIGHLIGHTER else chosen_width


def opacity(tool: StrokeTool) -> float:
    """How much of the ink's colour covers what is under it (1.0: all of it)."""
    return HIGHLIGHTER_OPACITY if tool == StrokeTool.HIGHLIGHTER else 1.0


def lies_under(tool: StrokeTool) -> bool:
    """Highlighter ink lies under pen ink, whichever was drawn first."""
    return tool == StrokeTool.HIGHLIGHTER


def drawing_order(strokes: Iterable[Stroke]) -> list[Stroke]:
    """The strokes bottom to top: ink that lies under first, each kind in the order drawn."""
    return sorted(strokes, key=lambda s: not lies_under(s.tool))


@dataclass(frozen=True)
class InkLayer:
    """Strokes that are drawn together with one opacity; ``name`` tells layers apart in exports."""

    name: str
    opacity: float
    strokes: list[Stroke]


def ink_layers(strokes: Iterable[Stroke]) -> list[InkLayer]:
    """The non-empty layers of ``strokes``, bottom to top (highlighter under pen)."""
    marker: list[Stroke] = []
    pen: list[Stroke] = []
    for stroke in strokes:
        (marker if lies_under(stroke.tool) else pen).append(stroke)
    layers = [
        InkLayer("marker", opacity(StrokeTool.HIGHLIGHTER), marker),
        InkLayer("pen", opacity(StrokeTool.PEN), pen),
    ]
    return [layer for layer in layers if layer.strokes]
