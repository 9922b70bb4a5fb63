"""A disk cache of finished ink tiles, so a big sketch reopens with its ink at once.

Drawing 50,000 strokes takes seconds however it is sliced, so once a sheet's full-size tiles
are done they are written to the dossier's folder in the user's cache folder under a digest of
the sheet's strokes. A sheet whose strokes are exactly the same next time (same ids, points,
colours, widths) gets its tiles back in a few milliseconds; any change gives another digest and
the tiles are drawn anew. The cache is only a speed-up: a missing, stale or damaged file is
ignored.

Tiles can show handwritten names, so each file is encrypted (AES-GCM) with a key taken from the
same digest as its name but from other bytes of it: only someone who has the sheet's strokes,
that is the dossier, can read the file; the name does not give the key away. Erasing personal
data shreds the dossier's folder (``workspace/ink_cache_files.py``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
import zlib
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QImage

from ....domain.model import Sheet
from ....workspace.ink_cache_files import dossier_cache_folder

MAGIC = b"BDINK2\n"
NAME_BYTES = 20  # the file name: the first bytes of the digest
KEY_BYTES = 32  # the AES-256 key: the last bytes of the same digest
NONCE_BYTES = 12
MIN_STROKES = 3000  # smaller sheets draw fast enough: not worth a file
MAX_FILES = 20  # oldest cache files of a dossier beyond this are removed


def sheet_digest(sheet: Sheet) -> str:
    """A digest of everything that shows in a sheet's ink (hex: the file name, then the key)."""
    h = hashlib.blake2b(digest_size=64)
    for stroke in sheet.strokes:
        h.update(f"{stroke.id}|{stroke.tool}|{stroke.color}|{stroke.width}|".encode())
        h.update(stroke.points)
    raw = h.digest()
    return raw[:NAME_BYTES].hex() + raw[-KEY_BYTES:].hex()


def cache_folder(dossier_id: str) -> Path:
    """The folder of one dossier's cached tiles."""
    return dossier_cache_folder(dossier_id)


def _split(digest: str) -> tuple[str, bytes]:
    name = digest[: NAME_BYTES * 2]
    return name, bytes.fromhex(digest[NAME_BYTES * 2 :])


def save_tiles(dossier_id: str, digest: str, tile_size: int, tiles: dict[tuple[int, int], QImage]) -> None:
    """Write full-size tiles (column, row) -> image for a sheet digest, encrypted; errors are ignored."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    folder = cache_folder(dossier_id)
    name, key = _split(digest)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        parts = [struct.pack("<II", tile_size, len(tiles))]
        for (tx, ty), image in tiles.items():
            raw = zlib.compress(bytes(image.constBits()), 1)
            parts.append(struct.pack("<iiI", tx, ty, len(raw)))
            parts.append(raw)
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(key).encrypt(nonce, b"".join(parts), MAGIC)
        target = folder / f"{name}.bin"
        temporary = target.with_suffix(".tmp")
        with open(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as f:
            f.write(MAGIC + nonce + sealed)
        temporary.replace(target)
        _prune(folder)
    except OSError:
        return


def load_tiles(dossier_id: str, digest: str, tile_size: int) -> dict[tuple[int, int], QImage]:
    """The tiles saved for this digest, or an empty dict."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    name, key = _split(digest)
    path = cache_folder(dossier_id) / f"{name}.bin"
    try:
        sealed = path.read_bytes()
    except OSError:
        return {}
    try:
        if not sealed.startswith(MAGIC):
            return {}
        nonce = sealed[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
        data = AESGCM(key).decrypt(nonce, sealed[len(MAGIC) + NONCE_BYTES :], MAGIC)
        size, count = struct.unpack_from("<II", data, 0)
        offset = 8
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
        with contextlib.suppress(OSError):
            path.touch()  # recently used: kept when pruning
        return tiles
    except (struct.error, zlib.error, ValueError, InvalidTag):
        return {}


def remove_legacy_cache() -> None:
    """Remove the unencrypted tiles earlier versions kept in Qt's cache folder (call at start)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    if not base:
        return
    folder = Path(base) / "ink-tiles"
    with contextlib.suppress(OSError):
        for old in folder.glob("*.bin"):
            old.unlink(missing_ok=True)
        folder.rmdir()


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[MAX_FILES:]:
        old.unlink(missing_ok=True)
