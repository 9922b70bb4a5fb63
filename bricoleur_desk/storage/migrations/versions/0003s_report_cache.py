"""A cache of what reports make from the sketches: each sheet's compressed stroke forms, each map at print size.

``report_cache`` holds one row per kept item: ``key`` (a digest of everything its bytes depend
on, see report/sketch_store.py), ``kind`` ("forms" or "background"), ``owner`` (the sheet or
canvas id), ``content`` (for forms, the key of the sheet's strokes as stored when it was made)
and ``data``. Nothing in it is new information: dropping the table's rows loses nothing.

Revision ID: 0003s
Revises: 0002
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003s"
down_revision: str | None = "0003p"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "report_cache",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("content", sa.String(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("report_cache")
