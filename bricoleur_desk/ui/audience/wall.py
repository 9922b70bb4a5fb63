"""The note wall on the projector: large type, theme colours, columns that fill as the list grows.

A painted widget over a grouped :class:`NoteArrangement`. It keeps one small record per row,
measures each note once per type size (cached), and paints only the columns on screen; where
each row goes is :class:`WallLayout`'s plain arithmetic (no Qt), so a new note appears within a
frame even with 2,000 notes. Only whitelisted roles are read: number, kind, text, group, theme,
status, answer.

The newest note stays marked (yellow) until the next one comes. In Discuss the facilitator's
note or theme is in focus: its page comes up, the note is larger and outlined with its status
and answer, and its theme can be shown alone. PgUp/PgDn turn the page until the next focus.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QRegion,
    QResizeEvent,
    QStaticText,
)
from PySide6.QtWidgets import QWidget

from ...workspace.wall_layout import WallLayout, WallRow
from ..notes.arrangement import NoteArrangement
from ..notes.model import BUCKET_ID, THEME_ROW, NoteRole, wall_words
from .colours import RoomColours
from .wall_paint import WallPainter
from .wall_parts import (
    FOCUS_SCALE,
    GAP,
    LAYOUTS,
    MARGIN,
    _Fonts,
    _static_text,
    wall_fonts,
    wall_scale,
)


class NoteWall(QWidget):
    """Paints the meeting's notes for the room; answers only when ``show_answers`` is on."""

    painted = Signal()  # after each paint: benchmarks time Enter -> painted
    pageShown = Signal(int, int)  # (page, pages) the room sees, counted from 0, when it changes

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
        self.wall_layout = WallLayout(self._height, self.height, BUCKET_ID)  # rows, places, pages
        self.wall_painter = WallPainter(self.wall_layout, self._fonts_for, self._static, self._finish_flow)
        self._fonts: dict[tuple[int, bool], _Fonts] = {}  # (layout, focused)
        self._told: tuple[int, int] | None = None  # the (page, pages) last told
        self._rest = QTimer(self, singleShot=True, interval=50)
        self._rest.timeout.connect(self._finish_flow)
        self._inking = QTimer(self, singleShot=True, interval=0)
        self._inking.timeout.connect(self._ink_idle)
        self.continued_suffix = "(continued)"
        self._highlight: str | None = None  # the newest note, marked until the next one comes
        arrangement.rowsInserted.connect(self._inserted)
        arrangement.rowsRemoved.connect(self._removed)
        arrangement.dataChanged.connect(self._data_changed)
        arrangement.layoutChanged.connect(self._rebuild)
        arrangement.modelReset.connect(self._rebuild)
        arrangement.rowsMoved.connect(self._rebuild)
        self._rebuild()

    # -- public -------------------------------------------------------------------------

    @property
    def painted_texts(self) -> list[str]:
        """Every text the last paint drew: what the room saw (the privacy test reads it)."""
        return self.wall_painter.painted_texts

    def set_colours(self, colours: RoomColours) -> None:
        """The usual colours or the high-contrast set (View → High contrast)."""
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(colours.ground))
        self.setPalette(palette)
        self.wall_painter.set_colours(colours)
        self.update()

    def set_show_answers(self, show: bool) -> None:
        if show != self.show_answers:
            self.show_answers = show
            self.wall_layout.forget_measures()
            self._reflow()

    def layout_choice(self) -> tuple[int, int]:
        """(columns, point size) in use now."""
        self._ensure_layout()
        return LAYOUTS[self.wall_layout.chosen]

    def page(self) -> tuple[int, int]:
        """(current page, number of pages), counted from 0."""
        self._ensure_layout()
        self._finish_flow()
        return self.wall_layout.page, self.wall_layout.pages

    def set_names(self, no_theme: str, continued: str) -> None:
        """The translated "no theme yet" header and the "(continued)" mark on a repeated header."""
        self.bucket_name, self.continued_suffix = no_theme, continued
        for entry in self.wall_layout.rows:
            if entry.header and entry.id == BUCKET_ID:
                entry.text = no_theme
        self.update()

    def highlighted(self) -> str | None:
        """The newest note, marked until the next one comes."""
        return self._highlight

    def focus(self) -> str | None:
        return self.wall_layout.focus

    def set_focus(self, row_id: str | None) -> None:
        """The note (or theme header) under discussion: its page comes up, a note is marked larger.

        None ends the focus (outside Discuss); the page then follows the newest note again.
        """
        wall = self.wall_layout
        old = wall.focus
        if row_id == old:
            wall.follow(row_id)  # chosen again: its page comes back after a turned page
            self._repaint_page()
            return
        rows = [r for r in (wall.row_of(i) for i in (old, row_id) if i is not None) if r is not None]
        for row in rows:
            wall.rows[row].forget_measures()
        themes_before = wall.alone_theme()
        wall.focus = row_id
        wall.followed, wall.turned = row_id, None
        if wall.alone and wall.alone_theme() != themes_before:
            self._reflow()
        else:
            self._reflow(from_row=min(rows) if rows else None)
        self._tell_page()

    def set_alone(self, alone: bool) -> None:
        """Show only the focused row's theme, as large as it fits (False: every theme again)."""
        wall = self.wall_layout
        if alone != wall.alone:
            wall.alone = alone
            if wall.focus is not None:
                wall.followed, wall.turned = wall.focus, None
                self._reflow()
                self._tell_page()

    def alone_theme(self) -> str | None:
        """The id of the theme shown alone, None when every theme shows."""
        return self.wall_layout.alone_theme()

    def turn_page(self, step: int) -> bool:
        """PgDn (+1) / PgUp (-1): the room sees the next or previous page; True if it turned."""
        self._ensure_layout()
        self._finish_flow()
        turned = self.wall_layout.turn(step)
        if turned:
            self._repaint_page()
        return turned

    def _repaint_page(self) -> None:
        self.update()
        self._tell_page()

    def _tell_page(self) -> None:
        shown = (self.wall_layout.page, self.wall_layout.pages)
        if shown != self._told:
            self._told = shown
            self.pageShown.emit(*shown)

    # -- following the model ----------------------------------------------------------------

    def _entry(self, row: int) -> WallRow:
        index = self.arrangement.index(row, 0)
        entry = WallRow(index.data(NoteRole.ROW_TYPE) == THEME_ROW, index.data(NoteRole.ID))
        self._read(entry, index)
        return entry

    def _read(self, entry: WallRow, index: QModelIndex | QPersistentModelIndex) -> None:
        # the whitelist of what the room may see
        entry.color = index.data(NoteRole.THEME_COLOR) or ""
        if entry.header:
            entry.text = index.data(NoteRole.WALL_TEXT) or index.data(Qt.ItemDataRole.DisplayRole) or ""
            entry.count = index.data(NoteRole.COUNT) or 0
            if entry.id == BUCKET_ID:
                entry.text = self.bucket_name
        else:
            # a note's words with personal data masked until confirmed, never the typed text
            entry.text, entry.group, entry.answer = wall_words(index)
            entry.number = index.data(NoteRole.NUMBER) or 0
            entry.kind = index.data(NoteRole.KIND) or "concern"
            entry.status = index.data(NoteRole.STATUS) or "open"
            entry.merged_into = index.data(NoteRole.MERGED_INTO) or 0
        entry.forget_measures()

    def _inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        self._finish_flow()  # the rows it would flow are about to move
        new = [self._entry(row) for row in range(first, last + 1)]
        shift_ok = not self.wall_layout.dirty and not any(e.header for e in new)
        self.wall_layout.insert(first, new)
        notes = [(first + i, e) for i, e in enumerate(new) if not e.header]
        previous = self._highlight
        if notes:
            row, newest = notes[-1]
            self.wall_layout.newest = self._highlight = newest.id
            self.wall_layout.followed, self.wall_layout.turned = newest.id, None  # its page comes up
            self.wall_layout.remember(newest.id, row)
        self._reflow(grow_only=True, from_row=first, shift=(first, len(new)) if shift_ok else None)
        if previous is not None and previous != self._highlight:
            self._update_entry(previous)  # the note added before is no longer the new one

    def _update_entry(self, entry_id: str) -> None:
        wall = self.wall_layout
        row = wall.row_of(entry_id)
        wall.forget_rows_except(wall.newest, self._highlight, wall.focus, wall.followed)
        if row is None or row >= len(wall.places):
            return
        column, y, height = wall.places[row]
        columns = LAYOUTS[wall.chosen][0]
        first = wall.page * columns
        if first <= column < first + columns:
            f = self._fonts_for(wall.chosen)
            self.update(
                QRect(MARGIN + (column - first) * (f.column_width + GAP), MARGIN + y, f.column_width, height)
            )

    def _removed(self, parent: QModelIndex, first: int, last: int) -> None:
        self._finish_flow()
        self.wall_layout.remove(first, last)
        self._reflow(from_row=first)

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int] = ()) -> None:
        if roles and all(r == Qt.ItemDataRole.SizeHintRole for r in roles):
            return  # the laptop's row heights: nothing the wall shows
        entries, shown_as = self.wall_layout.rows, self.wall_layout.shown_as
        rows = range(top.row(), min(bottom.row() + 1, len(entries)))
        if not all(entries[row].header for row in rows):
            self._finish_flow()  # (a header's count changes with every new note: no flow for it)
        before = [shown_as(entries[row]) for row in rows]
        for row in rows:
            self._read(entries[row], self.arrangement.index(row, 0))
        if all(entries[row].header for row in rows):
            if before == [shown_as(entries[row]) for row in rows]:
                return  # only a header's count changed, and the wall does not show counts
            self._reflow(grow_only=True)  # a header's name or colour never needs more room
            return
        self._reflow(from_row=top.row())

    def _rebuild(self, *args: object) -> None:
        known = {e.id: e for e in self.wall_layout.rows}
        entries = []
        for row in range(self.arrangement.rowCount()):
            index = self.arrangement.index(row, 0)
            entry = known.get(index.data(NoteRole.ID))
            is_header = index.data(NoteRole.ROW_TYPE) == THEME_ROW
            if entry is None or entry.header != is_header:
                entry = self._entry(row)
            entries.append(entry)
        self.wall_layout.rows = entries
        self._reflow()

    # -- layout -----------------------------------------------------------------------------

    def note_font(self, layout: int, focused: bool = False) -> QFont:
        """The font of a note's text in ``layout`` at the wall's present size (in focus: larger)."""
        return self._fonts_for(layout, focused).text

    def group_font(self, layout: int) -> QFont:
        """The font of the group or street under a note."""
        return self._fonts_for(layout).small

    def _fonts_for(self, layout: int, focused: bool = False) -> _Fonts:
        fonts = self._fonts.get((layout, focused))
        if fonts is None:
            scale = wall_scale(self.width(), self.height()) * (FOCUS_SCALE if focused else 1.0)
            fonts = self._fonts[(layout, focused)] = wall_fonts(self.font(), layout, self.width(), scale)
        return fonts

    def _height(self, entry: WallRow, layout: int) -> int:
        height = entry.heights.get(layout)
        if height is None:
            f = self._fonts_for(layout, entry.id == self.wall_layout.focus and not entry.header)
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

    def _static(self, entry: WallRow, layout: int) -> tuple[QStaticText, QStaticText | None]:
        """The note's text (and answer) laid out once per type size: painting only draws it."""
        texts = entry.texts.get(layout)
        if texts is None:
            f = self._fonts_for(layout, entry.id == self.wall_layout.focus)
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
        wall = self.wall_layout
        wall.invalidate(grow_only, from_row, shift)
        before = (wall.chosen, wall.page, wall.pages)
        self._ensure_layout()
        self._tell_page()
        if from_row is None or wall.dirty or before != (wall.chosen, wall.page, wall.pages):
            self.update()
            return
        self.update(self._region_from(from_row))

    def _region_from(self, row: int) -> QRect | QRegion:
        """The part of the page where rows from ``row`` on are painted (the rows before stay put).

        When the flow found its old places again in a later column, the columns after that one
        did not move: only the rest of this column and the whole columns up to that one change.
        """
        wall = self.wall_layout
        places = wall.places
        columns = LAYOUTS[wall.chosen][0]
        first = wall.page * columns
        place = next((p for p in places[row:] if first <= p[0] < first + columns), None)
        if row >= len(places) or place is None:
            # removed at the end, or the change is on another page: rows there may have moved
            return self.rect()
        column, y, _ = place
        f = self._fonts_for(wall.chosen)
        x = MARGIN + (column - first) * (f.column_width + GAP)
        if row < len(places) and places[row][0] < first:
            return self.rect()  # the change sits on an earlier page: everything here moved
        if wall.rejoined is not None and column <= wall.rejoined:
            last = min(wall.rejoined, first + columns - 1)
            region = QRegion(x - GAP // 2, MARGIN + y, f.column_width + GAP, self.height() - MARGIN - y)
            if last > column:
                width = (last - column) * (f.column_width + GAP)
                region += QRegion(x + f.column_width + GAP // 2, 0, width, self.height())
            return region
        # the rest of this column, and every column after it (one rectangle covering both)
        top = MARGIN + y if column == first + columns - 1 or y == 0 else 0
        return QRect(x - GAP // 2, top, self.width() - x + GAP // 2, self.height() - top)

    def _ensure_layout(self) -> None:
        if self.wall_layout.ensure() and self.wall_layout.pending is not None:
            self._rest.start()  # at the latest; a paint starts it at once

    def _finish_flow(self) -> None:
        """Flow the rows the last insert left for later (after the page shown was painted)."""
        self._rest.stop()
        if self.wall_layout.finish_flow():
            self.update(QRect(0, self.height() - MARGIN, self.width(), MARGIN))  # the page count
            self._tell_page()

    def _ink_idle(self) -> None:
        if self.isVisible() and self.wall_painter.ink_painted(self.devicePixelRatioF()):
            self._inking.start(0)  # the next slice after the events waiting now: typing goes first

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fonts.clear()
        self.wall_painter.forget_ink()
        self.wall_layout.forget_measures()
        self._reflow()
        super().resizeEvent(event)

    # -- painting ---------------------------------------------------------------------------

    def _answer_line(self, entry: WallRow) -> str:
        if entry.status == "merged":
            return "→ " + str(entry.merged_into)
        focused = entry.id == self.wall_layout.focus
        if not focused and (not self.show_answers or entry.status == "open"):
            return ""
        label = self.status_names.get(entry.status, entry.status)
        return f"{label}: {entry.answer}" if entry.answer else label

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        rows = self.wall_painter
        rows.painted_texts = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        wall = self.wall_layout
        f = self._fonts_for(wall.chosen)
        columns = LAYOUTS[wall.chosen][0]
        first = wall.page * columns
        focus = wall.focus
        clip = event.region()
        for column, header in wall.continued:
            if first <= column < first + columns:
                x = MARGIN + (column - first) * (f.column_width + GAP)
                rect = QRect(x, MARGIN, f.column_width, header.heights.get(wall.chosen, 0))
                rows.paint_header(painter, header, rect, f, self.continued_suffix)
        for row in wall.on_page:
            entry = wall.rows[row]
            column, y, height = wall.places[row]
            x = MARGIN + (column - first) * (f.column_width + GAP)
            rect = QRect(x, MARGIN + y, f.column_width, height)
            # the outline of the note in focus reaches a little beyond its row
            if not clip.intersects(rect if entry.id != focus else rect.adjusted(-GAP // 2, -GAP // 2, GAP // 2, GAP // 2)):
                continue
            if entry.header:
                rows.paint_header(painter, entry, rect, f, focused=entry.id == focus)
            elif entry.id == focus:
                fonts = self._fonts_for(wall.chosen, True)
                rows.paint_note(painter, entry, rect, fonts, entry.id == self._highlight, focused=True)
            else:
                rows.paint_note(painter, entry, rect, f, entry.id == self._highlight)
        if wall.pages > 1:
            painter.setFont(f.small)
            painter.setPen(QColor(rows.colours.group_ink))
            page = f"{wall.page + 1} / {wall.pages}"
            rows.draw(
                painter,
                self.rect().adjusted(0, 0, -MARGIN, -8),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                page,
            )
        painter.end()
        if wall.pending is not None:
            self._rest.start(0)  # the rows after the page shown, now that it is painted
        if rows.has_ink_to_do():
            self._inking.start(0)
        self._tell_page()
        self.painted.emit()
