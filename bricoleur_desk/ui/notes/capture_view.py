"""The facilitator's capture view: the capture line, the note list, the themes, the cheat-sheet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Note
from ...workspace import capture, commands, people, wall_privacy
from ...workspace.session import DossierSession
from .. import collector
from ..name_scanning import NameScanning
from ..save_indicator import SaveIndicator
from .arrangement import Arrangements, Grouping, NoteArrangement
from .capture_input import CaptureInput, MarkerChips
from .cheat_sheet import CheatSheet
from .model import NoteItemModel, NoteRole
from .note_list import NoteListView
from .privacy_chip import CONFIRM_KEY, PrivacyChips
from .themes import ThemeStrip
from .wall_privacy import WallPrivacy

RECENT = 20  # the notes added here that the privacy chip looks back on
TYPING_SCAN_MS = 150  # the name scan of the typed words waits for a pause in typing


class CaptureView(QWidget):
    """Type, Enter, see it listed: everything on the keyboard, every change through the session."""

    selectionChanged = Signal(list)  # the selected note ids
    message = Signal(str)  # one line for the window's status bar: what an action did

    def __init__(
        self,
        session: DossierSession,
        meeting_id: str,
        model: NoteItemModel | None = None,
        parent: QWidget | None = None,
        scanning: NameScanning | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("captureView")
        self.session = session
        self.meeting_id = meeting_id
        if model is None:
            privacy = WallPrivacy(session, meeting_id, scanning)
            model = NoteItemModel(session, meeting_id, self, privacy=privacy)
            privacy.setParent(model)
        self.model = model
        self.privacy = model.privacy
        # the list switches between arrangements kept sorted and filtered (see Arrangements)
        self._arrangements = Arrangements(self.model, self)
        self.arrangement: NoteArrangement = self._arrangements.shown

        self.capture_input = CaptureInput()
        self.capture_input.submitted.connect(self.add_note)
        self.capture_input.textChanged.connect(self._show_chips)
        self.capture_input.undoRequested.connect(session.undo)
        self.capture_input.redoRequested.connect(session.redo)
        self.chips = MarkerChips(self._theme_colour)
        self.privacy_chips = PrivacyChips()
        self._added: list[str] = []  # the notes added here, newest last: the privacy chip's choice
        self._chip_note: str | None = None
        self._typing_scan = QTimer(self, singleShot=True, interval=TYPING_SCAN_MS)
        self._typing_scan.timeout.connect(self._scan_typing)
        if scanning is not None:
            scanning.ready.connect(self._scanner_ready)
        self.model.dataChanged.connect(self._refresh_privacy_chip)
        self.model.rowsRemoved.connect(self._refresh_privacy_chip)
        self.saved_indicator = SaveIndicator()
        self.saved_indicator.watch(session)

        self.note_list = NoteListView(self.arrangement)
        self.note_list.voteRequested.connect(self.vote)
        self.note_list.undoRequested.connect(session.undo)
        self.note_list.redoRequested.connect(session.redo)
        self.note_list.leaveRequested.connect(self.focus_capture)
        self.note_list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.note_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.note_list.customContextMenuRequested.connect(self._show_note_menu)
        self.grouping = QComboBox()
        self.grouping.setObjectName("groupingChoice")
        self.grouping.currentIndexChanged.connect(self._rearrange)
        self.search = QLineEdit()
        self.search.setObjectName("noteSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._rearrange)

        self.themes = ThemeStrip(session, meeting_id)
        self.themes.themeActivated.connect(self.move_selection_to_theme)
        self.cheat_sheet = CheatSheet(self)  # floats over the list, see _place_cheat_sheet
        self.cheat_sheet.hide()
        self._build_actions()
        self._lay_out()
        self.retranslate()
        self.setFocusProxy(self.capture_input)
        # Esc goes back to typing from the list's filter and arrangement and from the themes too,
        # as it does from the note list (the cheat-sheet's "Tab / Esc")
        self._escape = _EscapeToCapture(self)
        for widget in (self.search, self.grouping, self.themes.name_input, self.themes.list):
            widget.installEventFilter(self._escape)
        # the spare arrangements are sorted once the list is usable, one per event-loop turn
        self.note_list.when_measured(lambda: QTimer.singleShot(0, self, self._prepare_arrangements))

    # -- layout and actions -----------------------------------------------------------------

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.chips, 1)
        top.addWidget(self.privacy_chips)
        top.addWidget(self.saved_indicator)
        list_bar = QHBoxLayout()
        list_bar.addWidget(self.grouping)
        list_bar.addWidget(self.search, 1)
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addLayout(list_bar)
        notes_layout.addWidget(self.note_list, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.themes)
        self.splitter.addWidget(notes)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([220, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(self.capture_input)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.capture_input, self.note_list)
        self.setTabOrder(self.note_list, self.themes.list)

    def _build_actions(self) -> None:
        def action(shortcut: QKeySequence | str, slot: object, target: QWidget | None = None) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(slot)
            (target or self.note_list).addAction(act)
            return act

        self.merge_action = action("Ctrl+M", self.merge_selection)
        self.split_action = action("Ctrl+K", self.split_current)
        self.delete_action = action(QKeySequence(Qt.Key.Key_Delete), self.delete_selection)
        self.remark_action = action("Ctrl+I", self.edit_internal_remark)
        self.theme_actions = [
            action(f"Ctrl+{n}", lambda _=False, n=n: self._move_to_theme_number(n)) for n in range(10)
        ]
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.help_action.triggered.connect(self.toggle_cheat_sheet)
        self.addAction(self.help_action)
        self.confirm_action = QAction(self)
        self.confirm_action.setObjectName("confirmNotPersonal")
        self.confirm_action.setShortcut(QKeySequence(CONFIRM_KEY))
        self.confirm_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.confirm_action.triggered.connect(self.confirm_not_personal)
        self.addAction(self.confirm_action)

    def retranslate(self) -> None:
        if self.session.read_only:  # nothing typed here could be kept: say so before anyone types
            self.capture_input.setReadOnly(True)
            self.capture_input.setPlaceholderText(
                self.tr("Read-only dossier: save a copy (Ctrl+Shift+S) to add notes")
            )
        else:
            self.capture_input.setPlaceholderText(
                self.tr(
                    "Type what is said, Enter adds it.  ? question  ! idea  #theme  @group  (F1: all keys)"
                )
            )
        self.capture_input.setAccessibleName(self.tr("Capture line: type a note, Enter adds it"))
        self.note_list.setAccessibleName(self.tr("Notes"))
        self.chips.setAccessibleName(self.tr("What the markers mean"))
        self.search.setPlaceholderText(self.tr("Filter notes"))
        self.search.setAccessibleName(self.tr("Filter notes"))
        self.grouping.setAccessibleName(self.tr("Arrange notes"))
        current = self.grouping.currentIndex()
        self.grouping.blockSignals(True)
        self.grouping.clear()
        self.grouping.addItem(self.tr("By theme"), Grouping.BY_THEME)
        self.grouping.addItem(self.tr("In order of arrival"), Grouping.ARRIVAL)
        self.grouping.setCurrentIndex(max(0, current))
        self.grouping.blockSignals(False)
        self.model.set_no_theme_name(self.tr("No theme yet"))
        self.merge_action.setText(self.tr("Merge into the first selected"))
        self.split_action.setText(self.tr("Split in two"))
        self.delete_action.setText(self.tr("Delete"))
        self.remark_action.setText(self.tr("Internal remark…"))
        self.help_action.setText(self.tr("Markers and keys"))
        self.confirm_action.setText(self.tr("Not personal data: show it on the wall"))
        self.privacy_chips.setAccessibleName(self.tr("Personal data on the wall"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- public API -------------------------------------------------------------------------

    def focus_capture(self) -> None:
        self.capture_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_note(self, text: str) -> None:
        """What Enter in the capture line does: one undoable edit, the list follows."""
        collector.hold_until_painted()  # a collection (2-4 ms) waits until the projector painted
        note_id = commands.create(self.session, capture.add_note, self.meeting_id, text)
        if note_id is None:
            return
        self._added = [*self._added[-RECENT + 1 :], note_id]
        self._refresh_privacy_chip()
        # scrolling lays the list out at once: do it after the projector has painted
        QTimer.singleShot(0, lambda: self.note_list.when_measured(lambda: self._scroll_to(note_id)))

    def _scroll_to(self, note_id: str) -> None:
        index = self.arrangement.mapFromSource(self.model.note_index(note_id))
        if index.isValid():
            self.note_list.scrollTo(index)

    def selected_note_ids(self) -> list[str]:
        return self.note_list.selected_note_ids()

    def select_notes(self, note_ids: list[str]) -> None:
        """Select these notes (e.g. when a pin on the canvas is selected)."""
        self.note_list.select_notes(note_ids)

    def toggle_cheat_sheet(self) -> None:
        showing = self.cheat_sheet.isHidden()
        if showing:
            self._place_cheat_sheet()
        self.cheat_sheet.setVisible(showing)

    def _place_cheat_sheet(self) -> None:
        # over the top right of the themes and the list: it reflows nothing while it is open
        self.cheat_sheet.place_in(self.splitter.geometry())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self.cheat_sheet.isHidden():  # asked for, even while the window is not shown yet
            self._place_cheat_sheet()

    def confirm_not_personal(self) -> None:
        """F9: the selected notes (in the list) or the chip's note hold no personal data: show them."""
        if self.note_list.hasFocus() and self.selected_note_ids():
            ids = self.selected_note_ids()
        elif self._chip_note is not None:
            ids = [self._chip_note]
        else:
            return
        if not commands.run(self.session, wall_privacy.clear_for_wall, ids):
            return
        numbers = ", ".join(str(self.session.document.get(i).number) for i in ids)
        self.message.emit(self.tr("Note %1 shown on the wall as typed — Ctrl+Z masks it again").replace("%1", numbers))

    def merge_selection(self) -> None:
        ids = self.selected_note_ids()
        if len(ids) >= 2:
            commands.run(self.session, capture.merge_notes, ids[0], ids[1:])

    def edit_internal_remark(self) -> None:
        """Ctrl+I: the question behind the question, for colleagues only (any phase)."""
        ids = self.selected_note_ids()
        if len(ids) == 1:
            from ..phases.internal_remark_box import edit_internal_remark

            edit_internal_remark(self, self.session, ids[0])

    def split_current(self) -> None:
        ids = self.selected_note_ids()
        if len(ids) == 1:
            commands.create(self.session, capture.split_note, ids[0])

    def delete_selection(self) -> None:
        """Del: delete the selected notes and say which went, with their votes, and how to undo."""
        ids = self.selected_note_ids()
        if ids:
            notes: list[Note] = [self.session.document.get(i) for i in ids]
            row = min(i.row() for i in self.note_list.selectionModel().selectedIndexes())
            if not commands.run(self.session, capture.delete_notes, ids):
                return
            self.message.emit(self._deleted_message(notes))
            row = min(row, self.arrangement.rowCount() - 1)
            if row >= 0:
                self.note_list.setCurrentIndex(self.arrangement.index(row, 0))

    def _deleted_message(self, notes: list[Note]) -> str:
        numbers = ", ".join(str(n.number) for n in sorted(notes, key=lambda n: n.number))
        votes = sum(n.votes for n in notes)
        if len(notes) == 1:
            text = (
                self.tr("Note %1 deleted (%2) — Ctrl+Z brings it back")
                if votes
                else self.tr("Note %1 deleted — Ctrl+Z brings it back")
            )
        else:
            text = (
                self.tr("Notes %1 deleted (%2) — Ctrl+Z brings them back")
                if votes
                else self.tr("Notes %1 deleted — Ctrl+Z brings them back")
            )
        counted = self.tr("1 vote") if votes == 1 else self.tr("%1 votes").replace("%1", str(votes))
        return text.replace("%2", counted).replace("%1", numbers)

    def move_selection_to_theme(self, theme_id: str | None) -> None:
        ids = self.selected_note_ids()
        if commands.run(self.session, capture.move_notes_to_theme, ids, theme_id or None):
            self.select_notes(ids)

    def vote(self, delta: int) -> None:
        for note_id in self.selected_note_ids()[:1]:
            commands.run(self.session, capture.vote, note_id, delta)

    # -- internals --------------------------------------------------------------------------

    def _move_to_theme_number(self, number: int) -> None:
        themes = self.session.dossier.meeting(self.meeting_id).themes
        if number == 0:
            self.move_selection_to_theme(None)
        elif number <= len(themes):
            self.move_selection_to_theme(themes[number - 1].id)

    def _rearrange(self) -> None:
        grouping = Grouping(self.grouping.currentData() or Grouping.BY_THEME)
        shown = self._arrangements.show(grouping, self.search.text())
        if shown is not self.arrangement:
            self.arrangement = shown
            self.note_list.show_arrangement(shown)
            self.note_list.selectionModel().selectionChanged.connect(self._selection_changed)

    def _prepare_arrangements(self) -> None:
        if self._arrangements.prepare():
            QTimer.singleShot(0, self, self._prepare_arrangements)

    def _selection_changed(self) -> None:
        self.selectionChanged.emit(self.selected_note_ids())

    def _show_chips(self) -> None:
        meeting = self.session.dossier.meeting(self.meeting_id)
        text = self.capture_input.toPlainText()
        parsed = capture.parse_capture(text, [t.name for t in meeting.themes], meeting.expected_groups)
        self.chips.show_parsed(parsed if text.strip() else None)
        if text.strip():
            self._typing_scan.start()  # after a pause in typing: no scan on the keystroke's path
        else:
            self._typing_scan.stop()
            self.privacy_chips.show_typing(None)

    def _show_typing_privacy(self, text: str, spans: list[tuple]) -> None:
        if text != self.capture_input.toPlainText():
            return  # typed on since
        if not spans:
            self.privacy_chips.show_typing(None)
            return
        meeting = self.session.dossier.meeting(self.meeting_id)
        parsed = capture.parse_capture(text, [t.name for t in meeting.themes], meeting.expected_groups)
        found = [(s[0], s[1], s[2]) for s in spans]
        self.privacy_chips.show_typing(wall_privacy.masked(parsed.text, found, self.privacy.lang))

    def _scan_typing(self) -> None:
        text = self.capture_input.toPlainText()
        meeting = self.session.dossier.meeting(self.meeting_id)
        parsed = capture.parse_capture(text, [t.name for t in meeting.themes], meeting.expected_groups)
        if parsed.text:
            # the patterns and the dossier's people here, anyone's names in the worker thread
            self._show_typing_privacy(text, self.privacy.quick_spans(parsed.text))
            self.privacy.scan_text(parsed.text, lambda spans: self._show_typing_privacy(text, spans))

    def _scanner_ready(self) -> None:
        scanning = self.privacy.scanning
        if scanning is not None and scanning.failure:
            self.message.emit(
                self.tr(
                    "The name scanner could not be loaded (%1): notes stay hidden on the wall until you "
                    "confirm with F9 that they hold no personal data"
                ).replace("%1", scanning.failure)
            )

    def _refresh_privacy_chip(self, *_args: object) -> None:
        """The chip names the newest note added here that the wall masks and nobody confirmed."""
        doc = self.session.document
        self._added = [i for i in self._added if i in doc]
        chosen = next((i for i in reversed(self._added) if self.privacy.needs_confirming(doc.get(i))), None)
        self._chip_note = chosen
        if chosen is None:
            self.privacy_chips.show_note(None)
            return
        note = doc.get(chosen)
        self.privacy_chips.show_note(note.number, pending=self.privacy.scan_of(note) is None)

    def _theme_colour(self, name: str) -> tuple[str, bool]:
        meeting = self.session.dossier.meeting(self.meeting_id)
        for theme in meeting.themes:
            if theme.name.casefold() == name.casefold():
                return theme.color, False
        return capture.next_theme_color(meeting), True

    def note_menu(self) -> QMenu:
        """The note list's context menu (also on the Menu key): merge, split, delete, move to theme."""
        menu = QMenu(self)
        menu.setObjectName("noteMenu")
        menu.addAction(self.merge_action)
        menu.addAction(self.split_action)
        menu.addAction(self.delete_action)
        themes_menu = menu.addMenu(self.tr("Move to theme"))
        for theme in self.session.dossier.meeting(self.meeting_id).themes:
            themes_menu.addAction(theme.name, lambda t=theme.id: self.move_selection_to_theme(t))
        themes_menu.addAction(self.tr("No theme yet"), lambda: self.move_selection_to_theme(None))
        menu.addSeparator()
        menu.addAction(self.remark_action)
        self._add_person_actions(menu)
        return menu

    def _add_person_actions(self, menu: QMenu) -> None:
        """Linking a person to a note is deliberate: typing records a group, never a person."""
        ids = self.selected_note_ids()
        if len(ids) != 1 or self.session.read_only:
            return
        menu.addSeparator()
        link = menu.addAction(self.tr("Link a person…"), lambda: self.link_person(ids[0]))
        link.setObjectName("linkPersonAction")
        link.setEnabled(bool(self.session.dossier.people))
        if self.session.document.get(ids[0]).raised_by is not None:
            unlink = menu.addAction(self.tr("Unlink the person"), lambda: self.unlink_person(ids[0]))
            unlink.setObjectName("unlinkPersonAction")

    def link_person(self, note_id: str, person_id: str | None = None) -> bool:
        """Link the note to a person of the register, chosen in the picker unless given."""
        if person_id is None:
            from ..people_register import PersonPicker

            note = self.session.document.get(note_id)
            picker = PersonPicker(self.session.dossier.people, note.raised_by, self)
            if picker.exec() != PersonPicker.DialogCode.Accepted:
                return False
            person_id = picker.person_id()
            if person_id is None:
                return False
        return commands.run(self.session, people.link_person, note_id, person_id)

    def unlink_person(self, note_id: str) -> bool:
        return commands.run(self.session, people.unlink_person, note_id)

    def _show_note_menu(self, pos: QPoint) -> None:
        self.note_menu().exec(self.note_list.viewport().mapToGlobal(pos))


__all__ = ["CaptureView", "NoteRole"]


class _EscapeToCapture(QObject):
    """Esc (not while a theme's name is being edited in place) puts the keyboard in the capture line."""

    def __init__(self, view: CaptureView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and not (isinstance(watched, QAbstractItemView) and watched.state() == QAbstractItemView.State.EditingState)
        ):
            self._view.focus_capture()
            return True
        return False
