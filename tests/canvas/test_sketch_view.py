"""The facilitator's sketch view: sheets, compare key, pins both ways, drops, audience, export."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bricoleur_desk.ui.canvas.audience import AudienceCanvas
from bricoleur_desk.ui.canvas.sketch_view import SketchView
from bricoleur_desk.ui.canvas.view import NOTE_IDS_MIME
from bricoleur_desk.workspace import commands, sketch

from .conftest import click, drag


@pytest.fixture
def sketch_view(qtbot, session) -> SketchView:  # noqa: ANN001
    widget = SketchView(session, "m1")
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def test_the_view_is_found_by_name_and_every_control_has_an_accessible_name(sketch_view) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QListWidget, QSlider, QToolButton

    assert sketch_view.findChild(object, "canvasView") is sketch_view.view
    for kind in (QAbstractButton, QComboBox, QListWidget, QSlider, QToolButton):
        for control in sketch_view.findChildren(kind):
            if control.isVisible():
                assert control.accessibleName(), control


def test_the_top_sheet_is_current_and_tools_draw_on_the_chosen_sheet(sketch_view, canvas) -> None:
    panel = sketch_view.panel
    assert panel.current_sheet_id() == "sB"
    assert panel.list.item(0).text() == "Alternatief B"  # top first
    drag(sketch_view.view, [(100, 100), (300, 100)])
    assert len(canvas.sheets[1].strokes) == 1
    panel.list.setCurrentRow(1)
    drag(sketch_view.view, [(100, 200), (300, 200)])
    assert len(canvas.sheets[0].strokes) == 1


def test_sheets_add_rename_hide_reorder_opacity_lock(sketch_view, session, canvas) -> None:
    panel = sketch_view.panel
    new_id = panel.add_sheet("Alternatief C — bewoners")
    assert [s.id for s in canvas.sheets][-1] == new_id and panel.current_sheet_id() == new_id
    panel.rename_current("Alternatief C")
    assert canvas.sheets[-1].name == "Alternatief C"
    panel.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert canvas.sheets[-1].visible is False
    panel.list.item(0).setCheckState(Qt.CheckState.Checked)
    panel.move_current(-1)
    assert [s.id for s in canvas.sheets].index(new_id) == 1
    panel.opacity.setValue(40)
    assert canvas.sheets[1].opacity == pytest.approx(0.4)
    panel.lock_button.click()
    assert canvas.sheets[1].locked
    drag(sketch_view.view, [(100, 100), (300, 100)])
    assert canvas.sheets[1].strokes == []
    session.undo()  # unlock
    drag(sketch_view.view, [(100, 100), (300, 100)])
    assert len(canvas.sheets[1].strokes) == 1


def test_a_hidden_sheet_is_not_painted(sketch_view, session, canvas) -> None:
    view = sketch_view.view
    view.width = 8
    drag(view, [(300, 500), (900, 500)])
    view.grab()
    view.canvas_scene().finish_rendering()
    spot = view.mapFromScene(QPointF(600, 500))
    assert view.grab().toImage().pixelColor(spot).name() != "#ffffff"
    commands.run(session, sketch.set_sheet_visible, "sB", False)
    assert view.grab().toImage().pixelColor(spot).name() == "#ffffff"


def test_compare_key_flips_between_two_sheets(sketch_view, canvas) -> None:
    sketch_view.view.setFocus()
    QTest.keyClick(sketch_view.view, Qt.Key.Key_C)
    assert [s.visible for s in canvas.sheets] != [True, True]
    first = [s.visible for s in canvas.sheets]
    QTest.keyClick(sketch_view.view, Qt.Key.Key_C)
    second = [s.visible for s in canvas.sheets]
    assert first in ([True, False], [False, True]) and second == [not v for v in first]


def test_clicking_a_pin_emits_its_note_and_a_note_highlights_its_pin(qtbot, sketch_view, canvas) -> None:
    sketch_view.place_pin("n2", 500, 400)
    (pin,) = canvas.sheets[1].pins
    assert pin.note_id == "n2"
    item = sketch_view.scene.item_for(pin.id)
    assert item.number == "2"
    with qtbot.waitSignal(sketch_view.pinActivated) as signal:
        QTest.keyClick(sketch_view.view, Qt.Key.Key_V)
        click(sketch_view.view, 500, 400)
    assert signal.args == ["n2"]
    sketch_view.select_pin_for_note("n1")
    assert not item.highlighted
    sketch_view.select_pin_for_note("n2")
    assert item.highlighted


def test_the_pin_tool_pins_the_current_note(sketch_view, canvas) -> None:
    sketch_view.set_current_note("n3")
    QTest.keyClick(sketch_view.view, Qt.Key.Key_I)
    click(sketch_view.view, 300, 300)
    assert [p.note_id for p in canvas.sheets[1].pins] == ["n3"]


def test_dropping_note_ids_makes_pins(sketch_view, canvas) -> None:
    data = QMimeData()
    data.setData(NOTE_IDS_MIME, b"n1,n3")
    viewport = sketch_view.view.viewport()
    where = QPointF(sketch_view.view.mapFromScene(QPointF(800, 500)))
    from PySide6.QtGui import QDragEnterEvent

    enter = QDragEnterEvent(
        where.toPoint(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    drop = QDropEvent(
        where, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, drop)
    pins = canvas.sheets[1].pins
    assert [p.note_id for p in pins] == ["n1", "n3"]
    assert pins[0].x == pytest.approx(800, abs=2)


def test_a_pin_follows_its_notes_number(sketch_view, session, canvas) -> None:
    from bricoleur_desk.domain.edits import Change

    sketch_view.place_pin("n1", 100, 100)
    item = sketch_view.scene.item_for(canvas.sheets[1].pins[0].id)
    session.apply(Change.of("n1", number=7))
    assert item.number == "7"


def test_undo_and_redo_through_the_view_keys(sketch_view, canvas) -> None:
    drag(sketch_view.view, [(100, 100), (300, 100)])
    QTest.keyClick(sketch_view.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert canvas.sheets[1].strokes == []
    QTest.keyClick(
        sketch_view.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(canvas.sheets[1].strokes) == 1


def test_new_blank_and_grid_canvases_appear_in_the_picker(sketch_view, session) -> None:
    canvas_id = sketch_view.new_canvas("grid", name="Raster")
    assert sketch_view.current_canvas_id() == canvas_id
    assert sketch_view.canvas_picker.currentText() == "Raster"
    session.undo()
    assert sketch_view.current_canvas_id() == "c1"
    assert sketch_view.canvas_picker.count() == 1


def test_the_audience_follows_the_facilitator_and_shows_the_same_sheets(
    qtbot, sketch_view, session, canvas
) -> None:
    audience = AudienceCanvas(session, "m1", follow=sketch_view)
    qtbot.addWidget(audience)
    audience.resize(640, 400)
    audience.show()
    assert audience.findChildren(type(sketch_view.toolbar)) == []
    sketch_view.view.zoom_by(3.0)
    sketch_view.view.centerOn(QPointF(400, 300))
    centre = audience.view.mapToScene(audience.view.viewport().rect().center())
    assert centre.x() == pytest.approx(400, abs=20) and centre.y() == pytest.approx(300, abs=20)
    audience.set_following(False)
    shown = audience.view.mapToScene(audience.view.viewport().rect()).boundingRect()
    assert shown.contains(sketch_view.scene.canvas_rect())
    audience.view.width = 8
    sketch_view.view.width = 8
    sketch_view.view.fit()
    drag(sketch_view.view, [(300, 500), (900, 500)])
    audience.view.grab()
    sketch_view.scene.finish_rendering()
    spot = audience.view.mapFromScene(QPointF(600, 500))
    assert audience.view.grab().toImage().pixelColor(spot).name() != "#ffffff"
    commands.run(session, sketch.set_sheet_visible, "sB", False)
    assert audience.view.grab().toImage().pixelColor(spot).name() == "#ffffff"


def test_a_fixed_audience_canvas_of_its_own(qtbot, session, canvas) -> None:
    commands.create(
        session,
        sketch.add_stroke,
        "sA",
        sketch.finish_points(__import__("array").array("f", [100, 100, 0.5, 500, 100, 0.5])),
    )
    audience = AudienceCanvas(session, "m1", "c1")
    qtbot.addWidget(audience)
    audience.resize(640, 400)
    audience.show()
    assert audience.view is not None and not audience.view.interactive
    QTest.mousePress(
        audience.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(100, 100)
    )
    QTest.mouseRelease(
        audience.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(200, 100)
    )
    assert len(canvas.sheets[0].strokes) == 1


def test_export_png_and_svg_with_the_visible_sheets(sketch_view, session, canvas, tmp_path) -> None:
    drag(sketch_view.view, [(100, 100), (400, 100), (400, 300)])
    sketch_view.panel.list.setCurrentRow(1)
    drag(sketch_view.view, [(100, 600), (400, 600)])
    commands.create(session, sketch.add_sticky, "sB", 600, 200, "Bankje & <boom>")
    commands.create(session, sketch.add_pin, "sB", "n2", 900, 300)
    commands.run(session, sketch.set_sheet_visible, "sA", False)
    png, svg = tmp_path / "kaart.png", tmp_path / "kaart.svg"
    assert sketch_view.export("png", png) and sketch_view.export("svg", svg)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1600, 1000)
    assert image.pixelColor(250, 100).name() != "#ffffff"  # sheet B's line
    assert image.pixelColor(250, 600).name() == "#ffffff"  # sheet A is hidden
    root = ET.parse(svg).getroot()
    ns = {"s": "http://www.w3.org/2000/svg"}
    polylines = root.findall(".//s:polyline", ns)
    assert len(polylines) == 1
    xs = [float(p.split(",")[0]) for p in polylines[0].get("points").split()]
    assert min(xs) == pytest.approx(100, abs=3) and max(xs) == pytest.approx(400, abs=3)
    texts = ["".join(t.itertext()) for t in root.findall(".//s:text", ns)]
    assert "Bankje & <boom>" in texts and "2" in texts


def test_a_meeting_without_canvases_starts_empty_and_gets_one(qtbot, session) -> None:
    from bricoleur_desk.domain.edits import Remove

    session.apply(Remove("canvas", "c1"))
    widget = SketchView(session, "m1")
    qtbot.addWidget(widget)
    assert widget.current_canvas_id() is None and widget.stack.currentWidget() is widget.empty
    canvas_id = widget.new_canvas("blank")
    assert widget.current_canvas_id() == canvas_id and widget.stack.currentWidget() is widget.view
    drag(widget.view, [(100, 100), (300, 100)])
    assert len(session.document.get(canvas_id).sheets[0].strokes) == 1


def test_an_exported_sketch_shows_names_and_contacts_masked_and_waits_for_the_scanner(
    sketch_view, session, tmp_path, name_scanner  # noqa: ANN001
) -> None:
    from bricoleur_desk.workspace.wall_privacy import RoomWords

    loaded = [False]
    sketch_view.set_room_words(RoomWords(lambda: session.dossier.people, lambda: name_scanner, lambda: loaded[0]))
    commands.create(session, sketch.add_sticky, "sB", 600, 200, "Bel mevrouw Gerda Jansen op 06-12345678")
    commands.create(session, sketch.add_label, "sB", 200, 700, "Tuin van meneer Bakker", "#000000", 24.0)
    svg = tmp_path / "kaart.svg"
    # the scanner has not looked at the texts yet: no file rather than one with the names in it
    assert not sketch_view.export("svg", svg) and not svg.exists()
    assert "name scanner is still loading" in sketch_view.message.text()
    loaded[0] = True
    png = tmp_path / "kaart.png"
    assert sketch_view.export("svg", svg) and sketch_view.export("png", png)
    written = svg.read_text(encoding="utf-8")
    assert "Bel mevrouw [naam] op [telefoon]" in written and "Tuin van meneer [naam]" in written
    assert "Jansen" not in written and "06-12345678" not in written and "Bakker" not in written
    sketch_view.set_room_words(lambda text: text)  # the projector's words as typed: so is the image
    typed = tmp_path / "getypt.png"
    assert sketch_view.export("png", typed)
    assert QImage(str(png)) != QImage(str(typed))  # the PNG drew the masked words, not the typed ones
