"""Why a dossier file could not be opened or written: one clear line naming the file."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import UserError


def one_line(text: str) -> str:
    """``text`` on one line: a file name or a driver's message may hold line breaks."""
    return " ".join(part.strip() for part in text.splitlines() if part.strip()) if text else text


class DossierFileError(UserError):
    """A problem with a dossier file; ``str(e)`` is ``"{path}: {problem}"``, always one line."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = one_line(problem)
        super().__init__(one_line(f"{self.path}: {problem}"))


class NotADossierError(DossierFileError):
    """The file is not a Bricoleur Desk dossier (empty, another format, truncated, damaged)."""


class DamagedRowError(NotADossierError):
    """A row of the file holds what no version of the app writes: names the table, row and column."""


class DossierLockedError(DossierFileError):
    """The dossier is open elsewhere: two writers would overwrite each other's work."""


class NewerVersionError(DossierFileError):
    """The dossier was written by a newer version of Bricoleur Desk; it is left untouched."""


class ReadOnlyDossierError(DossierFileError):
    """The dossier cannot be written here (a read-only medium or folder); it can still be read."""
