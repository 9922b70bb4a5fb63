"""The draft after a zoom: the view's strokes at its own scale, without antialiasing, until the tiles come."""

from __future__ import annotations

from array import array

from PySide6.QtGui import QColor, QImage, QPainter

from bricoleur_desk.domain.model import Sheet, Stroke
from bricoleur_desk.ui.canvas.ink import SheetInk
from tests.benchmarks.strokes import make_strokes
from tests.canvas.steps import Steps, work_until

OVERVIEW = (0.0, 0.0, 800.0, 600.0)  # at 1x: level 0
ZOOMED = (200.0, 150.0, 520.0, 390.0)  # at 1.5x: level 1, a 480 x 360 px window


def _render(ink: SheetInk, view: tuple[float, float, float, float], scale: float) -> QImage:
    """Paint the view into a window-sized image as the scene does (scene coordinates, scaled)."""
    image = QImage(
        round((view[2] - view[0]) * scale),
        round((view[3] - view[1]) * scale),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(0)
    painter = QPainter(image)
    painter.translate(-view[0] * scale, -view[1] * scale)
    painter.scale(scale, scale)
    ink.paint(painter, view, scale, view=view)
    painter.end()
    return image


def _work_until(ink: SheetInk, view: tuple, done) -> None:  # noqa: ANN001 - a predicate
    work_until(ink, view, done)  # small slices of counted steps, as the event loop gives them


def _alphas(image: QImage) -> set[int]:
    return {image.pixelColor(x, y).alpha() for y in range(0, image.height(), 2) for x in range(image.width())}


def _zoomed_in(count: int = 1500) -> SheetInk:
    """A sheet shown whole at 1x (its full-size tiles drawn), then zoomed to 1.5x."""
    ink = SheetInk(Sheet("s", "Vel", strokes=make_strokes(count, page=(800.0, 600.0))), clock=Steps())
    ink.ensure_indexed()
    _render(ink, OVERVIEW, 1.0)
    _work_until(ink, OVERVIEW, lambda: not ink.needs_drawing())
    _render(ink, ZOOMED, 1.5)  # the zoom: level 1 has no tiles yet
    return ink


def test_a_zoom_onto_undrawn_tiles_shows_a_sharp_draft_long_before_the_tiles() -> None:
    ink = _zoomed_in()
    assert not ink.draft_ready() and ink.needs_drawing()
    slices = 0

    def draft_done() -> bool:
        nonlocal slices
        slices += 1
        return ink.draft_ready()

    _work_until(ink, ZOOMED, draft_done)
    assert ink.needs_drawing()  # the antialiased tiles are still to come
    shown = _render(ink, ZOOMED, 1.5)
    # every pixel is ink or nothing: the draft, not a scaled tile with its blended edges
    assert _alphas(shown) == {0, 255}
    assert shown.pixelColor(shown.width() // 2, shown.height() // 2).alpha() in (0, 255)
    tiles = 0

    def tiles_done() -> bool:
        nonlocal tiles
        tiles += 1
        return not ink.needs_drawing()

    _work_until(ink, ZOOMED, tiles_done)
    assert tiles > slices  # the draft took fewer slices than the tiles that replace it
    final = _render(ink, ZOOMED, 1.5)
    assert len(_alphas(final)) > 10  # antialiased edges again
    assert not ink.draft_ready()  # dropped once every tile of the view is there


def test_the_stand_in_before_the_draft_is_the_scaled_tile() -> None:
    ink = _zoomed_in()
    assert len(_alphas(_render(ink, ZOOMED, 1.5))) > 10  # blended edges: level 0 enlarged


def test_a_stroke_drawn_on_the_draft_shows_at_once() -> None:
    ink = _zoomed_in()
    _work_until(ink, ZOOMED, ink.draft_ready)
    sheet = Sheet("s", "Vel", strokes=list(ink.strokes.values()))
    red = Stroke("red", array("f", [300, 250, 0.5, 420, 250, 0.5]), color="#ff0000", width=4.0)
    sheet.strokes.append(red)
    ink.stroke_added(red, sheet)
    shown = _render(ink, ZOOMED, 1.5)
    assert ink.needs_drawing()  # still the draft, not tiles
    assert shown.pixelColor(round((360 - 200) * 1.5), round((250 - 150) * 1.5)) == QColor("#ff0000")


def test_an_erased_stroke_drops_the_draft_and_a_pan_starts_none() -> None:
    ink = _zoomed_in()
    _work_until(ink, ZOOMED, ink.draft_ready)
    panned = (ZOOMED[0] + 40, ZOOMED[1], ZOOMED[2] + 40, ZOOMED[3])
    _render(ink, panned, 1.5)
    assert ink.draft_ready()  # a pan keeps the draft; only a zoom would start another
    shown = _render(ink, panned, 1.5)
    # tiles wholly within the draft show it; the last column of tiles (x 512-640) lies partly
    # outside it and shows the scaled stand-in
    edge = round((512 - panned[0]) * 1.5)
    assert _alphas(shown.copy(0, 0, edge, shown.height())) == {0, 255}
    assert len(_alphas(shown.copy(edge, 0, shown.width() - edge, shown.height()))) > 10
    in_view = ink.index.overlapping(ZOOMED)
    ink.stroke_removed(min(in_view))
    assert not ink.drafting()
    _render(ink, panned, 1.5)
    assert not ink.drafting()  # no draft for a view that only moved: its tiles come


def test_no_draft_when_the_tiles_are_there_or_the_view_zooms_out() -> None:
    ink = _zoomed_in()
    _work_until(ink, ZOOMED, lambda: not ink.needs_drawing())
    _render(ink, OVERVIEW, 1.0)
    _render(ink, ZOOMED, 1.5)  # back in: its tiles are drawn
    assert not ink.needs_drawing() and not ink.drafting()
    _render(ink, OVERVIEW, 0.8)  # out to level 0: shrunk from full-size tiles, never a draft
    assert not ink.drafting()
