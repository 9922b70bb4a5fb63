"""The team archive's tables on PostgreSQL, derived from the same entity descriptions as a file's.

Every entity's table holds the rows of many dossiers: each row carries ``dossier_id`` and the
primary key is (dossier_id, id), because ids are unique within a dossier only (an imported id
like "p-ozdemir" may recur in another). One column on every row is also what row-level
security needs later (a policy per team on ``dossier_id``). A row's other columns are the
file's: parent id and position, every field, the derived stroke bounds and ``version``, with
the same column types (``storage/schema.column_type``), so values round-trip exactly.

Besides: ``archive_dossier`` (one row per dossier: title, the archive's revision of it, when
and by which database role it last changed, whether it came from an encrypted file),
``archive_deletion`` (the files' deletion records), ``archive_conflict`` (both sides of what a
merge could not decide, archive/conflicts.py) and ``archive_info`` (the archive's own id,
which a file records with the revision it was pulled at). Notes and promises carry a generated
``search`` column (tsvector, Dutch configuration) with a GIN index for ``archive search``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Computed,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
)
from sqlalchemy.dialects.postgresql import TSVECTOR

from ..storage.column_types import IsoDateTime
from ..storage.entities import ENTITIES, Entity
from ..storage.schema import column_type

METADATA = MetaData()

DOSSIERS = Table(
    "archive_dossier",
    METADATA,
    Column("dossier_id", String(), primary_key=True),
    Column("title", Text(), nullable=False),
    Column("revision", Integer(), nullable=False),  # 1 at the first push, +1 at every push
    Column("changed_at", DateTime(timezone=True), nullable=False),
    Column("changed_by", Text(), nullable=False),  # the database role that pushed
    Column("encrypted_source", Boolean(), nullable=False),  # pushed from an encrypted file
    # whose dossier it is (archive/access_schema.py); NULL: nobody's yet, only the owner sees it
    Column("team", Text(), ForeignKey("archive_team.name"), nullable=True),
)

INFO = Table("archive_info", METADATA, Column("archive_id", String(), primary_key=True))

# what each searchable table's words are, for PostgreSQL's Dutch full-text search
SEARCHED = {
    "note": "coalesce(text, '') || ' ' || coalesce(answer, '')",
    "promise": "coalesce(text, '') || ' ' || coalesce(reason, '')",
}


def _dossier_column() -> Column[str]:
    return Column(
        "dossier_id",
        String(),
        ForeignKey("archive_dossier.dossier_id", ondelete="CASCADE"),
        primary_key=True,
    )


def _table(entity: Entity) -> Table:
    columns: list[Column[object] | Index] = [_dossier_column(), Column("id", String(), primary_key=True)]
    parent = entity.parent_column
    if parent is not None:
        if parent != "dossier_id":  # a meeting's, canvas's or sheet's child: its parent's id too
            columns.append(Column(parent, String(), nullable=False))
        columns += [
            Column("position", Integer(), nullable=False),
            Index(f"ix_archive_{entity.table}_parent", *dict.fromkeys(("dossier_id", parent, "position"))),
        ]
    for field in entity.fields + entity.derived:
        columns.append(Column(field.column, column_type(field), nullable=field.nullable))
    columns.append(Column("version", Integer(), nullable=False))
    words = SEARCHED.get(entity.table)
    if words is not None:
        columns += [
            Column("search", TSVECTOR(), Computed(f"to_tsvector('dutch'::regconfig, {words})", persisted=True)),
            Index(f"ix_archive_{entity.table}_search", "search", postgresql_using="gin"),
        ]
    if entity.table == "promise":  # the overdue dashboard: open promises by due date
        columns.append(Index("ix_archive_promise_due", "status", "due"))
    return Table(entity.table, METADATA, *columns)


# domain kind -> table, parents before children (the same names as in a file)
TABLES: dict[str, Table] = {kind: _table(entity) for kind, entity in ENTITIES.items()}
# one department's promises (``archive promises --owner``), compared as the register compares owners
Index(
    "ix_archive_promise_owner",
    func.lower(func.btrim(TABLES["promise"].c.owner)),
    TABLES["promise"].c.due,
)

DELETIONS = Table(
    "archive_deletion",
    METADATA,
    _dossier_column(),
    Column("id", String(), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("deleted_at", IsoDateTime(), nullable=False),
    Column("version", Integer(), nullable=False),
)

# a merge's conflicts (archive/conflicts.py): the archive's side stays in place, the pushed side
# waits here (both as tagged JSON, archive/conflicts.py) until someone chooses
CONFLICTS = Table(
    "archive_conflict",
    METADATA,
    Column("id", String(), primary_key=True),
    Column(
        "dossier_id",
        String(),
        ForeignKey("archive_dossier.dossier_id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("kind", String(20), nullable=False),
    Column("entity_id", String(), nullable=False),
    Column("what", Text(), nullable=False),
    Column("archive_side", JSON(none_as_null=True), nullable=True),  # SQL NULL: deleted in the archive
    Column("pushed_side", JSON(none_as_null=True), nullable=True),  # SQL NULL: deleted on the laptop
    Column("pushed_with", JSON(), nullable=False),  # [[kind, row], ...]: the pushed rows under it
    Column("pushed_by", Text(), nullable=False),  # database role@host of the laptop that pushed
    Column("at", DateTime(timezone=True), nullable=False),
)

# a file's table name (storage/archive_rows.COPIED) -> the archive's table
COPIED: dict[str, Table] = {**TABLES, "deletion": DELETIONS}


def stored_columns(table: Table) -> list[Column[object]]:
    """The columns a file holds too: everything but ``dossier_id`` and the generated ``search``."""
    return [c for c in table.columns if c.name != "dossier_id" and c.computed is None]


# the teams, their members and the advisers' masked copies (row-level security: archive/access.py)
from . import access_schema  # noqa: E402, F401
