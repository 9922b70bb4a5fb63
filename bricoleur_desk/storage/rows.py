"""Domain objects to table rows and back, derived from the descriptions in ``entities``.

A row is a plain dict keyed by column name; ``position`` is the object's order key in its
parent's list and the parent id is the parent's, so the same mapper serves a full save and one
edit. Reading builds objects from a row's field values (already decoded) in ``Entity.fields``
order; ``reader.py`` does the decoding.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from operator import attrgetter, itemgetter
from typing import Any

from ..domain.model import Dossier
from .entities import ENTITIES, Entity
from .stored_values import pack_points, stroke_bounds, unpack_points

__all__ = ["OBJECT_OF", "ROW_OF", "Row", "dossier_row", "pack_points", "stroke_bounds", "unpack_points"]

Row = dict[str, Any]
RowOf = Callable[[Any, str, int], Row]
ObjectOf = Callable[[str, Sequence[Any]], Any]


def field_values(entity: Entity) -> Callable[[Any], tuple[Any, ...]]:
    """The domain values of an entity's fields, in ``Entity.fields`` order."""
    get = attrgetter(*(f.path for f in entity.fields))
    if len(entity.fields) == 1:
        return lambda obj: (get(obj),)
    return get  # type: ignore[return-value]


def stored_values(entity: Entity) -> Callable[[Any], tuple[Any, ...] | list[Any]]:
    """What the row holds for each field: the domain values, nested ones as fresh copies."""
    get = field_values(entity)
    encoders = [(i, f.encode) for i, f in enumerate(entity.fields) if f.encode is not None]
    if not encoders:
        return get

    def values(obj: Any) -> list[Any]:
        result = list(get(obj))
        for i, encode in encoders:
            result[i] = encode(result[i])
        return result

    return values


def _row_of(entity: Entity) -> RowOf:
    names = [f.column for f in entity.fields]
    values = stored_values(entity)
    parent = entity.parent_column
    derived = [f.column for f in entity.derived]
    derive = entity.derive

    def row_of(obj: Any, parent_id: str, position: int) -> Row:
        row: Row = {"id": obj.id, **dict(zip(names, values(obj), strict=True))}
        if parent is not None:
            row[parent] = parent_id
            row["position"] = position
        if derive is not None:
            row.update(zip(derived, derive(obj), strict=True))
        return row

    return row_of


def _object_of(entity: Entity) -> ObjectOf:
    """A function (id, decoded field values) -> domain object."""
    cls = entity.cls
    paths = [f.path for f in entity.fields]
    if entity.parts:
        return _object_with_parts(entity)
    constructor = [f.name for f in dataclasses.fields(cls) if f.init]
    stored = constructor[1 : 1 + len(paths)]
    if constructor[0] == "id" and sorted(stored) == sorted(paths):
        # every constructor argument up to the last stored one is stored: positional, in C
        order = itemgetter(*(paths.index(name) for name in stored))
        return lambda object_id, values: cls(object_id, *order(values))

    def by_name(object_id: str, values: Sequence[Any]) -> Any:
        return cls(id=object_id, **dict(zip(paths, values, strict=True)))

    return by_name


def _object_with_parts(entity: Entity) -> ObjectOf:
    cls = entity.cls
    parts = dict(entity.parts)
    paths = [f.path.split(".", 1) for f in entity.fields]

    def make(object_id: str, values: Sequence[Any]) -> Any:
        own: dict[str, Any] = {"id": object_id}
        inside: dict[str, dict[str, Any]] = {name: {} for name in parts}
        for path, value in zip(paths, values, strict=True):
            if len(path) == 1:
                own[path[0]] = value
            else:
                inside[path[0]][path[1]] = value
        for name, part in parts.items():
            own[name] = part(**inside[name])
        return cls(**own)

    return make


# kind -> function(obj, parent_id, position) -> row, for every kind that sits in a list
ROW_OF: dict[str, RowOf] = {kind: _row_of(e) for kind, e in ENTITIES.items() if e.parent is not None}
# kind -> function(id, decoded field values) -> domain object
OBJECT_OF: dict[str, ObjectOf] = {kind: _object_of(e) for kind, e in ENTITIES.items()}
_DOSSIER_ROW = _row_of(ENTITIES["dossier"])


def dossier_row(d: Dossier) -> Row:
    return _DOSSIER_ROW(d, "", 0)
