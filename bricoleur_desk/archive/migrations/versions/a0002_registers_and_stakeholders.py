"""The register inside the municipality and the groups with a stake, as in dossier files 0004d/0004r.

New tables ``stakeholder``, ``colleague`` and ``planned_work`` (every row with its dossier_id,
like the others); ``meeting.introduction``; ``note`` and ``promise`` get ``owner_id`` and
``work_id``. Derived from bricoleur_desk/archive/schema.py; tests/archive/test_archive_schema.py
checks the migrations make exactly that schema.

Revision ID: a0002
Revises: a0001
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "a0002"
down_revision: str | None = "a0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "colleague",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("department_id", sa.String(), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_index("ix_archive_colleague_parent", "colleague", ["dossier_id", "position"], unique=False)
    op.create_table(
        "planned_work",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("period", sa.Text(), nullable=True),
        sa.Column("budget", sa.Text(), nullable=True),
        sa.Column("owner_id", sa.String(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_index(
        "ix_archive_planned_work_parent", "planned_work", ["dossier_id", "position"], unique=False
    )
    op.create_table(
        "stakeholder",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("stake", sa.Text(), nullable=True),
        sa.Column("spokesperson", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_index("ix_archive_stakeholder_parent", "stakeholder", ["dossier_id", "position"], unique=False)
    op.add_column("meeting", sa.Column("introduction", sa.Text(), nullable=True))
    op.add_column("note", sa.Column("owner_id", sa.String(), nullable=True))
    op.add_column("note", sa.Column("work_id", sa.String(), nullable=True))
    op.add_column("promise", sa.Column("owner_id", sa.String(), nullable=True))
    op.add_column("promise", sa.Column("work_id", sa.String(), nullable=True))


def downgrade() -> None:
    op.drop_column("promise", "work_id")
    op.drop_column("promise", "owner_id")
    op.drop_column("note", "work_id")
    op.drop_column("note", "owner_id")
    op.drop_column("meeting", "introduction")
    op.drop_index("ix_archive_stakeholder_parent", table_name="stakeholder")
    op.drop_table("stakeholder")
    op.drop_index("ix_archive_planned_work_parent", table_name="planned_work")
    op.drop_table("planned_work")
    op.drop_index("ix_archive_colleague_parent", table_name="colleague")
    op.drop_table("colleague")
