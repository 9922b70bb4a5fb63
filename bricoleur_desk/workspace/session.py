"""An open dossier: the document, its undo history, and the store every change goes to.

The UI never mutates domain objects: it runs a use case through ``commands``, which hands
the edit to :meth:`DossierSession.apply`.
Listeners hear what changed right away (so the projector paints first); the store then
commits the same change to the dossier file, through ``schedule`` (immediate by default, the
next event-loop turn in the GUI so that a commit never delays painting). The session
publishes whether that commit worked (:class:`SaveStatus`); every save indicator shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ..domain.document import Changed, DossierDocument
from ..domain.edits import Edit, merged
from ..domain.errors import UserError
from ..domain.model import Dossier
from .save_status import READ_ONLY, SAVED, SAVING, SaveListener, SaveState, SaveStatus


class Store(Protocol):
    def write(self, doc: DossierDocument, changed: list[Changed]) -> None:
        """Commit the current state of the changed objects; after a failed write, the next one
        (even with nothing changed) catches up with everything the store is missing."""
        ...


Listener = Callable[[list[Changed]], None]


@dataclass
class _Step:
    edit: Edit  # what redoes it
    inverse: Edit  # what undoes it


class UndoHistory:
    """Undo and redo steps; consecutive edits with the same merge key become one step."""

    def __init__(self) -> None:
        self._done: list[_Step] = []
        self._undone: list[_Step] = []
        self._clean_depth = 0

    def record(self, edit: Edit, inverse: Edit) -> None:
        self._undone.clear()
        if self._done:
            combined = merged(self._done[-1].inverse, edit, inverse)
            if combined is not None:
                self._done[-1] = _Step(edit, combined)
                return
        self._done.append(_Step(edit, inverse))

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_label(self) -> str | None:
        return self._done[-1].edit.label if self._done else None

    def redo_label(self) -> str | None:
        return self._undone[-1].edit.label if self._undone else None

    def pop_undo(self) -> _Step:
        step = self._done.pop()
        self._undone.append(step)
        return step

    def pop_redo(self) -> _Step:
        step = self._undone.pop()
        self._done.append(step)
        return step

    def replace_last(self, step: _Step, *, undone: bool) -> None:
        (self._undone if undone else self._done)[-1] = step


class DossierSession:
    """One open dossier. All changes go through :meth:`apply`, :meth:`undo` and :meth:`redo`."""

    def __init__(
        self,
        dossier: Dossier,
        store: Store | None = None,
        schedule: Callable[[Callable[[], None]], None] | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        self.document = DossierDocument(dossier)
        self.read_only = read_only  # edits are refused (a dossier on a read-only medium)
        self._refused: list[Callable[[], None]] = []
        self.history = UndoHistory()
        self._store = store
        self._schedule = schedule or (lambda fn: fn())
        # a commit made at once raises to whoever made the change; a deferred one has nobody
        # to raise to and reports through the save status instead
        self._commit: Callable[[], None] = self.flush if schedule is None else self._save_later
        self._listeners: list[Listener] = []
        self._pending: list[Changed] = []
        self._save_status = READ_ONLY if read_only else SAVED
        self._save_listeners: list[SaveListener] = []

    @property
    def dossier(self) -> Dossier:
        return self.document.dossier

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Hear about every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    @property
    def save_status(self) -> SaveStatus:
        """What the store really did with the changes so far."""
        return self._save_status

    def watch_save_status(self, listener: SaveListener) -> Callable[[], None]:
        """Hear every change of the save status; returns a function that stops it."""
        self._save_listeners.append(listener)
        return lambda: self._save_listeners.remove(listener) if listener in self._save_listeners else None

    @property
    def listener_count(self) -> int:
        """How many listeners hear about changes (a closed panel must not stay among them)."""
        return len(self._listeners)

    def on_refused(self, listener: Callable[[], None]) -> None:
        """Hear about an edit refused because the dossier is read-only (to tell the user why)."""
        self._refused.append(listener)

    def apply(self, edit: Edit, *, undoable: bool = True) -> bool:
        """Apply an edit, tell every listener, commit it; False when the read-only dossier refused it."""
        if self.read_only:
            for listener in list(self._refused):
                listener()
            return False
        inverse, changed = edit.apply(self.document)
        if undoable:
            self.history.record(edit, inverse)
        self._after(changed)
        return True

    def forget_history(self) -> None:
        """Drop every undo and redo step (after erasing personal data: the steps hold the old texts)."""
        self.history = UndoHistory()

    def undo(self) -> bool:
        if not self.history.can_undo():
            return False
        step = self.history.pop_undo()
        redo, changed = step.inverse.apply(self.document)
        self.history.replace_last(_Step(redo, step.inverse), undone=True)
        self._after(changed)
        return True

    def redo(self) -> bool:
        if not self.history.can_redo():
            return False
        step = self.history.pop_redo()
        inverse, changed = step.edit.apply(self.document)
        self.history.replace_last(_Step(step.edit, inverse), undone=False)
        self._after(changed)
        return True

    def flush(self) -> None:
        """Commit anything still waiting for the store (call before closing).

        Raises what the store raised; the save status says so too.
        """
        if self._pending and self._store is not None:
            self._write()
        self._pending.clear()

    def save(self) -> bool:
        """Commit what waits, or catch up after a failed commit; False when the file could not be written.

        A full disk or a lost network share is no programming error: the work stays in memory,
        the status says why, and a later call (a retry, the next edit) catches up.
        """
        if self._store is None or not (self._pending or self._save_status.failed):
            return True
        try:
            self._write()
        except UserError:
            return False
        return True

    def _save_later(self) -> None:
        self.save()

    def _write(self) -> None:
        assert self._store is not None
        pending, self._pending = self._pending, []
        try:
            self._store.write(self.document, pending)
        except Exception as error:
            shown = error.message if isinstance(error, UserError) else None
            self._set_save_status(SaveStatus(SaveState.FAILED, str(error), shown))
            raise
        self._set_save_status(SAVED)

    def _set_save_status(self, status: SaveStatus) -> None:
        # every failure is news (the retry starts again); the other states only when they change
        if status == self._save_status and not status.failed:
            return
        self._save_status = status
        for listener in list(self._save_listeners):
            listener(status)

    def _after(self, changed: list[Changed]) -> None:
        for listener in list(self._listeners):
            listener(changed)
        if self._store is None:
            return
        first = not self._pending
        self._pending.extend(changed)
        if first:
            self._set_save_status(SAVING)
            self._schedule(self._commit)
