"""Who came, against who was expected: the groups the next evening must reach."""

from __future__ import annotations

from .model import Meeting


def group_key(group: str) -> str:
    """A group's name compared without case and spacing ("School" and " school")."""
    return " ".join(group.split()).casefold()


def expected_but_absent(meeting: Meeting) -> list[str] | None:
    """The expected groups nobody came from; None when attendance was not counted by group."""
    if not meeting.attendance.by_group:
        return None
    came = {group_key(g) for g, n in meeting.attendance.by_group.items() if n > 0}
    return [g for g in meeting.expected_groups if group_key(g) not in came]
