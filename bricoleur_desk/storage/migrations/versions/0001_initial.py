"""The initial dossier schema: the dossier, people, promises, meetings and their sketches.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "dossier",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("area", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("history", sa.Text(), nullable=True),
        sa.Column("retention_until", sa.Date(), nullable=True),
        sa.Column("municipality", sa.Text(), nullable=True),
        sa.Column("logo_png", sa.LargeBinary(), nullable=True),
        sa.Column("accent", sa.String(length=16), nullable=False),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.String(length=40), nullable=False),
        sa.Column("venue", sa.Text(), nullable=True),
        sa.Column("question", sa.Text(), nullable=True),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("frame", sa.JSON(), nullable=False),
        sa.Column("agenda", sa.JSON(), nullable=False),
        sa.Column("attendance", sa.JSON(), nullable=False),
        sa.Column("evaluation", sa.JSON(), nullable=False),
        sa.Column("expected_groups", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_parent", ["dossier_id", "position"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("group_name", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("consent_contact", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_parent", ["dossier_id", "position"], unique=False)

    op.create_table(
        "promise",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note_ids", sa.JSON(), nullable=False),
        sa.Column("updates", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.create_index("ix_promise_parent", ["dossier_id", "position"], unique=False)

    op.create_table(
        "canvas",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("width", sa.Double(), nullable=False),
        sa.Column("height", sa.Double(), nullable=False),
        sa.Column("background_kind", sa.String(length=20), nullable=False),
        sa.Column("background_media_type", sa.String(length=40), nullable=True),
        sa.Column("background_data", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("canvas", schema=None) as batch_op:
        batch_op.create_index("ix_canvas_parent", ["meeting_id", "position"], unique=False)

    op.create_table(
        "note",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("theme_id", sa.String(), nullable=True),
        sa.Column("raised_by", sa.String(), nullable=True),
        sa.Column("raised_by_group", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("merged_into", sa.String(), nullable=True),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=True),
        sa.Column("internal_remark", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index("ix_note_parent", ["meeting_id", "position"], unique=False)

    op.create_table(
        "theme",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("color", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("theme", schema=None) as batch_op:
        batch_op.create_index("ix_theme_parent", ["meeting_id", "position"], unique=False)

    op.create_table(
        "sheet",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("canvas_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("visible", sa.Boolean(), nullable=False),
        sa.Column("opacity", sa.Double(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["canvas_id"], ["canvas.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sheet", schema=None) as batch_op:
        batch_op.create_index("ix_sheet_parent", ["canvas_id", "position"], unique=False)

    op.create_table(
        "label",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("sheet_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("x", sa.Double(), nullable=False),
        sa.Column("y", sa.Double(), nullable=False),
        sa.Column("color", sa.String(length=16), nullable=False),
        sa.Column("size", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(["sheet_id"], ["sheet.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("label", schema=None) as batch_op:
        batch_op.create_index("ix_label_parent", ["sheet_id", "position"], unique=False)

    op.create_table(
        "pin",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("sheet_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.String(), nullable=False),
        sa.Column("x", sa.Double(), nullable=False),
        sa.Column("y", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(["sheet_id"], ["sheet.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("pin", schema=None) as batch_op:
        batch_op.create_index("ix_pin_parent", ["sheet_id", "position"], unique=False)

    op.create_table(
        "sticky",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("sheet_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("x", sa.Double(), nullable=False),
        sa.Column("y", sa.Double(), nullable=False),
        sa.Column("color", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["sheet_id"], ["sheet.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sticky", schema=None) as batch_op:
        batch_op.create_index("ix_sticky_parent", ["sheet_id", "position"], unique=False)

    op.create_table(
        "stroke",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("sheet_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("tool", sa.String(length=20), nullable=False),
        sa.Column("color", sa.String(length=16), nullable=False),
        sa.Column("width", sa.Double(), nullable=False),
        sa.Column("points", sa.LargeBinary(), nullable=False),
        sa.Column("min_x", sa.Double(), nullable=False),
        sa.Column("min_y", sa.Double(), nullable=False),
        sa.Column("max_x", sa.Double(), nullable=False),
        sa.Column("max_y", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(["sheet_id"], ["sheet.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stroke", schema=None) as batch_op:
        batch_op.create_index("ix_stroke_parent", ["sheet_id", "position"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("stroke", schema=None) as batch_op:
        batch_op.drop_index("ix_stroke_parent")

    op.drop_table("stroke")
    with op.batch_alter_table("sticky", schema=None) as batch_op:
        batch_op.drop_index("ix_sticky_parent")

    op.drop_table("sticky")
    with op.batch_alter_table("pin", schema=None) as batch_op:
        batch_op.drop_index("ix_pin_parent")

    op.drop_table("pin")
    with op.batch_alter_table("label", schema=None) as batch_op:
        batch_op.drop_index("ix_label_parent")

    op.drop_table("label")
    with op.batch_alter_table("sheet", schema=None) as batch_op:
        batch_op.drop_index("ix_sheet_parent")

    op.drop_table("sheet")
    with op.batch_alter_table("theme", schema=None) as batch_op:
        batch_op.drop_index("ix_theme_parent")

    op.drop_table("theme")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index("ix_note_parent")

    op.drop_table("note")
    with op.batch_alter_table("canvas", schema=None) as batch_op:
        batch_op.drop_index("ix_canvas_parent")

    op.drop_table("canvas")
    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.drop_index("ix_promise_parent")

    op.drop_table("promise")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_parent")

    op.drop_table("person")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_parent")

    op.drop_table("meeting")
    op.drop_table("dossier")
