"""What a communication adviser reads: the masked copies (archive/access_schema.py), nothing else.

The adviser's role is granted only the ``public_*`` tables; these queries are all it can run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, text

from .access_schema import PUBLIC_DOSSIER, PUBLIC_MEETING, PUBLIC_NOTE, PUBLIC_PROMISE
from .connection import Archive


@dataclass(frozen=True)
class MaskedDossier:
    dossier_id: str
    title: str
    team: str | None
    names_scanned: bool


@dataclass(frozen=True)
class MaskedLine:
    """A note or a promise of a masked copy, as the public report would word it."""

    kind: str  # "note" or "promise"
    meeting: str  # "2026-03-12 Bewonersavond"
    number: int | None  # the note's number
    text: str
    answer: str  # a note's answer, a promise's reason ("" when none)
    due: date | None = None


def reads_full_dossiers(archive: Archive) -> bool:
    """Whether the connected role reads the dossiers themselves (False: an adviser, masked copies only)."""
    with archive.transaction() as conn:
        return bool(conn.execute(text("SELECT has_table_privilege('archive_dossier', 'SELECT')")).scalar())


def masked_dossiers(archive: Archive) -> list[MaskedDossier]:
    """The masked copies the role may read, by title."""
    d = PUBLIC_DOSSIER.c
    query = select(d.dossier_id, d.title, d.team, d.names_scanned).order_by(d.title, d.dossier_id)
    with archive.transaction() as conn:
        return [MaskedDossier(*row) for row in conn.execute(query)]


def masked_lines(archive: Archive, dossier_id: str) -> list[MaskedLine]:
    """The notes (by evening and number) and then the promises of one masked copy."""
    m, n, p = PUBLIC_MEETING.c, PUBLIC_NOTE.c, PUBLIC_PROMISE.c
    notes = (
        select(m.starts_at, m.title, n.number, n.text, n.answer)
        .join(PUBLIC_MEETING, (m.dossier_id == n.dossier_id) & (m.id == n.meeting_id))
        .where(n.dossier_id == dossier_id)
        .order_by(m.starts_at, n.number)
    )
    promises = (
        select(m.starts_at, m.title, p.text, p.reason, p.due)
        .outerjoin(PUBLIC_MEETING, (m.dossier_id == p.dossier_id) & (m.id == p.meeting_id))
        .where(p.dossier_id == dossier_id)
        .order_by(p.position)
    )
    with archive.transaction() as conn:
        lines = [
            MaskedLine("note", _meeting(at, title), number, text_, answer or "")
            for at, title, number, text_, answer in conn.execute(notes)
        ]
        lines += [
            MaskedLine("promise", _meeting(at, title), None, text_, reason or "", due)
            for at, title, text_, reason, due in conn.execute(promises)
        ]
    return lines


def _meeting(at: datetime | None, title: str | None) -> str:
    return f"{at:%Y-%m-%d} {title}" if at is not None else "-"
