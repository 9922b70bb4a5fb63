"""The store's record of what the file holds: positions stay ordered, signatures never alias."""

from __future__ import annotations

import dataclasses

from bricoleur_desk.domain import model
from bricoleur_desk.storage.file_state import _FLAT, Stored, plan_positions

KIND_CLASSES = {"person": model.Person, "theme": model.Theme, "note": model.Note}
KIND_CLASSES |= {"sticky": model.Sticky, "label": model.Label, "pin": model.Pin}


def test_flat_kinds_hold_only_immutable_values() -> None:
    # their signature keeps references, not copies: a list or array field would be missed
    # when changed in place, so a new mutable field must move its kind out of _FLAT
    assert set(KIND_CLASSES) == _FLAT
    for cls in KIND_CLASSES.values():
        for field in dataclasses.fields(cls):
            assert not any(word in str(field.type) for word in ("list", "dict", "set", "array")), field


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
