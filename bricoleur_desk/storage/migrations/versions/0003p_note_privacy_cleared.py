"""A note remembers that the facilitator confirmed its words hold no personal data.

``note.privacy_cleared`` holds a fingerprint of the text and group confirmed (NULL: never
confirmed); a note whose words changed since is masked on the projector again until scanned.

Revision ID: 0003p
Revises: 0002
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003p"
down_revision: str | None = "0003n"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a nullable column without a default: SQLite adds it in place, no table is rebuilt
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.add_column(sa.Column("privacy_cleared", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_column("privacy_cleared")
