"""The canvas view: navigation (wheel, pinch, space-drag, middle button, fit) and pen/mouse/touch input.

Navigation: the mouse wheel (and Ctrl+wheel) zooms around the pointer; a touchpad's two-finger
scroll pans; space+drag, the middle button or two fingers pan; F or 0 fits the background.
Input from mouse, tablet (pressure, eraser end) and touch (one finger draws unless a pen is in
range) all arrive at the current tool in scene coordinates.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPointingDevice,
    QResizeEvent,
    QTabletEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from ...domain.model import Sheet, StrokeTool
from ...workspace import commands, sketch
from ...workspace.session import DossierSession
from .items import LabelItem, StickyItem
from .note_picker import pick_note
from .scene import CanvasScene
from .select import SelectTool
from .tools import EraserTool, LabelTool, PenTool, PinTool, ShapeTool, StickyTool, Tool
from .touch import TouchGestures

NOTE_IDS_MIME = "application/x-bricoleur-note-ids"
MIN_ZOOM = 1 / 16
MAX_ZOOM = 16.0
PEN_RANGE_SECONDS = 0.6
SETTLE_MS = 150  # after the last pan or zoom step, repaint once with smooth scaling  # touches this soon after pen input are a palm: ignored

TOOL_KEYS = {
    Qt.Key.Key_P: "pen",
    Qt.Key.Key_H: "highlighter",
    Qt.Key.Key_E: "eraser",
    Qt.Key.Key_L: "line",
    Qt.Key.Key_A: "arrow",
    Qt.Key.Key_R: "rectangle",
    Qt.Key.Key_O: "ellipse",
    Qt.Key.Key_T: "text",
    Qt.Key.Key_N: "sticky",
    Qt.Key.Key_I: "pin",
    Qt.Key.Key_V: "select",
}


class CanvasView(QGraphicsView):
    """Shows a CanvasScene; with ``interactive`` it also draws, erases, selects and pins."""

    pinActivated = Signal(str)
    toolChanged = Signal(str)
    viewChanged = Signal()
    resized = Signal()

    def __init__(self, scene: CanvasScene, interactive: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("canvasView")
        self.session: DossierSession = scene.session
        self.interactive = interactive
        self.color = "#1f1f1f"
        self.width = 3.0
        self.eraser_partial = False
        self.current_note_id: str | None = None
        self._sheet_id: str | None = None
        self._pan_from: QPointF | None = None
        self._space = False
        self.pen_seen_at = 0.0  # when a pen last reported: touches soon after are a palm
        self._touch = TouchGestures(self)
        self._pen_gesture = False
        self._tool_before_eraser: Tool | None = None
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, interactive)
        self.setAcceptDrops(interactive)
        self.horizontalScrollBar().valueChanged.connect(self.viewChanged)
        self.verticalScrollBar().valueChanged.connect(self.viewChanged)
        # while the view moves, tiles are scaled the fast way; a moment after, once smoothly
        self._moving = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self.viewChanged.connect(self._view_moved)
        self.tools: dict[str, Tool] = {
            "pen": PenTool(self),
            "highlighter": PenTool(self, StrokeTool.HIGHLIGHTER),
            "eraser": EraserTool(self),
            "line": ShapeTool(self, "line"),
            "arrow": ShapeTool(self, "arrow"),
            "rectangle": ShapeTool(self, "rectangle"),
            "ellipse": ShapeTool(self, "ellipse"),
            "text": LabelTool(self),
            "sticky": StickyTool(self),
            "pin": PinTool(self),
            "select": SelectTool(self),
        }
        self.tool: Tool = self.tools["pen"]
        if interactive:
            scene.preview = self.tool
        self.retranslate()
        self.fit()

    def retranslate(self) -> None:
        self.setAccessibleName(
            self.tr("Sketch canvas") if self.interactive else self.tr("Sketch for the room")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_canvas_scene(self, scene: CanvasScene) -> None:
        """Show another canvas in this view (tools stay, gestures in progress are dropped)."""
        self.tool.cancel()
        self.setScene(scene)
        self.session = scene.session
        if self.interactive:
            scene.preview = self.tool
        self._sheet_id = None
        self.fit()

    def _view_moved(self) -> None:
        self._moving = True
        self._settle.start()

    def _settled(self) -> None:
        self._moving = False
        self.viewport().update()

    def drawBackground(self, painter: QPainter, rect) -> None:  # noqa: ANN001 - QRectF
        scene = self.canvas_scene()
        scene.fast_paint = self._moving
        super().drawBackground(painter, rect)
        scene.fast_paint = False

    def drawForeground(self, painter: QPainter, rect) -> None:  # noqa: ANN001 - QRectF
        # the room sees lines being drawn, not the facilitator's selection handles
        if not self.interactive and getattr(self.canvas_scene().preview, "name", "") == "select":
            return
        super().drawForeground(painter, rect)

    # -- ToolHost ---------------------------------------------------------------------------

    def canvas_scene(self) -> CanvasScene:
        return self.scene()  # type: ignore[return-value]

    def zoom(self) -> float:
        return self.transform().m11()

    def current_sheet(self) -> Sheet | None:
        sheets = self.canvas_scene().canvas.sheets
        for sheet in sheets:
            if sheet.id == self._sheet_id:
                return sheet
        return sheets[-1] if sheets else None

    def set_current_sheet(self, sheet_id: str | None) -> None:
        self.tool.cancel()
        self._sheet_id = sheet_id

    def drawable_sheet(self) -> Sheet | None:
        """The sheet tools draw on: the current one, unless it is hidden or locked."""
        sheet = self.current_sheet()
        if sheet is None or sheet.locked or not sheet.visible:
            return None
        return sheet

    def pin_clicked(self, note_id: str) -> None:
        self.select_pin_for_note(note_id)
        self.pinActivated.emit(note_id)

    def note_for_pin(self) -> str | None:
        if self.current_note_id is not None and self.current_note_id in self.session.document:
            return self.current_note_id
        meeting = self.canvas_scene().meeting
        if not meeting.notes:
            return None
        themes = {t.id: t.name for t in meeting.themes}
        return pick_note(self, meeting.notes, themes, self.cursor().pos())

    # -- tools and pins ---------------------------------------------------------------------

    def set_tool(self, name: str) -> None:
        if self.tool.name == name and name in self.tools:
            return
        self.tool.cancel()
        self.tool = self.tools[name]
        self.canvas_scene().preview = self.tool
        self.viewport().setCursor(self.tool.cursor)
        self.toolChanged.emit(name)

    def select_pin_for_note(self, note_id: str | None) -> None:
        """Highlight the pins of a note (and only those)."""
        for pin in self.canvas_scene().pin_items():
            pin.set_highlighted(pin.note_id == note_id)

    def place_pin(self, note_id: str, x: float, y: float) -> None:
        sheet = self.drawable_sheet()
        if sheet is not None:
            commands.create(self.session, sketch.add_pin, sheet.id, note_id, x, y)

    # -- navigation -------------------------------------------------------------------------

    def fit(self, margin: float = 0.03) -> None:
        """Show the whole background, with a margin of this fraction of its longer side."""
        self._fitted = True
        rect = self.canvas_scene().canvas_rect()
        margin *= max(rect.width(), rect.height())
        self.fitInView(rect.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio)
        self.viewChanged.emit()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        self._fitted = False
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        if anchor is None:
            self.scale(factor, factor)
        else:
            before = self.mapToScene(anchor.toPoint())
            old = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(factor, factor)
            after = self.mapToScene(anchor.toPoint())
            self.pan_scene(after.x() - before.x(), after.y() - before.y())
            self.setTransformationAnchor(old)
        self.viewChanged.emit()

    def pan_scene(self, dx: float, dy: float) -> None:
        """Move the view so the scene point under the pointer moves by (dx, dy) scene units."""
        self._fitted = False
        z = self.zoom()
        self.horizontalScrollBar().setValue(round(self.horizontalScrollBar().value() - dx * z))
        self.verticalScrollBar().setValue(round(self.verticalScrollBar().value() - dy * z))

    def pan_pixels(self, dx: float, dy: float) -> None:
        self._fitted = False
        self.horizontalScrollBar().setValue(round(self.horizontalScrollBar().value() - dx))
        self.verticalScrollBar().setValue(round(self.verticalScrollBar().value() - dy))

    def view_state(self) -> tuple[QPointF, float]:
        """Centre (scene) and zoom: what a following view copies."""
        return self.mapToScene(self.viewport().rect().center()), self.zoom()

    def show_state(self, centre: QPointF, zoom: float) -> None:
        self.setTransform(self.transform().fromScale(zoom, zoom))
        self.centerOn(centre)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # until the facilitator zooms or pans, the whole background stays in view
        if getattr(self, "_fitted", True) and self.scene() is not None:
            self.fit()
        self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        pixel = event.pixelDelta()
        if not pixel.isNull() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.pan_pixels(pixel.x(), pixel.y())  # a touchpad's two-finger scroll
        else:
            steps = event.angleDelta().y() / 120.0
            self.zoom_by(1.2**steps, event.position())
        event.accept()

    # -- input ------------------------------------------------------------------------------

    def _editing_text_at(self, pos: QPointF) -> bool:
        for item in self.items(pos.toPoint()):
            if isinstance(item, LabelItem) and item.is_editing():
                return True
            if isinstance(item, StickyItem) and item.text.is_editing():
                return True
        return False

    def _begin_pan(self, event: QMouseEvent) -> bool:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return True
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._begin_pan(event):
            return
        if not self.interactive or event.button() != Qt.MouseButton.LeftButton:
            return
        if self._editing_text_at(event.position()):
            super().mousePressEvent(event)
            return
        if self.scene().focusItem() is not None:
            self.scene().setFocusItem(None)  # clicking elsewhere ends typing in a note
        p = self.mapToScene(event.position().toPoint())
        self.tool.press(p.x(), p.y(), 0.5)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.pan_pixels(delta.x(), delta.y())
            return
        if self.tool.active:
            p = self.mapToScene(event.position().toPoint())
            self.tool.move(p.x(), p.y(), 0.5)
        elif self.interactive:
            super().mouseMoveEvent(event)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space else self.tool.cursor)
            return
        if self.tool.active:
            p = self.mapToScene(event.position().toPoint())
            self.tool.release(p.x(), p.y(), 0.5)
        elif self.interactive:
            super().mouseReleaseEvent(event)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # double click on a sticky or label (select tool) edits its text
        if self.interactive and self.tool.name == "select":
            for item in self.items(event.position().toPoint()):
                target = item.parentItem() if item.parentItem() is not None else item
                if isinstance(target, StickyItem):
                    target.text.start_editing()
                    return
                if isinstance(target, LabelItem):
                    target.start_editing()
                    return
        self.mousePressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.TabletRelease):
            if self.interactive:
                self._tablet(event)  # type: ignore[arg-type]
            event.accept()
            return True
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            self._touch.handle(event)  # type: ignore[arg-type]
            event.accept()
            return True
        return super().viewportEvent(event)

    def _tablet(self, event: QTabletEvent) -> None:
        self.pen_seen_at = time.monotonic()
        p = self.mapToScene(event.position().toPoint())
        pressure = max(0.05, min(1.0, event.pressure()))
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            if event.pointerType() == QPointingDevice.PointerType.Eraser and self.tool.name != "eraser":
                self._tool_before_eraser = self.tool
                self.tool.cancel()
                self.tool = self.tools["eraser"]
                self.canvas_scene().preview = self.tool
            self._pen_gesture = True
            self.tool.press(p.x(), p.y(), pressure)
        elif kind == QEvent.Type.TabletMove:
            if self._pen_gesture and self.tool.active:
                self.tool.move(p.x(), p.y(), pressure)
        else:
            self._pen_gesture = False
            if self.tool.active:
                self.tool.release(p.x(), p.y(), pressure)
            if self._tool_before_eraser is not None:
                self.tool = self._tool_before_eraser
                self.canvas_scene().preview = self.tool
                self._tool_before_eraser = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focus = self.scene().focusItem()
        if focus is not None and getattr(focus, "is_editing", lambda: False)():
            if event.key() == Qt.Key.Key_Escape:
                self.scene().setFocusItem(None)  # done typing: keys choose tools again
                focus.finish_editing()
            else:
                super().keyPressEvent(event)  # typing into a sticky or label
            return
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key == Qt.Key.Key_Escape:
            self.tool.cancel()
        elif key in (Qt.Key.Key_F, Qt.Key.Key_0) and not mods:
            self.fit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.interactive:
            select = self.tools["select"]
            assert isinstance(select, SelectTool)
            select.delete_selection()
        elif self.interactive and key in TOOL_KEYS and not mods:
            self.set_tool(TOOL_KEYS[key])
        elif self.interactive and event.matches(QKeySequence.StandardKey.Undo):
            self.tool.cancel()
            self.session.undo()
        elif self.interactive and event.matches(QKeySequence.StandardKey.Redo):
            self.tool.cancel()
            self.session.redo()
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().setCursor(self.tool.cursor)
            return
        super().keyReleaseEvent(event)

    # -- dropping notes to pin them ---------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(NOTE_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(NOTE_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(NOTE_IDS_MIME):
            event.ignore()
            return
        raw = bytes(event.mimeData().data(NOTE_IDS_MIME).data()).decode("utf-8")
        note_ids = [n.strip() for n in raw.split(",") if n.strip() in self.session.document]
        sheet = self.drawable_sheet()
        if note_ids and sheet is not None:
            p = self.mapToScene(event.position().toPoint())
            commands.run(self.session, sketch.add_pins, sheet.id, note_ids, p.x(), p.y(), 36.0 / self.zoom())
            event.acceptProposedAction()
        else:
            event.ignore()
