"""Which promises an evening carries: one rule for the Discuss panel, the report and its checks."""

from __future__ import annotations

from .model import Dossier, Meeting, Promise, PromiseStatus


def carried_promises(dossier: Dossier, meeting: Meeting) -> list[Promise]:
    """This evening's promises, then the still open ones from earlier evenings, each as made.

    Residents remember what was promised last time: the facilitator sees it during the evening
    and the follow-up report repeats it, in the same order.
    """
    earlier = {m.id for m in dossier.meetings if m.starts_at < meeting.starts_at}
    own = [p for p in dossier.promises if p.meeting_id == meeting.id]
    still_open = [p for p in dossier.promises if p.meeting_id in earlier and p.status == PromiseStatus.OPEN]
    return own + still_open
