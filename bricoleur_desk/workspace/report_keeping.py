"""Use case: the report cache of the dossier a window has open, filled while the evening goes on.

The report takes each sheet's stroke forms and each map at print size as they are when the
dossier keeps them for the sheet's current strokes (report_file.py, storage/report_cache.py).
The window keeps them filled: after sketch edits (debounced by the UI) :meth:`SketchKeeper.plan`
takes a snapshot of one canvas's changed sheets on the UI thread, :meth:`SketchKeeper.make`
formats them on a worker thread (no file, no document), and :meth:`SketchKeeper.keep` writes
them through the window's own connection on the UI thread (one canvas at a time: a few hundred
kilobytes). An entry is made for the strokes as stored when planned; an edit made meanwhile
changes the sheet's key, so that entry is never taken and the next round makes the sheet again.
The export dialog reads the kept entries the same way (:meth:`SketchKeeper.report_store`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from ..domain.document import Changed, Kind
from ..domain.model import Canvas, Sheet
from ..report.sketch_store import SketchStore
from .opened import OpenDossier
from .report_file import signing_key

log = logging.getLogger(__name__)


@dataclass
class KeepJob:
    """One canvas's sheets (snapshots) and maybe its map to make, and where the results go."""

    canvas: Canvas
    sheets: list[Sheet]
    background: bool
    store: SketchStore
    made: dict[str, tuple[str, str, bytes]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """Nothing to make: the canvas is kept already."""
        return not self.sheets and not self.background


class SketchKeeper:
    """Keeps the report cache of one open dossier filled (UI thread, but :meth:`make`)."""

    def __init__(self, opened: OpenDossier) -> None:
        self._opened = opened
        self._sheets: set[str] = set()  # sheets whose strokes changed since they were kept
        self._canvases: set[str] = set()  # canvases whose map (or size) changed
        self._everything = True  # at first: whatever the file does not keep yet
        self.kept_sheets = 0  # sheets whose forms were kept by this keeper (tests, the log)
        self._secret: bytes | None = None

    @property
    def pending(self) -> bool:
        """Whether something may still need making."""
        return self._everything or bool(self._sheets or self._canvases)

    def note(self, changed: list[Changed]) -> None:
        """Hear an edit: strokes and sheets of a canvas, or a canvas itself, need making again."""
        for item in changed:
            if item.kind == Kind.STROKE and item.parent_id is not None:
                self._sheets.add(item.parent_id)
            elif item.kind == Kind.SHEET and not item.deleted:
                self._sheets.add(item.id)
            elif item.kind == Kind.CANVAS and not item.deleted:
                self._canvases.add(item.id)

    def plan(self) -> KeepJob | None:
        """The next canvas to look at (snapshots taken now), or None: nothing to do, or not now.

        One canvas a call, so that the UI thread spends a few milliseconds at a time (a job with
        nothing to make: that canvas is kept already, ask again). Only once every change is in
        the file (the keys are read from it): after a failed or pending save, None, and the sets
        stay for the next round.
        """
        opened = self._opened
        if opened.read_only or opened.file.closed:
            self._everything, self._sheets, self._canvases = False, set(), set()
            return None
        session = opened.session
        if not session.save() or session.save_status.failed:
            return None
        if self._secret is None:
            self._secret = signing_key()
        if self._secret is None:
            self._everything, self._sheets, self._canvases = False, set(), set()
            return None
        canvases = [c for m in session.dossier.meetings for c in m.canvases]
        if self._everything:
            self._everything = False
            self._sheets |= {s.id for c in canvases for s in c.sheets}
            self._canvases |= {c.id for c in canvases}
        canvas = next(
            (c for c in canvases if c.id in self._canvases or any(s.id in self._sheets for s in c.sheets)),
            None,
        )
        if canvas is None:  # deleted meanwhile, or nothing left
            self._sheets, self._canvases = set(), set()
            return None
        return self._plan_canvas(canvas, self._secret)

    def _plan_canvas(self, canvas: Canvas, secret: bytes) -> KeepJob | None:
        from ..report.sketches import background_entry_key
        from ..storage.report_cache import kept_in_open_file

        wanted = [s for s in canvas.sheets if s.id in self._sheets or canvas.id in self._canvases]
        background = canvas.id in self._canvases
        self._sheets -= {s.id for s in canvas.sheets}
        self._canvases.discard(canvas.id)
        read = kept_in_open_file(self._opened.file, [s.id for s in wanted], data=False)  # type: ignore[arg-type]
        if read is None:
            return None
        keys, found, covered = read
        store = SketchStore(keys, {}, None, frozenset(), secret=secret)
        sheets = [replace(s, strokes=list(s.strokes)) for s in wanted if s.id in keys and s.id not in covered]
        entry = background_entry_key(canvas, store) if background else None
        background = entry is not None and entry not in found
        return KeepJob(replace(canvas, sheets=[]), sheets, background, store)  # maybe empty: kept already

    @staticmethod
    def prepare() -> None:
        """Import what making needs (reportlab, Pillow: ~0.5 s), on the worker thread before the first round."""
        from ..report import sketches  # noqa: F401

    @staticmethod
    def make(job: KeepJob) -> KeepJob:
        """Format the job's sheets and scale its map (any thread: touches neither file nor document)."""
        from ..report.sketches import make_ahead

        make_ahead(job.canvas, job.sheets, job.store, background=job.background)
        job.made = dict(job.store.made)
        return job

    def keep(self, job: KeepJob) -> bool:
        """Write what ``make`` made into the open file (UI thread); False when it could not be kept now."""
        from ..storage.report_cache import keep_in_open_file

        made = self._kept(job.store, job.made)
        if self._opened.file.closed:
            return False
        kept = keep_in_open_file(self._opened.file, made)  # type: ignore[arg-type]
        if kept:
            self.kept_sheets += sum(1 for k in made.values() if k.kind == "forms")
        return kept

    # the export dialog ----------------------------------------------------------------------

    def report_store(self) -> SketchStore | None:
        """The kept entries for a report of the window's dossier (after its changes are saved)."""
        from ..storage.report_cache import kept_in_open_file

        opened = self._opened
        if opened.read_only or opened.file.closed or not opened.session.save():
            return None
        secret = signing_key()
        if secret is None:
            return None
        read = kept_in_open_file(opened.file)  # type: ignore[arg-type]
        if read is None:
            return None
        keys, found, _covered = read
        return SketchStore(keys, found, None, frozenset(), secret=secret)

    def keep_report(self, store: SketchStore | None) -> bool:
        """Keep what a report from the dialog made (the sheets the keeper had not made yet)."""
        from ..storage.report_cache import keep_in_open_file

        if store is None or self._opened.file.closed:
            return False
        return keep_in_open_file(self._opened.file, self._kept(store, store.made))  # type: ignore[arg-type]

    @staticmethod
    def _kept(store: SketchStore, made: dict[str, tuple[str, str, bytes]]) -> dict:
        from ..storage.report_cache import FORMS, Kept

        return {
            key: Kept(kind, owner, store.sheet_keys.get(owner, "") if kind == FORMS else "", data)
            for key, (kind, owner, data) in made.items()
        }
