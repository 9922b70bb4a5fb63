"""The name scanner, loaded once in a worker thread, and the scans that run there one at a time.

Loading it takes seconds (lookup lists of Dutch names), scanning a note about a millisecond:
both happen off the UI thread so typing never waits. Scans queue behind the loading and behind
each other (one thread: the scanner is used by one scan at a time), and each result comes back
to the UI thread through a queued signal.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

Loader = Callable[[], Any]  # returns the NameScanner


def load_default() -> Any:
    from ..workspace.name_scanner import load_name_scanner

    return load_name_scanner()


class _Worker(QObject):
    """Lives in the worker thread: loads the scanner, then runs each job with it."""

    loaded = Signal(object, str)  # the scanner (None when it failed), the reason it failed
    finished = Signal(int, object)  # ticket, result

    def __init__(self) -> None:
        super().__init__()
        self.scanner: Any = None

    @Slot(object)
    def load(self, load: Loader) -> None:
        try:
            self.scanner = load()
        except Exception as error:  # noqa: BLE001 - reported to the UI thread and logged
            log.warning("the name scanner could not be loaded: %s", error)
            self.loaded.emit(None, " ".join(str(error).split()) or type(error).__name__)
            return
        self.loaded.emit(self.scanner, "")

    @Slot(int, object)
    def work(self, ticket: int, job: Callable[[Any], Any]) -> None:
        if self.scanner is None:
            return  # not loaded: no scan may pass for complete (its note stays masked)
        try:
            result = job(self.scanner)
        except Exception:  # a failed scan leaves its note masked; the log says why
            log.exception("a personal-data scan failed")
            return
        self.finished.emit(ticket, result)


class NameScanning(QObject):
    """Owns the worker thread; ``run(job, done)`` calls ``job(scanner)`` there, ``done(result)`` here."""

    ready = Signal()  # the scanner is loaded (or failed to load: see ``failure``)
    _load_requested = Signal(object)
    _work_requested = Signal(int, object)

    def __init__(self, load: Loader | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load or load_default
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._tickets = itertools.count(1)
        self._waiting: dict[int, tuple[Callable[[Any], None], QObject | None]] = {}
        self.scanner: Any = None
        self.failure = ""  # why the scanner could not be loaded
        self.is_ready = False
        self._closed = False  # after shutdown: no thread is started again

    @property
    def started(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Begin loading (once); scans asked for meanwhile run as soon as it is loaded."""
        if self._thread is not None or self._closed:
            return
        self._thread = QThread()
        self._thread.setObjectName("nameScanner")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._load_requested.connect(self._worker.load)
        self._work_requested.connect(self._worker.work)
        self._worker.loaded.connect(self._loaded)
        self._worker.finished.connect(self._finished)
        self._thread.start(QThread.Priority.LowPriority)
        self._load_requested.emit(self._load)

    def run(self, job: Callable[[Any], Any], done: Callable[[Any], None], owner: QObject | None = None) -> None:
        """Queue ``job(scanner)`` after the loading and every job before it.

        ``done`` is not called when ``owner`` (the widget that asked) is gone by then.
        """
        self.start()
        if self._closed:
            return
        ticket = next(self._tickets)
        self._waiting[ticket] = (done, owner)
        self._work_requested.emit(ticket, job)

    def shutdown(self) -> None:
        """Stop the thread for good (after the job in hand); results still on their way are dropped."""
        self._closed = True
        self._waiting.clear()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._worker = None

    @Slot(object, str)
    def _loaded(self, scanner: Any, failure: str) -> None:
        self.scanner, self.failure, self.is_ready = scanner, failure, True
        if scanner is None:
            self._waiting.clear()  # those jobs will never finish
        self.ready.emit()

    @Slot(int, object)
    def _finished(self, ticket: int, result: Any) -> None:
        done, owner = self._waiting.pop(ticket, (None, None))
        if done is not None and (owner is None or shiboken6.isValid(owner)):
            done(result)
