"""An open dossier file: the file (lock held, changes committed) and its editing session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.model import Dossier, Meeting, Phase, new_id
from ..storage import DossierFile, create_dossier, open_dossier
from .session import DossierSession

Schedule = Callable[[Callable[[], None]], None]


@dataclass
class OpenDossier:
    file: DossierFile
    session: DossierSession

    @property
    def path(self) -> Path:
        return self.file.path

    def close(self) -> None:
        """Commit what is pending, then release the file."""
        try:
            self.session.flush()
        finally:
            self.file.close()


def open_for_editing(path: Path, schedule: Schedule | None = None) -> OpenDossier:
    """Open ``path`` for editing; every change is committed to it as it happens."""
    file = open_dossier(path)
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
