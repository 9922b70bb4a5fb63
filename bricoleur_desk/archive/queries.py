"""What the team archive answers across dossiers: the list, the promises dashboard, Dutch search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import String, and_, func, select, type_coerce

from ..domain.model import PromiseStatus
from .connection import Archive
from .schema import DOSSIERS, TABLES


@dataclass(frozen=True)
class Listed:
    dossier_id: str
    title: str
    changed_at: datetime
    revision: int
    changed_by: str


@dataclass(frozen=True)
class ArchivedPromise:
    dossier_id: str
    dossier_title: str
    meeting: str  # "2026-03-12 Bewonersavond", or the meeting id when the meeting is gone
    text: str
    owner: str
    due: date | None
    status: PromiseStatus
    overdue: bool


@dataclass(frozen=True)
class Hit:
    dossier_id: str
    dossier_title: str
    kind: str  # "note" or "promise"
    number: int | None  # the note's number
    meeting_starts: datetime | None
    text: str
    answer: str  # a note's answer, a promise's reason ("" when none)


def list_dossiers(archive: Archive) -> list[Listed]:
    """Every dossier in the archive, the most recently changed first."""
    query = select(
        DOSSIERS.c.dossier_id, DOSSIERS.c.title, DOSSIERS.c.changed_at, DOSSIERS.c.revision, DOSSIERS.c.changed_by
    ).order_by(DOSSIERS.c.changed_at.desc(), DOSSIERS.c.dossier_id)
    with archive.transaction() as conn:
        return [Listed(*row) for row in conn.execute(query)]


def promises(
    archive: Archive, *, today: date, overdue_only: bool = False, owner: str | None = None
) -> list[ArchivedPromise]:
    """Promises of every dossier, by due date (none last); overdue: open and past due (domain/promises.py).

    ``owner`` is compared as the register does: without case and surrounding spaces.
    """
    p, m = TABLES["promise"], TABLES["meeting"]
    overdue = and_(p.c.status == PromiseStatus.OPEN.value, p.c.due < today)
    # the meeting as "2026-03-12 Bewonersavond" made in SQL: thousands of rows stay well under 0.1 s
    meeting = func.coalesce(
        func.substr(type_coerce(m.c.starts_at, String), 1, 10) + " " + m.c.title, p.c.meeting_id
    )
    query = (
        select(
            p.c.dossier_id,
            DOSSIERS.c.title,
            meeting,
            p.c.text,
            func.coalesce(p.c.owner, ""),
            p.c.due,
            type_coerce(p.c.status, String),
            overdue,
        )
        .join(DOSSIERS, DOSSIERS.c.dossier_id == p.c.dossier_id)
        .outerjoin(m, and_(m.c.dossier_id == p.c.dossier_id, m.c.id == p.c.meeting_id))
        .order_by(p.c.due.asc().nulls_last(), DOSSIERS.c.title, p.c.dossier_id, p.c.position)
    )
    if overdue_only:
        query = query.where(overdue)
    if owner is not None:
        query = query.where(func.lower(func.btrim(p.c.owner)) == owner.strip().casefold())
    statuses = {s.value: s for s in PromiseStatus}
    with archive.transaction() as conn:
        rows = conn.execute(query).all()
    return [
        ArchivedPromise(dossier_id, title, where, text, who, due, statuses[status], bool(late))
        for dossier_id, title, where, text, who, due, status, late in rows
    ]


_SEARCH = """
WITH q AS (SELECT websearch_to_tsquery('dutch'::regconfig, :words) AS query)
SELECT hit.*, d.title AS dossier_title, m.starts_at
FROM (
    SELECT n.dossier_id, 'note' AS kind, n.number, n.meeting_id, n.text, coalesce(n.answer, '') AS answer,
           ts_rank(n.search, q.query) AS rank
    FROM note n, q WHERE n.search @@ q.query
    UNION ALL
    SELECT p.dossier_id, 'promise', NULL, p.meeting_id, p.text, coalesce(p.reason, ''),
           ts_rank(p.search, q.query)
    FROM promise p, q WHERE p.search @@ q.query
) AS hit
JOIN archive_dossier d ON d.dossier_id = hit.dossier_id
LEFT JOIN meeting m ON m.dossier_id = hit.dossier_id AND m.id = hit.meeting_id
ORDER BY hit.rank DESC, m.starts_at DESC NULLS LAST, hit.dossier_id, hit.number
LIMIT :limit
"""


def search(archive: Archive, words: str, *, limit: int = 50) -> list[Hit]:
    """Notes (their text and answer) and promises (text and reason) matching ``words``, best first.

    PostgreSQL's Dutch configuration stems both sides ("bomen" finds "boom"); ``words`` is read
    as a web search: "quoted phrases", ``or``, ``-word`` to leave out. The GIN indexes on the
    generated ``search`` columns carry it (archive/schema.py).
    """
    from sqlalchemy import text

    from ..storage.column_types import IsoDateTime

    query = text(_SEARCH).columns(starts_at=IsoDateTime())
    with archive.transaction() as conn:
        rows = conn.execute(query, {"words": words, "limit": limit}).all()
    return [
        Hit(r.dossier_id, r.dossier_title, r.kind, r.number, r.starts_at, r.text, r.answer) for r in rows
    ]
