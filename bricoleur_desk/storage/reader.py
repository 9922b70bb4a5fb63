"""Reading a whole dossier with plain DB-API queries, so that opening a file imports no SQLAlchemy.

Measured: importing SQLAlchemy and mapping the schema takes about 300 ms, the largest part of
opening a dossier to a usable window (target 0.8 s). Writing needs SQLAlchemy; it is imported at
the first write or by :meth:`DossierFile.warm_up` once the window shows. The column lists here
are derived from ``entities.py``, as ``schema.py``'s tables are; tests/storage/test_reader.py
checks that they agree on names and value kinds.
Values are decoded tolerantly (JSON text or parsed JSON, ISO text or date objects, 0/1 or
booleans) so that the same code reads any DB-API driver's rows. Before that, every value is
checked (``stored_checks``): a row that holds what no version of the app writes is refused as a
:class:`BadRowError` naming its table, id and column.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

from ..domain.document import CHILD_KINDS, KINDS
from ..domain.model import Dossier
from . import rows
from .entities import ENTITIES, Entity, Field, Value
from .errors import Message
from .file_state import Stored, signer
from .stored_checks import BadValue, check_row

Decode = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _bool(value: Any) -> bool:
    return bool(value)


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _datetime(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _enum(enum: Any) -> Decode:
    members = {member.value: member for member in enum}  # a dict lookup, not Enum.__call__ per row

    def decode(value: Any) -> Any:
        member = members.get(value)
        return member if member is not None or value is None else enum(value)  # enum() names a bad value

    return decode


def _bytes(value: Any) -> bytes | None:
    return None if value is None else bytes(value)


_STORED: dict[Value, Decode] = {
    Value.BOOLEAN: _bool,
    Value.DATE: _date,
    Value.DATETIME: _datetime,
    Value.NESTED: _json,
    Value.BYTES: _bytes,
}


def stored_decoder(field: Field) -> Decode:
    """What turns a DB-API value of the field's column into the value SQLAlchemy would give."""
    if field.value is Value.CHOICE:
        return _enum(field.choices)
    return _STORED.get(field.value, _same)


def _columns(entity: Entity) -> tuple[tuple[str, Decode], ...]:
    head = [("id", _same)]
    if entity.parent_column is not None:
        head += [(entity.parent_column, _same), ("position", _same)]
    return (*head, *((f.column, stored_decoder(f)) for f in entity.fields))


# table -> (column, decoder) for every column read back; list tables have id, parent, position first
COLUMNS: dict[str, tuple[tuple[str, Decode], ...]] = {e.table: _columns(e) for e in ENTITIES.values()}


def _domain_decoder(field: Field) -> Decode:
    stored = stored_decoder(field)
    domain = field.decode
    if domain is None:
        return stored
    if stored is _same:
        return domain
    return lambda value: domain(stored(value))


def _decoded(entity: Entity) -> list[tuple[int, Decode]]:
    first = len(COLUMNS[entity.table]) - len(entity.fields)
    decoders = [(i, _domain_decoder(f)) for i, f in enumerate(entity.fields, start=first)]
    return [(i, decode) for i, decode in decoders if decode is not _same]


# table -> (index in a row, decoder to the domain value): only the columns that need decoding
_DECODED: dict[str, list[tuple[int, Decode]]] = {e.table: _decoded(e) for e in ENTITIES.values()}


class DossierMissingError(LookupError):
    """The file has the schema but no dossier row (never written by save_all)."""


class BadRowError(ValueError):
    """A row holds a value no version of the app writes: ``table note, row id X: column ...: ...``."""

    def __init__(self, table: str, row_id: Any, problem: Message) -> None:
        shown = (
            row_id
            if isinstance(row_id, str) and len(row_id) <= 80 and row_id.isprintable()
            else repr(row_id)[:80]
        )
        self.message = Message("table {table}, row id {row}: {problem}", table=table, row=shown, problem=problem)
        super().__init__(str(self.message))


def read_dossier(conn: Any, without_strokes_of: frozenset[str] = frozenset()) -> tuple[Dossier, dict[str, Stored]]:
    """The whole dossier, and what the file holds for each row (see file_state), from a DB-API connection.

    ``without_strokes_of``: sheets whose strokes are left unread (a report that kept their
    forms, report_cache.py); such a dossier is for reading only, never for writing back.
    """
    cursor = conn.cursor()
    try:
        head = next(iter(_values(cursor, ENTITIES["dossier"])), None)
        if head is None:
            raise DossierMissingError("the file holds no dossier")
        dossier = rows.OBJECT_OF["dossier"](head[0], head[1:])
        stored: dict[str, Stored] = {}
        objects: dict[str, dict[str, Any]] = {"dossier": {dossier.id: dossier}}
        for kind, entity in ENTITIES.items():
            if entity.parent is not None:
                skip = without_strokes_of if kind == "stroke" else frozenset()
                objects[kind] = _read_children(cursor, entity, objects[entity.parent], stored, skip)
    finally:
        cursor.close()
    return dossier, stored


