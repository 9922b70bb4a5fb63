"""The note wall on the projector: large type, theme colours, columns that fill as the list grows.

A painted widget over a grouped :class:`NoteArrangement`. It keeps one small record per row,
measures each note once per type size (cached), reflows in plain arithmetic, and paints only
the columns on screen, so a new note appears within a frame even with 2,000 notes. The type
shrinks step by step to a minimum; beyond that the wall pages to the column of the newest note.
Only whitelisted roles are read: number, kind, text, group, theme, status, answer.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QRegion,
    QResizeEvent,
    QStaticText,
)
from PySide6.QtWidgets import QWidget

from ..notes.arrangement import NoteArrangement
from ..notes.model import BUCKET_ID, THEME_ROW, NoteRole
from .wall_flow import WallFlow
from .wall_ink import InkCache
from .wall_paint import WallPainting
from .wall_parts import (
    FADED,
    GAP,
    HIGHLIGHT_MS,
    LAYOUTS,
    MARGIN,
    _Entry,
    _Fonts,
    _static_text,
    wall_fonts,
    wall_scale,
)


class NoteWall(QWidget, WallFlow, WallPainting):
    """Paints the meeting's notes for the room; answers only when ``show_answers`` is on."""

    painted = Signal()  # after each paint: benchmarks time Enter -> painted

    def __init__(self, arrangement: NoteArrangement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteWall")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)
        self.arrangement = arrangement
        self.show_answers = False
        self.status_names: dict[str, str] = {}
        self.bucket_name = "No theme yet"
        self.painted_texts: list[str] = []  # what the last paint drew: the privacy test reads it
        self._entries: list[_Entry] = []
        self._fonts: dict[int, _Fonts] = {}
        self._layout = 0
        self._places: list[tuple[int, int, int]] = []  # per entry: column, y, height (-1: hidden)
        self._dirty = True
        self._grow_only = False
        self._colours: dict[str, QColor] = {}
        self._on_page: list[int] = []
        self._changed_from: int | None = None  # the first row changed since the last layout
        # notes (no headers) inserted since the last layout: (first row, count), else None
        self._shift: tuple[int, int] | None = None
        self._shown: list[bool] = []  # the visibility the last layout used
        self._rejoined: int | None = None  # the column where the last flow found its old places again
        # the first row the last flow left for after painting (it stopped after the page shown)
        self._pending: int | None = None
        self._rest = QTimer(self, singleShot=True, interval=50)
        self._rest.timeout.connect(self._finish_flow)
        self._ink = InkCache()
        self._to_ink: dict[tuple[str, int], _Entry] = {}
        self._ahead: list[_Entry] = []
        self._ahead_of: object = None
        self._inking = QTimer(self, singleShot=True, interval=0)
        self._inking.timeout.connect(self._ink_idle)
        self._rows: dict[str, int] = {}  # where the newest and highlighted notes were last seen
        self._continued: list[tuple[int, _Entry]] = []
        self.continued_suffix = "(continued)"
        self._page = 0
        self._pages = 1
        self._newest: str | None = None
        self._highlight: str | None = None
        self._highlight_clock = QElapsedTimer()
        self._unhighlight = QTimer(self, singleShot=True, interval=HIGHLIGHT_MS)
        self._unhighlight.timeout.connect(self._end_highlight)
        arrangement.rowsInserted.connect(self._inserted)
        arrangement.rowsRemoved.connect(self._removed)
        arrangement.dataChanged.connect(self._data_changed)
        arrangement.layoutChanged.connect(self._rebuild)
        arrangement.modelReset.connect(self._rebuild)
        arrangement.rowsMoved.connect(self._rebuild)
        self._rebuild()

    # -- public -------------------------------------------------------------------------

    def set_show_answers(self, show: bool) -> None:
        if show != self.show_answers:
            self.show_answers = show
            for entry in self._entries:
                entry.heights.clear()
                entry.texts.clear()
            self._reflow()

    def layout_choice(self) -> tuple[int, int]:
        """(columns, point size) in use now."""
        self._ensure_layout()
        return LAYOUTS[self._layout]

    def page(self) -> tuple[int, int]:
        """(current page, number of pages), counted from 0."""
        self._ensure_layout()
        self._finish_flow()
        return self._page, self._pages

    def set_names(self, no_theme: str, continued: str) -> None:
        """The translated "no theme yet" header and the "(continued)" mark on a repeated header."""
        self.bucket_name, self.continued_suffix = no_theme, continued
        for entry in self._entries:
            if entry.header and entry.id == BUCKET_ID:
                entry.text = no_theme
        self.update()

    def set_highlight_duration(self, milliseconds: int) -> None:
        """How long a new note stays highlighted (about 2 s in the room)."""
        self._unhighlight.setInterval(milliseconds)

    def highlighted(self) -> str | None:
        return self._highlight

    # -- following the model ----------------------------------------------------------------

    def _entry(self, row: int) -> _Entry:
        index = self.arrangement.index(row, 0)
        entry = _Entry(index.data(NoteRole.ROW_TYPE) == THEME_ROW, index.data(NoteRole.ID))
        self._read(entry, index)
        return entry

    def _read(self, entry: _Entry, index: QModelIndex | QPersistentModelIndex) -> None:
        # the whitelist of what the room may see
        entry.text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        entry.color = index.data(NoteRole.THEME_COLOR) or ""
        if entry.header:
            entry.count = index.data(NoteRole.COUNT) or 0
            if entry.id == BUCKET_ID:
                entry.text = self.bucket_name
        else:
            entry.number = index.data(NoteRole.NUMBER) or 0
            entry.kind = index.data(NoteRole.KIND) or "concern"
            entry.group = index.data(NoteRole.GROUP) or ""
            entry.status = index.data(NoteRole.STATUS) or "open"
            entry.answer = index.data(NoteRole.ANSWER) or ""
            entry.merged_into = index.data(NoteRole.MERGED_INTO) or 0
        entry.heights.clear()
        entry.texts.clear()

    def _inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        self._finish_flow()  # the rows it would flow are about to move
        new = [self._entry(row) for row in range(first, last + 1)]
        shift_ok = not self._dirty and not any(e.header for e in new)
        self._entries[first:first] = new
        self._move_rows(first, len(new))
        notes = [(first + i, e) for i, e in enumerate(new) if not e.header]
        previous = self._highlight
        if notes:
            row, newest = notes[-1]
            self._newest = self._highlight = newest.id
            self._rows[newest.id] = row
            self._highlight_clock.start()
            self._unhighlight.start()
        self._reflow(grow_only=True, from_row=first, shift=(first, len(new)) if shift_ok else None)
        if previous is not None and previous != self._highlight:
            self._update_entry(previous)  # the note added before is no longer the new one

    def _move_rows(self, first: int, count: int) -> None:
        """Keep the remembered rows right after ``count`` rows were inserted (or removed, < 0) at ``first``."""
        for entry_id, row in list(self._rows.items()):
            if row >= first:
                if count < 0 and row < first - count:
                    del self._rows[entry_id]
                else:
                    self._rows[entry_id] = row + count

    def _row_of(self, entry_id: str) -> int | None:
        """The row of an entry: remembered (checked), else searched for once."""
        row = self._rows.get(entry_id)
        if row is not None and row < len(self._entries) and self._entries[row].id == entry_id:
            return row
        row = next((r for r, e in enumerate(self._entries) if e.id == entry_id), None)
        if row is None:
            self._rows.pop(entry_id, None)
        else:
            self._rows[entry_id] = row
        return row

    def _update_entry(self, entry_id: str) -> None:
        row = self._row_of(entry_id)
        self._rows = {k: v for k, v in self._rows.items() if k in (self._newest, self._highlight)}
        if row is None or row >= len(self._places):
            return
        column, y, height = self._places[row]
        columns = LAYOUTS[self._layout][0]
        first = self._page * columns
        if first <= column < first + columns:
            f = self._fonts_for(self._layout)
            self.update(
                QRect(MARGIN + (column - first) * (f.column_width + GAP), MARGIN + y, f.column_width, height)
            )

    def _removed(self, parent: QModelIndex, first: int, last: int) -> None:
        self._finish_flow()
        del self._entries[first : last + 1]
        self._move_rows(first, first - last - 1)
        self._reflow(from_row=first)

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int] = ()) -> None:
        if roles and all(r == Qt.ItemDataRole.SizeHintRole for r in roles):
            return  # the laptop's row heights: nothing the wall shows
        rows = range(top.row(), min(bottom.row() + 1, len(self._entries)))
        if not all(self._entries[row].header for row in rows):
            self._finish_flow()  # (a header's count changes with every new note: no flow for it)
        before = [self._shown_as(self._entries[row]) for row in rows]
        for row in rows:
            self._read(self._entries[row], self.arrangement.index(row, 0))
        if all(self._entries[row].header for row in rows):
            if before == [self._shown_as(self._entries[row]) for row in rows]:
                return  # only a header's count changed, and the wall does not show counts
            self._reflow(grow_only=True)  # a header's name or colour never needs more room
            return
        self._reflow(from_row=top.row())

    def _rebuild(self, *args: object) -> None:
        known = {e.id: e for e in self._entries}
        entries = []
        for row in range(self.arrangement.rowCount()):
            index = self.arrangement.index(row, 0)
            entry = known.get(index.data(NoteRole.ID))
            is_header = index.data(NoteRole.ROW_TYPE) == THEME_ROW
            if entry is None or entry.header != is_header:
                entry = self._entry(row)
            entries.append(entry)
        self._entries = entries
        self._reflow()

    def _end_highlight(self) -> None:
        self._highlight = None
        self.update()

    # -- layout -----------------------------------------------------------------------------

    def _fonts_for(self, layout: int) -> _Fonts:
        fonts = self._fonts.get(layout)
        if fonts is None:
            scale = wall_scale(self.width(), self.height())
            fonts = self._fonts[layout] = wall_fonts(self.font(), layout, self.width(), scale)
        return fonts

    def _height(self, entry: _Entry, layout: int) -> int:
        height = entry.heights.get(layout)
        if height is None:
            f = self._fonts_for(layout)
            if entry.header:
                height = int(f.header_fm.height() * 1.5) + f.fm.height() // 3
            else:
                text, answer = self._static(entry, layout)
                height = int(text.size().height())
                if entry.group:
                    height += f.small_fm.height()
                if answer is not None:
                    height += int(answer.size().height())
                height += f.fm.height() // 3
            entry.heights[layout] = height
        return height

    def _static(self, entry: _Entry, layout: int) -> tuple[QStaticText, QStaticText | None]:
        """The note's text (and answer) laid out once per type size: painting only draws it."""
        texts = entry.texts.get(layout)
        if texts is None:
            f = self._fonts_for(layout)
            width = f.column_width - f.gutter
            text = _static_text(entry.text, width, f.text)
            answer_line = self._answer_line(entry)
            answer = _static_text(answer_line, width, f.answer) if answer_line else None
            texts = entry.texts[layout] = (text, answer)
        return texts

    def _reflow(
        self, grow_only: bool = False, from_row: int | None = None, shift: tuple[int, int] | None = None
    ) -> None:
        """Lay out again now and repaint what moved: from ``from_row`` on, or everything."""
        self._shift = shift if not self._dirty else None
        self._grow_only = self._grow_only and grow_only if self._dirty else grow_only
        if from_row is None:
            self._changed_from = 0
        elif self._changed_from is None or not self._dirty:
            self._changed_from = from_row
        else:
            self._changed_from = min(self._changed_from, from_row)
        self._dirty = True
        before = (self._layout, self._page, self._pages)
        self._ensure_layout()
        if from_row is None or self._dirty or before != (self._layout, self._page, self._pages):
            self.update()
            return
        self.update(self._region_from(from_row))

    def _region_from(self, row: int) -> QRect | QRegion:
        """The part of the page where rows from ``row`` on are painted (the rows before stay put).

        When the flow found its old places again in a later column, the columns after that one
        did not move: only the rest of this column and the whole columns up to that one change.
        """
        columns = LAYOUTS[self._layout][0]
        first = self._page * columns
        place = next((p for p in self._places[row:] if first <= p[0] < first + columns), None)
        if row >= len(self._places) or place is None:
            # removed at the end, or the change is on another page: rows there may have moved
            return self.rect()
        column, y, _ = place
        f = self._fonts_for(self._layout)
        x = MARGIN + (column - first) * (f.column_width + GAP)
        if row < len(self._places) and self._places[row][0] < first:
            return self.rect()  # the change sits on an earlier page: everything here moved
        if self._rejoined is not None and column <= self._rejoined:
            last = min(self._rejoined, first + columns - 1)
            region = QRegion(x - GAP // 2, MARGIN + y, f.column_width + GAP, self.height() - MARGIN - y)
            if last > column:
                width = (last - column) * (f.column_width + GAP)
                region += QRegion(x + f.column_width + GAP // 2, 0, width, self.height())
            return region
        # the rest of this column, and every column after it (one rectangle covering both)
        top = MARGIN + y if column == first + columns - 1 or y == 0 else 0
        return QRect(x - GAP // 2, top, self.width() - x + GAP // 2, self.height() - top)

    def _ensure_layout(self) -> None:
        if not self._dirty or self.height() <= 0:
            return
        self._dirty = False
        shift, self._shift = self._shift, None
        if shift is not None and len(self._shown) + shift[1] == len(self._entries):
            # only notes were inserted: they are visible, and no header's visibility changed
            visible = self._shown[: shift[0]] + [True] * shift[1] + self._shown[shift[0] :]
        else:
            shift = None
            visible = self._visible()
        self._shown = visible
        self._rejoined = None
        self._pending = None
        # when notes were only added, the type can only shrink: start at the current size
        start = self._layout if self._grow_only else 0
        for layout in range(start, len(LAYOUTS) - 1):
            flow = self._flow(layout, visible, LAYOUTS[layout][0])
            if flow is not None:
                self._layout = layout
                break
        else:
            final = len(LAYOUTS) - 1
            resume = self._resume_row(visible) if self._layout == final and self._grow_only else 0
            self._layout = final
            grown = shift if self._grow_only else None
            # after an insert only the page of the newest note is flowed before painting
            newest = self._row_of(self._newest) if grown is not None and self._newest else None
            flow = self._flow(final, visible, None, resume, grown, newest)
        self._changed_from = None
        self._places, self._continued = flow or ([], [])
        columns = LAYOUTS[self._layout][0]
        self._pages = self._page_count()
        if self._pending is not None:
            self._rest.start()  # at the latest; a paint starts it at once
        newest_column = -1
        start = len(self._places) - 1  # where to look for the rows on the page from
        if self._newest is not None:
            row = self._row_of(self._newest)
            if row is not None and row < len(self._places):
                newest_column = self._places[row][0]
                start = row if newest_column >= 0 else start
        self._page = (
            min(self._pages - 1, max(0, newest_column) // columns) if newest_column >= 0 else self._pages - 1
        )
        first = self._page * columns
        # the rows on the page shown, found around the newest note (or from the end): a visible
        # row's column never decreases along the rows
        places = self._places
        on_page: list[int] = []
        for row in range(start, -1, -1):
            column = places[row][0]
            if column < 0:
                continue
            if column < first:
                break
            if column < first + columns:
                on_page.append(row)
        on_page.reverse()
        for row in range(start + 1, len(places)):
            column = places[row][0]
            if column >= first + columns:
                break
            if column >= first:
                on_page.append(row)
        self._on_page = on_page

    def _page_count(self) -> int:
        # columns only grow along the rows: the last visible row sits in the last column
        used = next((p[0] for p in reversed(self._places) if p[0] >= 0), 0) + 1
        if self._pending is not None:  # the rows after it still have their old places
            used = max(used, self._places[self._pending][0] + 1)
        return max(1, -(-used // LAYOUTS[self._layout][0]))

    def _finish_flow(self) -> None:
        """Flow the rows the last insert left for later (after the page shown was painted)."""
        resume, self._pending = self._pending, None
        self._rest.stop()
        if resume is None:
            return
        if self._dirty:  # a layout is due anyway: it must not resume from the old places
            self._changed_from, self._shift = 0, None
            return
        # the rows after ``resume`` hold their old places: a row landing on its own means the
        # rest is the same, as after an insert
        flow = self._flow(self._layout, self._shown, None, resume, (resume + 1, 0))
        self._places, self._continued = flow or ([], [])
        pages = self._page_count()
        if pages != self._pages:
            self._pages = pages
            self.update(QRect(0, self.height() - MARGIN, self.width(), MARGIN))  # the page count

    def _ink_idle(self) -> None:
        if self.isVisible() and self._ink_painted():
            self._inking.start(0)  # the next slice after the events waiting now: typing goes first

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fonts.clear()
        self._ink.clear()
        self._to_ink.clear()
        for entry in self._entries:
            entry.heights.clear()
            entry.texts.clear()
        self._reflow()
        super().resizeEvent(event)

    # -- painting ---------------------------------------------------------------------------

    def _note_text(self, entry: _Entry) -> str:
        return entry.text

    def _answer_line(self, entry: _Entry) -> str:
        if entry.status == "merged":
            return "→ " + str(entry.merged_into)
        if not self.show_answers or entry.status == "open":
            return ""
        label = self.status_names.get(entry.status, entry.status)
        return f"{label}: {entry.answer}" if entry.answer else label

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        self.painted_texts = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        f = self._fonts_for(self._layout)
        columns = LAYOUTS[self._layout][0]
        first = self._page * columns
        clip = event.region()
        for column, header in self._continued:
            if first <= column < first + columns:
                x = MARGIN + (column - first) * (f.column_width + GAP)
                rect = QRect(x, MARGIN, f.column_width, header.heights.get(self._layout, 0))
                self._paint_header(painter, header, rect, f, self.continued_suffix)
        for row in self._on_page:
            entry = self._entries[row]
            column, y, height = self._places[row]
            x = MARGIN + (column - first) * (f.column_width + GAP)
            rect = QRect(x, MARGIN + y, f.column_width, height)
            if not clip.intersects(rect):
                continue
            if entry.header:
                self._paint_header(painter, entry, rect, f)
            else:
                self._paint_note(painter, entry, rect, f)
        if self._pages > 1:
            painter.setFont(f.small)
            painter.setPen(FADED)
            page = f"{self._page + 1} / {self._pages}"
            self._draw(
                painter,
                self.rect().adjusted(0, 0, -MARGIN, -8),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                page,
            )
        painter.end()
        if self._pending is not None:
            self._rest.start(0)  # the rows after the page shown, now that it is painted
        if self._to_ink or self._ahead_of is not self._places:
            self._inking.start(0)
        self.painted.emit()
