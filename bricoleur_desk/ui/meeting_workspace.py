"""One dossier's workspace: pick a meeting, then capture, discuss and sketch in it.

The views of one meeting (capture, phase panels, sketch roll, projector) are built together
and wired here: selecting a note selects its pin and vice versa, the side panel follows the
phase, and the projector shows the notes or the sketch the facilitator is working on; in
Discuss the wall brings up the note or theme the facilitator selects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.document import Changed, Kind
from ..domain.model import NoteStatus, Phase
from ..workspace.privacy import public_text
from ..workspace.session import DossierSession
from ..workspace.wall_privacy import RoomWords
from .main_actions import MainActions
from .name_scanning import NameScanning
from .notes.capture_view import CaptureView
from .notes.model import NOTE_ROW, NoteRole
from .phases.agenda_timer import AgendaTimer
from .phases.phase_bar import PhaseBar
from .projector import Projector
from .settings import Settings

PREVIEW_HEIGHT = 160
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"

if TYPE_CHECKING:
    from .canvas.sketch_view import SketchView
    from .phases.close_panel import ClosePanel
    from .phases.discuss_panel import DiscussPanel
    from .phases.prepare_panel import PreparePanel


class MeetingViews(QWidget):
    """Every view of one meeting, wired together."""

    def __init__(
        self,
        session: DossierSession,
        meeting_id: str,
        settings: Settings,
        scanning: NameScanning | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.meeting_id = meeting_id
        self.phase_bar = PhaseBar(session, meeting_id)
        self.timer = AgendaTimer(session, meeting_id, settings=settings)
        # with the name scanner the wall hides each note until it has been scanned for names
        self.capture = CaptureView(session, meeting_id, scanning=scanning)
        self.scanning = scanning
        # the sketch roll is built when first shown: most of an evening starts with notes
        self._sketch: SketchView | None = None
        self.sketch_tab = QWidget()
        self.sketch_tab.setObjectName("sketchTab")
        QVBoxLayout(self.sketch_tab).setContentsMargins(0, 0, 0, 0)
        # the panels of the other phases are built when their phase first comes: an evening
        # opened in 'Note everything' shows none of them, and building them slows opening
        self._panels: dict[Phase, QWidget] = {}
        self._notes_sizes: list[int] = []  # the note list's and side column's widths, kept while preparing
        self.projector = Projector(
            session, meeting_id, self.capture.model, settings, lambda: self.sketch, self
        )

        self.side = QStackedWidget()
        self.side.setObjectName("phasePanels")
        self.inventory_hint = QLabel()
        self.inventory_hint.setWordWrap(True)
        self.inventory_hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.inventory_hint.setMargin(12)
        self.side.addWidget(self.inventory_hint)
        side_column = QWidget()
        side_layout = QVBoxLayout(side_column)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.timer)
        side_layout.addWidget(self.side, 1)
        self._preview_label = QLabel()
        side_layout.addWidget(self._preview_label)
        # preparing, the preview is the projector's shape at the left; last time's box fills the rest
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.projector.preview_widget(), 1)
        self.preview_aside = QScrollArea()
        self.preview_aside.setObjectName("previewAside")
        self.preview_aside.setWidgetResizable(True)
        self.preview_aside.setFrameShape(QFrame.Shape.NoFrame)
        self.preview_aside.setFixedHeight(PREVIEW_HEIGHT)
        self.preview_aside.hide()
        preview_row.addWidget(self.preview_aside, 3)
        side_layout.addLayout(preview_row)
        self.projector.preview_widget().setFixedHeight(PREVIEW_HEIGHT)
        side_layout.addWidget(self.projector.page_label)

        self._split = notes_tab = QSplitter(Qt.Orientation.Horizontal)
        notes_tab.setObjectName("notesSplitter")
        notes_tab.addWidget(self.capture)
        notes_tab.addWidget(side_column)
        notes_tab.setStretchFactor(0, 3)
        notes_tab.setStretchFactor(1, 2)
        notes_tab.setSizes([800, 420])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.addTab(notes_tab, "")
        self.tabs.addTab(self.sketch_tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.phase_bar)
        layout.addWidget(self.tabs, 1)

        self.capture.selectionChanged.connect(self._notes_selected)
        self.capture.themes.list.selectionModel().currentChanged.connect(self._theme_chosen)
        # a click on the note already selected (after a theme was chosen) brings it back too
        self.capture.note_list.clicked.connect(lambda _index: self._notes_selected(self.capture.selected_note_ids()))
        self.phase_bar.phaseChanged.connect(lambda _phase: self.follow_phase())
        self.phase_bar.phaseChanged.connect(self._phase_entered)
        self.timer.readingChanged.connect(self._clock_reading)
        self.timer.showOnProjectorChanged.connect(
            lambda _on: self._clock_reading("", self.timer.time_label.text(), self.timer.level())
        )
        self._unsubscribe = session.subscribe(self._changed)
        self.retranslate()
        self.follow_phase()

    @property
    def sketch(self) -> SketchView:
        """The meeting's sketch roll, built on first use."""
        if self._sketch is None:
            from .canvas.sketch_view import SketchView

            self._sketch = SketchView(self.session, self.meeting_id)
            self._sketch.pinActivated.connect(self._pin_activated)
            if self.scanning is not None:  # stickies and labels on the projector: masked, as notes are
                scanning = self.scanning
                self._sketch.set_room_words(
                    RoomWords(
                        lambda: self.session.dossier.people,
                        lambda: scanning.scanner,
                        lambda: scanning.is_ready,
                        lambda: public_text(self.session.dossier),
                    )
                )
                scanning.ready.connect(self._sketch.set_room_words_again)
            self.sketch_tab.layout().addWidget(self._sketch)
            selected = self.capture.selected_note_ids()
            self._sketch.set_current_note(selected[0] if selected else None)
        return self._sketch

    @property
    def prepare(self) -> PreparePanel:
        return self._panel(Phase.PREPARE)  # type: ignore[return-value]

    @property
    def discuss(self) -> DiscussPanel:
        return self._panel(Phase.DISCUSS)  # type: ignore[return-value]

    @property
    def close_panel(self) -> ClosePanel:
        return self._panel(Phase.CLOSE)  # type: ignore[return-value]

    def _panel(self, phase: Phase) -> QWidget:
        """The side panel of a phase, built on first use."""
        if phase == Phase.INVENTORY:
            return self.inventory_hint
        panel = self._panels.get(phase)
        if panel is None:
            panel = self._panels[phase] = self._build_panel(phase)
            self.side.addWidget(panel)
        return panel

    def _make_room(self) -> None:
        # built after the window was laid out, a panel may want a wider side column than it
        # got (the close panel's five counters): take it from the note list, as a layout
        # holding every panel from the start would have
        panel = self.side.currentWidget()
        if panel is None or not panel.isVisible():
            return
        sizes = self._split.sizes()
        overflow = [a.horizontalScrollBar().maximum() for a in panel.findChildren(QScrollArea)]
        need = max([panel.sizeHint().width() - panel.width(), *overflow])
        if need > 0 and len(sizes) == 2 and sizes[0] > need:
            self._split.setSizes([sizes[0] - need, sizes[1] + need])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._make_room)

    def _build_panel(self, phase: Phase) -> QWidget:
        if phase == Phase.PREPARE:
            from .phases.prepare_panel import PreparePanel

            return PreparePanel(self.session, self.meeting_id)
        if phase == Phase.DISCUSS:
            from .phases.discuss_panel import DiscussPanel

            discuss = DiscussPanel(self.session, self.meeting_id)
            discuss.noteDone.connect(self._next_open_note)
            discuss.wallAloneChanged.connect(self.projector.set_alone)
            selected = self.capture.selected_note_ids()
            discuss.set_note(selected[0] if selected else None)
            return discuss
        from .phases.close_panel import ClosePanel

        return ClosePanel(self.session, self.meeting_id)

    def _tab_changed(self, index: int) -> None:
        on_sketch = self.tabs.widget(index) is self.sketch_tab
        if on_sketch:
            self.sketch  # noqa: B018 - builds it
        self.projector.show_sketch(on_sketch)

    def follow_phase(self) -> None:
        """Show the side panel of the meeting's phase; in 'Note everything' type straight away."""
        phase = self.session.dossier.meeting(self.meeting_id).phase
        self._room_to_prepare(phase == Phase.PREPARE)
        self.side.setCurrentWidget(self._panel(phase))
        self._last_time_aside(phase == Phase.PREPARE)
        self._wall_follows(phase)
        QTimer.singleShot(0, self._make_room)
        if phase == Phase.INVENTORY:
            self.tabs.setCurrentIndex(0)
            self.capture.focus_capture()

    def _phase_entered(self, value: str) -> None:
        """Entering a phase by keyboard, the keyboard lands where that phase starts (only on a change:
        follow_phase runs on every edit of the meeting and must not take the focus from a field)."""
        phase = Phase(value)
        if phase == Phase.PREPARE:
            self.prepare.title_input.setFocus(Qt.FocusReason.OtherFocusReason)
        elif phase == Phase.CLOSE:
            self.close_panel.first_counter().setFocus(Qt.FocusReason.OtherFocusReason)

    def _room_to_prepare(self, preparing: bool) -> None:
        """Preparing, the form takes the note list's place and the clock's: it is written, not glanced at."""
        if preparing == self.capture.isHidden():
            return
        if preparing:
            self._notes_sizes = self._split.sizes()
        self.capture.setHidden(preparing)
        self.timer.setHidden(preparing)
        # across the whole window the preview would be a black band: the projector's shape, at the left
        preview = self.projector.preview_widget()
        preview.setMaximumWidth(PREVIEW_HEIGHT * 16 // 9 if preparing else QWIDGETSIZE_MAX)
        if not preparing and self._notes_sizes:
            self._split.setSizes(self._notes_sizes)

    def _last_time_aside(self, preparing: bool) -> None:
        """Preparing: last time's remarks and open promises beside the preview, not above the form."""
        if preparing and self.preview_aside.widget() is None:
            self.preview_aside.setWidget(self.prepare.last_time)
        self.preview_aside.setVisible(preparing and self.prepare.last_time.shown is not None)

    def _clock_reading(self, _title: str, time_text: str, level: str) -> None:
        shown = self.timer.showOnProjector and bool(time_text)
        self.projector.set_clock((time_text, level) if shown else None)

    def _wall_follows(self, phase: Phase) -> None:
        """In Discuss the wall shows the selected note; in the other phases the newest note."""
        if phase == Phase.DISCUSS:
            if self.projector.focus() is None:  # entering Discuss (this runs on every meeting change)
                selected = self.capture.selected_note_ids()
                self.projector.set_focus(selected[0] if selected else None)
        else:
            self.projector.set_focus(None)
            if Phase.DISCUSS in self._panels:
                self.discuss.set_wall_alone(False)

    def _theme_chosen(self, current: QModelIndex) -> None:
        """A theme chosen in the theme list: in Discuss the wall brings up that theme."""
        theme_id = self.capture.themes.model.theme_id(current.row())
        if theme_id is not None and self.session.dossier.meeting(self.meeting_id).phase == Phase.DISCUSS:
            self.projector.set_focus(theme_id)

    def _notes_selected(self, note_ids: list[str]) -> None:
        note_id = note_ids[0] if note_ids else None
        if self.session.dossier.meeting(self.meeting_id).phase == Phase.DISCUSS and note_id is not None:
            self.projector.set_focus(note_id)
        if Phase.DISCUSS in self._panels:
            self.discuss.set_note(note_id)
        if self._sketch is not None:
            self._sketch.set_current_note(note_id)

    def _next_open_note(self, done_id: str) -> None:
        """After a note got its status, go on to the next open note in the list's order."""
        rows = self.capture.arrangement
        ids = [
            rows.index(r, 0).data(NoteRole.ID)
            for r in range(rows.rowCount())
            if rows.index(r, 0).data(NoteRole.ROW_TYPE) == NOTE_ROW
        ]
        after = ids[ids.index(done_id) + 1 :] + ids if done_id in ids else ids
        notes = {n.id: n for n in self.session.dossier.meeting(self.meeting_id).notes}
        following = next((i for i in after if i in notes and notes[i].status == NoteStatus.OPEN), None)
        if following is not None:
            self.capture.select_notes([following])
        self.capture.note_list.setFocus()

    def _pin_activated(self, note_id: str) -> None:
        self.capture.select_notes([note_id])
        if Phase.DISCUSS in self._panels:
            self.discuss.set_note(note_id)

    def _changed(self, changed: list[Changed]) -> None:
        mine = any(c.kind == Kind.MEETING and c.id == self.meeting_id for c in changed)
        if mine and self.meeting_id in self.session.document:
            self.follow_phase()

    def shutdown(self) -> None:
        self._unsubscribe()
        self.projector.shutdown()
        self.capture.model.shutdown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Notes"))
        self.tabs.setTabText(1, self.tr("Sketches"))
        self.tabs.setAccessibleName(self.tr("Notes and sketches"))
        self._preview_label.setText(self.tr("On the projector (F5):"))
        self.inventory_hint.setText(
            self.tr(
                "Note everything first.\n\nType what residents say in the capture line and press "
                "Enter: every point appears on the projector at once, in their own words. Answer "
                "later, in Discuss.\n\n? question   ! idea   #theme   @group or street\nF1 shows all "
                "markers."
            )
        )


class MeetingWorkspace(QWidget):
    """The meeting picker above the views of the chosen meeting."""

    message = Signal(str)  # one line for the status bar, from whichever meeting is shown

    def __init__(
        self,
        session: DossierSession,
        settings: Settings,
        actions: MainActions,
        scanning: NameScanning | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("meetingWorkspace")
        self.session = session
        self.settings = settings
        self.scanning = scanning
        self.commands = actions
        self.views: MeetingViews | None = None
        self._picker_label = QLabel()
        self.meeting_picker = QComboBox()
        self.meeting_picker.setObjectName("meetingPicker")
        self.meeting_picker.activated.connect(self._picked)
        header = QHBoxLayout()
        header.addWidget(self._picker_label)
        header.addWidget(self.meeting_picker, 1)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(header)
        self._unsubscribe = session.subscribe(self._changed)
        actions.audience.triggered.connect(self._toggle_projector)
        actions.projector_black.triggered.connect(self._blank_black)
        actions.projector_white.triggered.connect(self._blank_white)
        actions.projector_follow.setChecked(settings.projector_follows_view())
        actions.projector_follow.toggled.connect(self._follow_toggled)
        actions.projector_page_down.triggered.connect(self._page_down)
        actions.projector_page_up.triggered.connect(self._page_up)
        actions.promises_wall.triggered.connect(self._toggle_promises_wall)
        self._screen_menu_action: QAction | None = None
        actions.meeting_menu.aboutToShow.connect(self.refresh_screen_menu)
        self._fill_picker()
        self.retranslate()

    @property
    def meeting_id(self) -> str | None:
        return self.views.meeting_id if self.views is not None else None

    def show_meeting(self, meeting_id: str | None) -> None:
        """Show the given meeting, or the latest one."""
        if meeting_id is None or meeting_id not in self.session.document:
            latest = self.session.dossier.latest_meeting()
            meeting_id = latest.id if latest is not None else None
        self._drop_views()
        if meeting_id is None:
            return
        self.views = MeetingViews(self.session, meeting_id, self.settings, self.scanning)
        self.views.capture.message.connect(self.message)
        a = self.commands
        # one screen: the wall covers this window, and F5, Esc and Ctrl+Q must work from it
        shared = (a.audience, a.quit, a.projector_black, a.projector_white, a.projector_follow)
        self.views.projector.share_actions(shared)
        self._layout.addWidget(self.views, 1)
        index = self.meeting_picker.findData(meeting_id)
        if index >= 0:
            self.meeting_picker.setCurrentIndex(index)
        self.views.follow_phase()

    def shutdown(self) -> None:
        self._unsubscribe()
        self.commands.audience.triggered.disconnect(self._toggle_projector)
        self.commands.projector_black.triggered.disconnect(self._blank_black)
        self.commands.projector_white.triggered.disconnect(self._blank_white)
        self.commands.projector_follow.toggled.disconnect(self._follow_toggled)
        self.commands.projector_page_down.triggered.disconnect(self._page_down)
        self.commands.projector_page_up.triggered.disconnect(self._page_up)
        self.commands.promises_wall.triggered.disconnect(self._toggle_promises_wall)
        self.commands.meeting_menu.aboutToShow.disconnect(self.refresh_screen_menu)
        if self._screen_menu_action is not None:
            self.commands.meeting_menu.removeAction(self._screen_menu_action)
        self._drop_views()

    def _toggle_projector(self) -> None:
        if self.views is not None:
            self.views.projector.toggle()

    def _follow_toggled(self, on: bool) -> None:
        if self.views is not None:
            self.views.projector.set_following(on)
        else:
            self.settings.set_projector_follows_view(on)
        self.message.emit(
            self.tr("The sketch on the projector follows your view")
            if on
            else self.tr("The projector shows the whole map")
        )

    def refresh_screen_menu(self) -> None:
        """The Meeting menu's list of screens, current each time the menu opens."""
        menu = self.commands.meeting_menu
        if self._screen_menu_action is not None:
            menu.removeAction(self._screen_menu_action)
            self._screen_menu_action = None
        if self.views is not None:
            screens = self.views.projector.screen_menu(menu)
            self._screen_menu_action = menu.insertMenu(self.commands.projector_black, screens)

    def _blank_black(self) -> None:
        if self.views is not None:
            self.views.projector.blank("black")

    def _toggle_promises_wall(self) -> None:
        if self.views is not None:
            self.views.projector.toggle_promises()

    def _blank_white(self) -> None:
        if self.views is not None:
            self.views.projector.blank("white")

    def _page_down(self) -> None:
        if self.views is not None:
            self.views.projector.turn(1)

    def _page_up(self) -> None:
        if self.views is not None:
            self.views.projector.turn(-1)

    def _drop_views(self) -> None:
        if self.views is not None:
            self.views.shutdown()
            self._layout.removeWidget(self.views)
            self.views.deleteLater()
            self.views = None

    def _fill_picker(self) -> None:
        self.meeting_picker.clear()
        for meeting in sorted(self.session.dossier.meetings, key=lambda m: m.starts_at):
            self.meeting_picker.addItem(f"{meeting.starts_at:%d-%m-%Y} — {meeting.title}", meeting.id)
        index = self.meeting_picker.findData(self.meeting_id)
        if index >= 0:
            self.meeting_picker.setCurrentIndex(index)

    def _picked(self, index: int) -> None:
        meeting_id = self.meeting_picker.itemData(index)
        if meeting_id != self.meeting_id:
            self.show_meeting(meeting_id)

    def _changed(self, changed: list[Changed]) -> None:
        if any(c.kind == Kind.MEETING for c in changed):
            self._fill_picker()
            if self.meeting_id is not None and self.meeting_id not in self.session.document:
                self.show_meeting(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._picker_label.setText(self.tr("Meeting:"))
        self.meeting_picker.setAccessibleName(self.tr("Meeting"))
