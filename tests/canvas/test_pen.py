"""The pen and highlighter driven by real mouse and tablet events; undo, redo and Esc."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bricoleur_desk.domain.model import StrokeTool
from bricoleur_desk.ui.canvas.scene import CanvasScene
from bricoleur_desk.ui.canvas.view import CanvasView

from .conftest import drag, scene_to_viewport


def make_view(qtbot, session, sheet_id: str = "sA") -> CanvasView:  # noqa: ANN001
    view = CanvasView(CanvasScene(session, "c1"))
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.fit()
    view.set_current_sheet(sheet_id)
    return view


def test_a_pen_stroke_lands_in_the_current_sheet_and_undo_redo_it(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    view.color = "#c8102e"
    drag(view, [(100, 100), (150, 120), (200, 180), (260, 200)])
    sheet = canvas.sheets[0]
    assert len(sheet.strokes) == 1 and canvas.sheets[1].strokes == []
    stroke = sheet.strokes[0]
    assert stroke.tool == StrokeTool.PEN and stroke.color == "#c8102e"
    assert abs(stroke.points[0] - 100) < 2 and abs(stroke.points[-3] - 260) < 2
    assert session.history.undo_label() == "Draw"
    session.undo()
    assert sheet.strokes == []
    session.redo()
    assert sheet.strokes == [stroke]


def test_the_stroke_is_painted_from_the_document(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    view.width = 8
    drag(view, [(300, 500), (700, 500)])
    view.grab()
    view.canvas_scene().finish_rendering()
    image: QImage = view.grab().toImage()
    mid = scene_to_viewport(view, 500, 500)
    assert QColorName(image, mid) != "#ffffff"
    session.undo()
    view.canvas_scene().finish_rendering()
    image = view.grab().toImage()
    assert QColorName(image, mid) == "#ffffff"


def QColorName(image: QImage, p) -> str:  # noqa: ANN001, N802
    return image.pixelColor(p).name()


def test_escape_cancels_a_stroke_in_progress(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    vp = view.viewport()
    QTest.mousePress(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, scene_to_viewport(view, 100, 100)
    )
    QTest.mouseMove(vp, scene_to_viewport(view, 200, 200))
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, scene_to_viewport(view, 250, 200)
    )
    assert canvas.sheets[0].strokes == []
    assert not session.history.can_undo()


def test_highlighter_key_and_wide_translucent_ink(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    QTest.keyClick(view, Qt.Key.Key_H)
    assert view.tool.name == "highlighter"
    drag(view, [(100, 300), (400, 300)])
    stroke = canvas.sheets[0].strokes[0]
    assert stroke.tool == StrokeTool.HIGHLIGHTER and stroke.width >= 4 * view.width


def test_a_locked_or_hidden_sheet_ignores_drawing(qtbot, session, canvas) -> None:
    from bricoleur_desk.workspace import commands, sketch

    view = make_view(qtbot, session)
    commands.run(session, sketch.set_sheet_locked, "sA", True)
    drag(view, [(100, 100), (200, 200)])
    commands.run(session, sketch.set_sheet_locked, "sA", False)
    commands.run(session, sketch.set_sheet_visible, "sA", False)
    drag(view, [(100, 100), (200, 200)])
    assert canvas.sheets[0].strokes == []


def _tablet(view, kind: QEvent.Type, x: float, y: float, pressure: float, device: QPointingDevice) -> None:  # noqa: ANN001
    pos = QPointF(scene_to_viewport(view, x, y))
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
    event = QTabletEvent(
        kind,
        device,
        pos,
        QPointF(view.viewport().mapToGlobal(pos)),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        buttons,
    )
    QApplication.sendEvent(view.viewport(), event)


def _device(pointer: QPointingDevice.PointerType) -> QPointingDevice:
    caps = QPointingDevice.Capability.Position | QPointingDevice.Capability.Pressure
    return QPointingDevice("test pen", 42, QPointingDevice.DeviceType.Stylus, pointer, caps, 1, 2)


def test_tablet_pressure_sets_the_width(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    pen = _device(QPointingDevice.PointerType.Pen)
    for pressure, y in ((0.1, 100), (1.0, 300)):
        _tablet(view, QEvent.Type.TabletPress, 100, y, pressure, pen)
        _tablet(view, QEvent.Type.TabletMove, 200, y, pressure, pen)
        _tablet(view, QEvent.Type.TabletRelease, 300, y, pressure, pen)
    light, heavy = canvas.sheets[0].strokes
    assert light.width < view.width < heavy.width
    assert abs(light.points[2] - 0.1) < 1e-6


def test_the_pens_eraser_end_erases(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    drag(view, [(100, 400), (500, 400)])
    eraser = _device(QPointingDevice.PointerType.Eraser)
    _tablet(view, QEvent.Type.TabletPress, 300, 380, 0.5, eraser)
    _tablet(view, QEvent.Type.TabletMove, 300, 420, 0.5, eraser)
    _tablet(view, QEvent.Type.TabletRelease, 300, 420, 0.5, eraser)
    assert canvas.sheets[0].strokes == []
    assert view.tool.name == "pen"
