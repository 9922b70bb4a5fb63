"""Retention in the team archive: the dossiers past their retention date, and removing them whole.

A dossier's retention date (``retention_until``, set in the app) travels with it into the
archive. ``archive retention`` lists those past it; as in the app, their people are erased
(workspace/archive_access.py, through a file, exactly as the file's own erasure) or, with
``--purge``, the dossier is removed from the archive with every row and its masked copy (one
DELETE: every table hangs on ``archive_dossier`` with ON DELETE CASCADE).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select, update

from .connection import Archive
from .schema import DOSSIERS, TABLES


@dataclass(frozen=True)
class Due:
    dossier_id: str
    title: str
    retention_until: date
    people: int  # registered people still in it (0: nothing left to erase but the dossier itself)


def past_retention(archive: Archive, today: date) -> list[Due]:
    """The dossiers (that the connected role may see) whose retention date is before ``today``."""
    d, p = TABLES["dossier"], TABLES["person"]
    people = select(func.count()).where(p.c.dossier_id == d.c.dossier_id).scalar_subquery()
    query = (
        select(d.c.dossier_id, DOSSIERS.c.title, d.c.retention_until, people)
        .join(DOSSIERS, DOSSIERS.c.dossier_id == d.c.dossier_id)
        .where(d.c.retention_until < today)
        .order_by(d.c.retention_until, d.c.dossier_id)
    )
    with archive.transaction() as conn:
        return [Due(i, t, u, int(n)) for i, t, u, n in conn.execute(query)]


def purge(archive: Archive, dossier_ids: list[str]) -> int:
    """Remove these dossiers from the archive, every row of every table; how many went."""
    if not dossier_ids:
        return 0
    with archive.transaction() as conn:
        return int(conn.execute(delete(DOSSIERS).where(DOSSIERS.c.dossier_id.in_(dossier_ids))).rowcount)


def encrypted_source(archive: Archive, dossier_id: str) -> bool:
    """Whether the dossier came from an encrypted file (kept across an erasure in the archive)."""
    with archive.transaction() as conn:
        return bool(conn.execute(select(DOSSIERS.c.encrypted_source).where(DOSSIERS.c.dossier_id == dossier_id)).scalar())


def keep_encrypted_source(archive: Archive, dossier_id: str) -> None:
    """Mark the dossier as from an encrypted file again (a plain working copy pushed it)."""
    with archive.transaction() as conn:
        conn.execute(update(DOSSIERS).where(DOSSIERS.c.dossier_id == dossier_id).values(encrypted_source=True))
