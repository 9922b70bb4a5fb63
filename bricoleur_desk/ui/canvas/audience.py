"""The canvas on the projector: no tool bars, the same sheets, following the facilitator or fixed.

Given the facilitator's :class:`SketchView`, it shows the same scene (so a line appears on the
wall while it is drawn) and, when following, the same part of the canvas; otherwise it shows
the whole background. Place it with ``AudienceWindow.set_stage(widget)``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from ...workspace.session import DossierSession
from .scene import CanvasScene
from .sketch_view import SketchView
from .view import CanvasView


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

    def _sync(self) -> None:
        if self.view is None:
            return
        source = self.follow.view if self.follow is not None else None
        if self.following and source is not None:
            # show what the facilitator sees, fitted to the projector's shape
            shown = source.mapToScene(source.viewport().rect()).boundingRect()
            self.view.fitInView(shown, Qt.AspectRatioMode.KeepAspectRatio)
        else:
            self.view.fit()
