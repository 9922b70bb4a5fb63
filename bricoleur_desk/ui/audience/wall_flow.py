"""Placing the wall's rows in columns: the arithmetic of the projector's layout, no painting.

Rows flow column after column at one type size; a theme that goes on in the next column gets
its header repeated there. After an insert the flow resumes at the column that changed and
stops as soon as a row lands where it was before.
"""

from __future__ import annotations

from ..notes.model import BUCKET_ID
from .wall_parts import LAYOUTS, MARGIN, _Entry, _Flow


class WallFlow:
    """Column layout of :class:`NoteWall` rows; the wall supplies the state named below."""

    _entries: list[_Entry]
    _places: list[tuple[int, int, int]]
    _continued: list[tuple[int, _Entry]]
    _changed_from: int | None
    _rejoined: int
    _pending: int | None

    def height(self) -> int:
        raise NotImplementedError  # QWidget.height of the wall

    def _height(self, entry: _Entry, layout: int) -> int:
        raise NotImplementedError  # the wall's cached measure of a row

    def _visible(self) -> list[bool]:
        # hide empty theme headers, and the "no theme yet" header when there are no themes
        has_themes = any(e.header and e.id != BUCKET_ID and e.count for e in self._entries)
        return [not e.header or (e.count > 0 and (e.id != BUCKET_ID or has_themes)) for e in self._entries]

    def _flow(
        self,
        layout: int,
        visible: list[bool],
        limit: int | None,
        resume: int = 0,
        shift: tuple[int, int] | None = None,
        until: int | None = None,
    ) -> _Flow | None:
        """Place entries column after column; None as soon as more than ``limit`` columns are needed.

        A theme that goes on in the next column gets its header repeated there. ``resume`` is
        the first row of a column: rows before it keep the places they have. ``shift`` (first
        row, count) says only notes were inserted there since the last flow: once a later row
        lands where it was, every row after it keeps its old place too (the flow is the same
        from the same column and height on), so the rest is not flowed again. With ``shift``,
        ``until`` (a row) stops the flow at the first page after that row's page: the rows
        from ``_pending`` on keep their old places until the wall flows them after painting.
        """
        available = self.height() - 2 * MARGIN
        entries = self._entries
        count = len(entries)
        old_places, old_continued = self._places, self._continued
        rejoin = count
        moved = shift[1] if shift is not None else 0
        per_page = LAYOUTS[layout][0]
        if shift is None or until is None:
            until = count
        if shift is not None and resume and shift[0] >= resume:
            rejoin = shift[0] + shift[1]
        if resume:
            column, y, _ = self._places[resume]
            places = self._places[:resume]
            continued = [(c, h) for c, h in self._continued if c <= column]
            header = next(
                (entries[r] for r in range(resume - 1, -1, -1) if entries[r].header and visible[r]), None
            )
        else:
            column = y = 0
            places = []
            continued = []
            header = None
        for i in range(resume, count):
            entry = entries[i]
            if not visible[i]:
                places.append((-1, 0, 0))
                continue
            # inlined cache look-ups: this loop runs over every note on each change
            height = entry.heights.get(layout) or self._height(entry, layout)
            needed = height
            if entry.header:
                header = entry
                if i + 1 < count:
                    following = entries[i + 1]
                    needed += following.heights.get(layout) or self._height(following, layout)
            broke = y > 0 and y + needed > available
            if broke:
                column, y = column + 1, 0
                if limit is not None and column >= limit:
                    return None
                if not entry.header and header is not None:
                    continued.append((column, header))
                    y = header.heights.get(layout) or self._height(header, layout)
            place = (column, y, height)
            places.append(place)
            y += height
            if i >= rejoin and old_places[i - shift[1]] == place:  # type: ignore[index]
                places.extend(old_places[i - shift[1] + 1 :])  # type: ignore[index]
                self._rejoined = column
                continued.extend((c, h) for c, h in old_continued if c > column)
                return places, continued
            if broke and i > until and column % per_page == 0:
                # the page showing row ``until`` is complete; the rest can wait a moment
                places.extend(old_places[i + 1 - moved :])
                self._pending = i
                continued.extend((c, h) for c, h in old_continued if c > column)
                return places, continued
        return places, continued

    @staticmethod
    def _shown_as(entry: _Entry) -> tuple[object, ...]:
        return (entry.text, entry.color, entry.count > 0) if entry.header else (entry.id,)

    def _resume_row(self, visible: list[bool]) -> int:
        """The first row of the column holding the row before the change: flow again from there."""
        if self._changed_from is None or not self._places:
            return 0
        row = min(self._changed_from - 1, len(self._places) - 1)
        while row > 0 and (row >= len(visible) or not visible[row] or self._places[row][0] < 0):
            row -= 1
        if row <= 0:
            return 0
        column = self._places[row][0]
        while row > 0 and (self._places[row - 1][0] == column or self._places[row - 1][0] < 0):
            row -= 1
        # a hidden row just before keeps its (-1) place; start at a visible row of this column
        while row < len(self._places) and self._places[row][0] != column:
            row += 1
        return row if row < len(self._places) and row < self._changed_from else 0
