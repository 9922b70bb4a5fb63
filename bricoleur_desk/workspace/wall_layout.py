"""The projector wall's layout without Qt: which row sits where, at which type size, on which page.

Rows (theme headers and notes) flow column after column at one type size; a theme that goes on
in the next column gets its header repeated there. The type shrinks layout by layout until the
rows fit one page; at the smallest type the wall pages to the row it follows: the newest note,
or (in Discuss) the note or theme under discussion, until PgUp/PgDn turns the page. After
an insert the flow resumes at the column that changed and stops as soon as a row lands where it
was before; rows after the page shown may be left for later (:meth:`WallLayout.finish_flow`).

The wall widget measures rows (fonts are Qt's) through ``measure`` and paints; this class owns
every place and page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# (columns, point size) from roomy to dense; the last is the smallest type the room can read
LAYOUTS = ((1, 40), (2, 36), (2, 32), (3, 30), (3, 27), (3, 24))
MARGIN = 36  # around the wall, in pixels of a full-HD projector

Place = tuple[int, int, int]  # column, y, height; column -1: not shown


@dataclass
class WallRow:
    """What the room may see of one row: the note model's whitelist, and its measures per layout."""

    header: bool
    id: str
    number: int = 0
    kind: str = "concern"
    text: str = ""
    group: str = ""
    color: str = ""
    status: str = "open"
    answer: str = ""
    merged_into: int = 0
    count: int = 0
    heights: dict[int, int] = field(default_factory=dict)  # layout index -> height
    texts: dict[int, Any] = field(default_factory=dict)  # the painter's laid-out texts per layout

    def forget_measures(self) -> None:
        self.heights.clear()
        self.texts.clear()


Flow = tuple[list[Place], list[tuple[int, WallRow]]]


