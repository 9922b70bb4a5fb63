"""The cached ink of one sheet: finished strokes baked into image tiles per zoom level.

Painting 50,000 strokes one by one takes seconds, so finished strokes are drawn once into
256 px tiles and the view paints the tiles (a few ms whatever the count). Tiles render lazily
in small time slices (visible ones first); until a tile is ready the view shows a scaled tile
of another zoom level. A new stroke is drawn straight onto the tiles it touches; an erased or
moved stroke re-renders its tiles in the background while the stale tile stays on screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtGui import QImage, QPainter, QPolygonF, QRegion

from ....domain import geometry, ink_style
from ....domain.geometry import GridIndex, Rect
from ....domain.model import Sheet, Stroke
from ..pen import draw_strokes
from .draft import Drafts
from .hits import RunBoxes
from .tiles import (
    TILE,
    Block,
    Tile,
    TileKey,
    ahead_keys,
    any_missing,
    blank,
    composed,
    draw_tile,
    filling,
    level_for,
    paint_stand_in,
    start_block,
    tile_rect,
    tile_region,
    tiles_covering,
)

__all__ = ["TILE", "SheetInk", "level_for"]

COMPOSE = "\0compose"  # the to-do of a zoomed-out tile waiting to be shrunk from level 0
MAX_TILES = 600  # ~150 MB of 256 px ARGB tiles per sheet, oldest zoomed-in tiles dropped first
DRAW_CHUNK = 32  # strokes drawn between two looks at the clock
# boxes filed grown by 12: an eraser (10 px at zoom >= 1, width 3) or a click reads one grid cell
HIT_CELL = 48.0
HIT_MARGIN = 12.0


class SheetInk:
    """Tiles, polygon cache and spatial index of one sheet's strokes."""

    def __init__(self, sheet: Sheet, clock: Callable[[], float] = time.perf_counter) -> None:
        self.sheet_id = sheet.id
        self.clock = clock  # what work() compares its deadline with: a test counts steps instead
        self.index = GridIndex(HIT_CELL, margin=HIT_MARGIN)
        self.strokes: dict[str, Stroke] = {}
        self._rank: dict[str, float] = {}
        self._polys: dict[str, QPolygonF] = {}
        self._tiles: dict[tuple[int, int, int], Tile] = {}
        self._wanted: dict[tuple[int, int, int], None] = {}
        self._block: Block | None = None  # new tiles being drawn together
        self._shown_level = 0  # the level the views last painted: its tiles are drawn first
        self.hidden: set[str] = set()
        self.max_width = 1.0
        self._paint_count = 0
        self._max_rank = -1.0
        self._snap: dict[str, tuple] = {}
        self._highlighters: set[str] = set()  # drawn first, under the other ink
        self._runs = RunBoxes()
        self._view: Rect | None = None  # what the views last showed: the look-ahead works around it
        self._view_level = 0  # the level of that view
        self._ahead_for: tuple | None = None  # (level, view) whose look-ahead tiles are all drawn
        self._drafts = Drafts()  # the view after a zoom, until its tiles are drawn
        # indexing 50,000 strokes takes most of a second: it happens in the background slices
        # (the first frame shows the background at once), or right away when a tool needs it
        self._unindexed: list[Stroke] = list(sheet.strokes)
        self._next = 0
        self.edited = False  # strokes changed since the sheet was opened
        self.saved_digest: str | None = None  # the ink cache file that matches these tiles
        self.saved_tiles = 0

    def adopt_base_tiles(self, tiles: dict[tuple[int, int], QImage]) -> None:
        """Take finished full-size tiles (from the disk cache) as they are."""
        for (tx, ty), image in tiles.items():
            self._tiles[(0, tx, ty)] = Tile(image=image, used=self._paint_count)

    def finished_base_tiles(self) -> dict[tuple[int, int], QImage] | None:
        """The full-size tiles, if every one is finished and nothing is hidden; else None."""
        if self.hidden or self._unindexed:
            return None
        out = {}
        for (level, tx, ty), tile in self._tiles.items():
            if level == 0:
                if not tile.ready or tile.image is None:
                    return None
                out[(tx, ty)] = tile.image
        return out

    def ensure_indexed(self, deadline: float | None = None) -> bool:
        """Index the sheet's strokes (until ``deadline`` if given); True when all are indexed."""
        pending = self._unindexed
        while self._next < len(pending):
            end = min(self._next + 512, len(pending))
            for rank in range(self._next, end):
                self._add(pending[rank], float(rank))
            self._next = end
            if deadline is not None and self.clock() >= deadline:
                break
        if self._next >= len(pending) and pending:
            self._unindexed = []
            self._next = 0
        return not self._unindexed

    # -- the document side ------------------------------------------------------------------

    def _add(self, stroke: Stroke, rank: float) -> None:
        self.strokes[stroke.id] = stroke
        self._snap[stroke.id] = (stroke.points, stroke.color, stroke.width, stroke.tool)
        self._note_tool(stroke)
        self._rank[stroke.id] = rank
        self._max_rank = max(self._max_rank, rank)
        self.index.insert(stroke.id, geometry.bounds(stroke.points))
        if stroke.width > self.max_width:
            self.max_width = stroke.width

    def rect_of(self, stroke_id: str) -> Rect | None:
        """Where a stroke's ink lies (its width counted), or None if the sheet has no such stroke."""
        self.ensure_indexed()
        return self._stroke_rect(stroke_id) if stroke_id in self.strokes else None

    def unchanged(self, stroke: Stroke) -> bool:
        """True when the stroke still looks as when it was drawn into the tiles."""
        self.ensure_indexed()
        snap = self._snap.get(stroke.id)
        return (
            snap is not None
            and snap[0] is stroke.points
            and snap[1:] == (stroke.color, stroke.width, stroke.tool)
        )

    def stroke_added(self, stroke: Stroke, sheet: Sheet) -> None:
        """Index a new stroke and draw it onto the tiles that are already there."""
        self.ensure_indexed()
        self.edited = True
        on_top = bool(sheet.strokes) and sheet.strokes[-1] is stroke
        rank = self._max_rank + 1.0 if on_top else self._rank_between(stroke, sheet)
        self._add(stroke, rank)
        self._runs.keep_warm(stroke, len(self.strokes))
        self._ahead_for = None
        rect = self._stroke_rect(stroke.id)
        if ink_style.lies_under(stroke.tool) or not on_top:
            self._invalidate(rect)  # it goes under other ink: redraw those tiles
            return
        shown = self._shown_level
        for key, tile in self._tiles.items():
            if geometry.intersects(rect, tile_rect(key)):
                if tile.work is None and tile.image is not None:
                    if key[0] == shown or key[0] < 0:
                        self._draw_into(tile.image, key, [stroke.id])  # on screen: at once
                    else:  # another level (drawn ahead of a zoom): in the background
                        tile.work = tile.image.copy()
                        tile.todo = [stroke.id]
                        self._wanted[key] = None
                elif tile.todo and key[0] >= 0:
                    tile.todo.append(stroke.id)
        if self._block is not None and geometry.intersects(rect, self._block.rect):
            self._block.todo.append(stroke.id)
        self._drafts.stroke_added(stroke, rect, self._polys)

    def _rank_between(self, stroke: Stroke, sheet: Sheet) -> float:
        index = next(i for i, s in enumerate(sheet.strokes) if s is stroke)
        below = self._rank.get(sheet.strokes[index - 1].id, -1.0) if index > 0 else -1.0
        above_id = sheet.strokes[index + 1].id if index + 1 < len(sheet.strokes) else None
        above = self._rank.get(above_id, below + 2.0) if above_id else below + 2.0
        return (below + above) / 2.0

    def stroke_removed(self, stroke_id: str) -> None:
        self.ensure_indexed()
        self.edited = True
        self._runs.drop(stroke_id)
        if stroke_id not in self.strokes:
            return
        rect = self._stroke_rect(stroke_id)
        self.index.remove(stroke_id)
        self._ahead_for = None
        del self.strokes[stroke_id]
        del self._rank[stroke_id]
        del self._snap[stroke_id]
        self._highlighters.discard(stroke_id)
        self._polys.pop(stroke_id, None)
        if stroke_id in self.hidden:
            self.hidden.discard(stroke_id)  # its tiles were already redrawn without it
        else:
            self._invalidate(rect)

    def stroke_changed(self, stroke: Stroke) -> None:
        self.ensure_indexed()
        self.edited = True
        self._runs.drop(stroke.id)
        self._ahead_for = None
        old = self._stroke_rect(stroke.id) if stroke.id in self.strokes else None
        self._polys.pop(stroke.id, None)
        self.index.insert(stroke.id, geometry.bounds(stroke.points))
        self.strokes[stroke.id] = stroke
        self._snap[stroke.id] = (stroke.points, stroke.color, stroke.width, stroke.tool)
        self._note_tool(stroke)
        self.max_width = max(self.max_width, stroke.width)
        self._runs.keep_warm(stroke, len(self.strokes))
        if old is not None:
            self._invalidate(old)
        self._invalidate(self._stroke_rect(stroke.id))

    def set_hidden(self, ids: set[str]) -> None:
        """Leave these strokes out of the tiles while a gesture previews them elsewhere."""
        self.ensure_indexed()
        changed = ids ^ self.hidden
        self.hidden = set(ids)
        for sid in changed:
            if sid in self.strokes:
                self._invalidate(self._stroke_rect(sid))

    # -- hit testing ------------------------------------------------------------------------

    def hits(self, x: float, y: float, radius: float) -> list[str]:
        """Strokes under a disc at (x, y): grid candidates, then the exact distance to the line."""
        self.ensure_indexed()
        out = self._runs.hits(self.strokes, self.index, self.max_width, x, y, radius)
        out.sort(key=self._rank.__getitem__)
        return out

    def inside(self, rect: Rect) -> list[str]:
        """Strokes lying wholly inside ``rect`` (a rubber band)."""
        self.ensure_indexed()
        return [
            sid for sid in self.index.overlapping(rect) if geometry.contains(rect, self.index.bounds_of(sid))
        ]

    # -- tiles ------------------------------------------------------------------------------

    def _stroke_rect(self, stroke_id: str) -> Rect:
        return geometry.inflate(self.index.bounds_of(stroke_id), self.strokes[stroke_id].width / 2 + 2)

    def _invalidate(self, rect: Rect) -> None:
        if self._block is not None and geometry.intersects(rect, self._block.rect):
            self._block = None  # drawn anew: its tiles are still wanted
        self._drafts.drop_over(rect)  # a draft would show the stroke as it was
        for key, tile in self._tiles.items():
            if geometry.intersects(rect, tile_rect(key)):
                if key[0] < 0:
                    tile.todo = [COMPOSE]  # recomposed from level 0; the stale picture stays up
                    tile.work = None
                else:
                    tile.work = blank()
                    tile.todo = self._ids_for(key)
                    if tile.image is None:
                        tile.image = tile.work
                self._wanted[key] = None

    def _ids_for(self, key: tuple[int, int, int]) -> list[str]:
        return self._ids_in(tile_rect(key))

    def _ids_in(self, area: Rect) -> list[str]:
        """The strokes to draw over ``area``, in order: highlighters first, each by rank.

        Sorting 10,000 ids by a key tuple built in Python took 42 ms, by the rank alone 11 ms.
        """
        rect = geometry.inflate(area, self.max_width / 2 + 2)
        found = self.index.overlapping(rect)
        ids = list(found - self.hidden) if self.hidden else list(found)
        ids.sort(key=self._rank.__getitem__)
        if self._highlighters:
            under = self._highlighters
            ids = [s for s in ids if s in under] + [s for s in ids if s not in under]
        return ids

    def _note_tool(self, stroke: Stroke) -> None:
        if ink_style.lies_under(stroke.tool):
            self._highlighters.add(stroke.id)
        else:
            self._highlighters.discard(stroke.id)

    def paint(
        self, painter: QPainter, visible: Rect, scale: float, fast: bool = False, view: Rect | None = None
    ) -> None:
        """Paint the tiles covering ``visible`` (scene coordinates); ask for the missing ones.

        ``view`` is all that the facilitator's view shows (``visible`` may be a small exposed part):
        when the sheet is idle, the tiles a zoom in or out from there would need are drawn ahead.
        """
        if view is not None:
            self._view = view
            self._view_level = level_for(scale)
        if self._unindexed:
            self._paint_base_tiles(painter, visible, fast)
            return  # still indexing: cached full-size tiles (if any) shown scaled meanwhile
        if not self.strokes:
            return
        level = level_for(scale)
        self._shown_level = level
        self._paint_count += 1
        if view is not None:
            self._drafts.follow(view, scale, level, self._missing_in)
        smooth = not fast and abs(scale - 2.0**level) > 1e-6
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, smooth)
        draft = self._drafts.shown(scale)
        instead = QRegion()  # missing tiles the draft shows (it replaces the scaled stand-ins)
        for key in tiles_covering(level, visible):
            tile = self._tiles.get(key)
            if tile is not None:
                tile.used = self._paint_count
                if not filling(tile):
                    if tile.image is not None:
                        draw_tile(painter, key, tile.image)
                    continue
            elif not self.index.any_overlapping(tile_rect(key)):
                continue
            else:
                self._wanted[key] = None
            # missing, or a new tile still filling in: the draft if it covers what shows of
            # it, else the nearest other level scaled, with the strokes drawn so far on top
            if draft is not None and draft.covers(geometry.intersection(tile_rect(key), visible)):
                instead += tile_region(key)
                continue
            paint_stand_in(painter, key, self._tiles, self.index.any_overlapping)
            if tile is not None and tile.image is not None:
                draw_tile(painter, key, tile.image)
        if draft is not None and not instead.isEmpty():
            draft.paint(painter, instead)

    def _missing_in(self, level: int, view: Rect) -> bool:
        return any_missing(self._tiles, level, view, self.index.any_overlapping)

    def drafting(self) -> bool:
        """True while a draft is being drawn or stands in for tiles of the view."""
        return self._drafts.draft is not None

    def draft_ready(self) -> bool:
        """True while a finished draft stands in for tiles of the view still being drawn."""
        return self._drafts.draft is not None and self._drafts.draft.ready

    def _paint_base_tiles(self, painter: QPainter, visible: Rect, fast: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, not fast)
        for key in tiles_covering(0, visible):
            tile = self._tiles.get(key)
            if tile is not None and tile.ready and tile.image is not None:
                draw_tile(painter, key, tile.image)

    def has_work(self, ahead: bool = True) -> bool:
        """Anything left to do: a draft, wanted tiles, indexing, run boxes, and (``ahead``) tiles ahead."""
        drafting = self._drafts.draft is not None and not self._drafts.draft.ready
        return drafting or self.needs_drawing() or self._warm_pending() or (ahead and self._ahead_pending())

    def needs_drawing(self) -> bool:
        """True while tiles that the views asked for are missing: the picture is not sharp yet."""
        return bool(self._wanted) or bool(self._unindexed)

    def _ahead_pending(self) -> bool:
        return self._view is not None and self._ahead_for != (self._view_level, self._view)

    def _warm_pending(self) -> bool:
        return self._runs.pending(len(self.strokes))

    def work(self, deadline: float, visible: Rect | None = None, ahead: bool = True) -> list[Rect]:
        """Render wanted tiles until ``deadline`` (on ``clock``), visible ones first.

        Returns the scene rectangles of the tiles that became ready. Tiles zoomed out below
        level 0 are composed by shrinking level-0 tiles (cheap) instead of drawing strokes.
        With a ``visible`` view, ``ahead`` and nothing else to do, tiles are drawn ahead of a zoom.
        """
        done: list[Rect] = []
        if self._unindexed:
            if self.ensure_indexed(deadline):
                done.append((-1e9, -1e9, 1e9, 1e9))  # repaint: now the tiles can be asked for
            return done
        draft = self._drafts.draft
        if draft is not None and not draft.ready:  # the view after a zoom, before its tiles
            if draft.work(deadline, self._ids_in, self.strokes, self._polys, self.clock):
                done.append(draft.view)
            if self.clock() >= deadline:
                return done
        if not self._wanted and self._warm_pending():
            self._runs.warm(self.strokes, deadline, self.clock)
            return done
        while self._wanted and self.clock() < deadline:
            key = self._next_key(visible)
            if key[0] < 0:
                missing = self._missing_base(key)
                if not missing:
                    self._compose(key)
                    done.append(tile_rect(key))
                    continue
                key = missing[0]
                self._wanted.setdefault(key, None)
            tile = self._tiles.get(key)
            if tile is None:
                done.extend(self._draw_block(key, deadline, visible))
                continue
            while tile.todo and self.clock() < deadline:
                chunk = tile.todo[:DRAW_CHUNK]
                del tile.todo[:DRAW_CHUNK]
                if tile.work is not None:
                    self._draw_into(tile.work, key, chunk)
            if not tile.todo:
                tile.image = tile.work
                tile.work = None
                self._wanted.pop(key, None)
                done.append(tile_rect(key))
        if ahead and visible is not None and not self._wanted and self._ahead_pending():
            done.extend(self._look_ahead(deadline))
        self._evict()
        return done

    def _look_ahead(self, deadline: float) -> list[Rect]:
        """While idle, draw the tiles that a zoom one level in or out of the view would show.

        Drawing the thousands of strokes of a zoomed view takes seconds on a slow laptop; drawn
        ahead, the zoom is sharp at once. A wish from a paint (``_wanted``) always comes first.
        """
        state = (self._view_level, self._view)
        while self.clock() < deadline:
            keys = self.ahead_due()
            if not keys:
                self._ahead_for = state
                return []
            block = self._block
            if block is None or block.keys[0] not in keys:
                block = self._block = start_block(keys[0], keys, self._ids_in)
            finished = self._draw_block(block.keys[0], deadline, None)
            if finished and block.level == self._shown_level:
                return finished  # the view came to this level meanwhile: show them
        return []

    def _next_key(self, visible: Rect | None) -> TileKey:
        # the block under way, else a visible tile of the level on screen, else the oldest wish
        block = self._block
        if block is not None and (
            visible is None or (block.level == self._shown_level and geometry.intersects(block.rect, visible))
        ):
            return block.keys[0]
        first = next(iter(self._wanted))
        if visible is not None:
            for level in (self._shown_level, first[0]):
                for candidate in self._wanted:
                    if candidate[0] == level and geometry.intersects(tile_rect(candidate), visible):
                        return candidate
        return first

    def _draw_block(self, key: TileKey, deadline: float, visible: Rect | None) -> list[Rect]:
        """Draw on at the block of new tiles holding ``key``; the rectangles of tiles it finished."""
        block = self._block
        if block is None or key not in block.keys:
            seen = visible is not None and geometry.intersects(tile_rect(key), visible)
            candidates = [
                k
                for k in self._wanted
                if k[0] >= 0
                and k not in self._tiles
                and (not seen or geometry.intersects(tile_rect(k), visible))  # type: ignore[arg-type]
            ]
            block = self._block = start_block(key, candidates, self._ids_in)
        while block.todo and self.clock() < deadline:
            chunk = block.todo[:DRAW_CHUNK]
            del block.todo[:DRAW_CHUNK]
            self._draw_into(block.image, block.origin, chunk)
        if block.todo:
            return []
        self._block = None
        for k, image in block.tiles().items():
            self._wanted.pop(k, None)
            if k not in self._tiles:
                self._tiles[k] = Tile(image=image, used=self._paint_count)
        return [tile_rect(k) for k in block.keys]

    def _missing_base(self, key: tuple[int, int, int]) -> list[tuple[int, int, int]]:
        out = []
        for base in tiles_covering(0, tile_rect(key)):
            tile = self._tiles.get(base)
            if (tile is None or not tile.ready) and self.index.any_overlapping(tile_rect(base)):
                out.append(base)
        return out

    def _compose(self, key: tuple[int, int, int]) -> None:
        self._tiles[key] = Tile(image=composed(key, self._tiles), used=self._paint_count)
        self._wanted.pop(key, None)

    def _draw_into(self, image: QImage, key: tuple[int, int, int], ids: list[str]) -> None:
        level, tx, ty = key
        strokes = self.strokes
        hidden = self.hidden
        shown = [strokes[sid] for sid in ids if sid in strokes and sid not in hidden]
        draw_strokes(image, (-tx * TILE, -ty * TILE), 2.0**level, shown, self._polys)

    def _evict(self) -> None:
        if len(self._tiles) <= MAX_TILES:
            return
        victims = sorted(
            (k for k, t in self._tiles.items() if t.ready and k[0] != 0), key=lambda k: self._tiles[k].used
        )
        for key in victims[: len(self._tiles) - MAX_TILES]:
            del self._tiles[key]

    def tile_count(self) -> int:
        return len(self._tiles)

    # -- what is drawn, for tests and tools that look on -------------------------------------

    def forget_zoomed_tiles(self) -> None:
        """Keep only the full-size tiles, as just after the dossier was opened."""
        self._tiles = {key: tile for key, tile in self._tiles.items() if key[0] == 0}

    def tile_keys(self) -> set[TileKey]:
        """The (level, column, row) of every tile held, finished or being drawn again."""
        return set(self._tiles)

    def tile_image(self, key: TileKey) -> QImage | None:
        """The picture of a held tile (None while a new tile is still being drawn)."""
        tile = self._tiles.get(key)
        return None if tile is None else tile.image

    @property
    def shown_level(self) -> int:
        """The zoom level the views last painted: its tiles are drawn first."""
        return self._shown_level

    @property
    def block_level(self) -> int | None:
        """The zoom level of the block of new tiles under way, None when there is none."""
        return None if self._block is None else self._block.level

    def ahead_due(self) -> list[TileKey]:
        """The tiles ahead of a zoom from the facilitator's last view that are still to be drawn."""
        if self._view is None:
            return []
        keys = ahead_keys(self._view_level, self._view)
        return [k for k in keys if k not in self._tiles and self.index.any_overlapping(tile_rect(k))]
