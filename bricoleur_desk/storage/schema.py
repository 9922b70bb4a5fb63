"""The tables of a dossier file, built with SQLAlchemy Core from the descriptions in ``entities``.

One row per domain object. Every object that sits in a parent's list has a ``position`` (its
order key there) and a foreign key to that parent with ON DELETE CASCADE, so deleting a meeting
deletes its notes and sketches. Cross references that are not ownership (a note's theme, a
pin's note, a promise's meeting) are plain id columns without a foreign key: an edit may leave
one dangling until it is undone, and the domain, not the file, decides what that means.
Nested values that are always read and written whole (a meeting's frame, agenda, attendance,
evaluation) are JSON columns.

For a later merge of two copies of a dossier (two laptops, a team archive) every row carries
``version``, a counter the store raises with each write of the row, and each deleted row leaves
(id, kind, deleted_at, version) in ``deletion``, written in the same transaction as the delete.
Neither is part of the domain: the reader does not read them.

Core tables rather than typed ORM classes: the store writes with Core statements only, and the
tables are derived so that a field is described once (``entities.py``), not once per layer.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.types import TypeEngine

from .column_types import EnumText, IsoDateTime
from .entities import ENTITIES, Entity, Field, Value
from .identity import APPLICATION_ID, SCHEMA_REVISION

__all__ = [
    "APPLICATION_ID",
    "ARCHIVE_BASE",
    "ARCHIVE_ORIGIN",
    "DELETION",
    "METADATA",
    "REPORT_CACHE",
    "SCHEMA_REVISION",
    "TABLES",
    "VERSION",
]

_TYPES: dict[Value, TypeEngine[object] | type[TypeEngine[object]]] = {
    Value.ID: String(),
    Value.TEXT: Text(),
    Value.COLOR: String(16),
    Value.MEDIA_TYPE: String(40),
    Value.INTEGER: Integer(),
    Value.REAL: Double(),
    Value.BOOLEAN: Boolean(),
    Value.DATE: Date(),
    Value.DATETIME: IsoDateTime(),
    Value.NESTED: JSON(),
    Value.BYTES: LargeBinary(),
}


def column_type(field: Field) -> TypeEngine[object] | type[TypeEngine[object]]:
    if field.value is Value.CHOICE:
        assert field.choices is not None, field
        return EnumText(field.choices)
    return _TYPES[field.value]


def _table(entity: Entity, metadata: MetaData) -> Table:
    columns: list[Column[object] | Index] = [Column("id", String(), primary_key=True)]
    if entity.parent is not None:
        parent = entity.parent_column
        assert parent is not None
        columns += [
            Column(parent, String(), ForeignKey(f"{entity.parent}.id", ondelete="CASCADE"), nullable=False),
            Column("position", Integer(), nullable=False),
            Index(f"ix_{entity.table}_parent", parent, "position"),
        ]
    for field in entity.fields + entity.derived:
        columns.append(Column(field.column, column_type(field), nullable=field.nullable))
    # inserts leave it out (a new row is at version 1); updates raise it in SQL
    columns.append(Column(VERSION, Integer(), nullable=False, server_default="1"))
    return Table(entity.table, metadata, *columns)


VERSION = "version"
METADATA = MetaData()
# domain kind (see domain/document.py KINDS) -> table; parents before children
TABLES: dict[str, Table] = {kind: _table(entity, METADATA) for kind, entity in ENTITIES.items()}
DELETION = Table(
    "deletion",
    METADATA,
    Column("id", String(), primary_key=True),  # ids are unique across the whole dossier
    Column("kind", String(20), nullable=False),
    Column("deleted_at", IsoDateTime(), nullable=False),  # UTC
    Column(VERSION, Integer(), nullable=False),  # the row's last version + 1: a deletion is a change
)
# what reports make from the sketches, kept between reports (storage/report_cache.py); no domain data
REPORT_CACHE = Table(
    "report_cache",
    METADATA,
    Column("key", String(), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("owner", String(), nullable=False),
    Column("content", String(), nullable=False),
    Column("data", LargeBinary(), nullable=False),
)
# the team archives the file was pulled from or pushed to, and at which revision (bricoleur_desk/archive)
ARCHIVE_ORIGIN = Table(
    "archive_origin",
    METADATA,
    Column("archive_id", String(), primary_key=True),
    Column("dossier_id", String(), nullable=False),
    Column("revision", Integer(), nullable=False),
    Column("at", IsoDateTime(), nullable=False),  # UTC
)
# each row's version as that archive held it at the last pull or push: a merge's base (archive/merging.py)
ARCHIVE_BASE = Table(
    "archive_base",
    METADATA,
    Column("archive_id", String(), primary_key=True),
    Column("id", String(), primary_key=True),
    Column(VERSION, Integer(), nullable=False),
)
