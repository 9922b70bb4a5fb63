"""The sketch as the room sees it: filling the projector, following the facilitator or whole, and
stickies and pins in type readable from the back of the hall."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF

from bricoleur_desk.ui.canvas.audience import AudienceCanvas
from bricoleur_desk.ui.canvas.items import PIN_RADIUS, ROOM_TYPE_FRACTION, STICKY_SIZE
from bricoleur_desk.ui.canvas.sketch_view import SketchView
from bricoleur_desk.workspace import commands, sketch

from .room_pixels import ink_height, paper_width, pin_number_height, red_height

PROJECTOR = (1920, 1080)
# the smallest type the room gets is 1/34 of the screen's height; its capitals stand ~2 % high
CAPITALS = 0.02


@pytest.fixture
def laptop(qtbot, session) -> SketchView:  # noqa: ANN001
    widget = SketchView(session, "m1")
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


@pytest.fixture
def room(qtbot, session, laptop: SketchView) -> AudienceCanvas:  # noqa: ANN001
    widget = AudienceCanvas(session, "m1", follow=laptop)
    qtbot.addWidget(widget)
    widget.resize(*PROJECTOR)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _share(inner: QRectF, outer: QRectF) -> float:
    """How much of the limiting dimension of ``outer`` the rect ``inner`` takes."""
    return max(inner.width() / outer.width(), inner.height() / outer.height())


def _on_screen(room: AudienceCanvas, rect: QRectF) -> QRectF:
    return room.view.mapFromScene(rect).boundingRect().toRectF()


def test_the_whole_map_fills_the_projector_and_stays_put(room: AudienceCanvas, laptop: SketchView) -> None:
    room.set_following(False)
    canvas = laptop.scene.canvas_rect()
    screen = QRectF(room.view.viewport().rect())
    assert room.shown_rect().contains(canvas)
    assert screen.contains(_on_screen(room, canvas))
    assert _share(_on_screen(room, canvas), screen) >= 0.9
    shown = room.shown_rect()
    laptop.view.zoom_by(3.0)
    laptop.view.centerOn(QPointF(400, 300))
    assert room.shown_rect() == shown  # the facilitator zooms; the room keeps the whole map


def test_following_shows_what_the_facilitator_sees_as_large_as_the_projector_allows(
    room: AudienceCanvas, laptop: SketchView
) -> None:
    assert room.following
    canvas = laptop.scene.canvas_rect()
    screen = QRectF(room.view.viewport().rect())
    # the laptop shows the whole map with grey around it: the room gets the map, filling its screen
    laptop.view.fit()
    assert _share(_on_screen(room, canvas), screen) >= 0.9
    whole = room.shown_rect()
    laptop.view.zoom_by(3.0)
    laptop.view.centerOn(QPointF(400, 300))
    seen = laptop.view.mapToScene(laptop.view.viewport().rect()).boundingRect()
    shown = room.shown_rect()
    assert shown != whole
    assert shown.adjusted(-1, -1, 1, 1).contains(seen)  # all the facilitator sees ...
    assert _share(seen, shown) == pytest.approx(1.0, abs=0.01)  # ... as large as it fits
    assert shown.center().x() == pytest.approx(seen.center().x(), abs=2)
    assert shown.center().y() == pytest.approx(seen.center().y(), abs=2)
    # looking past the map's corner: the room gets the part of the map in view, not the grey
    laptop.view.centerOn(QPointF(1550, 960))
    seen = laptop.view.mapToScene(laptop.view.viewport().rect()).boundingRect()
    on_map = seen.intersected(canvas)
    shown = room.shown_rect()
    assert shown.adjusted(-1, -1, 1, 1).contains(on_map)
    assert _share(on_map, shown) == pytest.approx(1.0, abs=0.01)
    room.set_following(False)
    assert room.shown_rect() == whole


def test_stickies_and_pins_are_readable_from_the_back_of_the_hall(
    qtbot, session, room: AudienceCanvas, laptop: SketchView  # noqa: ANN001
) -> None:
    room.set_following(False)
    sticky_id = commands.create(session, sketch.add_sticky, "sA", 700, 440, "HHHH")
    pin_id = commands.create(session, sketch.add_pin, "sA", "n1", 400, 700)
    edge_id = commands.create(session, sketch.add_sticky, "sA", 1560, 950, "aan de rand")
    laptop.view.fit()
    screen_height = room.view.viewport().height()
    image = room.view.grab().toImage()
    # the sticky's words: capitals at least 2 % of the screen's height
    sticky = laptop.scene.item_for(sticky_id)
    paper = room.view.mapFromScene(sticky.mapRectToScene(sticky.room_rect())).boundingRect()
    capitals = ink_height(image, paper.adjusted(4, 4, -4, -4))
    assert capitals >= CAPITALS * screen_height, (capitals, screen_height)
    # the pin's number too
    pin = room.view.mapFromScene(QPointF(400, 700))
    disc = red_height(image, QRect(pin.x() - 80, pin.y() - 80, 161, 161))
    number = pin_number_height(image, pin, disc / 2)
    assert number >= CAPITALS * screen_height, (number, disc, screen_height)
    # in the type's own terms: the room's view sets them at least at ROOM_TYPE_FRACTION
    assert 17 * room.view.zoom() * sticky.room_scale >= ROOM_TYPE_FRACTION * screen_height - 0.01
    # the scene repaints the grown copies when they change (each view repaints the bounding rect)
    assert sticky.sceneBoundingRect().contains(sticky.mapRectToScene(sticky.room_rect()))
    assert pin_item_reach(laptop, pin_id) >= disc / 2
    # a grown sticky stays on the map
    edge = laptop.scene.item_for(edge_id)
    assert laptop.scene.canvas_rect().contains(edge.mapRectToScene(edge.room_rect()))
    # the facilitator's view keeps them their own size, and clicks and selection use that size
    own = laptop.view.grab().toImage()
    on_laptop = laptop.view.mapFromScene(sticky.mapRectToScene(sticky.rect())).boundingRect()
    width = paper_width(own, on_laptop.adjusted(-40, 4, 40, -4))
    assert width == pytest.approx(STICKY_SIZE[0] * laptop.view.zoom(), abs=3)
    at = laptop.view.mapFromScene(QPointF(400, 700))
    small_disc = red_height(own, QRect(at.x() - 40, at.y() - 40, 81, 81))
    small_number = pin_number_height(own, at, PIN_RADIUS)
    assert small_disc <= 2 * PIN_RADIUS < disc and small_number < number
    select = laptop.view.tools["select"]
    assert select._object_bounds(sticky_id) == (700, 440, 700 + STICKY_SIZE[0], 440 + STICKY_SIZE[1])
    pin_item = laptop.scene.item_for(pin_id)
    assert pin_item.contains(QPointF(10, 0)) and not pin_item.contains(QPointF(30, 0))
    # a screen half as high asks for type half as large, never smaller than the laptop's
    room.resize(960, 540)
    qtbot.waitUntil(lambda: room.view.viewport().height() == 540)
    assert sticky.room_scale == pytest.approx(
        max(1.0, ROOM_TYPE_FRACTION * 540 / (17 * room.view.zoom())), rel=0.01
    )


def pin_item_reach(laptop: SketchView, pin_id: str) -> float:
    """Half the width of a pin's bounding rect, in pixels (pins ignore the zoom)."""
    return laptop.scene.item_for(pin_id).boundingRect().width() / 2


