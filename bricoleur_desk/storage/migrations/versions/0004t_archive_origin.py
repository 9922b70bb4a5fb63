"""Where a dossier file came from in a team archive: the archive's id and the revision pulled.

``archive_origin`` holds one row per team archive the file was pulled from or pushed to:
``archive_id`` (the archive's own id, made when its schema was created), ``dossier_id``,
``revision`` (the dossier's revision in that archive when it was last pulled or pushed) and
``at`` (when, UTC). A push compares ``revision`` with the archive's: equal means nobody changed
it there meanwhile (bricoleur_desk/archive/push.py). No domain data: the reader never reads it.

Revision ID: 0004t
Revises: 0004r
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004t"
down_revision: str | None = "0004r"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "archive_origin",
        sa.Column("archive_id", sa.String(), nullable=False),
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("archive_id"),
    )


def downgrade() -> None:
    op.drop_table("archive_origin")
