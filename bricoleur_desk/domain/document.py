"""Finding any object of a dossier by kind and id, and where it sits.

Every entity lives in exactly one list of its parent. ``KINDS`` names those lists, so that
generic edits (insert, remove, change, move) work on notes, themes, strokes and pins alike.
What an edit touched is reported as :class:`Changed`, typed by :class:`Kind`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .model import Canvas, Dossier, Meeting, Sheet


class Kind(StrEnum):
    """What sort of object changed. A str too, so the store's tables and files keep their names."""

    DOSSIER = "dossier"
    PERSON = "person"
    STAKEHOLDER = "stakeholder"
    COLLEAGUE = "colleague"
    PLANNED_WORK = "planned_work"
    PROMISE = "promise"
    MEETING = "meeting"
    THEME = "theme"
    NOTE = "note"
    CANVAS = "canvas"
    SHEET = "sheet"
    STROKE = "stroke"
    STICKY = "sticky"
    LABEL = "label"
    PIN = "pin"


# a Kind by its name; also finds a Kind itself (same hash, equal), cheaper than calling Kind()
KIND_NAMED: dict[str, Kind] = {kind.value: kind for kind in Kind}

# kind -> (parent kind, name of the list attribute on the parent)
KINDS: dict[Kind, tuple[Kind, str]] = {
    Kind.PERSON: (Kind.DOSSIER, "people"),
    Kind.STAKEHOLDER: (Kind.DOSSIER, "stakeholders"),
    Kind.COLLEAGUE: (Kind.DOSSIER, "colleagues"),
    Kind.PLANNED_WORK: (Kind.DOSSIER, "planned_works"),
    Kind.PROMISE: (Kind.DOSSIER, "promises"),
    Kind.MEETING: (Kind.DOSSIER, "meetings"),
    Kind.THEME: (Kind.MEETING, "themes"),
    Kind.NOTE: (Kind.MEETING, "notes"),
    Kind.CANVAS: (Kind.MEETING, "canvases"),
    Kind.SHEET: (Kind.CANVAS, "sheets"),
    Kind.STROKE: (Kind.SHEET, "strokes"),
    Kind.STICKY: (Kind.SHEET, "stickies"),
    Kind.LABEL: (Kind.SHEET, "labels"),
    Kind.PIN: (Kind.SHEET, "pins"),
}

CHILD_KINDS: dict[Kind, tuple[Kind, ...]] = {}
for _kind, (_parent, _attr) in KINDS.items():
    CHILD_KINDS.setdefault(_parent, ())
    CHILD_KINDS[_parent] = CHILD_KINDS[_parent] + (_kind,)


@dataclass(frozen=True)
class Changed:
    """One object that an edit touched: what a store writes and a view refreshes."""

    kind: Kind
    id: str
    parent_id: str | None
    deleted: bool = False


@dataclass
class Located:
    kind: Kind
    obj: Any
    parent_id: str | None


class DossierDocument:
    """A dossier plus an index from id to object, kept current by the edits."""

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier
        self._index: dict[str, Located] = {}
        for kind, obj, parent_id in walk(dossier):
            self._index[obj.id] = Located(kind, obj, parent_id)

    def find(self, object_id: str) -> Located:
        if object_id == self.dossier.id:
            return Located(Kind.DOSSIER, self.dossier, None)
        return self._index[object_id]

    def get(self, object_id: str) -> Any:
        return self.find(object_id).obj

    def parent_of(self, object_id: str) -> Any:
        parent_id = self.find(object_id).parent_id
        return self.dossier if parent_id is None else self.get(parent_id)

    def siblings(self, kind: Kind | str, parent_id: str | None) -> list[Any]:
        parent = self.dossier if parent_id is None else self.get(parent_id)
        return getattr(parent, KINDS[KIND_NAMED[kind]][1])

    def meeting_of(self, object_id: str) -> Meeting:
        """The meeting an object belongs to (a note, a stroke, a pin ...)."""
        located = self.find(object_id)
        while located.kind != Kind.MEETING:
            if located.parent_id is None:
                raise KeyError(f"{object_id} is not inside a meeting")
            located = self.find(located.parent_id)
        return located.obj

    def register(self, kind: Kind | str, obj: Any, parent_id: str | None) -> list[Changed]:
        kind = KIND_NAMED[kind]
        self._index[obj.id] = Located(kind, obj, parent_id)
        changed = [Changed(kind, obj.id, parent_id)]
        for child_kind, child, child_parent in _walk_children(kind, obj):
            self._index[child.id] = Located(child_kind, child, child_parent)
            changed.append(Changed(child_kind, child.id, child_parent))
        return changed

    def unregister(self, kind: Kind | str, obj: Any, parent_id: str | None) -> list[Changed]:
        kind = KIND_NAMED[kind]
        changed = [Changed(kind, obj.id, parent_id, deleted=True)]
        for child_kind, child, child_parent in _walk_children(kind, obj):
            self._index.pop(child.id, None)
            changed.append(Changed(child_kind, child.id, child_parent, deleted=True))
        self._index.pop(obj.id, None)
        return changed

    def __contains__(self, object_id: str) -> bool:
        return object_id in self._index or object_id == self.dossier.id


def walk(dossier: Dossier) -> Iterator[tuple[Kind, Any, str | None]]:
    """Every entity of the dossier with its kind and its parent's id (None for the dossier)."""
    for kind in CHILD_KINDS[Kind.DOSSIER]:
        for obj in getattr(dossier, KINDS[kind][1]):
            yield kind, obj, None
            yield from _walk_children(kind, obj)


def _walk_children(kind: Kind, obj: Meeting | Canvas | Sheet | Any) -> Iterator[tuple[Kind, Any, str]]:
    for child_kind in CHILD_KINDS.get(kind, ()):
        for child in getattr(obj, KINDS[child_kind][1]):
            yield child_kind, child, obj.id
            yield from _walk_children(child_kind, child)