def test_the_room_reads_stickies_and_labels_masked_the_laptop_as_typed(
    qtbot, session, room: AudienceCanvas, laptop: SketchView, name_scanner  # noqa: ANN001
) -> None:
    from bricoleur_desk.workspace.wall_privacy import PENDING, RoomWords

    loaded = [False]
    words = RoomWords(lambda: session.dossier.people, lambda: name_scanner, lambda: loaded[0])
    typed = "Bel mevrouw Gerda Jansen op 06-12345678"
    masked = "Bel mevrouw [naam] op [telefoon]"
    assert words(typed) == PENDING  # the scanner has not loaded: nothing of it reaches the room
    loaded[0] = True
    assert words(typed) == masked and words("Meer bankjes") == "Meer bankjes"
    room.set_following(False)
    sticky_id = commands.create(session, sketch.add_sticky, "sA", 700, 440, typed)
    laptop.view.fit()
    sticky = laptop.scene.item_for(sticky_id)
    area = room.view.mapFromScene(sticky.mapRectToScene(sticky.room_rect())).boundingRect()

    def seen() -> object:
        laptop.scene.update()
        qtbot.wait(50)
        return room.view.grab(area).toImage()

    laptop.set_room_words(words)
    shown_masked = seen()
    assert sticky.text.toPlainText() == typed  # the facilitator's sticky keeps its words
    laptop.set_room_words(lambda text: text)
    shown_typed = seen()
    assert shown_masked != shown_typed
    commands.run(session, sketch.set_text, sticky_id, masked)  # the masked words typed as such
    assert seen() == shown_masked  # the room drew exactly the masked words
