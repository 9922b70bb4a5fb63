"""What the team archive held when a file was last pulled from it or pushed to it: the merge base.

``archive_base`` holds one row per entity row of the dossier as the archive had it at that
moment: ``archive_id``, the row's ``id`` and its ``version``. A push compares the file's and the
archive's versions of each row with these: a row whose version differs from its base was
changed on that side since (a three-way merge, bricoleur_desk/archive/merging.py). Written in
the same transaction as ``archive_origin``. No domain data: the reader never reads it.

Revision ID: 0005m
Revises: 0004t
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005m"
down_revision: str | None = "0004t"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "archive_base",
        sa.Column("archive_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("archive_id", "id"),
    )


def downgrade() -> None:
    op.drop_table("archive_base")
