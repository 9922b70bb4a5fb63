"""The store's record of what the file holds: positions stay ordered, signatures never alias."""

from __future__ import annotations

import dataclasses

from bricoleur_desk.storage.entities import ENTITIES, Value
from bricoleur_desk.storage.file_state import Stored, plan_positions, signature

from .conftest import rich_dossier


def test_every_mutable_field_is_signed_by_a_copy() -> None:
    # a signature keeps references to immutable values: a list or dict field would be missed
    # when changed in place unless it is stored as a nested value, which signs a fresh copy
    for entity in ENTITIES.values():
        types = {f.name: str(f.type) for f in dataclasses.fields(entity.cls)}
        for field in entity.fields:
            declared = types.get(field.path, "part")
            if any(word in declared for word in ("list", "dict", "set", "Frame", "Attendance", "Evaluation")):
                assert field.value is Value.NESTED and field.encode is not None, (entity.kind, field)


def test_a_nested_value_changed_in_place_changes_the_signature() -> None:
    dossier = rich_dossier()
    meeting, promise = dossier.meetings[0], dossier.promises[0]
    signed = signature("meeting", meeting, dossier.id), signature("promise", promise, dossier.id)
    meeting.frame.open.append("het parkeren")
    meeting.evaluation.scores[5] += 1
    promise.note_ids.append("n3")
    assert signature("meeting", meeting, dossier.id) != signed[0]
    assert signature("promise", promise, dossier.id) != signed[1]
    meeting.frame.open.pop()
    meeting.evaluation.scores[5] -= 1
    assert signature("meeting", meeting, dossier.id) == signed[0]


class Item:
    def __init__(self, name: str) -> None:
        self.id = name


def _plan(items: list[Item], changed: list[Item], known: dict[str, int]) -> dict[str, int]:
    stored = {k: Stored(p, ()) for k, p in known.items()}
    return {obj.id: p for obj, p in plan_positions(items, changed, stored)}


def test_positions_keep_order_with_the_fewest_changes() -> None:
    a, b, c, d, new = (Item(x) for x in "abcdn")
    known = {"a": 0, "b": 1, "c": 2, "d": 3}
    assert _plan([new, a, b, c, d], [new, a, b, c, d], known) == {"n": -1, "a": 0, "b": 1, "c": 2, "d": 3}
    assert _plan([a, b, c, d, new], [new], known) == {"n": 4}
    assert _plan([a, c, d], [c, d], known) == {"c": 2, "d": 3}  # b removed: a gap, nothing moves
    assert _plan([d, a, b, c], [d, a, b, c], known) == {"d": -1, "a": 0, "b": 1, "c": 2}
    assert _plan([a, c, b, d], [c, b, d], known) == {"c": 1, "b": 2, "d": 3}
    # inserted where there is no gap: later siblings shift until the order holds
    plan = _plan([a, new, b, c, d], [new, b, c, d], known)
    assert plan == {"n": 1, "b": 2, "c": 3, "d": 4}
    # a sibling the store never wrote (a failed commit) is written again
    assert _plan([a, b, c], [c], {"a": 0, "c": 2}) == {"b": 1, "c": 2}
