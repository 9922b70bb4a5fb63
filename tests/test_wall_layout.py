"""The projector wall's layout without Qt: columns, repeated headers, shrinking type, paging."""

from __future__ import annotations

import random

from bricoleur_desk.workspace.wall_layout import LAYOUTS, MARGIN, WallLayout, WallRow

BUCKET = ""


class Wall:
    """A wall of a given height whose rows measure 40 px (a header 30) at every layout."""

    def __init__(self, height: int) -> None:
        self.height = height
        self.measured = 0
        self.layout = WallLayout(self.measure, lambda: self.height, BUCKET)

    def measure(self, row: WallRow, layout: int) -> int:
        self.measured += 1
        height = 30 if row.header else 40 + 10 * (len(row.text) // 20)
        row.heights[layout] = height
        return height


def _theme(theme_id: str, count: int) -> WallRow:
    return WallRow(True, theme_id, text=theme_id, count=count)


def _note(note_id: str, text: str = "kort") -> WallRow:
    return WallRow(False, note_id, text=text)


def test_rows_fill_a_column_and_a_theme_going_on_repeats_its_header() -> None:
    wall = Wall(height=2 * MARGIN + 200)  # 200 px of room: a header and four notes
    rows = [_theme("groen", 6), *[_note(f"n{i}") for i in range(6)]]
    wall.layout.rows = rows
    assert wall.layout.ensure()
    columns, _points = LAYOUTS[wall.layout.chosen]
    assert wall.layout.chosen == 1 and columns == 2  # one column is too few; two fit
    assert [p[0] for p in wall.layout.places] == [0, 0, 0, 0, 0, 1, 1]
    assert wall.layout.continued == [(1, rows[0])]  # "groen (continued)" at the top of column 1
    assert wall.layout.places[5] == (1, 30, 40)  # under the repeated header
    assert not wall.layout.ensure()  # nothing asked for: no work


def test_empty_themes_and_a_lone_no_theme_header_are_hidden() -> None:
    wall = Wall(height=1000)
    wall.layout.rows = [_theme(BUCKET, 1), _note("n1"), _theme("leeg", 0)]
    assert wall.layout.visible() == [False, True, False]
    wall.layout.rows.insert(2, _theme("groen", 1))
    wall.layout.rows.insert(3, _note("n2"))
    assert wall.layout.visible() == [True, True, True, True, False]


def test_adding_notes_lands_where_a_full_layout_would_and_follows_the_newest() -> None:
    rng = random.Random(11)
    wall = Wall(height=2 * MARGIN + 400)
    themes = [_theme(name, 0) for name in ("groen", "verkeer", "spelen")]
    layout = wall.layout
    layout.rows = [*themes]
    layout.ensure()
    for i in range(300):
        at = rng.randrange(len(themes))
        header_row = layout.rows.index(themes[at])
        end = next(
            (r for r in range(header_row + 1, len(layout.rows)) if layout.rows[r].header), len(layout.rows)
        )
        note = _note(f"n{i}", "woord " * rng.randrange(1, 12))
        themes[at].count += 1
        layout.insert(end, [note])
        layout.newest = note.id
        layout.invalidate(grow_only=True, from_row=end, shift=(end, 1) if themes[at].count > 1 else None)
        layout.ensure()
        row = layout.row_of(note.id)
        assert row == end and row in layout.on_page  # the page shown holds the newest note
        columns = LAYOUTS[layout.chosen][0]
        assert layout.places[row][0] // columns == layout.page
        layout.finish_flow()
        full = layout.flow(layout.chosen, layout.visible(), None)
        assert (layout.places, layout.continued) == full, i
    assert layout.chosen == len(LAYOUTS) - 1 and layout.pages > 2  # the smallest type, paging
