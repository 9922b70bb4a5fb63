"""Rolling backups of the open dossier, the list Dossier → Restore… shows, and restoring one.

The window's timer calls :meth:`RollingBackups.tick` every ten minutes; a backup is made only
when the file was written since the last one (an evening with changes, not an idle window).
Restoring needs the dossier closed: the file as it is becomes a backup first, so nothing is lost.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..storage import backups as stored
from ..storage.backups import Backup
from .opened import OpenDossier

__all__ = ["Backup", "RollingBackups", "list_backups", "purge_backups", "restore_backup"]
log = logging.getLogger(__name__)
INTERVAL_S = 10 * 60  # the timer's interval: every ten minutes of an evening with changes


class RollingBackups:
    """When the open dossier gets a backup: at a tick, if it was written since the last one."""

    def __init__(self, opened: OpenDossier) -> None:
        self._opened = opened
        self._written = self._rows_written()

    def _rows_written(self) -> int | None:
        file = self._opened.file
        if self._opened.read_only or file.closed:
            return None
        return file.rows_written  # type: ignore[union-attr]

    def tick(self) -> Path | None:
        """Back up if the file changed since the last backup (or since opening); the backup's path."""
        if self._opened.read_only or self._opened.file.closed:
            return None
        self._opened.session.flush()
        written = self._rows_written()
        if written is None or written == self._written:
            return None
        path = self._opened.file.back_up()  # type: ignore[union-attr]
        self._written = written
        log.info("backed up %s as %s", self._opened.path, path.name)
        return path


def list_backups(dossier_id: str) -> list[Backup]:
    """The dossier's backups, newest first, with their date, evening and number of notes."""
    return stored.list_backups(dossier_id)


def restore_backup(path: Path, dossier_id: str, backup: Path) -> Path:
    """Put ``backup`` back as the (closed) dossier file; returns the backup of the file as it was."""
    return stored.restore(Path(path), Path(backup), dossier_id)


def purge_backups(dossier_id: str) -> list[Path]:
    """Shred every backup of the dossier (after an erasure)."""
    return stored.purge(dossier_id)
