"""A person's consent to be contacted gets its date and how it was given.

``person.consent_date`` (a date) and ``person.consent_how`` (sign_in_sheet, email or in_person);
both empty for the people already there: nothing is known about how they consented.

Revision ID: 0003n
Revises: 0002
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003n"
down_revision: str | None = "0003c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # nullable columns without a default: SQLite adds them in place, no table is rebuilt
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("consent_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("consent_how", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("consent_how")
        batch_op.drop_column("consent_date")
