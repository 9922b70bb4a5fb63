"""Stakeholders of a dossier, and the adviser's introduction to an evening's report.

A new table ``stakeholder`` (a group or organisation: its name, what is at stake for it, who
speaks for it), one row per stakeholder under the dossier; and one nullable text column
``introduction`` on ``meeting`` (existing meetings have none).

Revision ID: 0004d
Revises: 0003s
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004d"
down_revision: str | None = "0003s"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stakeholder",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("stake", sa.Text(), nullable=True),
        sa.Column("spokesperson", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.create_index("ix_stakeholder_parent", ["dossier_id", "position"], unique=False)
    # SQLite adds a nullable column in place: no table is rebuilt
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("introduction", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("introduction")
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.drop_index("ix_stakeholder_parent")
    op.drop_table("stakeholder")
