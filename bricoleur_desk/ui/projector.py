"""The projector for one meeting: the audience window, its stage (notes or sketch) and preview."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ..workspace.session import DossierSession
from .audience.preview import AudiencePreview
from .audience.window import AudienceWindow
from .canvas.audience import AudienceCanvas
from .canvas.sketch_view import SketchView
from .notes.model import NoteItemModel
from .settings import Settings


class Projector(QObject):
    """Owns the audience window of the current meeting; the facilitator decides what it shows."""

    def __init__(
        self,
        session: DossierSession,
        meeting_id: str,
        model: NoteItemModel,
        settings: Settings,
        sketch: SketchView,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id = meeting_id
        self.sketch = sketch
        self.window = AudienceWindow(session, meeting_id, model, settings.projector_screen())
        self.window.screenChosen.connect(settings.set_projector_screen)
        self.preview = AudiencePreview(self.window)
        self._canvas: AudienceCanvas | None = None

    def toggle(self) -> None:
        """F5: put the audience window on the projector, or take it away."""
        if self.window.isVisible():
            self.window.hide()
        else:
            self.window.open_on()

    def show_sketch(self, on: bool) -> None:
        """Show the canvas (following the facilitator's view) instead of the notes."""
        if on:
            if self._canvas is None:
                self._canvas = AudienceCanvas(self.session, self.meeting_id, follow=self.sketch)
            self.window.set_stage(self._canvas)
        else:
            self.window.set_stage(None)

    def preview_widget(self) -> QWidget:
        return self.preview

    def shutdown(self) -> None:
        self.window.shutdown()
        self.window.close()
        self.window.deleteLater()
