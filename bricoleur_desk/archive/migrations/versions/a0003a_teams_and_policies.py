"""Teams and roles: whose dossier it is, who is in which team, masked copies for advisers, row-level security.

New tables ``archive_team``, ``archive_member`` and the masked copies ``public_dossier``,
``public_meeting``, ``public_note``, ``public_promise``; ``archive_dossier.team``. Then row-level
security and one policy on ``archive_member`` and on every table with a ``dossier_id``
(bricoleur_desk/archive/access.py, ``secure_tables``, which connection.ensure_schema runs again
after every later migration). Tables as in archive/access_schema.py; tests/archive/test_archive_schema.py
checks the migrations make exactly that schema.

Revision ID: a0003a
Revises: a0002
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "a0003a"
down_revision: str | None = "a0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PUBLIC = ("public_promise", "public_note", "public_meeting", "public_dossier")


def _dossier_id() -> list[sa.Column[str] | sa.ForeignKeyConstraint]:
    return [
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
    ]


def upgrade() -> None:
    from bricoleur_desk.archive.access import secure_tables

    op.create_table("archive_team", sa.Column("name", sa.Text(), nullable=False), sa.PrimaryKeyConstraint("name"))
    op.create_table(
        "archive_member",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("team", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["team"], ["archive_team.name"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.add_column("archive_dossier", sa.Column("team", sa.Text(), nullable=True))
    op.create_foreign_key(None, "archive_dossier", "archive_team", ["team"], ["name"])
    op.create_table(
        "public_dossier",
        *_dossier_id(),
        sa.Column("team", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("area", sa.Text(), nullable=True),
        sa.Column("names_scanned", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("dossier_id"),
    )
    op.create_table(
        "public_meeting",
        *_dossier_id(),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("venue", sa.Text(), nullable=True),
        sa.Column("question", sa.Text(), nullable=True),
        sa.Column("introduction", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_table(
        "public_note",
        *_dossier_id(),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("theme", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("raised_by_group", sa.Text(), nullable=True),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_table(
        "public_promise",
        *_dossier_id(),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    secure_tables(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    for table in bind.execute(sa.text("SELECT tablename FROM pg_policies WHERE policyname = 'archive_team_rows'")).scalars():
        op.execute(f'DROP POLICY archive_team_rows ON "{table}"')
        op.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
    for table in _PUBLIC:
        op.drop_table(table)
    op.drop_constraint("archive_dossier_team_fkey", "archive_dossier", type_="foreignkey")
    op.drop_column("archive_dossier", "team")
    op.drop_table("archive_member")
    op.drop_table("archive_team")
