"""The conflicts of a merge: both sides of an entity that two laptops changed, until someone chooses.

New table ``archive_conflict`` (bricoleur_desk/archive/conflicts.py): the archive's side stays
in place in the dossier's tables, the pushed side (and the pushed rows under it) waits here as
JSON. Derived from bricoleur_desk/archive/schema.py; tests/archive/test_archive_schema.py checks
the migrations make exactly that schema.

Revision ID: a0003m
Revises: a0003a
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "a0003m"
down_revision: str | None = "a0003a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "archive_conflict",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("archive_side", sa.JSON(), nullable=True),
        sa.Column("pushed_side", sa.JSON(), nullable=True),
        sa.Column("pushed_with", sa.JSON(), nullable=False),
        sa.Column("pushed_by", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_archive_conflict_dossier_id", "archive_conflict", ["dossier_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_archive_conflict_dossier_id", table_name="archive_conflict")
    op.drop_table("archive_conflict")
