"""Database work off the interface thread: one unit of work at a time, its answer back on the UI thread.

The archive answers in milliseconds on a good network and in seconds (or a connect timeout) on a
bad one; the window must stay responsive either way. A unit of work runs in a thread of a private
pool; its answer or its error comes back through a queued signal. A cancelled unit cannot be
stopped inside the database (a push is all or nothing anyway), so its answer is dropped when it
arrives.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ...domain.errors import UserError

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object, object)  # the answer, the error (one of them is None)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its answer arrives
        self.work = work
        self.signals = _Signals()
        self.cancelled = False

    def run(self) -> None:
        try:
            answer = self.work()
        except Exception as error:  # noqa: BLE001 - every failure goes back to the window as one line
            if not isinstance(error, UserError):  # a bug: its traceback goes to the log, never to the user
                log.warning("team archive work failed", exc_info=error)
            self.signals.finished.emit(None, error)
            return
        self.signals.finished.emit(answer, None)


class Runner(QObject):
    """Runs one unit of work at a time; ``busyChanged`` while it runs; ``cancel`` drops its answer."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)  # a cancelled connect may still wait for its timeout
        self._current: _Task | None = None
        self._running: set[_Task] = set()
        self.cancellable = False
        self.what = ""

    @property
    def busy(self) -> bool:
        return self._current is not None

    def run(
        self,
        what: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
        *,
        cancellable: bool = True,
    ) -> bool:
        """Start ``work``; ``done(answer)`` or ``failed(error)`` follow on this thread. False when busy."""
        if self._current is not None:
            return False
        task = _Task(work)

        def finished(answer: Any, error: Exception | None) -> None:
            self._running.discard(task)
            if task.cancelled:
                return
            self._current = None
            self.busyChanged.emit(False)
            if error is None:
                done(answer)
            else:
                failed(error)

        task.signals.finished.connect(finished)
        self._current, self.cancellable, self.what = task, cancellable, what
        self._running.add(task)
        self.busyChanged.emit(True)
        self.pool.start(task)
        return True

    def cancel(self) -> None:
        """Stop waiting for the unit of work running now (its answer will be dropped)."""
        if self._current is None or not self.cancellable:
            return
        self._current.cancelled = True
        self._current = None
        self.busyChanged.emit(False)

    def wait(self, msecs: int = 15_000) -> bool:
        """Wait for every unit of work still running (the window is closing)."""
        return self.pool.waitForDone(msecs)
