"""What a deleted row leaves behind: a record in ``deletion``, so that a later merge can tell
"deleted here" from "never seen here" (see schema.py).

A row and a deletion record never hold the same id at once: a row written again under a deleted
id (an undone deletion) takes the record's version + 1 and the record goes. Only ids this process
deleted are looked up (``FileState.deleted``): new objects get fresh ids and the undo history
ends with the session, so nothing else writes a deleted id again. Both functions run in the
caller's transaction, next to the delete or the write they go with.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import Delete, Insert, Update
from sqlalchemy.sql.selectable import Select

from .column_types import IsoDateTime
from .schema import DELETION, TABLES, VERSION


def disguised(dossier_id: str, row_id: str) -> str:
    """The id an erased row's deletion record holds instead of its own (an imported id may spell a
    name): a digest keyed by the dossier, so that a merge of another copy can recognise it."""
    import hashlib

    key = dossier_id.encode()[:64]
    return f"erased-{hashlib.blake2b(row_id.encode(), key=key, digest_size=16).hexdigest()}"


def record(conn: Connection, kind: str, ids: Sequence[str], deleted_at: datetime) -> None:
    """Record the deletion of those of ``ids`` that the kind's table holds; call it before deleting them."""
    conn.execute(_record(kind), {"ids": list(ids), "deleted_at": deleted_at})


def reinstate(conn: Connection, kind: str, ids: Sequence[str]) -> None:
    """Rows just written again under deleted ids continue their version; their records go."""
    found = conn.execute(_recorded(), {"ids": list(ids)}).all()
    if not found:
        return
    conn.execute(
        _continue(kind), [{"row_id": row_id, "next_version": version + 1} for row_id, version in found]
    )
    conn.execute(_forget(), {"ids": [row_id for row_id, _ in found]})


# built once: a statement made per call costs more than the SQLite work it does


@cache
def _record(kind: str) -> Insert:
    table = TABLES[kind]
    rows = select(
        table.c.id,
        bindparam("kind", kind),
        bindparam("deleted_at", type_=IsoDateTime()),
        table.c[VERSION] + 1,
    ).where(table.c.id.in_(bindparam("ids", expanding=True)))
    return insert(DELETION).from_select(["id", "kind", "deleted_at", VERSION], rows)


@cache
def _recorded() -> Select[tuple[str, int]]:
    return select(DELETION.c.id, DELETION.c[VERSION]).where(
        DELETION.c.id.in_(bindparam("ids", expanding=True))
    )


@cache
def _continue(kind: str) -> Update:
    table = TABLES[kind]
    return update(table).where(table.c.id == bindparam("row_id")).values({VERSION: bindparam("next_version")})


@cache
def _forget() -> Delete:
    return delete(DELETION).where(DELETION.c.id.in_(bindparam("ids", expanding=True)))
