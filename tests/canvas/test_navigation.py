"""Navigation and touch: wheel zoom, space-drag and middle-button pan, pinch, palm rejection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from .conftest import drag
from .test_pen import make_view


def _wheel(view, steps: int, pixel: QPoint | None = None) -> None:  # noqa: ANN001
    where = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        where,
        QPointF(view.viewport().mapToGlobal(where.toPoint())),
        pixel or QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_the_wheel_zooms_around_the_pointer(qtbot, session) -> None:
    view = make_view(qtbot, session)
    before = view.zoom()
    centre = view.mapToScene(view.viewport().rect().center())
    _wheel(view, 2)
    assert view.zoom() == pytest.approx(before * 1.44)
    after = view.mapToScene(view.viewport().rect().center())
    assert (after - centre).manhattanLength() < 3 / view.zoom()


def test_a_touchpad_scroll_pans(qtbot, session) -> None:
    view = make_view(qtbot, session)
    view.zoom_by(3)
    before = view.mapToScene(QPoint(0, 0))
    _wheel(view, 0, QPoint(0, -60))
    assert view.zoom() == pytest.approx(view.zoom())
    assert view.mapToScene(QPoint(0, 0)).y() > before.y()


def test_middle_button_and_space_drag_pan_without_drawing(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    view.zoom_by(2)
    before = view.mapToScene(QPoint(0, 0))
    drag(view, [(400, 400), (300, 300)], button=Qt.MouseButton.MiddleButton)
    moved = view.mapToScene(QPoint(0, 0))
    assert moved.x() > before.x() + 50
    QTest.keyPress(view, Qt.Key.Key_Space)
    drag(view, [(400, 400), (300, 400)])
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert view.mapToScene(QPoint(0, 0)).x() > moved.x() + 50
    assert canvas.sheets[0].strokes == []


def test_pinch_zooms_and_one_finger_draws_unless_a_pen_is_near(qtbot, session, canvas) -> None:
    view = make_view(qtbot, session)
    screen = QTest.createTouchDevice()
    vp = view.viewport()
    before = view.zoom()
    QTest.touchEvent(vp, screen).press(0, QPoint(300, 300)).press(1, QPoint(400, 300))
    QTest.touchEvent(vp, screen).move(0, QPoint(250, 300)).move(1, QPoint(450, 300))
    QTest.touchEvent(vp, screen).release(0, QPoint(250, 300)).release(1, QPoint(450, 300))
    assert view.zoom() == pytest.approx(before * 2, rel=0.05)
    assert canvas.sheets[0].strokes == []
    QTest.touchEvent(vp, screen).press(0, QPoint(100, 100))
    QTest.touchEvent(vp, screen).move(0, QPoint(200, 150))
    QTest.touchEvent(vp, screen).release(0, QPoint(200, 150))
    assert len(canvas.sheets[0].strokes) == 1
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QPointingDevice

    from .test_pen import _device, _tablet

    # the pen hovers (a tablet move without pressure): the palm resting meanwhile must not draw
    _tablet(view, QEvent.Type.TabletMove, 600, 600, 0.0, _device(QPointingDevice.PointerType.Pen))
    QTest.touchEvent(vp, screen).press(0, QPoint(100, 300))
    QTest.touchEvent(vp, screen).move(0, QPoint(200, 350))
    QTest.touchEvent(vp, screen).release(0, QPoint(200, 350))
    assert len(canvas.sheets[0].strokes) == 1
