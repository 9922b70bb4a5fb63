"""The error raised for a JSON dossier that cannot be read, and the format's name and version."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import UserError
from .errors import one_line

FORMAT_NAME = "bricoleur-desk/dossier"
FORMAT_VERSION = 1


class InterchangeError(UserError, ValueError):
    """A JSON dossier that cannot be read: says where (file, JSON path) and what is wrong.

    ``str(e)`` reads like ``meetings[2].notes[7].text: expected a string``, prefixed with the
    file when the dossier came from one; always one line.
    """

    def __init__(self, message: str, json_path: str = "", file: Path | None = None) -> None:
        self.message = message
        self.json_path = json_path
        self.file = file
        super().__init__(str(self))

    def __str__(self) -> str:
        where = [str(part) for part in (self.file, self.json_path) if part]
        return one_line(": ".join([*where, self.message]))

    def in_file(self, file: Path) -> InterchangeError:
        """The same problem, now naming the file it was found in."""
        return InterchangeError(self.message, self.json_path, file)
