"""Run by test_sketch_on_projector.py in a fresh process with two screens (laptop and projector).

Opens the demo dossier in the main window as a facilitator would, F5, the sketch tab, and reports
as JSON what the projector shows: where the map lands on the projector's screen, following the
facilitator's view and as the whole map, and how large the stickies' and pins' type stands.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def _rect(r: QRectF) -> list[float]:
    return [r.x(), r.y(), r.width(), r.height()]


def _settle(app: QApplication, done) -> None:  # noqa: ANN001
    deadline = time.monotonic() + 10
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def main() -> None:
    app = QApplication(sys.argv)
    from bricoleur_desk.ui.canvas.items import PIN_RADIUS, STICKY_TYPE, StickyItem, pin_type
    from bricoleur_desk.ui.main_window import MainWindow
    from bricoleur_desk.ui.settings import Settings
    from bricoleur_desk.workspace.files import write_demo
    from tests.canvas.room_pixels import pin_number_height

    folder = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(1366, 740)
    window.show()
    window.activateWindow()
    window.open_path(write_demo(folder / "demo.bricoleur"))
    views = window.workspace.views
    views.tabs.setCurrentWidget(views.sketch_tab)
    window.activateWindow()
    _settle(app, lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_F5)
    _settle(app, lambda: views.projector.window is not None and views.projector.window.isVisible())
    wall = views.projector.window
    room = views.projector._canvas
    laptop = views.sketch.view
    screen = wall.screen()

    def seen() -> QRectF:
        return laptop.mapToScene(laptop.viewport().rect()).boundingRect()

    def shown() -> QRectF:
        return room.shown_rect()

    def map_on_screen() -> list[float]:
        on_view = room.view.mapFromScene(room.view.canvas_scene().canvas_rect()).boundingRect()
        top_left = room.view.viewport().mapToGlobal(on_view.topLeft())
        return [top_left.x(), top_left.y(), on_view.width(), on_view.height()]

    def type_sizes() -> dict:
        scene = room.view.canvas_scene()
        stickies = [i for i in scene.items() if isinstance(i, StickyItem) and i.isVisible()]
        pins = [p for p in scene.pin_items() if p.isVisible()]
        image = room.view.grab().toImage()
        at = {p: room.view.mapFromScene(p.scenePos()) for p in pins}
        reach = 2 * PIN_RADIUS * max((p.room_scale for p in pins), default=1.0)
        alone = [  # in view, and no other pin over its middle
            p
            for p in pins
            if room.view.viewport().rect().contains(at[p])
            and all((at[p] - at[q]).manhattanLength() > reach for q in pins if q is not p)
        ]
        measured = [pin_number_height(image, at[p], PIN_RADIUS * p.room_scale) for p in alone]
        return {
            "sticky_px": [STICKY_TYPE * room.view.zoom() * s.room_scale for s in stickies],
            "pin_px": [pin_type(p.number) * p.room_scale for p in pins],
            "pin_number_heights": measured,
        }

    result: dict = {
        "wall_screen": screen.name(),
        "screen": [screen.geometry().x(), screen.geometry().y(), screen.geometry().width(), screen.geometry().height()],
        "wall": [wall.geometry().x(), wall.geometry().y(), wall.geometry().width(), wall.geometry().height()],
        "full_screen": wall.isFullScreen(),
        "laptop_active": QApplication.activeWindow() is window,
        "stage_is_whole_window": wall.pages.currentWidget() is wall.stage_page
        and room.geometry().size() == wall.size(),
        "following": room.following,
    }
    laptop.fit()
    app.processEvents()
    result["follow_fitted"] = {"map": map_on_screen(), "type": type_sizes()}
    laptop.zoom_by(2.5)
    laptop.centerOn(700, 560)
    app.processEvents()
    result["follow_zoomed"] = {"seen": _rect(seen()), "shown": _rect(shown()), "type": type_sizes()}
    QTest.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)  # whole map
    app.processEvents()
    result["whole"] = {
        "following": room.following,
        "setting": settings.projector_follows_view(),
        "checked": window.commands.projector_follow.isChecked(),
        "map": map_on_screen(),
        "canvas": _rect(room.view.canvas_scene().canvas_rect()),
        "shown": _rect(shown()),
        "type": type_sizes(),
    }
    window.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
