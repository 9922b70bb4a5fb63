"""Who may see what in the team archive: teams, their members, and the masked copies for advisers.

- ``archive_team``: one row per team (a name, e.g. "Noord"); ``archive_dossier.team`` says whose
  dossier it is (NULL: nobody's yet, only the archive's owner sees it).
- ``archive_member``: which PostgreSQL role (a facilitator's own login) belongs to which team
  (``kind`` "member"), and which roles are communication advisers (``kind`` "adviser"; ``team``
  NULL: every team's masked copies).
- ``public_*``: what the public report would show of each dossier, masked at push time with the
  public report's own finder (workspace/privacy.py): row-level security filters rows but cannot
  mask text, so the adviser role is granted these tables only. Registered people, contact details,
  who raised a note, internal remarks and spokespeople are not in them at all.

Row-level security on every table with a ``dossier_id`` (archive/access.py) is derived from the
database itself, not from this list, so a later table (``archive_conflict``) is covered too.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, String, Table, Text

from .schema import METADATA

TEAMS = Table("archive_team", METADATA, Column("name", Text(), primary_key=True))

MEMBER, ADVISER = "member", "adviser"
MEMBERS = Table(
    "archive_member",
    METADATA,
    Column("id", Integer(), primary_key=True, autoincrement=True),
    Column("role", Text(), nullable=False),  # a PostgreSQL role name, exactly as written
    Column("kind", String(10), nullable=False),  # "member" or "adviser"
    # a member's team; an adviser's (NULL: the masked copies of every team)
    Column("team", Text(), ForeignKey("archive_team.name", ondelete="CASCADE"), nullable=True),
)


def _dossier() -> Column[str]:
    return Column(
        "dossier_id", String(), ForeignKey("archive_dossier.dossier_id", ondelete="CASCADE"), primary_key=True
    )


PUBLIC_DOSSIER = Table(
    "public_dossier",
    METADATA,
    _dossier(),
    Column("team", Text(), nullable=True),  # the dossier's team, for the advisers' policy
    Column("title", Text(), nullable=False),
    Column("area", Text(), nullable=True),
    Column("names_scanned", Boolean(), nullable=False),  # unregistered names were masked too
)

PUBLIC_MEETING = Table(
    "public_meeting",
    METADATA,
    _dossier(),
    Column("id", String(), primary_key=True),
    Column("title", Text(), nullable=False),
    Column("starts_at", DateTime(), nullable=False),  # local wall-clock time, as in the file
    Column("venue", Text(), nullable=True),
    Column("question", Text(), nullable=True),
    Column("introduction", Text(), nullable=True),
    Column("summary", Text(), nullable=True),
    Column("next_steps", Text(), nullable=True),
)

PUBLIC_NOTE = Table(
    "public_note",
    METADATA,
    _dossier(),
    Column("id", String(), primary_key=True),
    Column("meeting_id", String(), nullable=False),
    Column("number", Integer(), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("status", String(20), nullable=False),
    Column("theme", Text(), nullable=True),
    Column("text", Text(), nullable=False),
    Column("answer", Text(), nullable=True),
    Column("raised_by_group", Text(), nullable=True),
    Column("votes", Integer(), nullable=False),
)

PUBLIC_PROMISE = Table(
    "public_promise",
    METADATA,
    _dossier(),
    Column("id", String(), primary_key=True),
    Column("position", Integer(), nullable=False),
    Column("meeting_id", String(), nullable=False),
    Column("text", Text(), nullable=False),
    Column("owner", Text(), nullable=True),
    Column("due", Date(), nullable=True),
    Column("status", String(20), nullable=False),
    Column("reason", Text(), nullable=True),
)

# parents first: the order a masked copy is written in
PUBLIC_TABLES: tuple[Table, ...] = (PUBLIC_DOSSIER, PUBLIC_MEETING, PUBLIC_NOTE, PUBLIC_PROMISE)
