"""The canvas on the projector: no tool bars, the same sheets, following the facilitator or fixed.

Given the facilitator's :class:`SketchView`, it shows the same scene (so a line appears on the
wall while it is drawn) and, when following, the part of the canvas the facilitator sees, as
large as the projector allows; otherwise the whole background, filling the screen. Stickies and
pins grow there to the room's smallest readable type (``items.ROOM_TYPE_FRACTION``). Place it
with ``AudienceWindow.set_stage(widget)``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from ...workspace.session import DossierSession
from .items import ROOM_TYPE_FRACTION
from .scene import CanvasScene
from .sketch_view import SketchView
from .view import CanvasView

ROOM_MARGIN = 0.01  # around the whole map on the projector, of its longer side: the map fills the screen


class AudienceCanvas(QWidget):
    """A read-only view of a canvas for the room."""

    def __init__(
        self,
        session: DossierSession,
        meeting_id: str,
        canvas_id: str | None = None,
        follow: SketchView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("audienceCanvas")
        self.session = session
        self.meeting_id = meeting_id
        self.follow = follow
        self.following = follow is not None
        self._own_scene: CanvasScene | None = None
        self.view: CanvasView | None = None
        self._followed_view: CanvasView | None = None
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout = QStackedLayout(self)
        self._layout.addWidget(self.empty)
        if follow is not None:
            follow.canvasChanged.connect(self._facilitator_canvas_changed)
            self._facilitator_canvas_changed(follow.current_canvas_id() or "")
        else:
            meeting = session.document.get(meeting_id)
            if canvas_id is None and meeting.canvases:
                canvas_id = meeting.canvases[0].id
            if canvas_id is not None:
                self._own_scene = CanvasScene(session, canvas_id, self)
                self._show_scene(self._own_scene)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Sketch on the projector"))
        self.empty.setText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_scene(self, scene: CanvasScene | None) -> None:
        if scene is None:
            self._layout.setCurrentWidget(self.empty)
            return
        if self.view is None:
            self.view = CanvasView(scene, interactive=False)
            self.view.setObjectName("audienceCanvasView")
            self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.view.resized.connect(self._sync)
            self._layout.addWidget(self.view)
        else:
            self.view.set_canvas_scene(scene)
        self._layout.setCurrentWidget(self.view)
        self._sync()

    def _facilitator_canvas_changed(self, canvas_id: str) -> None:
        assert self.follow is not None
        self._show_scene(self.follow.scene if canvas_id else None)
        view = self.follow.view
        if view is not None and view is not self._followed_view:
            self._followed_view = view
            view.viewChanged.connect(self._sync)

    def set_following(self, on: bool) -> None:
        """Follow the facilitator's view (True) or show the whole background, fixed (False)."""
        self.following = on and self.follow is not None
        self._sync()

    def shown_rect(self) -> QRectF:
        """The part of the scene the room sees now."""
        assert self.view is not None
        return self.view.mapToScene(self.view.viewport().rect()).boundingRect()

    def _sync(self) -> None:
        if self.view is None:
            return
        source = self.follow.view if self.follow is not None else None
        target = None
        if self.following and source is not None:
            # what the facilitator sees of the canvas, as large as the projector's shape allows
            # (the grey around the map on the laptop is not worth the room's screen)
            seen = source.mapToScene(source.viewport().rect()).boundingRect()
            canvas = self.view.canvas_scene().canvas_rect()
            target = seen.intersected(canvas)
            if seen.contains(canvas):
                target = None  # the facilitator sees all of it: as the whole map
            elif target.isEmpty():
                target = seen  # the facilitator looks beside the map: show that
        if target is None:
            self.view.fit(ROOM_MARGIN)
        else:
            self.view.fitInView(target, Qt.AspectRatioMode.KeepAspectRatio)
        pixels = ROOM_TYPE_FRACTION * self.view.viewport().height()
        self.view.canvas_scene().set_room_type(pixels, self.view.zoom())
