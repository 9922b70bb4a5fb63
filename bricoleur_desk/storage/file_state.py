"""What this process knows the file holds: each row's position and a signature of its content.

The domain reports every sibling after an insert, removal or move as changed (their index
moved). Rewriting them all made erasing the first of 50,000 strokes take seconds. With this
record the store writes only what really differs: a sibling whose content is unchanged gets at
most a position update, and positions are an increasing order key per parent (the index when
first written, with gaps after removals) so a removal renumbers nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from . import rows
from .entities import ENTITIES, Entity, Value


@dataclass(frozen=True, slots=True)
class Stored:
    position: int
    signature: tuple[Any, ...]


class FileState:
    """Row id -> what is stored for it; changed only after a commit succeeded."""

    def __init__(self) -> None:
        self.rows: dict[str, Stored] = {}
        self.deleted: set[str] = set()  # rows this process deleted (and recorded as deleted)

    def apply(self, updates: Mapping[str, Stored | None]) -> None:
        for object_id, stored in updates.items():
            if stored is None:
                if self.rows.pop(object_id, None) is not None:
                    self.deleted.add(object_id)
            else:
                self.rows[object_id] = stored
                self.deleted.discard(object_id)


Signature = Callable[[Any, str], tuple[Any, ...]]


def _signer(entity: Entity) -> Signature:
    get = rows.field_values(entity)
    # a nested value (a list, a frame ...) can change in place: its signature holds a fresh copy,
    # so that a later change to the domain object can never make the stored signature look
    # current. Everything else is an immutable value, or (a stroke's points) an array that edits
    # replace and never change in place (domain/edits.py): kept as it is, compared for nothing
    # while it is the very same object, by value once an edit gave a new one.
    copies = [(i, f.encode) for i, f in enumerate(entity.fields) if f.value is Value.NESTED and f.encode]
    if not copies:
        return lambda obj, parent_id: (parent_id, *get(obj))

    def sign(obj: Any, parent_id: str) -> tuple[Any, ...]:
        values = list(get(obj))
        for i, copy in copies:
            values[i] = copy(values[i])  # type: ignore[misc]
        return (parent_id, *values)

    return sign


_SIGNERS: dict[str, Signature] = {kind: _signer(e) for kind, e in ENTITIES.items() if e.parent is not None}


def signer(kind: str) -> Signature:
    """The function (obj, parent id) -> signature for one kind."""
    return _SIGNERS[kind]


def signature(kind: str, obj: Any, parent_id: str) -> tuple[Any, ...]:
    """Everything stored for ``obj`` except its position (and its children), to compare with what was stored."""
    return _SIGNERS[kind](obj, parent_id)


def plan_positions(
    items: list[Any], changed: list[Any], known: Mapping[str, Stored]
) -> list[tuple[Any, int]]:
    """(object, position) for every changed object and every sibling whose position must change.

    Stored positions must increase along ``items``. A position that still fits is kept; a new
    one goes into the gap between its neighbours when there is one, else the next siblings
    are renumbered until the order holds again.
    """
    if len(changed) == 1:
        quick = _plan_one(items, changed[0], known)
        if quick is not None:
            return [(changed[0], quick)]
    stored_positions = [known.get(o.id) for o in items]
    if None not in stored_positions and _increasing([s.position for s in stored_positions]):  # type: ignore[union-attr]
        # the common case after a removal: every position still fits, only content may differ
        return [(o, known[o.id].position) for o in changed]
    changed_ids = {id(o) for o in changed}
    plan: list[tuple[Any, int]] = []
    previous: int | None = None
    for i, obj in enumerate(items):
        stored = known.get(obj.id)
        mine = id(obj) in changed_ids or stored is None
        if stored is not None and (previous is None or stored.position > previous):
            following = None if not mine else _next_position(items, i, known)
            if following is None or stored.position < following:
                previous = stored.position
                if mine:
                    plan.append((obj, previous))
                continue
        previous = _between(previous, _next_position(items, i, known))
        plan.append((obj, previous))
    return plan


def _increasing(positions: list[int]) -> bool:
    return all(a < b for a, b in zip(positions, positions[1:]))  # noqa: B905 (lengths differ by one)


def _plan_one(items: list[Any], obj: Any, known: Mapping[str, Stored]) -> int | None:
    # one object (typing, a new note or stroke at the end): look at its neighbours only
    index = _index_from_end(items, obj)
    before = after = None
    if index > 0:
        neighbour = known.get(items[index - 1].id)
        if neighbour is None:
            return None
        before = neighbour.position
    if index + 1 < len(items):
        neighbour = known.get(items[index + 1].id)
        if neighbour is None:
            return None
        after = neighbour.position
    stored = known.get(obj.id)
    if stored is not None and _fits(stored.position, before, after):
        return stored.position
    candidate = _between(before, after)
    return candidate if _fits(candidate, before, after) else None


def _fits(position: int, before: int | None, after: int | None) -> bool:
    return (before is None or position > before) and (after is None or position < after)


def _between(before: int | None, after: int | None) -> int:
    if before is None:
        return 0 if after is None else after - 1
    return before + 1


def _next_position(items: list[Any], index: int, known: Mapping[str, Stored]) -> int | None:
    if index + 1 >= len(items):
        return None
    stored = known.get(items[index + 1].id)
    return None if stored is None else stored.position


def _index_from_end(items: list[Any], obj: Any) -> int:
    # identity, not ==: two equal notes are still two notes; new objects are usually last
    for i in range(len(items) - 1, -1, -1):
        if items[i] is obj:
            return i
    raise LookupError(f"{obj.id} is not in its parent's list")
