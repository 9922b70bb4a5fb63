"""Why a dossier file could not be opened or written: one clear line naming the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Self

from ..domain.errors import Message, UserError, one_line

__all__ = ["DossierFileError", "Message", "one_line"]


class DossierFileError(UserError):
    """A problem with a dossier file; ``str(e)`` is ``"{path}: {problem}"``, always one line.

    ``problem`` is a message id, its placeholders filled from ``values`` (see ``domain/errors``).
    """

    def __init__(self, path: Path | str, problem: str | Message, /, **values: Any) -> None:
        self.path = Path(path)
        self.problem = problem if isinstance(problem, Message) else Message(problem, **values)
        super().__init__("{path}: {problem}", path=self.path, problem=self.problem)

    def naming(self, path: Path) -> Self:
        """The same problem, naming ``path`` (the user's file rather than a temporary copy)."""
        return type(self)(path, self.problem)


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


class PassphraseNeededError(DossierFileError):
    """The dossier is encrypted and no passphrase was given: ask for one and try again."""


class WrongPassphraseError(PassphraseNeededError):
    """The passphrase does not open the encrypted dossier: say so and ask again."""
