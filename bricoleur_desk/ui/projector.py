"""The projector for one meeting: the audience window, its stage (notes or sketch) and preview.

The audience window is built the first time the facilitator opens it (F5), not when the
meeting opens: laying out thousands of notes in projector type is work a laptop without a
projector never needs, and it would slow opening a large dossier. What the wall should show
(the note or theme in focus, a theme alone) is kept here until then; ``page_label`` tells the
facilitator which page of the wall the room sees.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
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
        self._following = settings.projector_follows_view()
        self._shared: list[QAction] = []
        self._clock: tuple[str, str] | None = None
        self._focus: str | None = None  # the note or theme header under discussion
        self._alone = False
        self._page: tuple[int, int] | None = None  # (page, pages) the room sees
        self.page_label = QLabel()
        self.page_label.setObjectName("projectorPage")
        self.page_label.setWordWrap(True)
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
            self.window.shownOrHidden.connect(self._show_page)
            self.window.addActions(self._shared)
            preview = AudiencePreview(self.window)
            self.preview_holder.addWidget(preview)
            self.preview_holder.setCurrentWidget(preview)
            wall = self.window.wall
            wall.pageShown.connect(self._page_shown)
            self._page_shown(wall.wall_layout.page, wall.wall_layout.pages)  # told while it was made
            self.show_sketch(self._sketch_on)
            self.set_clock(self._clock)
            self.window.wall.set_focus(self._focus)
            self.window.wall.set_alone(self._alone)
            if self.settings.high_contrast():
                self.window.set_high_contrast(True)
        return self.window

    def set_high_contrast(self, on: bool) -> None:
        """The room's screen in the high-contrast colours, or the usual ones (made so when built)."""
        if self.window is not None:
            self.window.set_high_contrast(on)

    def set_focus(self, row_id: str | None) -> None:
        """In Discuss: the note (or theme header id) the facilitator chose; its page comes up."""
        self._focus = row_id
        if self.window is not None:
            self.window.wall.set_focus(row_id)
            self._show_page()

    def focus(self) -> str | None:
        return self._focus

    def set_alone(self, alone: bool) -> None:
        """Show the focused theme alone on the wall, large (False: every theme)."""
        self._alone = alone
        if self.window is not None:
            self.window.wall.set_alone(alone)
            self._show_page()

    def alone(self) -> bool:
        return self._alone

    def turn(self, step: int) -> None:
        """PgDn (+1) / PgUp (-1) on the laptop: the wall's next or previous page."""
        if self.window is not None:
            self.window.wall.turn_page(step)

    def _page_shown(self, page: int, pages: int) -> None:
        self._page = (page, pages)
        self._show_page()

    def _show_page(self) -> None:
        """Which page of the wall the room sees; nothing while it sees no wall (off, the sketch)."""
        if self.window is None or self._page is None or not self.window.isVisible() or self._sketch_on:
            self.page_label.clear()
            return
        page, pages = self._page
        text = self.tr("The room sees page %1 of %2 (PgUp/PgDn)").replace("%1", str(page + 1))
        text = text.replace("%2", str(pages))
        if self.window.wall.alone_theme() is not None:
            text = self.tr("One theme alone. %1").replace("%1", text)
        self.page_label.setText(text)

    def toggle(self) -> None:
        """F5: put the audience window on the projector, or take it away."""
        window = self.audience()
        if window.isVisible():
            window.put_away()
        else:
            window.open_on()
        self._show_page()

    def share_actions(self, actions: Sequence[QAction]) -> None:
        """The facilitator's actions that also work from the audience window (one screen: F5, Ctrl+Q)."""
        self._shared = list(actions)
        if self.window is not None:
            self.window.addActions(self._shared)

    def following(self) -> bool:
        """Whether the sketch on the projector follows the facilitator's view (else: the whole map)."""
        return self._following

    def set_following(self, on: bool) -> None:
        """Let the sketch on the projector follow the facilitator's view, or show the whole map; remembered."""
        self._following = on
        self.settings.set_projector_follows_view(on)
        if self._canvas is not None:
            self._canvas.set_following(on)

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
        """Show the canvas (following the facilitator's view, or whole) instead of the notes."""
        self._sketch_on = on
        if self.window is None:
            return
        if on:
            if self._canvas is None:
                from .canvas.audience import AudienceCanvas

                self._canvas = AudienceCanvas(self.session, self.meeting_id, follow=self.sketch())
                self._canvas.set_following(self._following)
            self.window.set_stage(self._canvas)
        else:
            self.window.set_stage(None)
        self._show_page()

    def preview_widget(self) -> QWidget:
        return self.preview_holder

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.shutdown()
            self.window.close()
            self.window.deleteLater()
            self.window = None
            self.page_label.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.preview_holder and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self._hint.setText(self.tr("The projector is off.\nF5 shows the meeting to the room."))
        self._show_page()
        self.preview_holder.setAccessibleName(self.tr("Preview of the projector"))
