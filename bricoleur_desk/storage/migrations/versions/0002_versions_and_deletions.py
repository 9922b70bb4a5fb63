"""A change counter on every row and a record of deletions, for merging two copies of a dossier later.

Every entity table gets ``version`` (1 for the rows already there: each was written once); the
``deletion`` table keeps (id, kind, deleted_at, version) of each deleted row.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the tables of revision 0001, written out: a migration must not change when entities.py does
TABLES = (
    "dossier",
    "person",
    "promise",
    "meeting",
    "theme",
    "note",
    "canvas",
    "sheet",
    "stroke",
    "sticky",
    "label",
    "pin",
)


def upgrade() -> None:
    for table in TABLES:
        # SQLite adds a column with a constant default in place: no table is rebuilt
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    op.create_table(
        "deletion",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("deletion")
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
