"""Which meeting a command works on when the user names one, or none: one rule for all commands."""

from __future__ import annotations

from .model import Dossier, Meeting


class NoSuchMeeting(LookupError):
    """The dossier has no meeting with ``meeting_id`` (or, when it is None, no meeting at all)."""

    def __init__(self, dossier: Dossier, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.known = [m.id for m in dossier.meetings]
        what = f"no meeting with id {meeting_id!r}" if meeting_id is not None else "no meetings"
        super().__init__(f"dossier {dossier.title!r} has {what}")


def meeting_to_work_on(dossier: Dossier, meeting_id: str | None) -> Meeting:
    """The meeting with ``meeting_id``, or without one the latest (the one that starts last)."""
    if meeting_id is None:
        latest = dossier.latest_meeting()
        if latest is None:
            raise NoSuchMeeting(dossier, None)
        return latest
    try:
        return dossier.meeting(meeting_id)
    except KeyError:
        raise NoSuchMeeting(dossier, meeting_id) from None
