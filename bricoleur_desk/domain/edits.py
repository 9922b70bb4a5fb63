"""Edits are data: each applies to a document and returns its inverse plus what it touched.

Four generic edits cover every change the app makes (insert, remove, change fields, move
within a list) and ``Batch`` groups several into one undo step. Values handed to ``Change``
replace the old ones; nested values (a frame, an agenda) are replaced, never mutated in place,
so the inverse can restore them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Protocol

from .document import KIND_NAMED, KINDS, Changed, DossierDocument, Kind


class Edit(Protocol):
    @property
    def label(self) -> str:
        """What the undo menu calls this edit."""
        ...

    def apply(self, doc: DossierDocument) -> tuple[Edit, list[Changed]]:
        """Apply to ``doc``; return the edit that undoes it and the objects it touched."""
        ...


@dataclass(frozen=True)
class Insert:
    kind: Kind | str  # a plain name is read as its Kind
    parent_id: str | None  # None: directly in the dossier
    obj: Any
    index: int | None = None  # None: append
    label: str = "Add"

    def apply(self, doc: DossierDocument) -> tuple[Edit, list[Changed]]:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}")
        items = doc.siblings(self.kind, self.parent_id)
        index = len(items) if self.index is None else max(0, min(self.index, len(items)))
        items.insert(index, self.obj)
        changed = doc.register(self.kind, self.obj, self.parent_id)
        changed += _positions(self.kind, self.parent_id, items, index + 1)
        return Remove(self.kind, self.obj.id, label=self.label), changed


@dataclass(frozen=True)
class Remove:
    kind: Kind | str  # a plain name is read as its Kind
    id: str
    label: str = "Delete"

    def apply(self, doc: DossierDocument) -> tuple[Edit, list[Changed]]:
        located = doc.find(self.id)
        items = doc.siblings(self.kind, located.parent_id)
        index = _index_of(items, located.obj)
        del items[index]
        changed = doc.unregister(self.kind, located.obj, located.parent_id)
        changed += _positions(self.kind, located.parent_id, items, index)
        return Insert(self.kind, located.parent_id, located.obj, index, label=self.label), changed


@dataclass(frozen=True)
class Change:
    """Set fields of one object. Edits with the same ``merge_key`` merge into one undo step."""

    id: str
    values: tuple[tuple[str, Any], ...]
    label: str = "Change"
    merge_key: str | None = None

    @classmethod
    def of(cls, obj_id: str, label: str = "Change", merge_key: str | None = None, **values: Any) -> Change:
        return cls(obj_id, tuple(values.items()), label, merge_key)

    def apply(self, doc: DossierDocument) -> tuple[Edit, list[Changed]]:
        located = doc.find(self.id)
        obj = located.obj
        names = {f.name for f in fields(obj)}
        old = []
        for name, value in self.values:
            if name not in names or name == "id":
                raise ValueError(f"{located.kind} has no field {name!r} to change")
            old.append((name, getattr(obj, name)))
            setattr(obj, name, value)
        inverse = Change(self.id, tuple(old), self.label, self.merge_key)
        return inverse, [Changed(located.kind, self.id, located.parent_id)]


@dataclass(frozen=True)
class Move:
    """Move an object to another place in its list (reorder themes, sheets ...)."""

    kind: Kind | str  # a plain name is read as its Kind
    id: str
    index: int
    label: str = "Move"

    def apply(self, doc: DossierDocument) -> tuple[Edit, list[Changed]]:
        located = doc.find(self.id)
        items = doc.siblings(self.kind, located.parent_id)
        old = _index_of(items, located.obj)
        obj = items.pop(old)
        new = max(0, min(self.index, len(items)))
        items.insert(new, obj)
        changed = _positions(self.kind, located.parent_id, items, min(old, new))
        return Move(self.kind, self.id, old, label=self.label), changed


@dataclass(frozen=True)
class Batch:
    """Several edits as one undo step (merging notes, moving a selection ...)."""

    edits: tuple[Edit, ...]
    label: str = "Edit"

    def apply(self, doc: DossierDocument) -> tuple[Edit, list[Changed]]:
        inverses: list[Edit] = []
        changed: list[Changed] = []
        for edit in self.edits:
            inverse, touched = edit.apply(doc)
            inverses.append(inverse)
            changed.extend(touched)
        return Batch(tuple(reversed(inverses)), self.label), changed


def merged(earlier_inverse: Edit, later: Edit, later_inverse: Edit) -> Edit | None:
    """The inverse of 'earlier then later' when the two merge (a drag, typing), else None."""
    if (
        isinstance(later, Change)
        and isinstance(earlier_inverse, Change)
        and later.merge_key is not None
        and later.merge_key == earlier_inverse.merge_key
        and later.id == earlier_inverse.id
    ):
        # the earlier inverse restores the older values; it keeps them for every field it
        # touched and the later inverse adds fields the earlier edit did not touch
        assert isinstance(later_inverse, Change)
        restored = dict(later_inverse.values)
        restored.update(dict(earlier_inverse.values))
        return Change(later.id, tuple(restored.items()), earlier_inverse.label, later.merge_key)
    return None


def _index_of(items: list[Any], obj: Any) -> int:
    """Where ``obj`` is in its list, searching from the end: most edits touch the newest objects
    (undoing the note just typed, erasing the last stroke), and a dossier holds thousands."""
    for i in range(len(items) - 1, -1, -1):
        if items[i] is obj:
            return i
    raise KeyError(getattr(obj, "id", obj))


def _positions(kind: Kind | str, parent_id: str | None, items: list[Any], start: int) -> list[Changed]:
    # objects after an insert or removal point changed position: the store rewrites it
    if start >= len(items):
        return []
    kind = KIND_NAMED[kind]
    return [Changed(kind, o.id, parent_id) for o in items[start:]]
