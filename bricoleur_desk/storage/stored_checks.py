"""What a row of a dossier file may hold, derived from the value kinds in ``entities.py``.

A file from someone else may hold anything in any column (SQLite keeps a blob in a text column
and text in a date column). The reader checks every value before it becomes a domain object,
with the same checks as the JSON import (ranges, colours, enums, nested shapes), so that a
crafted row is refused naming its table, id and column, instead of failing later in the report,
the export or the window.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

from . import stored_values as sv
from .entities import ENTITIES, Entity, Field, Value
from .errors import Message
from .interchange_errors import InterchangeError
from .interchange_values import (
    JsonObject,
    list_of,
    read_date,
    read_datetime,
    read_float,
    read_int,
    read_str,
)

Check = Callable[[Any], None]


class BadValue(ValueError):
    """A stored value no version of the app writes; ``message`` says what is wrong with it."""

    def __init__(self, problem: str | Message, /, **values: Any) -> None:
        self.message = problem if isinstance(problem, Message) else Message(problem, **values)
        super().__init__(str(self.message))


def _kind_of(value: Any) -> Message | str:
    if isinstance(value, bytes | memoryview):
        return Message("binary data")
    if type(value) in (int, float):
        return Message("a number")
    return Message("text") if type(value) is str else type(value).__name__


def _expect(ok: bool, what: str, value: Any) -> None:
    if not ok:
        raise BadValue("expected {what}, got {kind}", what=Message(what), kind=_kind_of(value))


def _text(value: Any) -> None:
    _expect(isinstance(value, str), "text", value)


def _integer(value: Any) -> None:
    _expect(type(value) is int, "a whole number", value)


def _boolean(value: Any) -> None:
    _expect(value in (0, 1) and type(value) in (int, bool), "0 or 1", value)


def _bytes(value: Any) -> None:
    _expect(isinstance(value, bytes | memoryview), "binary data", value)


def _points(value: Any) -> None:
    _bytes(value)
    if len(value) % 4:  # a stray value after the last whole point is tolerated (stroke_bounds)
        raise BadValue("expected float32 values of 4 bytes each, got {size} bytes", size=len(value))
    # a NaN or an infinity anywhere makes the sum one: checked at C speed, not point by point
    if not math.isfinite(sum(sv.unpack_points(bytes(value)))):
        raise BadValue("expected finite points, got NaN or infinity")


def _json_checked(read: Callable[[Any, str], Any]) -> Check:
    """A check on the parsed value with a JSON reader; its problem names the path inside the value."""

    def check(value: Any) -> None:
        if isinstance(value, str | bytes):  # another DB-API driver may hand over parsed JSON
            try:
                value = json.loads(value, parse_constant=_no_constant)
            except (ValueError, RecursionError):
                raise BadValue("expected JSON text") from None
        try:
            read(value, "")
        except InterchangeError as e:
            raise BadValue(e.message) from None

    return check


def _no_constant(name: str) -> None:
    raise ValueError(name)


def _ignore(_: str) -> None:
    pass


def _frame(value: Any, path: str) -> None:
    obj = JsonObject(value, path, _ignore)
    obj.required("open", list_of(read_str))
    obj.required("fixed", list_of(read_str))


def _agenda(value: Any, path: str) -> None:
    def block(item: Any, at: str) -> None:
        obj = JsonObject(item, at, _ignore)
        obj.required("title", read_str)
        obj.required("minutes", read_int)

    list_of(block)(value, path)


def _attendance(value: Any, path: str) -> None:
    obj = JsonObject(value, path, _ignore)
    obj.required("count", read_int)
    groups = obj.required("by_group", lambda v, at: JsonObject(v, at, _ignore))
    for group, count in groups.data.items():
        read_int(count, groups.at(group))


def _evaluation(value: Any, path: str) -> None:
    obj = JsonObject(value, path, _ignore)
    obj.required("remarks", list_of(read_str))
    scores = obj.required("scores", lambda v, at: JsonObject(v, at, _ignore))
    for key, count in scores.data.items():
        if key not in {"1", "2", "3", "4", "5"}:
            raise InterchangeError("expected a score from 1 to 5 as the key", scores.at(key))
        read_int(count, scores.at(key))


def _updates(value: Any, path: str) -> None:
    def update(item: Any, at: str) -> None:
        obj = JsonObject(item, at, _ignore)
        obj.required("at", read_datetime)
        obj.required("text", read_str)

    list_of(update)(value, path)


# the decoder of each nested field -> the check of the JSON it reads (every one must have one)
_NESTED: dict[Callable[[Any], Any], Callable[[Any, str], None]] = {
    sv.texts: list_of(read_str),
    sv.frame_from: _frame,
    sv.agenda_from: _agenda,
    sv.attendance_from: _attendance,
    sv.evaluation_from: _evaluation,
    sv.updates_from: _updates,
}


def _choice(field: Field) -> Check:
    assert field.choices is not None, field
    allowed = {member.value for member in field.choices}

    def check(value: Any) -> None:
        if value not in allowed:
            shown = repr(value) if isinstance(value, str) and len(value) <= 40 else _kind_of(value)
            raise BadValue(
                "expected one of {allowed}, got {value}", allowed=", ".join(sorted(allowed)), value=shown
            )

    return check


def _text_then(read: Callable[[Any, str], Any]) -> Check:
    def check(value: Any) -> None:
        _text(value)
        try:
            read(value, "")
        except InterchangeError as e:
            raise BadValue(e.message) from None

    return check


def _real(field: Field) -> Check:
    read = field.json_read or read_float

    def check(value: Any) -> None:
        _expect(type(value) in (int, float), "a number", value)
        try:
            read(float(value), "")
        except (InterchangeError, OverflowError) as e:
            raise BadValue(
                e.message if isinstance(e, InterchangeError) else "expected a finite number"
            ) from None

    return check


def field_check(field: Field) -> Check:
    """What a stored value of ``field`` must be (a null is checked by the caller)."""
    kind = field.value
    if kind in (Value.ID, Value.TEXT, Value.COLOR, Value.MEDIA_TYPE):
        return _text
    if kind is Value.INTEGER:
        return _integer
    if kind is Value.REAL:
        return _real(field)
    if kind is Value.BOOLEAN:
        return _boolean
    if kind is Value.DATE:
        return _text_then(read_date)
    if kind is Value.DATETIME:
        return _text_then(read_datetime)
    if kind is Value.CHOICE:
        return _choice(field)
    if kind is Value.NESTED:
        assert field.decode is not None, field
        return _json_checked(_NESTED[field.decode])
    if kind is Value.BYTES:
        return _points if field.decode is sv.unpack_points else _bytes
    raise AssertionError(field)


def _checks(entity: Entity) -> list[tuple[int, str, bool, Check]]:
    """(index in a row, column, nullable, check) for every column the reader reads."""
    head: list[tuple[int, str, bool, Check]] = [(0, "id", False, _text)]
    if entity.parent_column is not None:
        head += [(1, entity.parent_column, False, _text), (2, "position", False, _integer)]
    first = len(head)
    return head + [
        (i, f.column, f.nullable, field_check(f)) for i, f in enumerate(entity.fields, start=first)
    ]


# table -> the checks of its columns, in the reader's column order
CHECKS: dict[str, list[tuple[int, str, bool, Check]]] = {e.table: _checks(e) for e in ENTITIES.values()}


def check_row(table: str, values: Any) -> None:
    """Raise BadValue naming the first column of the row that holds what no app version writes."""
    for index, column, nullable, check in CHECKS[table]:
        value = values[index]
        if value is None:
            if not nullable:
                raise BadValue("column {column}: empty", column=column)
            continue
        try:
            check(value)
        except BadValue as e:
            raise BadValue("column {column}: {problem}", column=column, problem=e.message) from None
