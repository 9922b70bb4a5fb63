"""The promises register's use cases: each takes the document and returns an edit for ``commands.run``.

Promises belong to the dossier, not to one evening: they are added, reworded, given an owner
and a due date, updated with what happened, and closed as done or dropped (with why).
"""

from __future__ import annotations

from datetime import date, datetime

from ..domain.document import DossierDocument, Kind
from ..domain.edits import Batch, Change, Edit, Insert
from ..domain.model import Promise, PromiseStatus, PromiseUpdate, new_id
from . import undo_steps as step
from .colleagues import owner_link
from .commands import Created

_UNSET = object()


def add_promise(
    doc: DossierDocument, meeting_id: str, text: str, owner: str | None = None, due: date | None = None
) -> Created | None:
    """A promise written in by hand, made at ``meeting_id``; None for an empty text.

    The owner is a name from the register (a new name joins it in the same undo step).
    """
    if not text.strip():
        return None
    edits, owner_id, owner_name = owner_link(doc, owner)
    promise = Promise(
        id=new_id(), meeting_id=meeting_id, text=text.strip(), owner=owner_name, owner_id=owner_id, due=due
    )
    edits.append(Insert(Kind.PROMISE, None, promise, label=step.ADD_PROMISE))
    return Created(edits[0] if len(edits) == 1 else Batch(tuple(edits), label=step.ADD_PROMISE), promise.id)


def edit_promise(
    doc: DossierDocument,
    promise_id: str,
    *,
    text: str | None = None,
    owner: object = _UNSET,
    due: object = _UNSET,
    work_id: object = _UNSET,
) -> Edit | None:
    """Reword the promise, change its owner (a register name), due date or planned work; None
    when nothing changes (or the text is emptied)."""
    promise: Promise = doc.get(promise_id)
    values: dict[str, object] = {}
    edits: list[Edit] = []
    if text is not None and text.strip() and text.strip() != promise.text:
        values["text"] = text.strip()
    if owner is not _UNSET:
        edits, owner_id, owner_name = owner_link(doc, str(owner) if owner else None)
        if (owner_id, owner_name) != (promise.owner_id, promise.owner):
            values.update(owner_id=owner_id, owner=owner_name)
    if due is not _UNSET and due != promise.due:
        values["due"] = due
    if work_id is not _UNSET and work_id != promise.work_id:
        values["work_id"] = work_id
    if not values:
        return None
    change = Change.of(promise_id, label=step.EDIT_PROMISE, **values)
    return Batch((*edits, change), label=step.EDIT_PROMISE) if edits else change


def add_update(doc: DossierDocument, promise_id: str, text: str, at: datetime) -> Change | None:
    """A dated update ("asked the traffic department"); the list is replaced so undo restores it."""
    if not text.strip():
        return None
    promise: Promise = doc.get(promise_id)
    updates = [*promise.updates, PromiseUpdate(at, text.strip())]
    return Change.of(promise_id, label=step.PROMISE_UPDATE, updates=updates)


def set_status(
    doc: DossierDocument, promise_id: str, status: PromiseStatus, reason: str | None = None
) -> Change | None:
    """Open, done or dropped; a dropped promise keeps why, the others keep no reason."""
    promise: Promise = doc.get(promise_id)
    status = PromiseStatus(status)
    new_reason = (reason or "").strip() or None if status == PromiseStatus.DROPPED else None
    if status == PromiseStatus.DROPPED and new_reason is None:
        raise ValueError("a dropped promise needs a reason: residents are owed the why")
    if status == promise.status and new_reason == promise.reason:
        return None
    label = step.DROP_PROMISE if status == PromiseStatus.DROPPED else step.PROMISE_STATUS
    return Change.of(promise_id, label=label, status=status, reason=new_reason)
