"""The error raised for a JSON dossier that cannot be read, and the format's name and version."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..domain.errors import Message, UserError

FORMAT_NAME = "bricoleur-desk/dossier"
FORMAT_VERSION = 1


class InterchangeError(UserError, ValueError):
    """A JSON dossier that cannot be read: says where (file, JSON path) and what is wrong.

    ``str(e)`` reads like ``meetings[2].notes[7].text: expected a string``, prefixed with the
    file when the dossier came from one; always one line. ``problem`` is a message id with its
    values (see ``domain/errors``); the file and the JSON path are never translated.
    """

    def __init__(
        self, problem: str | Message, /, json_path: str = "", file: Path | None = None, **values: Any
    ) -> None:
        self.problem = problem if isinstance(problem, Message) else Message(problem, **values)
        self.json_path = json_path
        self.file = file
        where = ": ".join(str(part) for part in (file, json_path) if part)
        if where:
            super().__init__("{where}: {problem}", where=where, problem=self.problem)
        else:
            super().__init__(self.problem.message_id, **self.problem.values)

    def in_file(self, file: Path) -> InterchangeError:
        """The same problem, now naming the file it was found in."""
        return InterchangeError(self.problem, self.json_path, file)
