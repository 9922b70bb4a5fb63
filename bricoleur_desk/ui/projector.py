"""The projector for one meeting: the audience window, its stage (notes or sketch) and preview.

The audience window is built the first time the facilitator opens it (F5), not when the
meeting opens: laying out thousands of notes in projector type is work a laptop without a
projector never needs, and it would slow opening a large dossier.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMenu, QStackedWidget, QWidget

from ..workspace.session import DossierSession
from .notes.model import NoteItemModel
from .settings import Settings

if TYPE_CHECKING:  # built on first use: see the module docstring
    from .audience.window import AudienceWindow
    from .canvas.audience import AudienceCanvas
    from .canvas.sketch_view import SketchView


class Projector(QObject):
    """Owns the audience window of the current meeting; the facilitator decides what it shows."""

    def __init__(
        self,
        session: DossierSession,
        meeting_id: str,
        model: NoteItemModel,
        settings: Settings,
        sketch: Callable[[], SketchView],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id = meeting_id
        self.model = model
        self.settings = settings
        self.sketch = sketch
        self.window: AudienceWindow | None = None
        self._canvas: AudienceCanvas | None = None
        self._sketch_on = False
        self._clock: tuple[str, str] | None = None
        self.preview_holder = QStackedWidget()
        self.preview_holder.setObjectName("projectorPreview")
        self._hint = QLabel()
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setWordWrap(True)
        self._hint.setStyleSheet("background: #202124; color: #e8eaed;")
        self.preview_holder.addWidget(self._hint)
        self.preview_holder.installEventFilter(self)
        self.retranslate()

    def audience(self) -> AudienceWindow:
        """The audience window, made on first use."""
        if self.window is None:
            from .audience.preview import AudiencePreview
            from .audience.window import AudienceWindow

            self.window = AudienceWindow(
                self.session, self.meeting_id, self.model, self.settings.projector_screen()
            )
            self.window.screenChosen.connect(self.settings.set_projector_screen)
            preview = AudiencePreview(self.window)
            self.preview_holder.addWidget(preview)
            self.preview_holder.setCurrentWidget(preview)
            self.show_sketch(self._sketch_on)
            self.set_clock(self._clock)
        return self.window

    def toggle(self) -> None:
        """F5: put the audience window on the projector, or take it away."""
        window = self.audience()
        if window.isVisible():
            window.hide()
        else:
            window.open_on()

    def screen_menu(self, parent: QWidget) -> QMenu:
        """The screens to put the projector on, the remembered one checked (without building the window)."""
        title = QCoreApplication.translate("AudienceWindow", "Projector screen")
        menu = QMenu(title, parent)
        menu.setObjectName("projectorScreenMenu")
        current = self.settings.projector_screen()
        for screen in QGuiApplication.screens():
            name = screen.name()
            action = menu.addAction(name, lambda n=name: self.choose_screen(n))
            action.setCheckable(True)
            action.setChecked(name == current)
        return menu

    def choose_screen(self, name: str) -> None:
        """Remember the projector's screen; move the audience window there if it is showing."""
        self.settings.set_projector_screen(name)
        if self.window is not None:
            self.window.preferred_screen_name = name
            if self.window.isVisible():
                self.window.open_on(name)

    def set_clock(self, reading: tuple[str, str] | None) -> None:
        """The agenda timer's (time text, level) for the room, or None to hide it."""
        self._clock = reading
        if self.window is not None:
            self.window.set_clock(*(reading or (None, "ok")))

    def blank(self, colour: str) -> None:
        """Blank the projector black or white (again to bring the meeting back)."""
        window = self.audience()
        (window.toggle_black if colour == "black" else window.toggle_white)()

    def toggle_promises(self) -> bool:
        """Show "Vorige keer beloofd" to the room, or go back to the phase's page; True when shown."""
        window = self.audience()
        window.show_promises(not window.promises_shown())
        return window.promises_shown()

    def show_sketch(self, on: bool) -> None:
        """Show the canvas (following the facilitator's view) instead of the notes."""
        self._sketch_on = on
        if self.window is None:
            return
        if on:
            if self._canvas is None:
                from .canvas.audience import AudienceCanvas

                self._canvas = AudienceCanvas(self.session, self.meeting_id, follow=self.sketch())
            self.window.set_stage(self._canvas)
        else:
            self.window.set_stage(None)

    def preview_widget(self) -> QWidget:
        return self.preview_holder

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.shutdown()
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.preview_holder and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self._hint.setText(self.tr("The projector is off.\nF5 shows the meeting to the room."))
        self.preview_holder.setAccessibleName(self.tr("Preview of the projector"))
