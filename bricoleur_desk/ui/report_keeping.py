"""The report cache kept filled in the background while the evening goes on (workspace/report_keeping.py).

A sketch edit restarts a quiet-time timer; when it runs out, one canvas's changed sheets are
snapshotted on the UI thread, formatted on a worker thread (rounding and compressing strokes,
scaling the map: Pillow and zlib, which let the UI thread run), and written into the open file
on the UI thread, one canvas per round, until nothing is left. A report made later (the export
dialog, the command line) takes them as they are.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.document import Changed
from ..workspace.report_keeping import KeepJob, SketchKeeper

log = logging.getLogger(__name__)
QUIET_MS = 2000  # after the last sketch edit; also the wait before the first round after opening


class SketchKeeping(QObject):
    """Runs a :class:`SketchKeeper`'s rounds: debounced, one at a time, made off the UI thread."""

    kept = Signal()  # a round's results are in the file
    _made = Signal(object)  # from the worker thread: the finished future

    def __init__(self, keeper: SketchKeeper, parent: QObject | None = None, quiet_ms: int = QUIET_MS) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self._timer = QTimer(self, singleShot=True, interval=quiet_ms)
        self._timer.timeout.connect(self._round)
        self._worker: ThreadPoolExecutor | None = None
        self._running = False
        self._stopped = False
        self._made.connect(self._take)
        # the report's modules imported off the UI thread, before the first round plans
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-cache")
        self._worker.submit(SketchKeeper.prepare)
        self._timer.start()  # whatever the file does not keep yet

    @property
    def idle(self) -> bool:
        """Nothing running, waiting or left to make."""
        return not self._running and not self._timer.isActive() and not self.keeper.pending

    def changed(self, changed: list[Changed]) -> None:
        """A session listener: note the edit and wait for quiet before making anything."""
        self.keeper.note(changed)
        if self.keeper.pending and not self._stopped:
            self._timer.start()  # restarted by every edit: never during a stroke burst

    def stop(self) -> None:
        """No more rounds (the dossier closes); a round still running is dropped."""
        self._stopped = True
        self._timer.stop()
        if self._worker is not None:
            self._worker.shutdown(wait=False, cancel_futures=True)
            self._worker = None

    def _round(self) -> None:
        if self._running or self._stopped:
            return
        try:
            job = self.keeper.plan()
        except Exception:  # noqa: BLE001 - the cache is an aid: the report makes what is missing
            log.exception("could not plan the report cache")
            return
        if job is None:
            if self.keeper.pending:
                self._timer.start()  # a save still pending or failed: later
            return
        if job.empty:  # that canvas is kept already: the next one on the next turn
            if self.keeper.pending and not self._timer.isActive():
                QTimer.singleShot(0, self._round)
            return
        if self._worker is None:
            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-cache")
        self._running = True
        future = self._worker.submit(SketchKeeper.make, job)
        future.add_done_callback(self._made.emit)  # queued to the UI thread

    def _take(self, future: Future[KeepJob]) -> None:
        self._running = False
        if self._stopped or future.cancelled():
            return
        try:
            self.keeper.keep(future.result())
        except Exception:  # noqa: BLE001 - as above: logged, the report makes it
            log.exception("could not keep the report cache")
        self.kept.emit()
        if self.keeper.pending and not self._timer.isActive():
            QTimer.singleShot(0, self._round)  # the next canvas; an edit meanwhile restarted the wait
