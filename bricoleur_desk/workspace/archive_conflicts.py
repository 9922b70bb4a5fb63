"""The team archive's conflicts as the window shows them: both sides in words, and the choice.

The one place between the interface and ``archive.conflicts`` (the merge of two laptops' work
keeps both versions of an entity changed on both sides until someone chooses). Each side is
turned into plain lines here, so the window shows text and never a dict.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from .team_archive import TeamArchive

Keep = Literal["archive", "pushed"]
# fields a person reads; ids, versions and positions say nothing to them
_HIDDEN = {"id", "dossier_id", "version", "position", "meeting_id", "theme_id", "sheet_id", "points"}


Field = tuple[str, str, bool]  # (field name, value in words, differs from the other side)


@dataclass(frozen=True)
class ConflictRow:
    """One conflict, ready to show: which entity, who pushed, and each side's fields."""

    id: str
    dossier_id: str
    kind: str  # "note", "promise" ...: the window names it in its language
    what: str  # "note 12 (text, status)", the archive's own words
    pushed_by: str
    at: datetime
    archive_side: tuple[Field, ...]  # () when the entity was deleted on that side
    pushed_side: tuple[Field, ...]
    archive_deleted: bool
    pushed_deleted: bool


def side_fields(side: Mapping[str, Any] | None, other: Mapping[str, Any] | None) -> tuple[Field, ...]:
    """The fields a person reads, those that differ from the other side first; () for a deleted side."""
    if side is None:
        return ()
    fields = []
    for key, value in side.items():
        if key in _HIDDEN or value is None or value == "":
            continue
        differs = other is None or other.get(key) != value
        fields.append((key, " ".join(str(value).split()), differs))
    return tuple(sorted(fields, key=lambda f: not f[2]))  # stable: the row's own order within each


def list_conflicts(team: TeamArchive, dossier_id: str | None = None) -> list[ConflictRow]:
    """The conflicts still to resolve, of one dossier or of every dossier."""
    from ..archive import conflicts

    found = conflicts.list_conflicts(team.archive, dossier_id)
    return [
        ConflictRow(
            c.id,
            c.dossier_id,
            c.kind,
            c.what,
            c.pushed_by,
            c.at,
            side_fields(c.archive_side, c.pushed_side),
            side_fields(c.pushed_side, c.archive_side),
            c.archive_side is None,
            c.pushed_side is None,
        )
        for c in found
    ]


def resolve(team: TeamArchive, conflict_id: str, keep: Keep) -> None:
    """Keep the archive's version or the pushed one; the other is dropped from the conflict."""
    from ..archive import conflicts

    conflicts.resolve(team.archive, conflict_id, keep)


def push_outcome(pushed: Any) -> tuple[int, int, list[tuple[int, int]]]:
    """What a push merged: changes taken in from colleagues, conflicts left, notes renumbered (old, new).

    A push before merging existed (or one that merged nothing) says 0, 0, [].
    """
    return (
        int(getattr(pushed, "merged", 0)),
        int(getattr(pushed, "conflicts", 0)),
        list(getattr(pushed, "renumbered", [])),
    )
