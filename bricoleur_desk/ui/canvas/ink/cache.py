"""A disk cache of finished ink tiles, so a big sketch reopens with its ink at once.

Drawing 50,000 strokes takes seconds however it is sliced, so once a sheet's full-size tiles
are done they are written to the user's cache folder under a digest of the sheet's strokes. A
sheet whose strokes are exactly the same next time (same ids, points, colours, widths) gets its
tiles back in a few milliseconds; any change gives another digest and the tiles are drawn anew.
The cache is only a speed-up: a missing, stale or damaged file is ignored.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QImage

from ....domain.model import Sheet

MAGIC = b"BDINK1\n"
MIN_STROKES = 3000  # smaller sheets draw fast enough: not worth a file
MAX_FILES = 20  # oldest cache files beyond this are removed


def sheet_digest(sheet: Sheet) -> str:
    """A digest of everything that shows in a sheet's ink."""
    h = hashlib.blake2b(digest_size=20)
    for stroke in sheet.strokes:
        h.update(f"{stroke.id}|{stroke.tool}|{stroke.color}|{stroke.width}|".encode())
        h.update(stroke.points)
    return h.hexdigest()


def cache_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base) / "ink-tiles"


def save_tiles(digest: str, tile_size: int, tiles: dict[tuple[int, int], QImage]) -> None:
    """Write full-size tiles (column, row) -> image for a sheet digest; errors are ignored."""
    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        parts = [MAGIC, struct.pack("<II", tile_size, len(tiles))]
        for (tx, ty), image in tiles.items():
            raw = zlib.compress(bytes(image.constBits()), 1)
            parts.append(struct.pack("<iiI", tx, ty, len(raw)))
            parts.append(raw)
        target = folder / f"{digest}.bin"
        temporary = target.with_suffix(".tmp")
        temporary.write_bytes(b"".join(parts))
        temporary.replace(target)
        _prune(folder)
    except OSError:
        return


def load_tiles(digest: str, tile_size: int) -> dict[tuple[int, int], QImage]:
    """The tiles saved for this digest, or an empty dict."""
    path = cache_folder() / f"{digest}.bin"
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    try:
        if not data.startswith(MAGIC):
            return {}
        offset = len(MAGIC)
        size, count = struct.unpack_from("<II", data, offset)
        offset += 8
        if size != tile_size:
            return {}
        tiles: dict[tuple[int, int], QImage] = {}
        expected = size * size * 4
        for _ in range(count):
            tx, ty, length = struct.unpack_from("<iiI", data, offset)
            offset += 12
            raw = zlib.decompress(data[offset : offset + length])
            offset += length
            if len(raw) != expected:
                return {}
            image = QImage(raw, size, size, size * 4, QImage.Format.Format_ARGB32_Premultiplied).copy()
            tiles[(tx, ty)] = image
        path.touch()  # recently used: kept when pruning
        return tiles
    except (struct.error, zlib.error, ValueError):
        return {}


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[MAX_FILES:]:
        old.unlink(missing_ok=True)
