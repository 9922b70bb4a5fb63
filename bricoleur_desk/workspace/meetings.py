"""Adding a meeting to a dossier: the next evening starts from what the last one agreed.

"You may be starting fresh, but they are not": a new evening takes over the question, the
frame, the agenda, the themes and the expected groups of the last one, and the prepare page
shows what the last evening's participants said about it and which promises are still open
(:func:`last_time`).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..domain.attendance import expected_but_absent
from ..domain.document import DossierDocument, Kind
from ..domain.edits import Insert
from ..domain.model import Dossier, Meeting, Phase, Promise, PromiseStatus, Theme, new_id
from . import undo_steps as step
from .commands import Created


def next_meeting(doc: DossierDocument, now: datetime | None = None) -> Created:
    """An edit adding a meeting in preparation, a week from now at 19:30.

    The question, the frame, the agenda, the themes (same names and colours, no notes) and the
    expected groups of the latest meeting are carried over: the facilitator adjusts them
    instead of typing them again.
    """
    now = now or datetime.now()
    starts = (now + timedelta(days=7)).replace(hour=19, minute=30, second=0, microsecond=0)
    dossier = doc.dossier
    previous = dossier.latest_meeting()
    meeting = Meeting(id=new_id(), title=dossier.title, starts_at=starts, phase=Phase.PREPARE)
    if previous is not None:
        if starts <= previous.starts_at:  # the last evening is planned after next week
            starts = (previous.starts_at + timedelta(days=7)).replace(hour=19, minute=30)
            meeting.starts_at = starts
        meeting.question = previous.question
        meeting.frame = copy.deepcopy(previous.frame)
        meeting.agenda = copy.deepcopy(previous.agenda)
        meeting.venue = previous.venue
        meeting.expected_groups = list(previous.expected_groups)
        meeting.themes = [Theme(new_id(), t.name, t.color) for t in previous.themes]
    return Created(Insert(Kind.MEETING, None, meeting, label=step.NEW_MEETING), meeting.id)


@dataclass(frozen=True)
class LastTime:
    """What the evening before this one left to prepare with."""

    meeting: Meeting  # the evening before
    remarks: tuple[str, ...]  # its evaluation remarks, as written down
    open_promises: tuple[Promise, ...]  # every still open promise of the evenings before

    @property
    def absent(self) -> tuple[str, ...]:
        """The groups expected at the evening before that did not come: this time, reach them."""
        return tuple(expected_but_absent(self.meeting) or ())

    @property
    def forms(self) -> int:
        """How many participants gave the evening a score."""
        return sum(self.meeting.evaluation.scores.values())

    @property
    def average(self) -> float | None:
        """The average score (1-5), None when nobody gave one."""
        scores = self.meeting.evaluation.scores
        return sum(s * n for s, n in scores.items()) / self.forms if self.forms else None


def last_time(dossier: Dossier, meeting_id: str) -> LastTime | None:
    """The evening before ``meeting_id``, its remarks and the open promises; None for the first."""
    meeting = dossier.meeting(meeting_id)
    earlier = [m for m in dossier.meetings if m.starts_at < meeting.starts_at and m.id != meeting.id]
    if not earlier:
        return None
    previous = max(earlier, key=lambda m: m.starts_at)
    before = {m.id for m in earlier}
    order = {m.id: m.starts_at for m in earlier}
    promises = sorted(
        (p for p in dossier.promises if p.meeting_id in before and p.status == PromiseStatus.OPEN),
        key=lambda p: order[p.meeting_id],
    )
    remarks = tuple(r.strip() for r in previous.evaluation.remarks if r.strip())
    return LastTime(previous, remarks, tuple(promises))
