"""Reading single JSON values for the interchange format: each check names the JSON path it failed at."""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from .errors import Message
from .interchange_errors import InterchangeError
from .stored_values import local_time

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)
Read = Callable[[Any, str], T]

# Counts, votes, minutes and numbers end up in SQLite and in Qt widgets that hold 32-bit ints.
MAX_INT = 2**31 - 1
# Positions and sizes on a canvas: far beyond any map, well within what a PDF can hold (a label
# at x = 1e30 made the report fail inside reportlab).
MAX_REAL = 1e9
# One text (a note, a summary, a name): a 50 MB string imported silently and then weighed on every
# save, search and report; a million characters is some 400 pages, far beyond any evening.
MAX_TEXT = 1_000_000
# An id is shown in messages and stored in every row that refers to it.
MAX_ID = 200
# A map background or a logo as base64 (images are checked again before decoding).
MAX_BASE64 = 64 * 1024 * 1024

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def key_path(path: str, key: str) -> str:
    """The JSON path of ``key`` inside the object at ``path`` (``meetings[0].title``)."""
    if len(key) > 60 or not _IDENTIFIER.fullmatch(key):
        return f"{path}[{_quote(key)}]"
    return f"{path}.{key}" if path else key


def index_path(path: str, index: int) -> str:
    return f"{path}[{index}]"


def _quote(text: str) -> str:
    # as JSON writes it: a key with a line break or a control character stays on one line; a
    # key of megabytes is cut (the message would be as long)
    return json.dumps(text if len(text) <= 60 else text[:57] + "...", ensure_ascii=False)


def shown(value: Any) -> str:
    """A short rendering of a bad value for an error message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def fail(path: str, message: str, **values: Any) -> InterchangeError:
    """The problem ``message`` (a message id, see ``domain/errors``) at the JSON ``path``."""
    return InterchangeError(message, path, **values)


def expected(path: str, what: str, value: Any) -> InterchangeError:
    # Exactly "expected a string": the wording the issue and the CLI's users see.
    return fail(path, "expected {what}", what=Message(what))


def read_str(value: Any, path: str, maximum: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise expected(path, "a string", value)
    try:
        # A lone surrogate (from a "\ud800" escape) cannot be stored or written as UTF-8.
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise fail(path, "invalid character at position {position} (a lone surrogate)", position=e.start) from e
    if len(value) > maximum:
        raise fail(
            path, "expected a text of at most {maximum} characters, got {length}", maximum=maximum, length=len(value)
        )
    return value


def read_id(value: Any, path: str) -> str:
    text = read_str(value, path, MAX_ID)
    if not text:
        raise fail(path, "expected a non-empty id")
    return text


def read_bool(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise expected(path, "true or false", value)
    return value


def read_int(value: Any, path: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise expected(path, "a whole number", value)
    if value < minimum:
        raise fail(path, "expected a whole number of at least {minimum}, got {value}", minimum=minimum, value=value)
    if value > MAX_INT:
        raise fail(path, "expected a whole number of at most {maximum}", maximum=MAX_INT)
    return value


def counter(minimum: int) -> Read[int]:
    return lambda value, path: read_int(value, path, minimum)


def read_float(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise expected(path, "a number", value)
    try:
        number = float(value)
    except OverflowError:  # an integer literal with hundreds of digits
        raise fail(path, "expected a finite number") from None
    if not math.isfinite(number):
        raise fail(path, "expected a finite number")
    if not -MAX_REAL <= number <= MAX_REAL:
        raise fail(path, "expected a number from {low:g} to {high:g}, got {number:g}", low=-MAX_REAL, high=MAX_REAL, number=number)
    return number


def read_positive(value: Any, path: str) -> float:
    number = read_float(value, path)
    if number <= 0:
        raise fail(path, "expected a number above 0, got {number}", number=number)
    return number


def read_fraction(value: Any, path: str) -> float:
    number = read_float(value, path)
    if not 0.0 <= number <= 1.0:
        raise fail(path, "expected a number from 0 to 1, got {number}", number=number)
    return number


def read_date(value: Any, path: str) -> date:
    text = read_str(value, path)
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise fail(path, "expected a date YYYY-MM-DD, got {value}", value=shown(text)) from None


def read_datetime(value: Any, path: str) -> datetime:
    text = read_str(value, path)
    try:
        # Require a time part: a bare date is a different (and ambiguous) thing here.
        if "T" not in text and " " not in text:
            raise ValueError(text)
        return datetime.fromisoformat(text)
    except ValueError:
        raise fail(path, "expected an ISO-8601 date and time, got {value}", value=shown(text)) from None


def read_local_datetime(value: Any, path: str) -> datetime:
    """A time of the evening: with an offset, converted to local time (``stored_values.local_time``)."""
    return local_time(read_datetime(value, path))


def read_color(value: Any, path: str) -> str:
    text = read_str(value, path)
    if not _COLOR.fullmatch(text):
        raise fail(path, "expected a colour #rrggbb, got {value}", value=shown(text))
    return text


def enum_of(kind: type[E]) -> Read[E]:
    def read(value: Any, path: str) -> E:
        text = read_str(value, path)
        try:
            return kind(text)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise fail(path, "expected one of {allowed}, got {value}", allowed=allowed, value=shown(text)) from None

    return read


def read_base64(value: Any, path: str) -> bytes:
    text = read_str(value, path, MAX_BASE64)
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise fail(path, "expected base64 data") from None


def list_of(item: Read[T]) -> Read[list[T]]:
    def read(value: Any, path: str) -> list[T]:
        if not isinstance(value, list):
            raise expected(path, "a list", value)
        return [item(element, index_path(path, i)) for i, element in enumerate(value)]

    return read


class JsonObject:
    """A JSON object being read key by key; keys nobody asked for are reported as unknown."""

    def __init__(self, value: Any, path: str, warn: Callable[[str], None]) -> None:
        if not isinstance(value, dict):
            raise expected(path or "top level", "an object", value)
        self.data: dict[str, Any] = value
        self.path = path
        self._warn = warn
        self._seen: set[str] = set()

    def at(self, key: str) -> str:
        return key_path(self.path, key)

    def required(self, key: str, read: Read[T]) -> T:
        self._seen.add(key)
        if key not in self.data:
            raise fail(self.at(key), "required key missing")
        return read(self.data[key], self.at(key))

    def optional(self, key: str, read: Read[T], default: T) -> T:
        """The value of ``key``, or ``default`` when the key is missing or null."""
        self._seen.add(key)
        value = self.data.get(key)
        if value is None:
            return default
        return read(value, self.at(key))

    def child(self, key: str) -> JsonObject | None:
        """The object under ``key``, or None when it is missing or null."""
        self._seen.add(key)
        value = self.data.get(key)
        if value is None:
            return None
        return JsonObject(value, self.at(key), self._warn)

    def items(self, key: str) -> list[tuple[str, Any]]:
        """(path, element) for each element of the list under ``key``; missing or null is empty."""
        self._seen.add(key)
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise expected(self.at(key), "a list", value)
        return [(index_path(self.at(key), i), element) for i, element in enumerate(value)]

    def objects(self, key: str) -> list[JsonObject]:
        return [JsonObject(element, path, self._warn) for path, element in self.items(key)]

    def done(self) -> None:
        """Warn about every key that was not read."""
        for key in self.data:
            if key not in self._seen:
                self._warn(Message("{where}: unknown key, ignored", where=self.at(key)))
