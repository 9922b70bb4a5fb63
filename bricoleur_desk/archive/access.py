"""Who may see what in the team archive: teams, members, advisers, row-level security, masked copies.

Each facilitator connects as their own PostgreSQL role. ``archive_member`` says which team each
role belongs to; row-level security (one policy per table, :func:`secure_tables`) lets a role see
and change a dossier's rows only when the dossier's team (``archive_dossier.team``) is one of
its teams: ``archive_dossier`` checks the team, every other table with a ``dossier_id`` checks
that its dossier's row is visible. A communication adviser is granted only the ``public_*``
tables: the masked copy stored at each push (:func:`store_public_copy`), with their own policy.
The archive's owner (who made the schema, normally municipal IT) is not bound by the policies and
is the one who runs the commands here. See docs/ARCHIVE.md, "Teams and roles".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, text, update

from .access_schema import ADVISER, MEMBER, MEMBERS, PUBLIC_DOSSIER, PUBLIC_TABLES, TEAMS
from .connection import VERSION_TABLE, Archive
from .errors import ArchiveError
from .schema import DOSSIERS

POLICY = "archive_team_rows"
_MY_TEAMS = "SELECT m.team FROM archive_member m WHERE m.role = current_user::text AND m.kind = 'member'"
_ROOT_POLICIES = {
    # a facilitator: the dossiers of their teams
    "archive_dossier": f"team IN ({_MY_TEAMS})",
    # the masked copies: the same for facilitators (they write them at push), and for an adviser
    # those of their team, or of every team when they were made adviser without one
    "public_dossier": (
        f"team IN ({_MY_TEAMS}) OR EXISTS (SELECT 1 FROM archive_member m WHERE m.role = current_user::text "
        "AND m.kind = 'adviser' AND (m.team IS NULL OR m.team = public_dossier.team))"
    ),
}
_DOSSIER_TABLES = """
SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
  AND a.attname = 'dossier_id' AND NOT a.attisdropped
ORDER BY c.relname
"""


@dataclass
class PublicCopy:
    """What the public report would show of a dossier, already masked (workspace/archive_access.py).

    Each row is a dict of a ``public_*`` table's columns without ``dossier_id``.
    """

    dossier: dict[str, Any]
    names_scanned: bool
    meetings: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    promises: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Team:
    name: str
    members: tuple[str, ...]
    advisers: tuple[str, ...]
    dossiers: int


def dossier_tables(conn: Any) -> list[str]:
    """Every table of the archive's schema that has a ``dossier_id`` column, found in the database."""
    return list(conn.execute(text(_DOSSIER_TABLES)).scalars())


def secure_tables(conn: Any) -> None:
    """Row-level security on ``archive_member`` and on every table with a ``dossier_id``; idempotent.

    Run by migration a0003a and after every later migration (connection.ensure_schema), so that a
    table added later (``archive_conflict``) gets its policy without a migration of its own.
    """
    quote = conn.dialect.identifier_preparer.quote
    policies = {"archive_member": "role = current_user::text"}
    for table in dossier_tables(conn):
        root = "public_dossier" if table.startswith("public_") else "archive_dossier"
        policies[table] = _ROOT_POLICIES.get(table) or (
            f"EXISTS (SELECT 1 FROM {root} r WHERE r.dossier_id = {quote(table)}.dossier_id)"
        )
    for table, condition in policies.items():
        conn.execute(text(f"ALTER TABLE {quote(table)} ENABLE ROW LEVEL SECURITY"))
        conn.execute(text(f"DROP POLICY IF EXISTS {POLICY} ON {quote(table)}"))
        conn.execute(text(f"CREATE POLICY {POLICY} ON {quote(table)} USING ({condition})"))


def grant_rights(conn: Any) -> None:
    """Give every recorded member and adviser exactly their tables (again after a migration)."""
    quote = conn.dialect.identifier_preparer.quote
    tables = dossier_tables(conn)
    public = [t for t in tables if t.startswith("public_")]
    schema = quote(conn.execute(text("SELECT current_schema()")).scalar_one())
    existing = set(conn.execute(text("SELECT rolname FROM pg_roles")).scalars())
    # a role dropped from the server since it was recorded is passed over (its records stay harmless)
    rows = [r for r in conn.execute(select(MEMBERS.c.role, MEMBERS.c.kind).distinct()) if r.role in existing]
    for role, kind in rows:
        who = quote(role)
        conn.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {who}"))
        common = ["archive_info", VERSION_TABLE, "archive_member"]
        if kind == MEMBER:
            conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {_names(quote, tables)} TO {who}"))
            conn.execute(text(f"GRANT SELECT ON {_names(quote, [*common, 'archive_team'])} TO {who}"))
        else:
            conn.execute(text(f"GRANT SELECT ON {_names(quote, [*public, *common])} TO {who}"))


def _names(quote: Any, tables: list[str]) -> str:
    return ", ".join(quote(t) for t in tables)


def _revoke(conn: Any, role: str) -> None:
    quote = conn.dialect.identifier_preparer.quote
    tables = [*dossier_tables(conn), "archive_info", VERSION_TABLE, "archive_member", "archive_team"]
    conn.execute(text(f"REVOKE ALL ON {_names(quote, tables)} FROM {quote(role)}"))


# -- the owner's commands -----------------------------------------------------------------------


