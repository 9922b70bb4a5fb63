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


def _paged_wall() -> tuple[Wall, list[WallRow]]:
    """Three themes of 12 notes on a wall that holds a header and four notes per column: 3 pages."""
    wall = Wall(height=2 * MARGIN + 200)
    rows: list[WallRow] = []
    for theme in ("verkeer", "groen", "spelen"):
        rows += [_theme(theme, 12), *[_note(f"{theme}-{i}") for i in range(12)]]
    wall.layout.rows = rows
    wall.layout.ensure()
    return wall, rows


def test_the_page_follows_the_newest_note_then_the_row_in_focus_and_pgup_pgdn_turn_it() -> None:
    wall, _rows = _paged_wall()
    layout = wall.layout
    assert layout.chosen == len(LAYOUTS) - 1 and layout.pages == 3
    assert layout.page == 2  # no note added yet: the last page
    layout.newest = "spelen-11"
    layout.follow("verkeer-1")  # selected in Discuss
    assert layout.page == 0 and layout.row_of("verkeer-1") in layout.on_page
    assert layout.page_of("verkeer-1") == 0 and layout.page_of("spelen-11") == 2
    assert layout.turn(+1) and layout.page == 1
    shown = {layout.rows[r].id for r in layout.on_page}
    assert "verkeer-1" not in shown and all(layout.page_of(i) == 1 for i in shown if not i.endswith("0"))
    first = layout.page * LAYOUTS[layout.chosen][0]
    columns = range(first, first + LAYOUTS[layout.chosen][0])
    assert layout.on_page == [r for r, p in enumerate(layout.places) if p[0] in columns]
    assert layout.turn(+1) and layout.page == 2
    assert not layout.turn(+1) and layout.page == 2  # no page after the last
    # a layout for another reason (an edit) keeps the page turned to
    layout.invalidate(from_row=3)
    layout.ensure()
    assert layout.page == 2
    assert layout.turn(-1) and layout.turn(-1) and not layout.turn(-1) and layout.page == 0
    layout.turn(+2)
    layout.follow("verkeer-1")  # chosen again: its page comes back
    assert layout.page == 0 and layout.turned is None
    layout.follow(None)  # back to the newest note (Inventory)
    assert layout.page == 2


def test_a_theme_shown_alone_hides_the_others_and_gets_the_largest_type_that_fits() -> None:
    wall, rows = _paged_wall()
    layout = wall.layout
    assert layout.theme_of("groen-3") == "groen" and layout.theme_of("groen") == "groen"
    layout.focus = "groen-3"
    layout.alone = True
    assert layout.alone_theme() == "groen"
    shown = layout.visible()
    assert [r.id for r, s in zip(rows, shown, strict=True) if s] == ["groen", *[f"groen-{i}" for i in range(12)]]
    layout.follow("groen-3")
    layout.invalidate()
    layout.ensure()
    assert layout.pages == 1 and layout.chosen < len(LAYOUTS) - 1  # 13 rows fit in fewer columns
    assert {layout.rows[r].id for r in layout.on_page} == {"groen", *[f"groen-{i}" for i in range(12)]}
    # a note added to another theme meanwhile does not take the wall away from this one
    layout.insert(1, [_note("verkeer-new")])
    layout.newest = "verkeer-new"
    layout.follow("verkeer-new")
    layout.invalidate(grow_only=True, from_row=1, shift=(1, 1))
    layout.ensure()
    assert layout.places[1][0] == -1 and layout.row_of("groen-3") in layout.on_page
    layout.alone = False
    layout.invalidate()
    layout.ensure()
    assert layout.pages > 2 and layout.page == layout.page_of("verkeer-new") == 0  # all again, at the newest


def test_a_theme_alone_shows_its_header_even_before_it_has_notes() -> None:
    wall = Wall(height=1000)
    wall.layout.rows = [_theme("groen", 1), _note("n1"), _theme("leeg", 0), _theme(BUCKET, 0)]
    wall.layout.focus, wall.layout.alone = "leeg", True
    assert wall.layout.visible() == [False, False, True, False]
