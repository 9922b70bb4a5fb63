"""The open dossier and what keeps it safe while the window shows it.

The main window asks this controller to open, create and close dossiers and shows what it
reports; the controller does the wiring: every change committed on the next turn of the event
loop (after it is painted), a failed save retried until it works, the ``-wal`` folded into the
file when the room has been idle, a rolling backup every ten minutes of an evening with changes,
writing prepared while the facilitator looks, edits on a read-only dossier reported, and the
loaded dossier kept away from the garbage collector.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..workspace.backups import INTERVAL_S, RollingBackups
from ..workspace.encryption import PassphraseNeededError, WrongPassphraseError, remember_passphrase
from ..workspace.opened import OpenDossier, create_new, open_for_editing, preload_writer
from ..workspace.report_keeping import SketchKeeper
from ..workspace.save_status import SaveStatus
from . import collector
from .messages import user_text
from .report_keeping import SketchKeeping

log = logging.getLogger(__name__)
PRELOAD_MS = 500
WARM_UP_MS = 2500
RETRY_MS = 3000  # after a failed save, try again this often until it works
# after this long without an edit the -wal is folded into the dossier file, so that a plain copy
# of the file (to a USB stick, a share) is complete; commits stay fast while the room is busy
IDLE_CHECKPOINT_MS = 5000
BACKUP_MS = INTERVAL_S * 1000  # a backup this often, when the dossier was written since the last one


class OpenDossierController(QObject):
    """At most one open dossier at a time, with its commit, retry and checkpoint timing."""

    historyChanged = Signal()  # an edit, undo or redo: the undo actions follow
    saveProblem = Signal(str)  # why the last save failed; "" once saving works again
    backedUp = Signal(Path)  # a rolling backup was made
    editRefused = Signal()  # an edit on a read-only dossier

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opened: OpenDossier | None = None
        self.retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self.retry.timeout.connect(self._retry_save)
        self.idle_checkpoint = QTimer(self, singleShot=True, interval=IDLE_CHECKPOINT_MS)
        self.idle_checkpoint.timeout.connect(self._checkpoint)
        self.backup_timer = QTimer(self, interval=BACKUP_MS)
        self.backup_timer.timeout.connect(self.back_up)
        self._backups: RollingBackups | None = None
        self.sketch_keeping: SketchKeeping | None = None  # the report cache, filled in the background
        self._disconnect: list[Callable[[], None]] = []
        self._showing_failure = False

    # opening and closing ----------------------------------------------------------------
    def open(self, path: Path, ask: Callable[[Path, str], str] | None = None) -> OpenDossier:
        """Open ``path`` (read-only when it cannot be written); raises with a one-line reason.

        An encrypted dossier's passphrase comes from ``ask(path, problem)``, asked again after a
        wrong one (``problem`` then says so); ``ask`` raises to give up.
        """
        problem = ""
        while True:
            try:
                return self._keep(open_for_editing(path, _after_painting))
            except PassphraseNeededError as error:
                if ask is None:
                    raise
                problem = user_text(error) if isinstance(error, WrongPassphraseError) else ""
                remember_passphrase(path, ask(path, problem))

    def create(self, path: Path, title: str) -> OpenDossier:
        """A new dossier file with one meeting in preparation, opened."""
        return self._keep(create_new(path, title, _after_painting))

    def follow_history(self) -> None:
        """Emit historyChanged after every edit; call once the views listen, so they paint first."""
        assert self.opened is not None
        self._disconnect.append(self.opened.session.subscribe(lambda _changed: self.historyChanged.emit()))

    def settle(self) -> bool:
        """Try once more to write what failed; False when changes are still not in the file."""
        return self.opened is None or self.opened.session.save()

    def close(self) -> None:
        """Commit what is pending and release the file (call :meth:`settle` first)."""
        if self.opened is None:
            return
        self.retry.stop()
        self.idle_checkpoint.stop()
        self.backup_timer.stop()
        self._backups = None
        if self.sketch_keeping is not None:
            self.sketch_keeping.stop()
            self.sketch_keeping.deleteLater()
            self.sketch_keeping = None
        for disconnect in self._disconnect:
            disconnect()
        self._disconnect.clear()
        self._showing_failure = False
        opened, self.opened = self.opened, None
        opened.close()

    def save_copy(self, target: Path) -> Path:
        """A complete copy of the open dossier as it is now (SQLite's backup API)."""
        assert self.opened is not None
        self.opened.session.flush()
        return self.opened.file.save_copy(target)

    def back_up(self) -> Path | None:
        """The timer's tick: a backup if the dossier was written since the last one."""
        if self._backups is None:
            return None
        try:
            made = self._backups.tick()
        except Exception as error:  # noqa: BLE001 - the evening goes on; the next tick tries again
            log.warning("could not make a backup: %s", error)
            return None
        if made is not None:
            self.backedUp.emit(made)
        return made

    # wiring -------------------------------------------------------------------------------
    def _keep(self, opened: OpenDossier) -> OpenDossier:
        self.opened = opened
        session = opened.session
        self._disconnect.append(session.watch_save_status(self._save_status_changed))
        session.on_refused(self.editRefused.emit)
        collector.spare_the_open_dossier()
        if not opened.read_only:
            self._backups = RollingBackups(opened)
            self.backup_timer.start()
            # each sheet's report forms and each map at print size, made after sketch edits
            self.sketch_keeping = SketchKeeping(SketchKeeper(opened), self)
            self._disconnect.append(session.subscribe(self.sketch_keeping.changed))
        # prepare writing while the facilitator looks, not at the first keystroke: SQLAlchemy is
        # imported on a worker thread once the window has painted, the engine made later
        QTimer.singleShot(PRELOAD_MS, lambda: threading.Thread(target=preload_writer, daemon=True).start())
        file = opened.file
        QTimer.singleShot(WARM_UP_MS, lambda: None if file.closed else file.warm_up())
        return opened

    def _save_status_changed(self, status: SaveStatus) -> None:
        """A full disk or a lost network share: say why, keep the work in memory, retry."""
        if status.failed:
            log.error("could not save: %s", status.reason)
            self.saveProblem.emit(user_text(status.message) if status.message else status.reason)
            self.retry.start()
        elif status.saved:
            if self._showing_failure:
                self.retry.stop()
                self.saveProblem.emit("")
            self.idle_checkpoint.start()
        self._showing_failure = status.failed or (self._showing_failure and not status.saved)

    def _retry_save(self) -> None:
        """Write everything the file is missing; the store catches up on its own."""
        if self.opened is not None and self.opened.session.save_status.failed:
            self.opened.session.save()

    def _checkpoint(self) -> None:
        """The room has been idle: fold recent changes into the dossier file itself."""
        if self.opened is not None and not self.opened.file.closed:
            self.opened.file.checkpoint()


def _after_painting(commit: Callable[[], None]) -> None:
    """Every change is committed on the next turn of the event loop, after it is painted."""
    QTimer.singleShot(0, commit)
