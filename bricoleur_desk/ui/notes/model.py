"""The one Qt model of a meeting's notes, fed by the session's change events.

A ``QStandardItemModel`` so that views read every role in C++ (a 2,000-note list relayouts in
a few milliseconds); this class only translates the session's ``Changed`` records into
single-row inserts, removals and ``dataChanged`` — never a reset for one note. Rows are the
notes plus one header row per theme and one for "no theme yet"; a :class:`NoteArrangement`
proxy orders them by theme or by arrival. Only fields that may be projected are copied in:
no person, no internal remark ever reaches a view.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ...domain.document import Changed, Kind
from ...domain.model import Meeting, Note, NoteKind, NoteStatus, Theme
from ...workspace import capture, commands
from ...workspace.session import DossierSession
from .wall_privacy import WallPrivacy

NOTE_MIME = "application/x-bricoleur-note-ids"
BUCKET_ID = ""  # the header row of "no theme yet"
_BUCKET_POS = 10_000  # after every theme
_NUMBERS = 100_000  # group key = theme position * _NUMBERS + note number (0 for the header)

Index = QModelIndex | QPersistentModelIndex


class NoteRole(IntEnum):
    ROW_TYPE = Qt.ItemDataRole.UserRole + 1  # "note" or "theme"
    ID = ROW_TYPE + 1  # note id, theme id, or "" for the no-theme bucket
    NUMBER = ROW_TYPE + 2
    KIND = ROW_TYPE + 3
    GROUP = ROW_TYPE + 4  # raised_by_group: a group or street, never a person
    THEME_ID = ROW_TYPE + 5
    THEME_NAME = ROW_TYPE + 6
    THEME_COLOR = ROW_TYPE + 7
    STATUS = ROW_TYPE + 8
    ANSWER = ROW_TYPE + 9
    VOTES = ROW_TYPE + 10
    MERGED_INTO = ROW_TYPE + 11  # the number of the note this one was merged into, 0 if none
    GROUP_KEY = ROW_TYPE + 12  # sort key when grouped by theme
    ARRIVAL_KEY = ROW_TYPE + 2  # in order of arrival the number is the sort key
    FILTER = ROW_TYPE + 14  # "n\x1f<searchable text>" for notes, "h\x1f<theme id>" for headers
    COUNT = ROW_TYPE + 15  # notes under a header
    # what the projector may show of a note: personal data masked until confirmed (WallPrivacy)
    WALL_TEXT = ROW_TYPE + 16
    WALL_GROUP = ROW_TYPE + 17
    WALL_ANSWER = ROW_TYPE + 18


NOTE_ROW, THEME_ROW = "note", "theme"
_NOTE_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)
_HEADER_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
# the roles as plain ints where every note sets them: an enum member costs ~0.1 us to look
# up, and opening a dossier sets about 10 roles on each of 5,000 notes
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ROW_TYPE, _ID, _NUMBER, _KIND, _GROUP = (
    int(r) for r in (NoteRole.ROW_TYPE, NoteRole.ID, NoteRole.NUMBER, NoteRole.KIND, NoteRole.GROUP)
)
_THEME_ID, _THEME_NAME, _THEME_COLOR = (
    int(NoteRole.THEME_ID),
    int(NoteRole.THEME_NAME),
    int(NoteRole.THEME_COLOR),
)
_STATUS, _ANSWER, _VOTES = int(NoteRole.STATUS), int(NoteRole.ANSWER), int(NoteRole.VOTES)
_MERGED_INTO, _GROUP_KEY, _FILTER = int(NoteRole.MERGED_INTO), int(NoteRole.GROUP_KEY), int(NoteRole.FILTER)
_WALL_TEXT, _WALL_GROUP, _WALL_ANSWER = (
    int(NoteRole.WALL_TEXT),
    int(NoteRole.WALL_GROUP),
    int(NoteRole.WALL_ANSWER),
)



def wall_words(index: Index) -> tuple[str, str, str]:
    """What the projector may show of the note at ``index``: (text, group, answer), masked."""
    return (
        index.data(_WALL_TEXT) or "",
        index.data(_WALL_GROUP) or "",
        index.data(_WALL_ANSWER) or "",
    )


# SizeHint: (text, group, is_header) -> QSize, set by the laptop's list so heights are cached
RowSizer = Callable[[str, str | None, bool], QSize]


class NoteItemModel(QStandardItemModel):
    """A meeting's notes and theme headers as items, kept current from the session."""

    arrangementChanged = Signal()  # sort keys changed in bulk: proxies must re-sort

    def __init__(
        self,
        session: DossierSession,
        meeting_id: str,
        parent: QObject | None = None,
        privacy: WallPrivacy | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting_id = meeting_id
        # the masked words the wall shows; without a name scanner the fast scan alone
        self.privacy = privacy or WallPrivacy(session, meeting_id, parent=self)
        self.privacy.changed.connect(self._privacy_changed)
        self._items: dict[str, QStandardItem] = {}  # note ids and theme ids ("" = bucket)
        self._headers: dict[str, QStandardItem] = {}
        # each listed note's theme id, and how many notes each theme id has: the header
        # counts follow a change without counting every note again (on each Enter)
        self._note_themes: dict[str, str | None] = {}
        self._theme_counts: Counter[str | None] = Counter()
        self._theme_order: list[str] = []
        self._theme_positions: dict[str, int] = {}
        self._sizer: RowSizer | None = None
        self._gone = False
        self._no_theme_name = "No theme yet"
        self._fill()
        self._unsubscribe = session.subscribe(self._changed)
        self.destroyed.connect(self._unsubscribe)

    @property
    def meeting(self) -> Meeting:
        return self.session.dossier.meeting(self.meeting_id)

    # -- public -------------------------------------------------------------------------

    def note_index(self, note_id: str) -> QModelIndex:
        item = self._items.get(note_id)
        return item.index() if item is not None else QModelIndex()

    def set_row_sizer(self, sizer: RowSizer | None) -> None:
        """Cache every row's size for the laptop's list (called again when its width changes).

        Sizes change no order and no filter: one ``dataChanged`` for the size role, not a
        layout change (that re-sorted every proxy twice); QListView lays out again on it.
        """
        self._sizer = sizer
        if sizer is None or not self._items:
            return
        blocked = self.blockSignals(True)
        try:
            self._size_all(sizer)
        finally:
            self.blockSignals(blocked)
        last = self.index(self.rowCount() - 1, 0)
        self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.SizeHintRole])

    def _size_all(self, sizer: RowSizer) -> None:
        if self.meeting_id not in self.session.document:  # going: its removal comes next
            for item in self._items.values():
                self._size(item)
            return
        for item in self._headers.values():
            self._size(item)
        # each note's text and group straight from the meeting: what its roles hold
        items, size_hint = self._items, Qt.ItemDataRole.SizeHintRole
        for note in self.meeting.notes:
            item = items.get(note.id)
            if item is not None:
                item.setData(sizer(note.text, note.raised_by_group or None, False), size_hint)

    def set_no_theme_name(self, name: str) -> None:
        """The translated name of the "no theme yet" bucket."""
        self._no_theme_name = name
        bucket = self._items.get(BUCKET_ID)
        if bucket is not None:
            bucket.setData(name, Qt.ItemDataRole.DisplayRole)
            bucket.setData(name, NoteRole.THEME_NAME)
            self._size(bucket)

    def shutdown(self) -> None:
        self._unsubscribe()
        self.privacy.shutdown()

    def _privacy_changed(self, note_ids: list[str]) -> None:
        doc = self.session.document
        for object_id in note_ids:
            if object_id in self._headers and object_id in doc:
                self._set_header(self._headers[object_id], doc.get(object_id))
            elif object_id in self._items and object_id in doc:
                self._upsert_note(doc.get(object_id))

    # -- Qt model API ---------------------------------------------------------------------

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        # edits in place go through the session, so they are undoable and stored
        if role != Qt.ItemDataRole.EditRole or index.data(NoteRole.ROW_TYPE) != NOTE_ROW:
            return False
        commands.run(self.session, capture.edit_note_text, index.data(NoteRole.ID), str(value))
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        # never Move: the view would then remove the dragged rows itself
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [NOTE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids = [i.data(NoteRole.ID) for i in indexes if i.data(NoteRole.ROW_TYPE) == NOTE_ROW]
        data = QMimeData()
        data.setData(NOTE_MIME, QByteArray("\n".join(dict.fromkeys(ids)).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(NOTE_MIME) and self._drop_theme(row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        theme = self._drop_theme(row, parent)
        if not data.hasFormat(NOTE_MIME) or theme is None:
            return False
        ids = [i for i in bytes(data.data(NOTE_MIME).data()).decode().split("\n") if i in self._items]
        commands.run(self.session, capture.move_notes_to_theme, ids, theme or None)
        return True

    def _drop_theme(self, row: int, parent: Index) -> str | None:
        # dropped on a header or on a note: that row's theme ("" is no theme)
        if parent.isValid():
            return parent.data(NoteRole.THEME_ID) or BUCKET_ID
        return None

    # -- building items -------------------------------------------------------------------

    def _fill(self) -> None:
        meeting = self.meeting
        self._set_theme_order([t.id for t in meeting.themes])
        headers = [self._header_item(None)]
        headers += [self._header_item(t) for t in meeting.themes]
        self._headers = {key: headers[i] for i, key in enumerate([BUCKET_ID] + self._theme_order)}
        self._items.update(self._headers)
        # empty items first, then each note's roles in one call: a C++ map of roles per
        # row instead of a setData call per role (opening 5,000 notes)
        notes = [QStandardItem() for _ in meeting.notes]  # the default flags are a note's
        self._items.update(zip([n.id for n in meeting.notes], notes, strict=True))
        self._note_themes = {n.id: n.theme_id for n in meeting.notes}
        self._theme_counts = Counter(self._note_themes.values())
        self._refresh_counts()
        self.invisibleRootItem().appendRows(headers + notes)
        index, set_roles, first = self.index, self.setItemData, len(headers)
        blocked = self.blockSignals(True)  # nobody listens yet; no signal per row
        try:
            for row, note in enumerate(meeting.notes, first):
                set_roles(index(row, 0), self._note_roles(note))
        finally:
            self.blockSignals(blocked)

    def _header_item(self, theme: Theme | None) -> QStandardItem:
        item = QStandardItem()
        item.setFlags(_HEADER_FLAGS)
        item.setData(THEME_ROW, NoteRole.ROW_TYPE)
        item.setData("h\x1f" + (theme.id if theme else BUCKET_ID), NoteRole.FILTER)
        self._set_header(item, theme)
        return item

    def _set_header(self, item: QStandardItem, theme: Theme | None) -> None:
        theme_id = theme.id if theme else BUCKET_ID
        name = theme.name if theme else self._no_theme_name
        values = {
            Qt.ItemDataRole.DisplayRole: name,
            NoteRole.ID: theme_id,
            NoteRole.THEME_ID: theme_id,
            NoteRole.THEME_NAME: name,
            NoteRole.THEME_COLOR: theme.color if theme else "",
            NoteRole.GROUP_KEY: self._theme_pos(theme_id) * _NUMBERS,
            # the name the wall shows: a theme called after a person is masked there too
            NoteRole.WALL_TEXT: self.privacy.theme_name(theme) if theme else name,
        }
        for role, value in values.items():
            item.setData(value, role)
        self._size(item)

    def _note_item(self, note: Note) -> QStandardItem:
        item = QStandardItem()  # its default flags are _NOTE_FLAGS (a test checks it)
        for role, value in self._note_roles(note).items():
            item.setData(value, role)
        self._size(item)
        return item

    def _note_roles(self, note: Note) -> dict[int, object]:
        """Every role a new note's item holds; None (a default) leaves a role unset."""
        roles = {role: value for role, value in self._note_values(note).items() if value is not None}
        roles[_ROW_TYPE] = NOTE_ROW
        roles[_ID] = note.id
        return roles

    def _note_values(self, note: Note) -> dict[int, object]:
        # the whitelist: these are the only note fields any view can ever show; None (the
        # default: concern, open, no votes ...) leaves the role unset
        theme = self._theme(note.theme_id)
        theme_id = theme.id if theme else BUCKET_ID
        theme_name = theme.name if theme else ""
        merged_into = None
        if note.merged_into and note.merged_into in self.session.document:
            merged_into = self.session.document.get(note.merged_into).number
        wall = self.privacy.words(note)
        return {
            _DISPLAY: note.text,
            _WALL_TEXT: wall.text,
            _WALL_GROUP: wall.group or None,
            _WALL_ANSWER: wall.answer or None,
            _NUMBER: note.number,
            _KIND: None if note.kind == NoteKind.CONCERN else str(note.kind),
            _GROUP: note.raised_by_group or None,
            _THEME_ID: theme_id or None,
            _THEME_NAME: theme_name or None,
            _THEME_COLOR: theme.color if theme else None,
            _STATUS: None if note.status == NoteStatus.OPEN else str(note.status),
            _ANSWER: note.answer or None,
            _VOTES: note.votes or None,
            _MERGED_INTO: merged_into,
            _GROUP_KEY: self._theme_pos(theme_id) * _NUMBERS + note.number,
            _FILTER: "n\x1f"
            + " ".join([str(note.number), note.text, note.raised_by_group or "", theme_name]).replace(
                "\n", " "
            ),
        }

    def _size(self, item: QStandardItem) -> None:
        if self._sizer is None:
            return
        header = item.data(NoteRole.ROW_TYPE) == THEME_ROW
        size = self._sizer(item.data(Qt.ItemDataRole.DisplayRole), item.data(NoteRole.GROUP) or None, header)
        item.setData(size, Qt.ItemDataRole.SizeHintRole)

    def _theme(self, theme_id: str | None) -> Theme | None:
        if not theme_id or theme_id not in self.session.document:
            return None
        return self.session.document.get(theme_id)

    def _set_theme_order(self, order: list[str]) -> None:
        self._theme_order = order
        self._theme_positions = {theme_id: i for i, theme_id in enumerate(order)}

    def _theme_pos(self, theme_id: str) -> int:
        return self._theme_positions.get(theme_id, _BUCKET_POS)

    # -- following the session ----------------------------------------------------------

    def _changed(self, changed: list[Changed]) -> None:
        notes: dict[str, None] = {}
        themes: dict[str, None] = {}
        for c in changed:
            if c.kind == Kind.NOTE and c.parent_id == self.meeting_id:
                notes[c.id] = None
            elif c.kind == Kind.THEME and c.parent_id == self.meeting_id:
                themes[c.id] = None
        if not notes and not themes or self._gone:
            return
        doc = self.session.document
        if self.meeting_id not in doc:
            self._gone = True  # the views of a removed meeting are rebuilt, not revived
            # the meeting itself was removed (or its insert undone): nothing left to show
            self._items.clear()
            self._headers.clear()
            self._note_themes.clear()
            self._theme_counts.clear()
            self.clear()  # one model reset
            return
        if themes:
            order = [t.id for t in self.meeting.themes]
            moved = order[: len(self._theme_order)] != self._theme_order[: len(order)]
            self._set_theme_order(order)
            for theme_id in themes:
                self._upsert_theme(theme_id if theme_id in doc else None, theme_id)
            if moved:
                self._bulk(self._rekey)
        for note_id in notes:
            if note_id in doc and doc.find(note_id).parent_id == self.meeting_id:
                self._upsert_note(doc.get(note_id))
            else:
                self._remove(note_id)
        self._refresh_counts()

    def _upsert_theme(self, present: str | None, theme_id: str) -> None:
        if present is None:
            self._remove(theme_id)
            return
        theme: Theme = self.session.document.get(theme_id)
        item = self._items.get(theme_id)
        if item is None:
            item = self._header_item(theme)
            self._items[theme_id] = item
            self._headers[theme_id] = item
            self.appendRow(item)
            return
        old = (item.data(NoteRole.THEME_NAME), item.data(NoteRole.THEME_COLOR))
        self._set_header(item, theme)
        if old != (theme.name, theme.color):
            for note in self.meeting.notes:
                if note.theme_id == theme_id:
                    self._upsert_note(note)

    def _upsert_note(self, note: Note) -> None:
        self._count_theme(note.id, note.theme_id)
        item = self._items.get(note.id)
        if item is None:
            item = self._note_item(note)
            self._items[note.id] = item
            self.appendRow(item)
            return
        values = self._note_values(note)
        changed = {role: v for role, v in values.items() if item.data(role) != v}
        if not changed:
            return
        for role, value in changed.items():
            item.setData(value, role)
        if Qt.ItemDataRole.DisplayRole in changed or NoteRole.GROUP in changed:
            self._size(item)

    def _count_theme(self, note_id: str, theme_id: str | None, listed: bool = True) -> None:
        """Keep the per-theme counts right after a note got ``theme_id`` (or left the list)."""
        counts = self._theme_counts
        if note_id in self._note_themes:
            counts[self._note_themes.pop(note_id)] -= 1
        if listed:
            self._note_themes[note_id] = theme_id
            counts[theme_id] += 1

    def _remove(self, object_id: str) -> None:
        self._count_theme(object_id, None, listed=False)
        item = self._items.pop(object_id, None)
        self._headers.pop(object_id, None)
        if item is not None:
            self.removeRow(item.row())

    def _refresh_counts(self) -> None:
        counts = self._theme_counts
        bucket = sum(n for theme_id, n in counts.items() if theme_id not in self._headers or not theme_id)
        for object_id, item in self._headers.items():
            count = bucket if object_id == BUCKET_ID else counts.get(object_id, 0)
            if item.data(NoteRole.COUNT) != count:
                item.setData(count, NoteRole.COUNT)

    def _rekey(self) -> None:
        for item in self._items.values():
            theme_pos = self._theme_pos(item.data(NoteRole.THEME_ID) or BUCKET_ID)
            number = item.data(NoteRole.NUMBER) if item.data(NoteRole.ROW_TYPE) == NOTE_ROW else 0
            item.setData(theme_pos * _NUMBERS + number, NoteRole.GROUP_KEY)

    def _bulk(self, update: Callable[[], object]) -> None:
        """Change many rows without a signal per row, then tell views once."""
        self.layoutAboutToBeChanged.emit()
        blocked = self.blockSignals(True)
        try:
            update()
        finally:
            self.blockSignals(blocked)
        self.layoutChanged.emit()
        self.arrangementChanged.emit()
