"""Which promises an evening carries, and what became of them: one rule for every view.

The Discuss panel, the report, the promises register, the "Vorige keer beloofd" wall and the
letter to residents all ask here. Late is worked out from the due date and today, never stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .model import Dossier, Meeting, Promise, PromiseStatus, PromiseUpdate


def earlier_promises(dossier: Dossier, meeting: Meeting) -> list[Promise]:
    """Every promise made at an evening before this one, whatever became of it, in dossier order."""
    earlier = {m.id for m in dossier.meetings if m.starts_at < meeting.starts_at}
    return [p for p in dossier.promises if p.meeting_id in earlier]


def carried_promises(dossier: Dossier, meeting: Meeting) -> list[Promise]:
    """This evening's promises, then every promise of earlier evenings with its outcome.

    Residents remember what was promised last time, also what was done or dropped: the
    facilitator sees it during the evening and the follow-up report repeats it, in this order.
    """
    own = [p for p in dossier.promises if p.meeting_id == meeting.id]
    return own + earlier_promises(dossier, meeting)


def latest_update(promise: Promise) -> PromiseUpdate | None:
    """The most recent dated update, or None when nothing was reported yet."""
    return max(promise.updates, key=lambda u: u.at) if promise.updates else None


def is_overdue(promise: Promise, today: date) -> bool:
    """Still open and its due date has passed."""
    return promise.status == PromiseStatus.OPEN and promise.due is not None and promise.due < today


def overdue_promises(dossier: Dossier, today: date) -> list[Promise]:
    return [p for p in dossier.promises if is_overdue(p, today)]


@dataclass(frozen=True)
class PromiseFilter:
    """What the register shows: None (or False) for a criterion means any."""

    status: PromiseStatus | None = None
    overdue_only: bool = False
    owner: str | None = None  # compared without case and surrounding spaces
    meeting_id: str | None = None
    owner_ids: frozenset[str] | None = None  # register entries: a department with its colleagues

    def matches(self, promise: Promise, today: date) -> bool:
        if self.status is not None and promise.status != self.status:
            return False
        if self.overdue_only and not is_overdue(promise, today):
            return False
        if self.owner is not None and _owner_key(promise.owner) != _owner_key(self.owner):
            return False
        if self.owner_ids is not None and promise.owner_id not in self.owner_ids:
            return False
        return self.meeting_id is None or promise.meeting_id == self.meeting_id


def filtered(promises: Iterable[Promise], which: PromiseFilter, today: date) -> list[Promise]:
    return [p for p in promises if which.matches(p, today)]


def owners(promises: Iterable[Promise]) -> list[str]:
    """The distinct owners, as first written, sorted without case."""
    seen: dict[str, str] = {}
    for promise in promises:
        if promise.owner and promise.owner.strip():
            seen.setdefault(_owner_key(promise.owner), promise.owner.strip())
    return sorted(seen.values(), key=str.casefold)


def _owner_key(owner: str | None) -> str:
    return (owner or "").strip().casefold()
