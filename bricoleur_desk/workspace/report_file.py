"""Use case: the report of a dossier file, with the sketches kept in the file between reports.

The sketches are most of a report's work and change only when a sheet is edited: the dossier is
read with what earlier reports kept (storage/report_cache.py), strokes left unread where a
sheet's forms are kept for its current strokes, and what the report makes anew is kept for the
next one. ``report/`` only sees a :class:`SketchStore`; the file stays here and in storage.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..domain.model import Dossier, Stroke
from ..report.sketch_store import SketchStore

log = logging.getLogger(__name__)


def load_for_report(path: Path) -> tuple[Dossier, SketchStore]:
    """The dossier in ``path`` and the sketches kept for it (also while a window has it open)."""
    from ..storage import read_dossier_file
    from ..storage.report_cache import read_for_report

    read = read_for_report(Path(path))
    whole: list[Dossier] = []

    def strokes_of(sheet_id: str) -> list[Stroke]:
        # kept forms for another scale or format: read the strokes after all (once, whole file)
        if not whole:
            whole.append(read_dossier_file(Path(path)))
        for meeting in whole[0].meetings:
            for canvas in meeting.canvases:
                for sheet in canvas.sheets:
                    if sheet.id == sheet_id:
                        return sheet.strokes
        return []

    store = SketchStore(read.sheet_keys, read.found, strokes_of, read.skipped)
    return read.dossier, store


def keep_sketches(path: Path, store: SketchStore) -> bool:
    """Keep what the report made in the dossier file; False when the file cannot be written now."""
    from ..storage.report_cache import FORMS, Kept, keep_report_cache

    made = {
        key: Kept(kind, owner, store.sheet_keys.get(owner, "") if kind == FORMS else "", data)
        for key, (kind, owner, data) in store.made.items()
    }
    return keep_report_cache(Path(path), made)
