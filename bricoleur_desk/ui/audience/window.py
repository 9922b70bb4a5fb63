"""The audience window on the projector: what the room sees, phase by phase, and nothing else.

It shows only whitelisted meeting fields (title, date, venue, question, frame, next steps) and
the note wall; never a person, a contact detail, an internal remark or a dialog. B blanks it
black, W white (again to return); PgUp/PgDn turn the wall's page (a presenter remote sends those
keys). A sketch on the stage fills the whole window.

With a projector as a second screen the window goes full screen there and never takes the
keyboard; Esc leaves full screen but never closes the meeting. With one screen (a laptop
mirrored to the projector) it covers the facilitator's window full screen and takes the
keyboard; Esc (or F5, the facilitator's shared action) puts it away and gives the keyboard back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ...domain.document import Changed, Kind
from ...domain.model import Meeting, Phase
from ...workspace.privacy import public_text
from ...workspace.session import DossierSession
from ...workspace.wall_privacy import RoomWords
from ..notes.arrangement import NoteArrangement
from ..notes.model import NoteItemModel
from .colours import HIGH_CONTRAST, NORMAL, room_colours
from .pages import ClosePage, PreparePage, scale_labels, solid
from .promises_wall import PromisesWall
from .wall import NoteWall


class AudienceWindow(QWidget):
    """A separate top-level window for the projector, following the meeting's phase."""

    screenChosen = Signal(str)  # the screen's name, for the settings
    shownOrHidden = Signal()  # F5, Esc or closing it: the laptop's page line follows

    def __init__(
        self,
        session: DossierSession,
        meeting_id: str,
        model: NoteItemModel | None = None,
        preferred_screen_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("audienceWindow")
        # opening the projector must not take the keyboard from the capture line on the laptop
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.session = session
        self.meeting_id = meeting_id
        self.preferred_screen_name = preferred_screen_name
        self.model = model or NoteItemModel(session, meeting_id, self)
        # its own arrangement: the room always sees every note grouped by theme, whatever the
        # facilitator filters or sorts on the laptop
        self.arrangement = NoteArrangement(self.model, parent=self)
        self.words = self._room_words()  # the meeting's own texts as the room may read them
        self.wall = NoteWall(self.arrangement)
        self.title = QLabel()
        self.title.setObjectName("audienceTitle")
        self.question = QLabel()
        self.question.setObjectName("audienceQuestion")
        for label, points, bold in ((self.title, 22, False), (self.question, 30, True)):
            label.setProperty("basePoints", points)
            font = label.font()
            font.setPointSize(points)
            font.setBold(bold)
            label.setFont(font)
            label.setWordWrap(True)
            label.setStyleSheet("color: #111111;")
        self.clock = QLabel()
        self.clock.setObjectName("audienceClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        clock_font = self.clock.font()
        clock_font.setPointSize(26)
        clock_font.setBold(True)
        self.clock.setFont(clock_font)
        self.clock.hide()
        self.stage_holder = QWidget()
        self._stage_layout = QStackedLayout(self.stage_holder)
        self._stage_layout.addWidget(self.wall)
        self._stage: QWidget | None = None
        # a sketch on the stage gets the whole screen; the clock stays in its corner, over it
        self.stage_page = solid("#8a8f94")
        self.stage_page.setObjectName("audienceStage")
        self._stage_grid = QGridLayout(self.stage_page)
        self._stage_grid.setContentsMargins(0, 0, 0, 0)
        self.stage_clock = QLabel()
        self.stage_clock.setObjectName("audienceStageClock")
        self.stage_clock.setFont(clock_font)
        self.stage_clock.setMargin(12)
        self.stage_clock.hide()
        self._stage_grid.addWidget(
            self.stage_clock, 0, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
        )
        self._return_to: tuple[QWidget | None, QWidget | None] | None = None  # one screen: whose keyboard
        self.wall_page = solid("white")
        wall_layout = QVBoxLayout(self.wall_page)
        wall_layout.setContentsMargins(36, 24, 36, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.clock)
        wall_layout.addLayout(title_row)
        wall_layout.addWidget(self.question)
        wall_layout.addWidget(self.stage_holder, 1)
        self.prepare_page = PreparePage()
        self.close_page = ClosePage()
        self.promises_page = PromisesWall()  # "Vorige keer beloofd", while the facilitator shows it
        self._promises_on = False
        self.colours = NORMAL
        self._clock: tuple[str | None, str] = (None, "ok")
        self._phase: Phase | None = None  # moving on to another phase takes the promises away
        self.black = solid("black")
        self.black.setObjectName("audienceBlack")
        self.white = solid("white")
        self.white.setObjectName("audienceWhite")
        self.pages = QStackedLayout(self)
        pages = (self.prepare_page, self.wall_page, self.close_page, self.stage_page, self.black, self.white)
        for page in pages:
            self.pages.addWidget(page)
        self.pages.addWidget(self.promises_page)
        self._blank: QWidget | None = None
        self._unsubscribe = session.subscribe(self._changed)
        self.retranslate()
        self.resize(960, 540)

    def _room_words(self) -> RoomWords:
        """Title, question, frame, next steps and promises: masked like the notes ('…' until scanned)."""
        privacy = self.model.privacy
        scanning = privacy.scanning
        session = self.session
        words = RoomWords(
            lambda: session.dossier.people,
            (lambda: scanning.scanner) if scanning is not None else (lambda: None),
            (lambda: scanning.is_ready) if scanning is not None else (lambda: True),
            lambda: public_text(session.dossier),
            lang=lambda: privacy.lang,
            needs_scanner=scanning is not None,  # none at all (a bare wall): people and patterns only
        )
        if scanning is not None:
            scanning.ready.connect(self._scanner_ready)
        return words

    def _scanner_ready(self) -> None:
        if self.meeting_id in self.session.document:
            self._fill()

    @property
    def meeting(self) -> Meeting:
        return self.session.dossier.meeting(self.meeting_id)

    # -- public -------------------------------------------------------------------------

    def open_on(self, screen_name: str | None = None) -> None:
        """Full screen on the chosen (or remembered, or second) screen; with one screen, over the laptop's.

        With a second screen the keyboard stays where it was (the capture line): the room's
        window never takes it. With one screen it does, until Esc or F5 puts the wall away.
        """
        active, focus = QApplication.activeWindow(), QApplication.focusWidget()
        screen = self._pick_screen(screen_name or self.preferred_screen_name)
        if screen is None:
            self._cover_the_only_screen(active, focus)
            return
        self._return_to = None
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.preferred_screen_name = screen.name()
        self.screenChosen.emit(screen.name())
        if active is not None and active is not self:
            active.activateWindow()
            if focus is not None:
                focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _cover_the_only_screen(self, active: QWidget | None, focus: QWidget | None) -> None:
        # the room sees this screen too (mirrored): the wall covers it until put away
        if active is not self:
            self._return_to = (active, focus)
        screen = (active.screen() if active is not None else None) or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)  # it takes the keys here
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def covers_the_only_screen(self) -> bool:
        """Shown over the facilitator's window on a single screen (put away with Esc or F5)."""
        return self._return_to is not None and self.isVisible()

    def put_away(self) -> None:
        """Hide the wall; with one screen the facilitator's window gets the keyboard back."""
        back = self._return_to
        self._return_to = None
        self.hide()
        if back is None:
            return
        active, focus = back
        if active is not None and active.isVisible():
            active.raise_()
            active.activateWindow()
            if focus is not None and focus.isVisible():
                focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    @staticmethod
    def screen_names() -> list[str]:
        """The screens the facilitator can choose from."""
        return [s.name() for s in QGuiApplication.screens()]

    def screen_menu(self, parent: QWidget | None = None) -> QMenu:
        """A menu for the facilitator's window: open the projector on one of the screens."""
        menu = QMenu(self.tr("Projector screen"), parent)
        menu.setObjectName("projectorScreenMenu")
        for name in self.screen_names():
            action = menu.addAction(name, lambda n=name: self.open_on(n))
            action.setCheckable(True)
            action.setChecked(name == self.preferred_screen_name)
        return menu

    def set_stage(self, widget: QWidget | None) -> None:
        """Show ``widget`` (e.g. the canvas view) on the whole window in place of the note wall.

        None brings the wall back.
        """
        if self._stage is not None and self._stage is not widget:
            self._stage_grid.removeWidget(self._stage)
            self._stage.setParent(None)
        self._stage = widget
        if widget is not None and widget.parentWidget() is not self.stage_page:
            self._stage_grid.addWidget(widget, 0, 0)
            self.stage_clock.raise_()
        self._show_phase()

    def on_stage(self) -> QWidget:
        """What the room sees in place of the notes: the note wall or the widget set on the stage."""
        return self._stage if self._stage is not None else self.wall

    def set_clock(self, text: str | None, level: str = "ok") -> None:
        """Show the agenda block's time left to the room (None hides it)."""
        self._clock = (text, level)
        c = self.colours
        colour = {"warning": c.clock_warning, "over": c.clock_over}.get(level, c.ink)
        self.clock.setVisible(bool(text))
        self.clock.setText(text or "")
        self.clock.setStyleSheet(f"color: {colour};")
        self.stage_clock.setVisible(bool(text))
        self.stage_clock.setText(text or "")
        # over a sketch: on a white ground of its own (opaque in high contrast)
        ground = "#ffffff" if c is HIGH_CONTRAST else "rgba(255, 255, 255, 200)"
        self.stage_clock.setStyleSheet(f"color: {colour}; background: {ground};")

    def set_high_contrast(self, on: bool) -> None:
        """The projector in the high-contrast colours (View → High contrast), or the usual ones."""
        self.colours = room_colours(on)
        for label in (self.title, self.question):
            label.setStyleSheet(f"color: {self.colours.ink};")
        self.wall.set_colours(self.colours)
        self.prepare_page.set_colours(self.colours)
        self.close_page.set_colours(self.colours)
        self.promises_page.set_colours(self.colours)
        self.set_clock(*self._clock)

    def toggle_black(self) -> None:
        self._toggle_blank(self.black)

    def toggle_white(self) -> None:
        self._toggle_blank(self.white)

    def blanked(self) -> str | None:
        """ "black", "white" or None."""
        return None if self._blank is None else ("black" if self._blank is self.black else "white")

    def show_promises(self, on: bool) -> None:
        """Show what became of the earlier evenings' promises instead of the phase's page."""
        self._promises_on = on
        self._show_phase()

    def promises_shown(self) -> bool:
        return self._promises_on

    def shutdown(self) -> None:
        self._unsubscribe()

    # -- internals --------------------------------------------------------------------------

    def _pick_screen(self, name: str | None) -> QScreen | None:
        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return None
        chosen = next((s for s in screens if s.name() == name), None)
        if chosen is None:
            primary = QGuiApplication.primaryScreen()
            chosen = next((s for s in screens if s is not primary), screens[-1])
        return chosen

    def _toggle_blank(self, page: QWidget) -> None:
        self._blank = None if self._blank is page else page
        self._show_phase()

    def _show_phase(self) -> None:
        if self._blank is not None:
            self.pages.setCurrentWidget(self._blank)
            return
        if self._promises_on:
            self.pages.setCurrentWidget(self.promises_page)
            return
        phase = self.meeting.phase
        if phase == Phase.PREPARE:
            self.pages.setCurrentWidget(self.prepare_page)
        elif phase == Phase.CLOSE:
            self.pages.setCurrentWidget(self.close_page)
        elif self._stage is not None:
            self.pages.setCurrentWidget(self.stage_page)
        else:
            self.wall.set_show_answers(phase == Phase.DISCUSS)
            self.pages.setCurrentWidget(self.wall_page)

    def _fill(self) -> None:
        meeting = self.meeting
        if self._phase is not None and meeting.phase != self._phase:
            self._promises_on = False  # the inventory starts: the room sees the notes
        self._phase = meeting.phase
        words = self.words
        self.title.setText(words(meeting.title))
        self.question.setText(words(meeting.question or ""))
        self.question.setVisible(bool(meeting.question))
        self.prepare_page.show_meeting(meeting, words)
        self.close_page.show_meeting(meeting, words)
        self.promises_page.show_meeting(self.session.dossier, meeting, words)
        self._show_phase()

    def _changed(self, changed: list[Changed]) -> None:
        # people and the municipality's contact line change what is personal data on the pages
        mine = any(
            c.kind in (Kind.PROMISE, Kind.PERSON, Kind.DOSSIER) or (c.kind == Kind.MEETING and c.id == self.meeting_id)
            for c in changed
        )
        if mine and self.meeting_id in self.session.document:
            self._fill()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bricoleur Desk — projector"))
        self.setAccessibleName(self.tr("Audience window"))
        self.wall.setAccessibleName(self.tr("The notes as the room sees them"))
        self.wall.status_names = {
            "open": self.tr("Under discussion"),
            "answered": self.tr("Answered"),
            "investigate": self.tr("We will find out"),
            "out_of_frame": self.tr("Outside the frame"),
            "merged": self.tr("Merged"),
        }
        self.wall.set_names(self.tr("No theme yet"), self.tr("(continued)"))
        self.model.set_no_theme_name(self.tr("No theme yet"))
        self.prepare_page.retranslate()
        self.close_page.retranslate()
        self.promises_page.set_texts(
            self.tr("Promised last time"),
            self.tr("No promises were made at earlier evenings."),
            self.tr("… and %1 more: all of them are in the report"),
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self._return_to is not None:
                self.put_away()  # one screen: back to the facilitator's window
            elif self.isFullScreen():
                self.showNormal()
        elif key == Qt.Key.Key_B:
            self.toggle_black()
        elif key == Qt.Key.Key_W:
            self.toggle_white()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.wall.turn_page(1 if key == Qt.Key.Key_PageDown else -1)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # the one-screen preview window shows what the projector would, only smaller
        scale = max(0.25, min(1.0, self.width() / 1920, self.height() / 1080))
        for page in (self.wall_page, self.prepare_page, self.close_page):
            scale_labels(page, scale)
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shownOrHidden.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.shownOrHidden.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        # closing the projector window only hides it; the meeting goes on
        event.accept()


__all__ = ["AudienceWindow"]
