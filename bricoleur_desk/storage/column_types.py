"""Column types that keep domain values exact in any database (SQLite now, PostgreSQL later)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class IsoDateTime(TypeDecorator[datetime]):
    """A datetime stored as ISO 8601 text, so an aware value keeps its offset and a naive one stays naive.

    Native DATETIME columns would silently drop the offset (SQLite) or convert it to UTC
    (PostgreSQL ``timestamptz``); the domain keeps whatever the user or the JSON gave.
    """

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class EnumText(TypeDecorator[StrEnum]):
    """A StrEnum stored as its value: readable in any SQLite browser, no database enum type to migrate."""

    impl = String(20)
    cache_ok = True

    def __init__(self, enum: type[StrEnum]) -> None:
        super().__init__()
        self.enum = enum

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else str(self.enum(value))

    def process_result_value(self, value: str | None, dialect: Dialect) -> StrEnum | None:
        return None if value is None else self.enum(value)
