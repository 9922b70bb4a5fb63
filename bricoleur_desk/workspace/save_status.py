"""Whether the open dossier is safely in its file: one status, published by the session.

The session sets it from what the store really did, never from a guess or a timer; every
indicator (the status bar, the capture view) shows the same status.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from ..domain.errors import Message


class SaveState(Enum):
    SAVED = "saved"  # the file holds every change
    SAVING = "saving"  # a change waits for the next commit
    FAILED = "failed"  # the last commit failed (a full disk, a lost share): the session retries
    READ_ONLY = "read_only"  # a dossier on a read-only medium: nothing is written, edits are refused


@dataclass(frozen=True)
class SaveStatus:
    state: SaveState
    reason: str = ""  # why the last commit failed: one line naming the file (English, for the log)
    message: Message | None = None  # the same reason, to be shown in the interface language

    @property
    def saved(self) -> bool:
        return self.state is SaveState.SAVED

    @property
    def failed(self) -> bool:
        return self.state is SaveState.FAILED


SAVED = SaveStatus(SaveState.SAVED)
READ_ONLY = SaveStatus(SaveState.READ_ONLY)
SAVING = SaveStatus(SaveState.SAVING)

SaveListener = Callable[[SaveStatus], None]