def add_team(archive: Archive, name: str) -> None:
    """A new team; refused when it exists."""
    name = name.strip()
    if not name:
        raise ArchiveError("{database}: a team needs a name", database=archive.name)
    with archive.transaction() as conn:
        if conn.execute(select(TEAMS.c.name).where(TEAMS.c.name == name)).first() is not None:
            raise ArchiveError("{database}: team {team} exists already", database=archive.name, team=name)
        conn.execute(insert(TEAMS).values(name=name))


def teams(archive: Archive) -> list[Team]:
    """Every team with its members, advisers and number of dossiers (what the connected role may see)."""
    with archive.transaction() as conn:
        names = list(conn.execute(select(TEAMS.c.name).order_by(TEAMS.c.name)).scalars())
        people = conn.execute(select(MEMBERS.c.team, MEMBERS.c.role, MEMBERS.c.kind).order_by(MEMBERS.c.role)).all()
        counted = dict(conn.execute(text("SELECT team, count(*) FROM archive_dossier GROUP BY team")).all())
    return [
        Team(
            name,
            tuple(r for t, r, k in people if t == name and k == MEMBER),
            tuple(r for t, r, k in people if (t == name or t is None) and k == ADVISER),
            int(counted.get(name, 0)),
        )
        for name in names
    ]


def assign(archive: Archive, dossier_id: str, team: str) -> None:
    """Hand a dossier to a team (one from before teams existed, or moved to another team)."""
    with archive.transaction() as conn:
        _check_team(conn, archive, team)
        moved = conn.execute(update(DOSSIERS).where(DOSSIERS.c.dossier_id == dossier_id).values(team=team)).rowcount
        if not moved:
            raise ArchiveError(
                "{database}: no dossier {dossier} in the archive; archive list shows the ids",
                database=archive.name,
                dossier=dossier_id,
            )
        conn.execute(update(PUBLIC_DOSSIER).where(PUBLIC_DOSSIER.c.dossier_id == dossier_id).values(team=team))


def add_member(archive: Archive, role: str, team: str | None, kind: str = MEMBER) -> None:
    """Record ``role`` as a member of ``team`` (an adviser: of ``team``, or every team when None); grant."""
    with archive.transaction() as conn:
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is None:
            raise ArchiveError(
                "{database}: there is no database role {role}; create it first (CREATE ROLE ... LOGIN, see docs/ARCHIVE.md)",
                database=archive.name,
                role=role,
            )
        if team is not None:
            _check_team(conn, archive, team)
        same = (MEMBERS.c.role == role) & (MEMBERS.c.kind == kind)
        same &= MEMBERS.c.team.is_(None) if team is None else MEMBERS.c.team == team
        if conn.execute(select(MEMBERS.c.id).where(same)).first() is None:
            conn.execute(insert(MEMBERS).values(role=role, kind=kind, team=team))
        grant_rights(conn)


def remove_member(archive: Archive, role: str, team: str | None) -> int:
    """Take ``role`` out of ``team`` (None: out of every team and as adviser); how many records went.

    A role left in no team and no longer adviser loses its rights on the archive's tables.
    """
    with archive.transaction() as conn:
        which = MEMBERS.c.role == role
        if team is not None:
            which &= MEMBERS.c.team == team
        gone = conn.execute(delete(MEMBERS).where(which)).rowcount
        left = conn.execute(select(MEMBERS.c.id).where(MEMBERS.c.role == role)).first()
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
        if left is None and exists is not None:
            _revoke(conn, role)
        return int(gone)


def _check_team(conn: Any, archive: Archive, team: str) -> None:
    if conn.execute(select(TEAMS.c.name).where(TEAMS.c.name == team)).first() is None:
        raise ArchiveError(
            "{database}: there is no team {team}; archive team add makes one", database=archive.name, team=team
        )


# -- at push --------------------------------------------------------------------------------------


def team_at_push(conn: Any, archive: Archive, team: str | None, new: bool) -> dict[str, str]:
    """The ``team`` value for the dossier's row at a push: ``{}`` keeps what it has.

    A new dossier pushed without ``--team`` goes to the pusher's team when they are in exactly
    one (none when they are in none: only the owner sees it then).
    """
    if team is not None:
        _check_team(conn, archive, team)
        return {"team": team}
    if not new:
        return {}
    mine = list(conn.execute(text(_MY_TEAMS)).scalars())
    if len(set(mine)) > 1:
        raise ArchiveError(
            "{database}: you are in several teams ({teams}); say whose dossier it is with --team",
            database=archive.name,
            teams=", ".join(sorted(set(mine))),
        )
    return {"team": mine[0]} if mine else {}


def store_public_copy(conn: Any, dossier_id: str, copy: PublicCopy | None) -> None:
    """Replace the dossier's masked copy (none when ``copy`` is None: advisers then see nothing of it)."""
    for table in reversed(PUBLIC_TABLES):
        conn.execute(delete(table).where(table.c.dossier_id == dossier_id))
    if copy is None:
        return
    team = conn.execute(select(DOSSIERS.c.team).where(DOSSIERS.c.dossier_id == dossier_id)).scalar()
    conn.execute(
        insert(PUBLIC_DOSSIER).values(dossier_id=dossier_id, team=team, names_scanned=copy.names_scanned, **copy.dossier)
    )
    for table, rows in zip(PUBLIC_TABLES[1:], (copy.meetings, copy.notes, copy.promises), strict=True):
        if rows:
            conn.execute(insert(table), [{**row, "dossier_id": dossier_id} for row in rows])
