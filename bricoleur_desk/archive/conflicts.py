"""What a merge could not decide: both versions of an entity, kept until a person chooses.

A push that merges (archive/transfer.py, archive/merging.py) leaves the **archive's side in
place** in the dossier's tables, so the archive always holds one consistent dossier, and stores
the **pushed side** here (``archive_conflict``) with the pushed rows under it when its parent was
deleted there. :func:`resolve` with ``keep="archive"`` forgets the pushed side; with
``keep="pushed"`` it puts the pushed side in place (a row written again, a deletion carried out,
a deleted subtree restored) with versions above both sides', raises the dossier's revision, and
records what it removed in ``archive_deletion``. Both sides are stored as JSON whose dates,
times, bytes and nested values are tagged, so they come back exactly.
"""

from __future__ import annotations

import base64
import json
import socket
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

from sqlalchemy import delete, func, insert, select, text, update

from ..storage.entities import ENTITIES
from .connection import Archive
from .errors import ArchiveError
from .merging import Pending, Row
from .schema import CONFLICTS, DELETIONS, DOSSIERS, TABLES


@dataclass(frozen=True)
class Conflict:
    id: str  # the conflict's own id
    dossier_id: str
    kind: str  # entity kind: "note", "promise", ...
    entity_id: str
    what: str  # plain English description: "note 12 (text, status)", 'promise "X" (deleted here, changed there)'
    archive_side: dict[str, Any] | None  # the row as in the archive (None: deleted there)
    pushed_side: dict[str, Any] | None  # the row as pushed (None: deleted on the pushing laptop)
    pushed_by: str  # user@host of the pusher
    at: datetime


def list_conflicts(archive: Archive, dossier_id: str | None = None) -> list[Conflict]:
    """The conflicts waiting for a choice (of one dossier, or of all), the oldest first."""
    query = select(CONFLICTS).order_by(CONFLICTS.c.at, CONFLICTS.c.id)
    if dossier_id is not None:
        query = query.where(CONFLICTS.c.dossier_id == dossier_id)
    with archive.transaction() as conn:
        found = conn.execute(query).all()
    return [
        Conflict(
            r.id, r.dossier_id, r.kind, r.entity_id, r.what, decode_row(r.archive_side), decode_row(r.pushed_side),
            r.pushed_by, r.at,
        )
        for r in found
    ]


def store(conn: Any, archive: Archive, dossier_id: str, found: Sequence[Pending]) -> None:
    """Keep a merge's conflicts in the push's transaction."""
    if not found:
        return
    by = f"{archive.user}@{socket.gethostname()}"
    now = datetime.now(UTC)
    conn.execute(
        insert(CONFLICTS),
        [
            {
                "id": uuid.uuid4().hex,
                "dossier_id": dossier_id,
                "kind": p.kind,
                "entity_id": p.entity_id,
                "what": p.what,
                "archive_side": encode_row(p.archive_side),
                "pushed_side": encode_row(p.pushed_side),
                "pushed_with": [[kind, encode_row(row)] for kind, row in p.pushed_with],
                "pushed_by": by,
                "at": now,
            }
            for p in found
        ],
    )


def drop_mentioning(archive: Archive, dossier_id: str, words: Sequence[str]) -> int:
    """Drop the dossier's conflicts whose sides mention any of ``words`` (an erased person's id,
    name, e-mail, phone): a conflict keeps whole rows, and choosing its side later must not bring
    an erased person back. How many were dropped."""
    needles = [w.casefold() for w in words if w and w.strip()]
    if not needles:
        return 0
    with archive.transaction() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:id, 0))"), {"id": dossier_id})
        rows = conn.execute(select(CONFLICTS).where(CONFLICTS.c.dossier_id == dossier_id)).all()
        gone = [
            r.id
            for r in rows
            if any(
                n in json.dumps([r.entity_id, r.what, r.archive_side, r.pushed_side, r.pushed_with], ensure_ascii=False).casefold()
                for n in needles
            )
        ]
        if gone:
            conn.execute(delete(CONFLICTS).where(CONFLICTS.c.id.in_(gone)))
    return len(gone)


def resolve(archive: Archive, conflict_id: str, keep: Literal["archive", "pushed"]) -> None:
    """Choose a side: "archive" keeps what is in place, "pushed" puts the pushed side in its place."""
    if keep not in ("archive", "pushed"):
        raise ValueError(keep)
    with archive.transaction() as conn:
        found = conn.execute(select(CONFLICTS).where(CONFLICTS.c.id == conflict_id).with_for_update()).first()
        if found is None:
            raise ArchiveError(
                "{database}: there is no conflict {conflict} (resolved already?); archive conflicts lists them",
                database=archive.name,
                conflict=conflict_id,
            )
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:id, 0))"), {"id": found.dossier_id})
        if keep == "pushed":
            _put_pushed_in_place(conn, archive, found)
        conn.execute(delete(CONFLICTS).where(CONFLICTS.c.id == conflict_id))