class WallLayout:
    """The rows of the wall and where they are placed; ``measure(row, layout)`` gives a height.

    ``bucket_id`` is the id of the "no theme yet" header, shown only when there are themes.
    """

    def __init__(
        self, measure: Callable[[WallRow, int], int], wall_height: Callable[[], int], bucket_id: str
    ) -> None:
        self._measure = measure
        self._wall_height = wall_height
        self._bucket_id = bucket_id
        self.rows: list[WallRow] = []
        self.places: list[Place] = []  # per row
        self.continued: list[tuple[int, WallRow]] = []  # (column, header) repeated at its top
        self.chosen = 0  # the layout in use: an index into LAYOUTS
        self.page = 0
        self.pages = 1
        self.on_page: list[int] = []  # the rows on the page shown
        self.newest: str | None = None  # the newest note: marked until the next one comes
        # the row under discussion (a note, or a theme's header): marked larger, and with
        # ``alone`` its theme is the only one shown
        self.focus: str | None = None
        self.alone = False
        self.followed: str | None = None  # the row whose page is shown (None: the newest note's)
        self.turned: int | None = None  # the page PgUp/PgDn turned to, until another row is followed
        self.dirty = True
        # the first row the last flow left for after painting (it stopped after the page shown)
        self.pending: int | None = None
        self.rejoined: int | None = None  # the column where the last flow found its old places again
        self._grow_only = False
        self._changed_from: int | None = None  # the first row changed since the last layout
        # notes (no headers) inserted since the last layout: (first row, count), else None
        self._shift: tuple[int, int] | None = None
        self._shown: list[bool] = []  # the visibility the last layout used
        self._remembered: dict[str, int] = {}  # where the newest and highlighted rows were last seen

    # -- the rows -----------------------------------------------------------------------------

    def insert(self, first: int, rows: list[WallRow]) -> None:
        self.rows[first:first] = rows
        self._move_rows(first, len(rows))

    def remove(self, first: int, last: int) -> None:
        del self.rows[first : last + 1]
        self._move_rows(first, first - last - 1)

    def remember(self, row_id: str, row: int) -> None:
        self._remembered[row_id] = row

    def forget_rows_except(self, *row_ids: str | None) -> None:
        self._remembered = {k: v for k, v in self._remembered.items() if k in row_ids}

    def forget_measures(self) -> None:
        for row in self.rows:
            row.forget_measures()

    def _move_rows(self, first: int, count: int) -> None:
        """Keep the remembered rows right after ``count`` rows were inserted (or removed, < 0) at ``first``."""
        for row_id, row in list(self._remembered.items()):
            if row >= first:
                if count < 0 and row < first - count:
                    del self._remembered[row_id]
                else:
                    self._remembered[row_id] = row + count

    def row_of(self, row_id: str) -> int | None:
        """The row of an entry: remembered (checked), else searched for once."""
        row = self._remembered.get(row_id)
        if row is not None and row < len(self.rows) and self.rows[row].id == row_id:
            return row
        row = next((r for r, e in enumerate(self.rows) if e.id == row_id), None)
        if row is None:
            self._remembered.pop(row_id, None)
        else:
            self._remembered[row_id] = row
        return row

    def theme_of(self, row_id: str | None) -> str | None:
        """The id of the theme header a row sits under (a header's own id), None if unknown."""
        row = self.row_of(row_id) if row_id is not None else None
        if row is None:
            return None
        while row >= 0 and not self.rows[row].header:
            row -= 1
        return self.rows[row].id if row >= 0 else None

    def alone_theme(self) -> str | None:
        """The theme shown alone: the focused row's, while ``alone`` is on."""
        return self.theme_of(self.focus) if self.alone and self.focus is not None else None

    def visible(self) -> list[bool]:
        """Which rows show: not empty theme headers, nor "no theme yet" when there are no themes.

        A theme shown alone hides every other row (and shows its header even when empty).
        """
        bucket = self._bucket_id
        rows = self.rows
        alone = self.alone_theme()
        if alone is not None:
            start = next(r for r, e in enumerate(rows) if e.header and e.id == alone)
            end = next((r for r in range(start + 1, len(rows)) if rows[r].header), len(rows))
            return [start <= r < end for r in range(len(rows))]
        has_themes = any(e.header and e.id != bucket and e.count for e in rows)
        return [not e.header or (e.count > 0 and (e.id != bucket or has_themes)) for e in rows]

    # -- the page shown ---------------------------------------------------------------------

    def follow(self, row_id: str | None) -> None:
        """Show the page of this row (None: the newest note's) from now on; ends a turned page."""
        self.followed, self.turned = row_id, None
        if not self.dirty:
            self._choose_page()

    def turn(self, step: int) -> bool:
        """PgDn (+1) or PgUp (-1): the next or previous page, kept until another row is followed."""
        page = min(self.pages - 1, max(0, self.page + step))
        if page == self.page:
            return False
        self.turned = page
        if not self.dirty:
            self._choose_page()
        return True

    def page_of(self, row_id: str | None) -> int | None:
        """The page a row is on, None when it is not shown."""
        row = self.row_of(row_id) if row_id is not None else None
        if row is None or row >= len(self.places) or self.places[row][0] < 0:
            return None
        return self.places[row][0] // LAYOUTS[self.chosen][0]

    @staticmethod
    def shown_as(row: WallRow) -> tuple[object, ...]:
        """What of a row decides the layout (a header's count only as shown or not)."""
        return (row.text, row.color, row.count > 0) if row.header else (row.id,)

    # -- laying out ---------------------------------------------------------------------------

    def invalidate(
        self, grow_only: bool = False, from_row: int | None = None, shift: tuple[int, int] | None = None
    ) -> None:
        """Ask for a layout: rows from ``from_row`` on changed (None: all); ``shift``: notes inserted."""
        self._shift = shift if not self.dirty else None
        self._grow_only = self._grow_only and grow_only if self.dirty else grow_only
        if from_row is None:
            self._changed_from = 0
        elif self._changed_from is None or not self.dirty:
            self._changed_from = from_row
        else:
            self._changed_from = min(self._changed_from, from_row)
        self.dirty = True

    def ensure(self) -> bool:
        """Lay out if asked to (and the wall has a height); True if it did."""
        if not self.dirty or self._wall_height() <= 0:
            return False
        self.dirty = False
        shift, self._shift = self._shift, None
        alone = self.alone and self.focus is not None
        if shift is not None and not alone and len(self._shown) + shift[1] == len(self.rows):
            # only notes were inserted: they are visible, and no header's visibility changed
            visible = self._shown[: shift[0]] + [True] * shift[1] + self._shown[shift[0] :]
        else:
            shift = None
            visible = self.visible()
        self._shown = visible
        self.rejoined = None
        self.pending = None
        # when notes were only added, the type can only shrink: start at the current size
        start = self.chosen if self._grow_only else 0
        for layout in range(start, len(LAYOUTS) - 1):
            flow = self.flow(layout, visible, LAYOUTS[layout][0])
            if flow is not None:
                self.chosen = layout
                break
        else:
            final = len(LAYOUTS) - 1
            resume = self._resume_row(visible) if self.chosen == final and self._grow_only else 0
            self.chosen = final
            grown = shift if self._grow_only else None
            # after an insert only the page of the row followed (the newest note) is flowed
            # before painting; a turned page is flowed in full
            target = self._target()
            newest = (
                self.row_of(target) if grown is not None and target is not None and self.turned is None else None
            )
            flow = self.flow(final, visible, None, resume, grown, newest)
        self._changed_from = None
        self.places, self.continued = flow or ([], [])
        self.pages = self._page_count()
        self._choose_page()
        return True

    def _target(self) -> str | None:
        return self.followed if self.followed is not None else self.newest

    def _choose_page(self) -> None:
        """The page turned to, else that of the row followed (else the last), and the rows on it."""
        columns = LAYOUTS[self.chosen][0]
        places = self.places
        last = self.pages - 1
        target = self._target()
        row = self.row_of(target) if target is not None else None
        column = places[row][0] if row is not None and row < len(places) else -1
        if self.turned is not None:
            self.page = min(last, max(0, self.turned))
        elif column >= 0:
            self.page = min(last, column // columns)
        elif row is not None:  # the row followed is hidden (another theme shown alone): stay
            self.page = min(last, self.page)
        else:
            self.page = last
        first = self.page * columns
        # where to look for the rows on the page from: the row followed when it is on it
        if column >= 0 and column // columns == self.page:
            start = row
        elif self.page == last:
            start = len(places) - 1
        else:
            start = next((r for r, p in enumerate(places) if p[0] >= first), len(places) - 1)
        assert start is not None
        first = self.page * columns
        # the rows on the page shown, found around the newest note (or from the end): a visible
        # row's column never decreases along the rows
        places = self.places
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
        self.on_page = on_page

    def _page_count(self) -> int:
        # columns only grow along the rows: the last visible row sits in the last column
        used = next((p[0] for p in reversed(self.places) if p[0] >= 0), 0) + 1
        if self.pending is not None:  # the rows after it still have their old places
            used = max(used, self.places[self.pending][0] + 1)
        return max(1, -(-used // LAYOUTS[self.chosen][0]))

    def finish_flow(self) -> bool:
        """Flow the rows the last insert left for later; True if the number of pages changed."""
        resume, self.pending = self.pending, None
        if resume is None:
            return False
        if self.dirty:  # a layout is due anyway: it must not resume from the old places
            self._changed_from, self._shift = 0, None
            return False
        # the rows after ``resume`` hold their old places: a row landing on its own means the
        # rest is the same, as after an insert
        flow = self.flow(self.chosen, self._shown, None, resume, (resume + 1, 0))
        self.places, self.continued = flow or ([], [])
        pages = self._page_count()
        if pages == self.pages:
            return False
        self.pages = pages
        return True

    def flow(
        self,
        layout: int,
        visible: list[bool],
        limit: int | None,
        resume: int = 0,
        shift: tuple[int, int] | None = None,
        until: int | None = None,
    ) -> Flow | None:
        """Place rows column after column; None as soon as more than ``limit`` columns are needed.

        A theme that goes on in the next column gets its header repeated there. ``resume`` is
        the first row of a column: rows before it keep the places they have. ``shift`` (first
        row, count) says only notes were inserted there since the last flow: once a later row
        lands where it was, every row after it keeps its old place too (the flow is the same
        from the same column and height on), so the rest is not flowed again. With ``shift``,
        ``until`` (a row) stops the flow at the first page after that row's page: the rows
        from ``pending`` on keep their old places until :meth:`finish_flow`.
        """
        available = self._wall_height() - 2 * MARGIN
        measure = self._measure
        entries = self.rows
        count = len(entries)
        old_places, old_continued = self.places, self.continued
        rejoin = count
        moved = shift[1] if shift is not None else 0
        per_page = LAYOUTS[layout][0]
        if shift is None or until is None:
            until = count
        if shift is not None and resume and shift[0] >= resume:
            rejoin = shift[0] + shift[1]
        if resume:
            column, y, _ = self.places[resume]
            places = self.places[:resume]
            continued = [(c, h) for c, h in self.continued if c <= column]
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
            height = entry.heights.get(layout) or measure(entry, layout)
            needed = height
            if entry.header:
                header = entry
                if i + 1 < count:
                    following = entries[i + 1]
                    needed += following.heights.get(layout) or measure(following, layout)
            broke = y > 0 and y + needed > available
            if broke:
                column, y = column + 1, 0
                if limit is not None and column >= limit:
                    return None
                if not entry.header and header is not None:
                    continued.append((column, header))
                    y = header.heights.get(layout) or measure(header, layout)
            place = (column, y, height)
            places.append(place)
            y += height
            if i >= rejoin and old_places[i - shift[1]] == place:  # type: ignore[index]
                places.extend(old_places[i - shift[1] + 1 :])  # type: ignore[index]
                self.rejoined = column
                continued.extend((c, h) for c, h in old_continued if c > column)
                return places, continued
            if broke and i > until and column % per_page == 0:
                # the page showing row ``until`` is complete; the rest can wait a moment
                places.extend(old_places[i + 1 - moved :])
                self.pending = i
                continued.extend((c, h) for c, h in old_continued if c > column)
                return places, continued
        return places, continued

    def _resume_row(self, visible: list[bool]) -> int:
        """The first row of the column holding the row before the change: flow again from there."""
        if self._changed_from is None or not self.places:
            return 0
        row = min(self._changed_from - 1, len(self.places) - 1)
        while row > 0 and (row >= len(visible) or not visible[row] or self.places[row][0] < 0):
            row -= 1
        if row <= 0:
            return 0
        column = self.places[row][0]
        while row > 0 and (self.places[row - 1][0] == column or self.places[row - 1][0] < 0):
            row -= 1
        # a hidden row just before keeps its (-1) place; start at a visible row of this column
        while row < len(self.places) and self.places[row][0] != column:
            row += 1
        return row if row < len(self.places) and row < self._changed_from else 0
