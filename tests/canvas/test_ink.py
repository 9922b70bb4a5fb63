"""The ink layer's hit test agrees with a brute-force distance check, before and after warming up."""

from __future__ import annotations

import math
from array import array

from PySide6.QtGui import QColor, QImage, QPainter

from bricoleur_desk.domain import geometry
from bricoleur_desk.domain.geometry import Rect
from bricoleur_desk.domain.model import Sheet, Stroke
from bricoleur_desk.ui.canvas.ink.sheet import SheetInk, level_for
from tests.benchmarks.strokes import make_strokes


def _brute(strokes: list[Stroke], x: float, y: float, r: float) -> set[str]:
    return {s.id for s in strokes if geometry.hits_polyline(s.points, s.width, x, y, r)}


def test_hits_agree_with_brute_force_on_both_paths_and_after_changes(qapp) -> None:  # noqa: ANN001
    import random

    strokes = make_strokes(400, page=(600.0, 400.0), seed=5)
    sheet = Sheet("sheet", "Vel", strokes=strokes)
    ink = SheetInk(sheet)
    rng = random.Random(9)
    probes = [(rng.uniform(0, 600), rng.uniform(0, 400), rng.uniform(1, 10)) for _ in range(150)]
    for x, y, r in probes:
        assert set(ink.hits(x, y, r)) == _brute(strokes, x, y, r)
    while ink.has_work():
        ink.work(math.inf)  # a deadline infinitely far: all of it
    assert not ink.has_work()
    for x, y, r in probes:
        assert set(ink.hits(x, y, r)) == _brute(strokes, x, y, r)
    # a stroke removed, one moved and one added keep the quick path exact
    gone = strokes.pop(0)
    ink.stroke_removed(gone.id)
    strokes[0].points = geometry.translate(strokes[0].points, 40, 0)
    ink.stroke_changed(strokes[0])
    extra = Stroke("extra", array("f", [10, 10, 0.5, 500, 300, 0.5]))
    strokes.append(extra)
    sheet.strokes = strokes
    ink.stroke_added(extra, sheet)
    for x, y, r in probes:
        assert set(ink.hits(x, y, r)) == _brute(strokes, x, y, r)


def test_tile_levels_shrink_rather_than_blur_except_just_past_a_level() -> None:
    assert level_for(1.0) == 0 and level_for(0.5) == -1 and level_for(0.6) == 0
    assert level_for(1.1) == 0 and level_for(1.3) == 1 and level_for(100) == 4


def _drawn(ink: SheetInk, size: tuple[int, int], view: Rect, scale: float, shift: float = 0.0) -> QImage:
    """The view painted on white as the canvas view paints it, once every tile it asks for is drawn."""

    def render() -> QImage:
        image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-shift, -shift)
        painter.scale(scale, scale)
        ink.paint(painter, view, scale, view=view)
        painter.end()
        return image

    render()  # asks for the tiles
    while ink.needs_drawing():
        ink.work(math.inf)  # a deadline infinitely far: all of it
    return render()


def test_a_highlighter_lies_under_the_ink_in_the_tiles_whenever_it_was_drawn(qapp) -> None:  # noqa: ANN001
    from bricoleur_desk.domain.model import StrokeTool

    ink_line = Stroke("pen", array("f", [20, 50, 0.5, 180, 50, 0.5]), color="#000000", width=4.0)

    def vertical_marker(stroke_id: str, x: float) -> Stroke:
        points = array("f", [x, 10, 0.5, x, 90, 0.5])
        return Stroke(stroke_id, points, color="#ffd600", width=16.0, tool=StrokeTool.HIGHLIGHTER)

    marker, late = vertical_marker("marker", 100), vertical_marker("late", 140)
    sheet = Sheet("s", "Vel", strokes=[ink_line, marker])  # the marker drawn after the pen
    ink = SheetInk(sheet)
    ink.ensure_indexed()
    sheet.strokes.append(late)
    ink.stroke_added(late, sheet)  # and one more while the sheet is open

    shown = _drawn(ink, (200, 100), (0.0, 0.0, 200.0, 100.0), 1.0)
    for x in (100, 140):
        assert shown.pixelColor(x, 50) == QColor("#000000")  # the pen line over the marker
        marked = shown.pixelColor(x, 25)
        assert marked != QColor("white") and marked.blue() < 200  # translucent yellow above it


def test_shrunk_tiles_meet_without_a_seam(qapp) -> None:  # noqa: ANN001
    # a wide line across the edges of 2x tiles (every 128 scene units), shown at 1.47x
    band = Stroke("band", array("f", [40, 100, 0.5, 420, 100, 0.5]), color="#000000", width=60.0)
    ink = SheetInk(Sheet("s", "Vel", strokes=[band]))
    ink.ensure_indexed()
    scale, shift = 1.47, 0.3  # and a view scrolled by a fraction of a pixel
    view = (0.0, 0.0, 500.0, 200.0)

    shown = _drawn(ink, (740, 300), view, scale, shift)
    y = round(100 * scale - shift)
    for edge in (128, 256, 384):
        x = edge * scale - shift
        for px in (int(x) - 1, int(x), int(x) + 1):
            assert shown.pixelColor(px, y) == QColor("#000000"), (edge, px)