def _put_pushed_in_place(conn: Any, archive: Archive, found: Any) -> None:
    dossier_id, kind, entity_id = found.dossier_id, found.kind, found.entity_id
    table = TABLES[kind]
    current = conn.execute(
        select(table.c.version).where(table.c.dossier_id == dossier_id, table.c.id == entity_id)
    ).scalar()
    in_place = decode_row(found.archive_side)
    if (current is None) != (in_place is None) or (in_place is not None and current != in_place["version"]):
        raise ArchiveError(
            "{database}: {what} changed in the archive after this conflict was found; nothing was changed: "
            "look at the dossier again, then choose",
            database=archive.name,
            what=found.what,
        )
    pushed = decode_row(found.pushed_side)
    if pushed is None:
        _delete_subtree(conn, dossier_id, kind, entity_id)
    else:
        entity = ENTITIES[kind]
        if entity.parent not in (None, "dossier"):
            above = TABLES[entity.parent]
            there = conn.execute(
                select(above.c.id).where(above.c.dossier_id == dossier_id, above.c.id == pushed[entity.parent_column])
            ).first()
            if there is None:
                raise ArchiveError(
                    "{database}: {what} cannot be put back: what it belongs to is no longer in the archive "
                    "(nothing was changed)",
                    database=archive.name,
                    what=found.what,
                )
        rows = [(kind, pushed)] + [(k, decode_row(r)) for k, r in found.pushed_with]
        _write_rows(conn, dossier_id, rows)
    changes: dict[str, Any] = {"revision": DOSSIERS.c.revision + 1, "changed_at": func.now(), "changed_by": func.current_user()}
    if kind == "dossier" and pushed is not None:
        changes["title"] = pushed["title"]
    conn.execute(update(DOSSIERS).where(DOSSIERS.c.dossier_id == dossier_id).values(**changes))


def _write_rows(conn: Any, dossier_id: str, rows: list[tuple[str, Row | None]]) -> None:
    """Put rows in place with versions above any the archive knew for their ids; notes keep distinct numbers."""
    for kind, row in rows:
        assert row is not None
        table = TABLES[kind]
        known = [
            conn.execute(select(table.c.version).where(table.c.dossier_id == dossier_id, table.c.id == row["id"])).scalar(),
            conn.execute(
                select(DELETIONS.c.version).where(DELETIONS.c.dossier_id == dossier_id, DELETIONS.c.id == row["id"])
            ).scalar(),
        ]
        version = max([row["version"], *(v for v in known if v is not None)]) + 1
        row = {**row, "version": version}
        if kind == "note":
            notes = TABLES["note"]
            taken = conn.execute(
                select(notes.c.number).where(
                    notes.c.dossier_id == dossier_id, notes.c.meeting_id == row["meeting_id"], notes.c.id != row["id"]
                )
            ).scalars().all()
            if row["number"] in taken:
                row["number"] = max(taken) + 1
        conn.execute(delete(table).where(table.c.dossier_id == dossier_id, table.c.id == row["id"]))
        conn.execute(delete(DELETIONS).where(DELETIONS.c.dossier_id == dossier_id, DELETIONS.c.id == row["id"]))
        conn.execute(insert(table).values({**row, "dossier_id": dossier_id}))


def _delete_subtree(conn: Any, dossier_id: str, kind: str, entity_id: str) -> None:
    """Delete a row and everything under it, each leaving a deletion record (its version + 1)."""
    doomed: list[tuple[str, str]] = [(kind, entity_id)]
    ids = {entity_id}
    for child_kind, entity in ENTITIES.items():  # parents before children: one pass finds every level
        parent = entity.parent_column
        if parent is None or parent == "dossier_id":
            continue
        table = TABLES[child_kind]
        for (child,) in conn.execute(
            select(table.c.id).where(table.c.dossier_id == dossier_id, table.c[parent].in_(sorted(ids)))
        ):
            doomed.append((child_kind, child))
            ids.add(child)
    now = datetime.now(UTC)
    for doomed_kind, doomed_id in reversed(doomed):
        table = TABLES[doomed_kind]
        version = conn.execute(
            select(table.c.version).where(table.c.dossier_id == dossier_id, table.c.id == doomed_id)
        ).scalar_one()
        conn.execute(delete(DELETIONS).where(DELETIONS.c.dossier_id == dossier_id, DELETIONS.c.id == doomed_id))
        conn.execute(
            insert(DELETIONS).values(
                dossier_id=dossier_id, id=doomed_id, kind=doomed_kind, deleted_at=now, version=version + 1
            )
        )
        conn.execute(delete(table).where(table.c.dossier_id == dossier_id, table.c.id == doomed_id))


# a row as JSON: plain values as they are, the others tagged so that they come back exactly


def encode_row(row: Row | None) -> dict[str, Any] | None:
    return None if row is None else {k: _encode(v) for k, v in row.items()}


def decode_row(stored: dict[str, Any] | None) -> Row | None:
    return None if stored is None else {k: _decode(v) for k, v in stored.items()}


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return str(value) if isinstance(value, str) else value  # a StrEnum as its value
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"bytes": base64.b64encode(bytes(value)).decode("ascii")}
    return {"json": value}  # a nested value (lists, small objects), already JSON


def _decode(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    [(tag, inner)] = value.items()
    if tag == "datetime":
        return datetime.fromisoformat(inner)
    if tag == "date":
        return date.fromisoformat(inner)
    if tag == "bytes":
        return base64.b64decode(inner)
    return inner
