"""Adding a meeting to a dossier: the next evening starts from what the last one agreed."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta

from ..domain.document import DossierDocument, Kind
from ..domain.edits import Insert
from ..domain.model import Meeting, Phase, new_id
from . import undo_steps as step
from .commands import Created


def next_meeting(doc: DossierDocument, now: datetime | None = None) -> Created:
    """An edit adding a meeting in preparation, a week from now at 19:30.

    The question, the frame and the agenda of the latest meeting are carried over: the
    facilitator adjusts them instead of typing them again.
    """
    now = now or datetime.now()
    starts = (now + timedelta(days=7)).replace(hour=19, minute=30, second=0, microsecond=0)
    dossier = doc.dossier
    previous = dossier.latest_meeting()
    meeting = Meeting(id=new_id(), title=dossier.title, starts_at=starts, phase=Phase.PREPARE)
    if previous is not None:
        meeting.question = previous.question
        meeting.frame = copy.deepcopy(previous.frame)
        meeting.agenda = copy.deepcopy(previous.agenda)
        meeting.venue = previous.venue
        meeting.expected_groups = list(previous.expected_groups)
    return Created(Insert(Kind.MEETING, None, meeting, label=step.NEW_MEETING), meeting.id)
