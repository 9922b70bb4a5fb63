"""Use case: the report of a dossier file, with the sketches kept in the file between reports.

The sketches are most of a report's work and change only when a sheet is edited: the dossier is
read with what earlier reports kept (storage/report_cache.py), strokes left unread where a
sheet's forms are kept for its current strokes, and what the report makes anew is kept for the
next one. ``report/`` only sees a :class:`SketchStore`; the file stays here and in storage.
"""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.model import Dossier, Stroke
from ..report.sketch_store import SketchStore

if TYPE_CHECKING:
    from .kept_scans import KeptScans
    from .name_scanner import NameScanner

log = logging.getLogger(__name__)


def load_for_report(path: Path) -> tuple[Dossier, SketchStore | None]:
    """The dossier in ``path`` and the sketches kept for it (also while a window has it open).

    None instead of a store when this user's signing key cannot be read or made: the report is
    then made as without a cache, and nothing is kept.
    """
    from ..storage import read_dossier_file
    from ..storage.report_cache import read_for_report

    secret = signing_key()
    if secret is None:
        return read_dossier_file(Path(path)), None
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

    store = SketchStore(read.sheet_keys, read.found, strokes_of, read.skipped, secret=secret)
    return read.dossier, store


def names_for_report(store: SketchStore | None) -> NameScanner | KeptScans:
    """The name scanner for a public report: the scans kept in the dossier, the scanner loaded
    only for a text they lack. Refuses in one line when ``prepare`` never ran."""
    from .kept_scans import KeptScans
    from .name_scanner import load_name_scanner, require_prepared

    if store is None:
        return load_name_scanner()
    require_prepared()
    return KeptScans(store, load_name_scanner)


def keep_sketches(path: Path, store: SketchStore | None, names: object = None) -> bool:
    """Keep what the report made in the dossier file; False when the file cannot be written now."""
    from ..storage.report_cache import FORMS, Kept, keep_report_cache

    if store is None:
        return False
    keep = getattr(names, "keep", None)
    if keep is not None:
        keep()  # the scans of new texts (kept_scans.py)
    made = {
        key: Kept(kind, owner, store.sheet_keys.get(owner, "") if kind == FORMS else "", data)
        for key, (kind, owner, data) in store.made.items()
    }
    return keep_report_cache(Path(path), made)


KEY_BYTES = 32


def signing_key() -> bytes | None:
    """This user's secret for the report cache's keys (made at first use, private to the user)."""
    import platformdirs

    path = Path(platformdirs.user_data_dir("bricoleur-desk", appauthor=False)) / "report-cache.key"
    try:
        key = path.read_bytes()
        if len(key) == KEY_BYTES:
            return key
        path.unlink()  # cut short (a killed first report): made again below
    except OSError:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # made in place (no rename): a second report at the same moment finds it half written,
        # goes without the cache once, and the key stays whole
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(os.urandom(KEY_BYTES))
        key = path.read_bytes()
    except OSError as e:
        log.info("no report cache: cannot keep a key in %s: %s", path, e)
        return None
    return key if len(key) == KEY_BYTES else None


def fill_report_cache(path: Path, *, names: bool = True) -> bool:
    """Make now what a report of the dossier in ``path`` will need, and keep it in the file.

    For whoever has just written sheets without a window (an import): every sheet's stroke
    forms and every map at print size, and with ``names`` (when the name scanner is prepared)
    the scans of every text a public report of each meeting prints. The report then reads and
    takes them as they are. False when nothing could be kept (no key, the file is busy).
    """
    from ..report.sketches import make_ahead
    from ..storage.report_cache import read_for_report

    secret = signing_key()
    if secret is None:
        return False
    read = read_for_report(Path(path))
    store = SketchStore(read.sheet_keys, read.found, None, read.skipped, secret=secret)
    for meeting in read.dossier.meetings:
        for canvas in meeting.canvases:
            make_ahead(canvas, [s for s in canvas.sheets if s.id not in read.skipped], store)
    scans = _scan_ahead(read.dossier, store) if names else None
    return keep_sketches(Path(path), store, scans)


def _scan_ahead(dossier: Dossier, store: SketchStore) -> KeptScans | None:
    """The scans a public report (in Dutch) of each meeting asks for: its texts, then the masked copy's.

    With the dossier's background (a superset of the texts without it), so either report finds
    every scan kept."""
    from .kept_scans import KeptScans
    from .name_scanner import load_name_scanner, lookup_ready
    from .privacy import PersonalDataFinder, public_text, text_spots
    from .reporting import masked_copy

    if not lookup_ready():
        return None  # `prepare` never ran: a public report refuses anyway
    scans = KeptScans(store, load_name_scanner)
    dossier = _without_strokes(dossier)  # the masked copy is a deep copy: texts only
    for meeting in dossier.meetings:
        copy, _ = masked_copy(dossier, meeting, scans, (), "nl", background=True)
        finder = PersonalDataFinder(copy.people, scans, public_text(copy))
        for spot in text_spots(copy, copy.meeting(meeting.id), background=True):
            finder.spans(spot.text)
    return scans


def _without_strokes(dossier: Dossier) -> Dossier:
    meetings = [
        replace(
            meeting,
            canvases=[
                replace(canvas, sheets=[replace(sheet, strokes=[]) for sheet in canvas.sheets])
                for canvas in meeting.canvases
            ],
        )
        for meeting in dossier.meetings
    ]
    return replace(dossier, meetings=meetings)
