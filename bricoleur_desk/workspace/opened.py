"""An open dossier file: the file (lock held, changes committed) and its editing session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.document import Changed, DossierDocument
from ..domain.model import Dossier, Meeting, Phase, new_id
from ..storage import (
    DossierFile,
    ReadOnlyDossierError,
    copy_dossier_file,
    create_dossier,
    open_dossier,
    preload_writer,
    read_dossier_file,
)

__all__ = ["OpenDossier", "ReadOnlyFile", "create_new", "open_for_editing", "preload_writer"]
from .session import DossierSession

Schedule = Callable[[Callable[[], None]], None]


class ReadOnlyFile:
    """A dossier on a read-only medium or in a read-only folder: read, reported, copied, not edited."""

    closed = False
    has_unsaved_changes = False
    read_only = True

    def __init__(self, path: Path) -> None:
        self.path = path

    def write(self, doc: DossierDocument, changed: list[Changed]) -> None:
        raise ReadOnlyDossierError(self.path, "is read-only; save a copy to edit it")

    def warm_up(self) -> None:
        pass

    def checkpoint(self) -> bool:
        return False

    def save_copy(self, target: Path) -> Path:
        return copy_dossier_file(self.path, target)

    def close(self) -> None:
        self.closed = True


@dataclass
class OpenDossier:
    file: DossierFile | ReadOnlyFile
    session: DossierSession

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def read_only(self) -> bool:
        return isinstance(self.file, ReadOnlyFile)

    def close(self) -> None:
        """Commit what is pending, then release the file."""
        try:
            self.session.flush()
        finally:
            self.file.close()


def open_for_editing(path: Path, schedule: Schedule | None = None) -> OpenDossier:
    """Open ``path`` for editing; every change is committed to it as it happens.

    A dossier on a read-only medium (a CD, a locked USB stick) or in a read-only folder opens
    read-only: it can be read, reported on and copied; edits are refused, never lost silently.
    """
    try:
        file = open_dossier(path)
    except ReadOnlyDossierError:
        session = DossierSession(read_dossier_file(path), read_only=True)
        return OpenDossier(ReadOnlyFile(path), session)
    try:
        dossier = file.load()
    except BaseException:
        file.close()
        raise
    return OpenDossier(file, DossierSession(dossier, store=file, schedule=schedule))


def create_new(path: Path, title: str, schedule: Schedule | None = None) -> OpenDossier:
    """Make a new dossier file with one meeting in preparation, and open it."""
    from datetime import datetime, timedelta

    starts = (datetime.now() + timedelta(days=7)).replace(hour=19, minute=30, second=0, microsecond=0)
    dossier = Dossier(title=title)
    dossier.meetings.append(Meeting(id=new_id(), title=title, starts_at=starts, phase=Phase.PREPARE))
    create_dossier(path, dossier).close()
    return open_for_editing(path, schedule)