def _values(
    cursor: Any, entity: Entity, skip_parents: frozenset[str] = frozenset()
) -> Iterator[list[Any] | tuple[Any, ...]]:
    """Every row of the entity's table, decoded; a list table's rows by parent and position.

    Rows whose parent is in ``skip_parents`` are not read at all (not fetched, not checked).
    """
    names = ", ".join(c for c, _ in COLUMNS[entity.table])
    order = f" ORDER BY {entity.parent_column}, position" if entity.parent_column else ""
    where, params = "", ()
    if skip_parents and entity.parent_column:
        where = f" WHERE {entity.parent_column} NOT IN (SELECT value FROM json_each(?))"
        params = (json.dumps(sorted(skip_parents)),)
    query = f"SELECT {names} FROM {entity.table}{where}{order}"
    cursor.execute(query, params)
    # only the columns that need decoding are touched (5,000 notes: 3 of their 15 columns)
    decoded = _DECODED[entity.table]
    table = entity.table
    try:
        rows = cursor.fetchall()
    except Exception:
        _name_undecodable_row(cursor, entity, query, params)
        raise
    for values in rows:
        try:
            check_row(table, values)
        except BadValue as e:
            raise BadRowError(table, values[0], e.message) from None
        if decoded:
            values = list(values)
            for i, decode in decoded:
                values[i] = decode(values[i])
        yield values


def _name_undecodable_row(cursor: Any, entity: Entity, query: str, params: tuple[Any, ...] = ()) -> None:
    """sqlite3 fails the whole query on text that is not UTF-8: find and name the row that holds it."""
    conn = getattr(cursor, "connection", None)
    if conn is None or not hasattr(conn, "text_factory"):
        return
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        rows = conn.execute(query, params).fetchall()
    except Exception:  # noqa: BLE001 - not a decoding problem: the caller raises the original
        return
    finally:
        conn.text_factory = previous
    columns = [c for c, _ in COLUMNS[entity.table]]
    blobs = {f.column for f in entity.fields if f.value is Value.BYTES}  # bytes whatever the factory
    for values in rows:
        for column, value in zip(columns, values, strict=True):
            if isinstance(value, bytes) and column not in blobs:
                try:
                    value.decode("utf-8")
                except UnicodeDecodeError:
                    row_id = (
                        values[0].decode("utf-8", "replace") if isinstance(values[0], bytes) else values[0]
                    )
                    raise BadRowError(
                        entity.table, row_id, Message("column {column}: text that is not UTF-8", column=column)
                    ) from None


def _read_children(
    cursor: Any,
    entity: Entity,
    parents: dict[str, Any],
    stored: dict[str, Stored],
    skip_parents: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Read the entity's rows into their parents' lists, skipping rows whose parent is missing.

    Returns the objects read by id when they are parents of another kind, else nothing.
    """
    make = rows.OBJECT_OF[entity.kind]
    sign = signer(entity.kind)
    attr = KINDS[entity.kind][1]
    objects: dict[str, Any] = {}
    keep = entity.kind in CHILD_KINDS  # only parents are looked up again (not 50,000 strokes)
    current_id, current = None, None
    for values in _values(cursor, entity, skip_parents):
        object_id, parent_id, position = values[0], values[1], values[2]
        if parent_id != current_id:
            current_id, parent = parent_id, parents.get(parent_id)
            current = getattr(parent, attr) if parent is not None else None
        if current is not None:
            obj = make(object_id, values[3:])
            current.append(obj)
            if keep:
                objects[object_id] = obj
            stored[object_id] = Stored(position, sign(obj, parent_id))
    return objects


def lists(dossier: Dossier) -> Iterator[tuple[str, list[Any], str]]:
    """Every (kind, list, parent id) of the dossier, parents before their children."""
    pending: list[tuple[str, Any]] = [("dossier", dossier)]
    while pending:
        parent_kind, parent = pending.pop()
        for kind in CHILD_KINDS.get(parent_kind, ()):
            items = getattr(parent, KINDS[kind][1])
            yield kind, items, parent.id
            if kind in CHILD_KINDS:
                pending.extend((kind, child) for child in items)
