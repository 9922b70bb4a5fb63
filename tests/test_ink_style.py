"""The ink rules every drawing of a sketch shares (canvas, exports, report)."""

from __future__ import annotations

from array import array

from bricoleur_desk.domain import ink_style
from bricoleur_desk.domain.model import Stroke, StrokeTool


def _stroke(stroke_id: str, tool: StrokeTool) -> Stroke:
    return Stroke(stroke_id, array("f", (0.0, 0.0, 0.5)), tool)


def test_only_the_highlighter_is_widened_and_translucent() -> None:
    assert ink_style.drawn_width(StrokeTool.PEN, 4.0) == 4.0
    assert ink_style.drawn_width(StrokeTool.HIGHLIGHTER, 4.0) == 20.0
    assert ink_style.opacity(StrokeTool.PEN) == 1.0
    assert 0.0 < ink_style.opacity(StrokeTool.HIGHLIGHTER) < 0.5


def test_highlighters_go_under_the_pen_each_kind_in_the_order_drawn() -> None:
    strokes = [
        _stroke("p1", StrokeTool.PEN),
        _stroke("h1", StrokeTool.HIGHLIGHTER),
        _stroke("p2", StrokeTool.PEN),
        _stroke("h2", StrokeTool.HIGHLIGHTER),
    ]
    assert [s.id for s in ink_style.drawing_order(strokes)] == ["h1", "h2", "p1", "p2"]
    layers = ink_style.ink_layers(strokes)
    assert [(layer.name, [s.id for s in layer.strokes]) for layer in layers] == [
        ("marker", ["h1", "h2"]),
        ("pen", ["p1", "p2"]),
    ]
    assert [layer.name for layer in ink_style.ink_layers(strokes[:1])] == ["pen"]  # no empty layers
