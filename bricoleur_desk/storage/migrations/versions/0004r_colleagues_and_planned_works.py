"""The register inside the municipality: colleagues and departments, planned works; owners link to it.

New tables ``colleague`` (name, kind department/colleague, department_id, role) and
``planned_work`` (title, kind work/project/budget, period, budget, owner_id, description);
``promise`` and ``note`` get ``owner_id`` (a colleague row) and ``work_id`` (a planned work).
Every distinct owner text of a dossier's promises (compared without case and extra spaces)
becomes one colleague row of kind department, named as first written, and those promises link
to it: nothing anyone typed is lost, and the register window can make an entry a colleague.

Revision ID: 0004r
Revises: 0004d
Create Date: 2026-12-04
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004r"
down_revision: str | None = "0004d"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "colleague",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("department_id", sa.String(), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("colleague", schema=None) as batch_op:
        batch_op.create_index("ix_colleague_parent", ["dossier_id", "position"], unique=False)
    op.create_table(
        "planned_work",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("period", sa.Text(), nullable=True),
        sa.Column("budget", sa.Text(), nullable=True),
        sa.Column("owner_id", sa.String(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("planned_work", schema=None) as batch_op:
        batch_op.create_index("ix_planned_work_parent", ["dossier_id", "position"], unique=False)
    # nullable columns without a default: SQLite adds them in place, no table is rebuilt
    for table in ("promise", "note"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("owner_id", sa.String(), nullable=True))
            batch_op.add_column(sa.Column("work_id", sa.String(), nullable=True))
    _owner_texts_to_entries(op.get_bind())


def _owner_texts_to_entries(conn: sa.Connection) -> None:
    # written out in SQL: a migration must not change when the domain or entities.py do
    rows = conn.execute(
        sa.text("SELECT id, dossier_id, owner FROM promise WHERE owner IS NOT NULL ORDER BY dossier_id, position")
    ).fetchall()
    entries: dict[tuple[str, str], tuple[str, str]] = {}  # (dossier, key) -> (id, name)
    positions: dict[str, int] = {}
    for promise_id, dossier_id, owner in rows:
        name = " ".join(owner.split())
        if not name:
            continue
        key = (dossier_id, name.casefold())
        if key not in entries:
            entry_id = str(uuid.uuid4())
            entries[key] = (entry_id, name)
            position = positions.get(dossier_id, 0)
            positions[dossier_id] = position + 1
            conn.execute(
                sa.text(
                    "INSERT INTO colleague (id, dossier_id, position, name, kind) "
                    "VALUES (:id, :dossier, :position, :name, 'department')"
                ),
                {"id": entry_id, "dossier": dossier_id, "position": position, "name": name},
            )
        entry_id, entry_name = entries[key]
        conn.execute(
            sa.text("UPDATE promise SET owner_id = :entry, owner = :name WHERE id = :id"),
            {"entry": entry_id, "name": entry_name, "id": promise_id},
        )


def downgrade() -> None:
    for table in ("note", "promise"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("work_id")
            batch_op.drop_column("owner_id")
    with op.batch_alter_table("planned_work", schema=None) as batch_op:
        batch_op.drop_index("ix_planned_work_parent")
    op.drop_table("planned_work")
    with op.batch_alter_table("colleague", schema=None) as batch_op:
        batch_op.drop_index("ix_colleague_parent")
    op.drop_table("colleague")
