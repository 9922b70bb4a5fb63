"""The ink engine: a sheet's finished strokes baked into image tiles, fast at 50,000 strokes.

- ``sheet``: :class:`SheetInk`, one sheet's strokes, their index and tiles per zoom level;
- ``tiles``: tile keys, rectangles and drawing a tile or a block of tiles;
- ``draft``: a quick whole-view draft while tiles are still being drawn;
- ``hits``: which strokes a point touches (eraser, selection);
- ``cache``: finished tiles kept on disk so a big sketch reopens at once.
"""

from .sheet import SheetInk
from .tiles import TILE

__all__ = ["TILE", "SheetInk"]
