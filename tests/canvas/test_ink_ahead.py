"""Tiles drawn ahead of a zoom while the sheet is idle: the zoom is sharp at once, wishes come first."""

from __future__ import annotations

from array import array
from datetime import datetime

from PySide6.QtGui import QImage, QPainter

from bricoleur_desk.domain.model import Canvas, Dossier, Meeting, Sheet, Stroke
from bricoleur_desk.ui.canvas.audience import AudienceCanvas
from bricoleur_desk.ui.canvas.ink import SheetInk
from bricoleur_desk.ui.canvas.ink.tiles import (
    MAX_AHEAD,
    TILE,
    ahead_keys,
    level_for,
    tile_rect,
    tiles_covering,
)
from bricoleur_desk.ui.canvas.scene import GESTURE_PAUSE_MS
from bricoleur_desk.ui.canvas.sketch_view import SketchView
from bricoleur_desk.workspace import commands, sketch
from bricoleur_desk.workspace.session import DossierSession
from tests.benchmarks.strokes import make_strokes
from tests.canvas.steps import Steps, work_until

VIEW = (100.0, 100.0, 600.0, 400.0)  # a 1000 x 600 px window at 2x, 500 x 300 at 1x


def _show(ink: SheetInk, view: tuple[float, float, float, float], scale: float) -> None:
    """Paint the view as the scene does: the tiles it shows are asked for, the view is noted."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    ink.paint(painter, view, scale, view=view)
    painter.end()


def _work_until(ink: SheetInk, view: tuple, done) -> None:  # noqa: ANN001 - a predicate
    work_until(ink, view, done)  # small slices of counted steps, as the event loop gives them


def _ink(count: int = 1500) -> SheetInk:
    ink = SheetInk(Sheet("s", "Vel", strokes=make_strokes(count, page=(800.0, 600.0))), clock=Steps())
    ink.ensure_indexed()
    return ink


def test_an_idle_sheet_draws_the_next_level_so_a_zoom_in_is_sharp_at_once() -> None:
    ink = _ink()
    _show(ink, VIEW, 1.0)
    _work_until(ink, VIEW, lambda: not ink.needs_drawing())
    assert not any(k[0] == 1 for k in ink.tile_keys())  # the sharp picture first, nothing ahead yet
    _work_until(ink, VIEW, lambda: not ink.has_work())
    ahead = {k for k in ink.tile_keys() if k[0] == 1}
    assert ahead == {k for k in tiles_covering(1, VIEW) if ink.index.any_overlapping(tile_rect(k))}
    # zooming in to 2x anywhere in the view: every tile is there, nothing is asked for
    inner = (300.0, 200.0, 450.0, 300.0)
    _show(ink, inner, 2.0)
    assert not ink.needs_drawing()


def test_tiles_drawn_ahead_show_the_strokes_and_take_new_ones() -> None:
    line = Stroke("line", array("f", [150, 150, 0.5, 250, 150, 0.5]), width=4.0)
    sheet = Sheet("s", "Vel", strokes=[line])
    ink = SheetInk(sheet, clock=Steps())
    ink.ensure_indexed()
    _show(ink, VIEW, 1.0)
    _work_until(ink, VIEW, lambda: not ink.has_work())
    key = (1, 150 * 2 // TILE, 150 * 2 // TILE)
    tile = ink.tile_image(key)
    x, y = 200 * 2 - key[1] * TILE, 150 * 2 - key[2] * TILE
    assert tile.pixelColor(x, y).alpha() == 255  # the line, drawn at 2x ahead of the zoom
    later = Stroke("later", array("f", [150, 170, 0.5, 250, 170, 0.5]), width=4.0)
    sheet.strokes.append(later)
    ink.stroke_added(later, sheet)
    base = (0, 150 // TILE, 170 // TILE)
    assert ink.tile_image(base).pixelColor(200 - base[1] * TILE, 170 - base[2] * TILE).alpha() == 255
    # the pen up draws only on the level on screen; the tiles drawn ahead follow in the background
    assert ink.tile_image(key).pixelColor(x, 170 * 2 - key[2] * TILE).alpha() == 0
    assert ink.needs_drawing()
    _work_until(ink, VIEW, lambda: not ink.needs_drawing())
    assert ink.tile_image(key).pixelColor(x, 170 * 2 - key[2] * TILE).alpha() == 255


def test_a_wish_from_a_paint_comes_before_drawing_ahead() -> None:
    ink = _ink()
    _show(ink, VIEW, 1.0)
    _work_until(ink, VIEW, lambda: not ink.needs_drawing())
    # an ahead block gets under way (a block takes several slices)
    _work_until(ink, VIEW, lambda: ink.block_level == 1)
    elsewhere = (500.0, 300.0, 800.0, 600.0)
    _show(ink, elsewhere, 1.0)  # the view pans: new full-size tiles are wanted
    assert ink.needs_drawing()
    _work_until(ink, elsewhere, lambda: not ink.needs_drawing())
    assert ink.has_work()  # the look-ahead for the new view is still to come
    assert {k for k in tiles_covering(0, elsewhere) if ink.index.any_overlapping(tile_rect(k))} <= ink.tile_keys()


def test_nothing_is_drawn_ahead_without_a_view_or_for_a_huge_one() -> None:
    ink = _ink(200)
    image = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    ink.paint(painter, VIEW, 1.0)  # no view given (an export): no look-ahead
    painter.end()
    _work_until(ink, VIEW, lambda: not ink.has_work())
    assert not any(k[0] == 1 for k in ink.tile_keys())
    assert ahead_keys(3, (0.0, 0.0, 5000.0, 5000.0)) == []  # would crowd out the tiles on screen
    assert 0 < len(ahead_keys(1, VIEW)) <= MAX_AHEAD
    # zoomed in at level 2, both the next level in and the level out around the view are wanted
    levels = {k[0] for k in ahead_keys(2, (300.0, 200.0, 400.0, 260.0))}
    assert levels == {3, 1}


def _sketch_view(qtbot) -> SketchView:  # noqa: ANN001
    """The facilitator's sketch view, shown, over one sheet of 400 strokes."""
    canvas = Canvas(id="c1", name="Kaart", width=800, height=600)
    canvas.sheets = [Sheet("s", "Vel", strokes=make_strokes(400, page=(800.0, 600.0)))]
    meeting = Meeting(id="m1", title="Avond", starts_at=datetime(2026, 11, 24, 19, 30), canvases=[canvas])
    widget = SketchView(DossierSession(Dossier(title="D", meetings=[meeting])), "m1")
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def test_the_scene_draws_ahead_while_shown_and_rests_when_hidden(qtbot) -> None:  # noqa: ANN001
    widget = _sketch_view(qtbot)
    scene = widget.scene
    ink = scene.ink("s")
    qtbot.waitUntil(lambda: not ink.has_work(), timeout=20000)  # drawn, and drawn ahead
    level = ink.shown_level
    assert any(k[0] == level + 1 for k in ink.tile_keys())
    widget.view.zoom_by(1.0 / 1.3)  # a new view: its look-ahead is due
    widget.view.viewport().repaint()
    assert ink.has_work()
    # a pen up is painted before the next slice of background drawing
    commands.create(widget.session, sketch.add_stroke, "s", array("f", [10, 10, 0.5, 60, 40, 0.5]))
    assert scene.work_scheduled_in() == GESTURE_PAUSE_MS
    widget.hide()
    # hidden, nothing is drawn ahead and the work timer stops instead of spinning
    qtbot.waitUntil(lambda: scene.work_scheduled_in() is None, timeout=5000)
    qtbot.wait(50)
    assert scene.work_scheduled_in() is None


def test_the_projector_view_does_not_steer_the_look_ahead(qtbot) -> None:  # noqa: ANN001
    facilitator = _sketch_view(qtbot)
    room = AudienceCanvas(facilitator.session, "m1", follow=facilitator)
    qtbot.addWidget(room)
    room.resize(640, 360)
    room.show()
    room.set_following(False)  # the room sees the whole map, the facilitator zooms in
    facilitator.view.zoom_by(3.0)
    ink = facilitator.scene.ink("s")
    qtbot.waitUntil(lambda: not ink.has_work(), timeout=30000)
    room.view.viewport().repaint()  # the projector paints last
    level = level_for(facilitator.view.transform().m11())
    assert level != level_for(room.view.transform().m11())
    assert not ink.has_work()  # its paint asked for nothing new ahead
    assert any(k[0] == level + 1 for k in ink.tile_keys())
    # the facilitator zooms on, then switches to the notes: the projector alone draws nothing ahead
    facilitator.view.zoom_by(1.6)
    facilitator.view.viewport().repaint()
    assert ink.has_work()
    facilitator.hide()
    qtbot.waitUntil(lambda: facilitator.scene.work_scheduled_in() is None, timeout=10000)
    assert ink.ahead_due()
