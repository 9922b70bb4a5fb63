"""Every tool driven by real mouse and key events on the viewport, asserted on the document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bricoleur_desk.domain import geometry
from bricoleur_desk.workspace import commands, sketch

from .conftest import click, drag
from .test_pen import make_view


@pytest.mark.parametrize(
    ("key", "points"), [(Qt.Key.Key_L, 2), (Qt.Key.Key_A, 5), (Qt.Key.Key_R, 5), (Qt.Key.Key_O, 49)]
)
def test_shape_tools_store_polylines(qtbot, session, canvas, key, points) -> None:
    view = make_view(qtbot, session)
    QTest.keyClick(view, key)
    drag(view, [(200, 200), (300, 250), (400, 300)])
    (stroke,) = canvas.sheets[0].strokes
    assert stroke.point_count() == points
    x0, y0, x1, y1 = geometry.bounds(stroke.points)
    assert x0 >= 199 and y0 >= 199 and x1 <= 401 and y1 <= 301
    session.undo()
    assert canvas.sheets[0].strokes == []


def test_eraser_removes_whole_strokes_it_touches_in_one_undo_step(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    drag(view, [(100, 100), (500, 100)])
    drag(view, [(100, 200), (500, 200)])
    drag(view, [(100, 600), (500, 600)])
    QTest.keyClick(view, Qt.Key.Key_E)
    drag(view, [(300, 60), (300, 140), (300, 250)])
    remaining = canvas.sheets[0].strokes
    assert len(remaining) == 1 and remaining[0].points[1] == pytest.approx(600, abs=2)
    session.undo()
    assert len(canvas.sheets[0].strokes) == 3


def test_eraser_does_not_erase_inside_a_curves_bend(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    commands.create(session, sketch.add_stroke, "sA", geometry.ellipse_points(200, 200, 600, 600))
    QTest.keyClick(view, Qt.Key.Key_E)
    drag(view, [(400, 400), (420, 420)])
    assert len(canvas.sheets[0].strokes) == 1


def test_partial_eraser_splits_a_stroke(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    drag(view, [(100, 300), (300, 300), (500, 300)])
    QTest.keyClick(view, Qt.Key.Key_E)
    view.eraser_partial = True
    drag(view, [(300, 250), (300, 350)])
    pieces = canvas.sheets[0].strokes
    assert len(pieces) == 2
    ends = sorted((geometry.bounds(p.points)[0], geometry.bounds(p.points)[2]) for p in pieces)
    assert ends[0][0] == pytest.approx(100, abs=2) and ends[0][1] < 300
    assert ends[1][0] > 300 and ends[1][1] == pytest.approx(500, abs=2)
    session.undo()
    assert len(canvas.sheets[0].strokes) == 1


def test_escape_cancels_an_erase(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    drag(view, [(100, 100), (500, 100)])
    QTest.keyClick(view, Qt.Key.Key_E)
    vp = view.viewport()
    QTest.mousePress(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.mapFromScene(300, 100)
    )
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.mapFromScene(300, 100)
    )
    assert len(canvas.sheets[0].strokes) == 1
    assert view.canvas_scene().ink("sA").hidden == set()


def _click_with_tool(qtbot, session, key: Qt.Key, x: float, y: float):  # noqa: ANN001, ANN202
    """A view with focus, the tool of ``key`` chosen and one click at (x, y)."""
    view = make_view(qtbot, session)
    view.activateWindow()
    view.setFocus()
    QTest.keyClick(view, key)
    click(view, x, y)
    return view


def test_a_sticky_note_is_placed_with_one_click_and_typed_into_at_once(qtbot, session, canvas) -> None:
    view = _click_with_tool(qtbot, session, Qt.Key.Key_N, 700, 300)
    QTest.keyClicks(view.viewport(), "Zebrapad hier")
    (sticky,) = canvas.sheets[0].stickies
    assert (sticky.x, sticky.y) == (pytest.approx(700, abs=2), pytest.approx(300, abs=2))
    assert sticky.text == "Zebrapad hier"
    session.undo()  # the typing is one step, the placing another
    assert canvas.sheets[0].stickies[0].text == ""
    session.undo()
    assert canvas.sheets[0].stickies == []


def test_a_text_label_is_typed_where_clicked(qtbot, session, canvas) -> None:
    view = _click_with_tool(qtbot, session, Qt.Key.Key_T, 400, 500)
    QTest.keyClicks(view.viewport(), "Parkstraat")
    (label,) = canvas.sheets[0].labels
    assert label.text == "Parkstraat"
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)  # stop typing: keys are tools again
    QTest.keyClick(view, Qt.Key.Key_P)
    assert view.tool.name == "pen"


def test_a_text_click_without_typing_leaves_no_empty_label(qtbot, session, canvas) -> None:
    view = _click_with_tool(qtbot, session, Qt.Key.Key_T, 400, 500)
    scene = view.canvas_scene()
    (started,) = [i for i in scene.items() if hasattr(i, "is_editing")]  # the sheet has no labels yet
    assert started.is_editing()  # typing can start at once
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)  # changed my mind
    qtbot.waitUntil(lambda: not [i for i in scene.items() if hasattr(i, "is_editing")])
    assert canvas.sheets[0].labels == [] and not session.history.can_undo()
    assert not [i for i in scene.items() if hasattr(i, "is_editing")]
    click(view, 350, 350)
    click(view, 300, 300)  # a second click moves the label to be: one draft, never two
    assert len([i for i in scene.items() if hasattr(i, "is_editing")]) == 1
    # a label that is typed lands, and undoes whole
    QTest.keyClicks(view.viewport(), "Bomen")
    (label,) = canvas.sheets[0].labels
    assert (label.text, label.x) == ("Bomen", pytest.approx(300, abs=2))
    while session.undo():
        pass
    assert canvas.sheets[0].labels == []
    assert not [i for i in scene.items() if hasattr(i, "is_editing")]


def test_select_click_and_drag_moves_a_stroke_in_one_step(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    drag(view, [(100, 100), (300, 100)])
    QTest.keyClick(view, Qt.Key.Key_V)
    drag(view, [(200, 100), (250, 150), (300, 200)])
    (stroke,) = canvas.sheets[0].strokes
    assert geometry.bounds(stroke.points)[:2] == (pytest.approx(200, abs=2), pytest.approx(200, abs=2))
    session.undo()
    assert geometry.bounds(canvas.sheets[0].strokes[0].points)[1] == pytest.approx(100, abs=2)


def test_rubber_band_selects_and_delete_removes(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    drag(view, [(100, 100), (200, 100)])
    drag(view, [(100, 150), (200, 150)])
    drag(view, [(800, 800), (900, 800)])
    commands.create(session, sketch.add_sticky, "sA", 120, 300, "Bankje")
    QTest.keyClick(view, Qt.Key.Key_V)
    drag(view, [(50, 50), (150, 200), (250, 320)])
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert len(canvas.sheets[0].strokes) == 1 and canvas.sheets[0].stickies == []
    session.undo()
    assert len(canvas.sheets[0].strokes) == 3 and len(canvas.sheets[0].stickies) == 1


def test_the_corner_handle_resizes_the_selection(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    commands.create(session, sketch.add_stroke, "sA", geometry.rectangle_points(100, 100, 200, 200), width=2)
    QTest.keyClick(view, Qt.Key.Key_V)
    click(view, 150, 100)
    drag(view, [(201, 201), (250, 250), (301, 301)])
    x0, y0, x1, y1 = geometry.bounds(canvas.sheets[0].strokes[0].points)
    assert (x0, y0) == (pytest.approx(100, abs=1), pytest.approx(100, abs=1))
    assert x1 == pytest.approx(300, abs=4) and y1 == pytest.approx(300, abs=4)


def test_escape_during_a_move_puts_a_sticky_back(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    commands.create(session, sketch.add_sticky, "sA", 100, 100, "Boom")
    QTest.keyClick(view, Qt.Key.Key_V)
    vp = view.viewport()
    QTest.mousePress(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.mapFromScene(150, 150)
    )
    QTest.mouseMove(vp, view.mapFromScene(400, 400))
    item = view.canvas_scene().item_for(canvas.sheets[0].stickies[0].id)
    assert item.pos().x() > 300
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.mapFromScene(400, 400)
    )
    assert (canvas.sheets[0].stickies[0].x, item.pos().x()) == (100, 100)


def test_wheel_zooms_and_f_fits(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    start = view.zoom()
    view.zoom_by(2.0)
    assert view.zoom() == pytest.approx(2 * start)
    QTest.keyClick(view, Qt.Key.Key_F)
    assert view.zoom() == pytest.approx(start)


def test_sketch_use_cases_that_add_something_say_what_they_added(session, canvas) -> None:
    stroke_id = commands.create(session, sketch.add_stroke, "sA", geometry.line_points(0, 0, 50, 50))
    label_id = commands.create(session, sketch.add_label, "sA", 10, 20, "Speelplek")
    pin_id = commands.create(session, sketch.add_pin, "sA", "n1", 30, 40)
    sheet = canvas.sheets[0]
    assert [s.id for s in sheet.strokes][-1:] == [stroke_id]
    assert session.document.get(label_id).text == "Speelplek"
    assert session.document.get(pin_id).note_id == "n1"
    assert commands.run(session, sketch.add_sticky, "sA", 5, 5, "Bankje")  # run takes any use case
    assert sheet.stickies[-1].text == "Bankje" and session.history.undo_label() == "Sticky note"
