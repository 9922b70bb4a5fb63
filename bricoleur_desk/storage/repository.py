"""Writing a dossier with SQLAlchemy Core: all of it into a new file, or exactly what changed.

``write`` is the Store of workspace/session.py: it reads the current state of every changed
object from the document, upserts what exists and deletes what is gone, in the caller's
transaction; ``file_state`` lets it skip siblings whose content did not change. Reading is in
``reader.py`` (plain DB-API, so that opening a file needs no SQLAlchemy). Every write of a row
raises its ``version``; every delete leaves a record (``deletions``), for a later merge.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, delete, update
from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import Insert, Update

from ..domain.document import Changed, DossierDocument
from ..domain.model import Dossier
from . import deletions, rows
from .file_state import FileState, Stored, plan_positions, signature
from .reader import lists
from .schema import TABLES, VERSION

ORDER = list(TABLES)  # parents before children
_MAX_PARAMS = 500  # ids per DELETE ... IN (...), well under every database's limit


def save_all(conn: Connection, dossier: Dossier) -> None:
    """Insert every object of a dossier into an empty file (in the caller's transaction)."""
    batches: dict[str, list[rows.Row]] = defaultdict(list)
    batches["dossier"].append(rows.dossier_row(dossier))
    for kind, items, parent_id in lists(dossier):
        row_of = rows.ROW_OF[kind]
        batches[kind].extend(row_of(obj, parent_id, i) for i, obj in enumerate(items))
    for kind in ORDER:
        if batches[kind]:
            _execute(conn, TABLES[kind].insert(), batches[kind])


def write(
    conn: Connection, doc: DossierDocument, changed: list[Changed], state: FileState
) -> dict[str, Stored | None]:
    """Upsert what changed and still exists, delete what is gone; returns ``state``'s updates.

    The caller applies the updates to ``state`` only once the transaction has committed.
    """
    latest: dict[tuple[str, str], Changed] = {}
    for c in changed:  # an object touched twice is written once, in its final state
        latest[(c.kind, c.id)] = c
    gone: dict[str, list[str]] = defaultdict(list)
    present: dict[tuple[str, str | None], list[Any]] = defaultdict(list)
    dossier_changed = False
    for kind, object_id in latest:
        if kind == "dossier":
            dossier_changed = True
        elif object_id in doc and (located := doc.find(object_id)).kind == kind:
            present[(kind, located.parent_id)].append(located.obj)
        else:
            gone[kind].append(object_id)

    updates: dict[str, Stored | None] = {}
    deleted_at = datetime.now(UTC)
    # children before parents, so that each is recorded before a parent's ON DELETE CASCADE
    for kind in reversed(ORDER):
        ids = gone.get(kind, [])
        table = TABLES[kind]
        for chunk in _chunks(ids):
            deletions.record(conn, kind, chunk, deleted_at)
            conn.execute(delete(table).where(table.c.id.in_(chunk)))
        updates.update(dict.fromkeys(ids))
    known = state.rows

    upserts: dict[str, list[rows.Row]] = defaultdict(list)
    revived: dict[str, list[str]] = defaultdict(list)  # written again after this process deleted them
    moves: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if dossier_changed:
        upserts["dossier"].append(rows.dossier_row(doc.dossier))
    for (kind, parent_id), objs in present.items():
        owner_id = parent_id if parent_id is not None else doc.dossier.id
        row_of = rows.ROW_OF[kind]
        for obj, position in plan_positions(doc.siblings(kind, parent_id), objs, known):
            before = None if obj.id in updates else known.get(obj.id)  # deleted above: gone
            mark = signature(kind, obj, owner_id)
            if before is None or before.signature != mark:
                upserts[kind].append(row_of(obj, owner_id, position))
                if before is None and obj.id in state.deleted:
                    revived[kind].append(obj.id)
            elif before.position != position:
                moves[kind].append({"row_id": obj.id, "new_position": position})
            else:
                continue
            updates[obj.id] = Stored(position, mark)
    for kind in ORDER:
        if upserts[kind]:
            _execute(conn, _upsert(conn.dialect.name, kind), upserts[kind])
            for chunk in _chunks(revived[kind]):
                deletions.reinstate(conn, kind, chunk)
        if moves[kind]:
            conn.execute(_move(kind), moves[kind])
    return updates


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[start : start + _MAX_PARAMS] for start in range(0, len(ids), _MAX_PARAMS)]


def _execute(conn: Connection, statement: Any, batch: list[rows.Row]) -> None:
    try:
        conn.execute(statement, batch)
    except UnicodeEncodeError:
        # a lone surrogate (a broken paste) cannot be stored as UTF-8: keep the note, with
        # U+FFFD in place of the broken character, rather than lose the whole change
        conn.execute(statement, [{k: _repaired(v) for k, v in row.items()} for row in batch])


def _repaired(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value


@cache
def _move(kind: str) -> Update:
    table = TABLES[kind]
    changed = {"position": bindparam("new_position"), VERSION: table.c[VERSION] + 1}
    return update(table).where(table.c.id == bindparam("row_id")).values(changed)


@cache
def _upsert(dialect: str, kind: str) -> Insert:
    # INSERT ... ON CONFLICT (id) DO UPDATE: the same in SQLite and PostgreSQL
    table = TABLES[kind]
    if dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        stmt: sqlite.Insert | Any = sqlite.insert(table)
    elif dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        stmt = postgresql.insert(table)
    else:
        raise NotImplementedError(f"no upsert for {dialect}")
    columns: dict[str, Any] = {
        c.name: stmt.excluded[c.name] for c in table.columns if c.name not in ("id", VERSION)
    }
    columns[VERSION] = table.c[VERSION] + 1
    return stmt.on_conflict_do_update(index_elements=[table.c.id], set_=columns)  # type: ignore[no-any-return]
