"""New tiles drawn together in blocks look exactly as strokes drawn one by one; the hit index's one-cell path.

White-box test of bricoleur_desk.ui.canvas.ink.sheet: it watches the block of new tiles under way.
"""

from __future__ import annotations

import math
import random
from array import array

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter

from bricoleur_desk.domain import geometry
from bricoleur_desk.domain.model import Sheet, Stroke
from bricoleur_desk.ui.canvas.ink.sheet import HIT_MARGIN, SheetInk
from bricoleur_desk.ui.canvas.ink.tiles import TILE, tile_rect
from bricoleur_desk.ui.canvas.pen import draw_stroke, polygon
from tests.benchmarks.strokes import make_strokes
from tests.canvas.steps import Steps, work_steps, work_until


def _ask_for_tiles(ink: SheetInk, visible: tuple[float, float, float, float], scale: float) -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    ink.paint(painter, visible, scale)  # a paint asks for the tiles it shows
    painter.end()


def _finish(ink: SheetInk, visible: tuple[float, float, float, float]) -> None:
    work_until(ink, visible, lambda: not ink.has_work(), steps=3)  # small slices: blocks span several calls


def _expected(strokes: list[Stroke], key: tuple[int, int, int]) -> QImage:
    level, tx, ty = key
    image = QImage(TILE, TILE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-tx * TILE, -ty * TILE)
    painter.scale(2.0**level, 2.0**level)
    for stroke in strokes:
        draw_stroke(painter, stroke)
    painter.end()
    return image


def _same(a: QImage, b: QImage) -> bool:
    # antialiased edges may differ by a rounding step where a clip edge falls mid-stroke
    differing = 0
    for y in range(0, TILE, 3):
        for x in range(0, TILE, 3):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if pa != pb and max(abs(((pa >> s) & 255) - ((pb >> s) & 255)) for s in (0, 8, 16, 24)) > 2:
                differing += 1
    return differing == 0


def _check_tiles(ink: SheetInk, strokes: list[Stroke], level: int, visible: tuple) -> None:
    keys = [k for k in ink.tile_keys() if k[0] == level and geometry.intersects(tile_rect(k), visible)]
    assert len(keys) >= 12
    for key in keys:
        assert _same(ink.tile_image(key), _expected(strokes, key)), key


def test_block_tiles_equal_strokes_drawn_one_by_one_with_edits_during_the_block(qapp) -> None:  # noqa: ANN001
    strokes = make_strokes(300, page=(700.0, 500.0), seed=3)
    sheet = Sheet("sheet", "Vel", strokes=list(strokes))
    ink = SheetInk(sheet, clock=Steps())
    ink.ensure_indexed()
    visible = (0.0, 0.0, 600.0, 400.0)
    _ask_for_tiles(ink, visible, 2.0)
    # a stroke added on top while a block is under way is in its tiles
    work_steps(ink, 4, visible)  # the block holds ~9 chunks of 32 strokes: two are drawn
    assert ink._block is not None and ink._block.todo
    extra = Stroke("extra", array("f", [20, 20, 0.5, 580, 380, 0.5, 30, 370, 0.5]), color="#c0392b", width=6)
    sheet.strokes.append(extra)
    ink.stroke_added(extra, sheet)
    _finish(ink, visible)
    _check_tiles(ink, sheet.strokes, 1, visible)
    # a stroke erased while a block is under way is not
    visible = (100.0, 50.0, 400.0, 250.0)
    _ask_for_tiles(ink, visible, 4.0)
    drawn: set[str] = set()
    while not drawn:
        work_steps(ink, 3, visible)
        assert ink._block is not None and ink._block.todo
        drawn = set(ink._ids_in(ink._block.rect)) - set(ink._block.todo)
    gone = next(s for s in sheet.strokes if s.id in drawn)  # already in the block's picture
    sheet.strokes.remove(gone)
    ink.stroke_removed(gone.id)
    _finish(ink, visible)
    _check_tiles(ink, sheet.strokes, 2, visible)


def test_the_polygon_built_in_one_go_holds_the_strokes_points(qapp) -> None:  # noqa: ANN001
    points = array("f", [1.5, -2.25, 0.5, 1000.125, 3.0, 0.9, -7.0, 8.5, 0.1])
    poly = polygon(points)
    assert [poly.at(i) for i in range(poly.size())] == [
        QPointF(1.5, -2.25),
        QPointF(1000.125, 3.0),
        QPointF(-7.0, 8.5),
    ]


def test_hits_on_the_one_cell_path_and_beyond_it_agree_with_brute_force(qapp) -> None:  # noqa: ANN001
    strokes = make_strokes(600, page=(500.0, 400.0), seed=11)
    ink = SheetInk(Sheet("sheet", "Vel", strokes=strokes))
    rng = random.Random(4)
    for radius in (0.5, HIT_MARGIN - 1.5, HIT_MARGIN + 4.0, 30.0):  # reach within and beyond the margin
        for _ in range(60):
            x, y = rng.uniform(-20, 520), rng.uniform(-20, 420)
            brute = {s.id for s in strokes if geometry.hits_polyline(s.points, s.width, x, y, radius)}
            assert set(ink.hits(x, y, radius)) == brute


def test_a_point_inside_a_curves_bend_is_no_hit(qapp) -> None:  # noqa: ANN001
    # a half circle of radius 40 around (100, 100): its centre lies inside the box but far from the ink
    arc = array("f")
    for i in range(41):
        angle = math.pi * i / 40
        arc.extend((100 + 40 * math.cos(angle), 100 + 40 * math.sin(angle), 0.5))
    ink = SheetInk(Sheet("sheet", "Vel", strokes=[Stroke("arc", arc, width=3)]))
    assert ink.hits(100, 110, 6.0) == []
    assert ink.hits(100, 141, 6.0) == ["arc"]
