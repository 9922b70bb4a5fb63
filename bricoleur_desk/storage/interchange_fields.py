"""The plain keys of each entity in the JSON interchange, read and written from its description.

Every ``Field`` of ``entities.py`` with a JSON key is one key of the entity's JSON object, in the
description's order: checked by its value kind (or the field's own ``json_read``), optional with
the domain class's default (required when the class has none), and left out when None on
writing. Nested values, parts and references that need checks across objects are read and
written by hand in ``interchange_read`` and ``interchange_write``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import cache
from typing import Any

from .entities import CLASS_DEFAULT, ENTITIES, Field, Value
from .interchange_values import (
    JsonObject,
    Read,
    enum_of,
    read_bool,
    read_color,
    read_date,
    read_datetime,
    read_float,
    read_id,
    read_int,
    read_str,
)

_READ: dict[Value, Read[Any]] = {
    Value.ID: read_id,
    Value.TEXT: read_str,
    Value.COLOR: read_color,
    Value.MEDIA_TYPE: read_str,
    Value.INTEGER: read_int,
    Value.REAL: read_float,
    Value.BOOLEAN: read_bool,
    Value.DATE: read_date,
    Value.DATETIME: read_datetime,
}

# (key, domain attribute, check, default maker or None when required), per kind
_Key = tuple[str, str, Read[Any], Callable[[], Any] | None]


def read_fields(kind: str, obj: JsonObject) -> dict[str, Any]:
    """The entity's plain values from its JSON object, by domain attribute; raises InterchangeError."""
    values: dict[str, Any] = {}
    for key, attr, read, default in _keys(kind):
        values[attr] = obj.required(key, read) if default is None else obj.optional(key, read, default())
    return values


def write_fields(kind: str, item: Any) -> dict[str, Any]:
    """The entity's plain values as JSON, by key, in the description's order; None is left out."""
    result: dict[str, Any] = {}
    for key, attr, to_json in _writers(kind):
        value = getattr(item, attr)
        if value is not None:
            result[key] = to_json(value)
    return result


def json_keys(kind: str) -> list[tuple[str, bool]]:
    """(key, required) for each plain key of the entity's JSON object."""
    return [(key, default is None) for key, _, _, default in _keys(kind)]


def _json_fields(kind: str) -> list[Field]:
    return [f for f in ENTITIES[kind].fields if f.json_key is not None]


@cache
def _keys(kind: str) -> list[_Key]:
    defaults = {f.name: f for f in dataclasses.fields(ENTITIES[kind].cls)}
    keys: list[_Key] = []
    for field in _json_fields(kind):
        assert field.json_key is not None and "." not in field.path, field
        keys.append((field.json_key, field.path, _check(field), _default(field, defaults[field.path])))
    return keys


def _check(field: Field) -> Read[Any]:
    if field.json_read is not None:
        return field.json_read
    if field.value is Value.CHOICE:
        assert field.choices is not None, field
        return enum_of(field.choices)
    return _READ[field.value]


def _default(field: Field, declared: dataclasses.Field[Any]) -> Callable[[], Any] | None:
    if field.json_default is not CLASS_DEFAULT:
        return lambda: field.json_default
    if declared.default_factory is not dataclasses.MISSING:
        return declared.default_factory
    if declared.default is not dataclasses.MISSING:
        return lambda: declared.default
    return None


def _same(value: Any) -> Any:
    return value


def _iso(value: Any) -> str:
    return str(value.isoformat())


_TO_JSON: dict[Value, Callable[[Any], Any]] = {
    Value.REAL: float,
    Value.DATE: _iso,
    Value.DATETIME: _iso,
    Value.CHOICE: lambda member: member.value,
}


def _to_json(field: Field) -> Callable[[Any], Any]:
    if field.value is Value.NESTED:
        assert field.encode is not None, field
        return field.encode  # a fresh copy in JSON's own types
    return _TO_JSON.get(field.value, _same)


@cache
def _writers(kind: str) -> list[tuple[str, str, Callable[[Any], Any]]]:
    return [(str(f.json_key), f.path, _to_json(f)) for f in _json_fields(kind)]
