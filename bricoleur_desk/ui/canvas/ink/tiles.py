"""The tile grid of the ink layer: tile levels and rectangles, and blocks of new tiles drawn at once.

A stroke of a zoomed-in sheet crosses two or three 256 px tiles, and Qt strokes its whole line
whichever tile clips it, so drawing tile by tile strokes most lines several times. New tiles are
therefore drawn together into one block image and cut into tiles when it is finished.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QImage, QPainter, QRegion

from ....domain.geometry import Rect

TILE = 256  # device pixels
UPSCALE_TOLERANCE = math.log2(1.15)
MIN_LEVEL = -4
MAX_LEVEL = 4
MAX_AHEAD = 200  # tiles drawn ahead of a zoom at most (~50 MB)
BLOCK = 4  # new zoomed-in tiles are drawn together in aligned blocks of up to BLOCK x BLOCK tiles

TileKey = tuple[int, int, int]  # (level, column, row)


def level_for(scale: float) -> int:
    """The tile level to show at ``scale``: tiles shrink rather than blur, save a little (<= 15 %).

    Enlarging a finished tile by up to 15 % looks nearly as sharp and spares drawing the whole
    visible ink anew just past each power of two.
    """
    level = math.ceil(math.log2(max(scale, 1e-6)) - UPSCALE_TOLERANCE)
    return max(MIN_LEVEL, min(MAX_LEVEL, level))


def blank(width: int = TILE, height: int = TILE) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    return image


def tile_rect(key: TileKey) -> Rect:
    level, tx, ty = key
    size = TILE / 2.0**level
    return (tx * size, ty * size, (tx + 1) * size, (ty + 1) * size)


def tiles_covering(level: int, rect: Rect) -> list[TileKey]:
    size = TILE / 2.0**level
    x0, x1 = math.floor(rect[0] / size), math.floor(rect[2] / size)
    y0, y1 = math.floor(rect[1] / size), math.floor(rect[3] / size)
    if (x1 - x0 + 1) * (y1 - y0 + 1) > 4096:
        return []  # absurdly far zoomed out: nothing sensible to show from tiles
    return [(level, tx, ty) for ty in range(y0, y1 + 1) for tx in range(x0, x1 + 1)]


def ahead_keys(level: int, view: Rect) -> list[TileKey]:
    """The tiles a zoom from ``level`` one level in (over ``view``) or out (around it) would show.

    Nearest the view's centre first (a wheel zooms about the pointer, usually on what matters).
    Levels below 0 are shrunk from full-size tiles in a few ms and need no drawing ahead. Empty
    when the view is so large that its tiles would crowd out the ones on screen.
    """
    keys: list[TileKey] = []
    cx, cy = (view[0] + view[2]) / 2, (view[1] + view[3]) / 2
    if 0 <= level + 1 <= MAX_LEVEL:
        keys += tiles_covering(level + 1, view)
    if level - 1 >= 1:
        w, h = view[2] - view[0], view[3] - view[1]
        keys += tiles_covering(level - 1, (cx - w, cy - h, cx + w, cy + h))
    if len(keys) > MAX_AHEAD:
        return []

    def distance(key: TileKey) -> float:
        r = tile_rect(key)
        return abs((r[0] + r[2]) / 2 - cx) + abs((r[1] + r[3]) / 2 - cy)

    return sorted(keys, key=lambda k: (k[0] != level + 1, distance(k)))


def qrect(rect: Rect) -> tuple[float, float, float, float]:
    return (rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1])


@dataclass
class Tile:
    """One tile of one level: the picture shown and the one being drawn."""

    image: QImage | None = None  # what is shown (may still be filling in)
    work: QImage | None = None  # being rendered; replaces ``image`` when ``todo`` is empty
    todo: list[str] = field(default_factory=list)
    used: int = 0

    @property
    def ready(self) -> bool:
        return not self.todo


@dataclass
class Block:
    """New tiles of one level being drawn together into one image, each stroke once."""

    keys: list[TileKey]
    origin: TileKey  # the tile at the image's top left corner
    rect: Rect  # the scene rectangle the image covers
    image: QImage
    todo: list[str]

    @property
    def level(self) -> int:
        return self.origin[0]

    def tiles(self) -> dict[TileKey, QImage]:
        """The finished block cut into its tiles."""
        _, x0, y0 = self.origin
        return {k: self.image.copy((k[1] - x0) * TILE, (k[2] - y0) * TILE, TILE, TILE) for k in self.keys}


def start_block(seed: TileKey, candidates: list[TileKey], todo: Callable[[Rect], list[str]]) -> Block:
    """A block of the candidates sharing ``seed``'s level and aligned block; ``todo`` lists its strokes."""
    level = seed[0]
    # at full size a stroke seldom crosses a tile edge: single tiles, which show up one by one
    span = BLOCK if level > 0 else 1
    bx, by = seed[1] // span, seed[2] // span
    keys = [k for k in candidates if k[0] == level and k[1] // span == bx and k[2] // span == by]
    if seed not in keys:
        keys.append(seed)
    x0, x1 = min(k[1] for k in keys), max(k[1] for k in keys)
    y0, y1 = min(k[2] for k in keys), max(k[2] for k in keys)
    top_left = tile_rect((level, x0, y0))
    bottom_right = tile_rect((level, x1, y1))
    rect = (top_left[0], top_left[1], bottom_right[2], bottom_right[3])
    image = blank((x1 - x0 + 1) * TILE, (y1 - y0 + 1) * TILE)
    return Block(keys, (level, x0, y0), rect, image, todo(rect))


HasInk = Callable[[Rect], bool]  # whether any stroke lies in a rectangle (the sheet's index)


def tile_region(key: TileKey) -> QRegion:
    """The tile's scene rectangle as a region (tiles of levels >= 0 have whole-number corners)."""
    x0, y0, x1, y1 = tile_rect(key)
    return QRegion(QRect(math.floor(x0), math.floor(y0), math.ceil(x1 - x0), math.ceil(y1 - y0)))


def filling(tile: Tile | None) -> bool:
    """A new tile whose first picture is still being drawn."""
    return tile is not None and bool(tile.todo) and tile.image is tile.work


def any_missing(tiles: dict[TileKey, Tile], level: int, view: Rect, has_ink: HasInk) -> bool:
    """True when a tile of ``level`` over ``view`` with ink on it is not drawn yet."""
    for key in tiles_covering(level, view):
        tile = tiles.get(key)
        if filling(tile) or (tile is None and has_ink(tile_rect(key))):
            return True
    return False


def paint_stand_in(painter: QPainter, key: TileKey, tiles: dict[TileKey, Tile], has_ink: HasInk) -> None:
    """Paint the nearest other level's finished tiles over a missing tile, scaled: a picture at once."""
    level, _, _ = key
    rect = tile_rect(key)
    for other in (level - 1, level + 1, level - 2, level + 2, 0):
        if other == level or not MIN_LEVEL <= other <= MAX_LEVEL:
            continue
        keys = tiles_covering(other, rect)
        if len(keys) > 16:
            continue
        found = [tiles[k] for k in keys if k in tiles and tiles[k].ready]
        if not found:
            continue
        if len(found) < len(keys) and any(k not in tiles and has_ink(tile_rect(k)) for k in keys):
            continue
        painter.save()
        painter.setClipRect(QRectF(*qrect(rect)))
        for k in keys:
            t = tiles.get(k)
            if t is not None and t.ready and t.image is not None:
                draw_tile(painter, k, t.image)
        painter.restore()
        return


def composed(key: TileKey, tiles: dict[TileKey, Tile]) -> QImage:
    """A zoomed-out tile (level < 0) shrunk from the full-size tiles under it."""
    level, tx, ty = key
    image = blank()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.translate(-tx * TILE, -ty * TILE)
    s = 2.0**level
    painter.scale(s, s)
    for base in tiles_covering(0, tile_rect(key)):
        tile = tiles.get(base)
        if tile is not None and tile.image is not None:
            painter.drawImage(QRectF(*qrect(tile_rect(base))), tile.image)
    painter.end()
    return image


def draw_tile(painter: QPainter, key: TileKey, image: QImage) -> None:
    """Draw a tile onto whole pixels of the painter's device, so scaled tiles meet without a seam.

    Drawn smoothly into a rectangle with fractional corners, a tile's edge pixels were blended
    with what lay under them: a faint line of the background along every tile edge (seen in a
    real window at 1.47x, where 2x tiles are shown shrunk).
    """
    r = painter.worldTransform().mapRect(QRectF(*qrect(tile_rect(key))))
    x0, y0, x1, y1 = round(r.left()), round(r.top()), round(r.right()), round(r.bottom())
    painter.save()
    painter.resetTransform()
    painter.drawImage(QRect(x0, y0, x1 - x0, y1 - y0), image)
    painter.restore()
