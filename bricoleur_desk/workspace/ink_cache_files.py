"""Where a dossier's cached ink tiles live on disk, and erasing them (no Qt: the CLI erases too).

Rendered tiles can show handwriting, names included, so each dossier has its own folder in the
user's cache folder (named by a digest of the dossier's id, not by its title) and every file in
it is encrypted with a key only the sheet's own strokes give (see ``ui/canvas/ink/cache.py``):
found without the dossier, the cache shows nothing. Erasing a person or the personal data of a
dossier shreds the dossier's folder.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from ..storage import shred


def cache_root() -> Path:
    """The folder for every dossier's ink tiles in the user's cache folder."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("bricoleur-desk", appauthor=False)) / "ink-tiles"


def dossier_cache_folder(dossier_id: str) -> Path:
    """The folder for one dossier's ink tiles."""
    name = hashlib.blake2b(dossier_id.encode(), digest_size=16, person=b"bd-ink-folder").hexdigest()
    return cache_root() / name


def erase_dossier_cache(dossier_id: str) -> int:
    """Overwrite and remove every cached tile file of a dossier; how many files were removed."""
    folder = dossier_cache_folder(dossier_id)
    removed = 0
    try:
        files = [p for p in folder.iterdir() if p.is_file()]
    except FileNotFoundError:
        return 0
    for path in files:
        shred(path)
        removed += 1
    with contextlib.suppress(OSError):
        folder.rmdir()
    return removed
