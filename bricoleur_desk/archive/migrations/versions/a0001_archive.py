"""The team archive's first schema: many dossiers, each row with its dossier_id; Dutch full-text search.

Tables as in bricoleur_desk/archive/schema.py (derived there from storage/entities.py); the
archive's own id is made here, once. Its version table is ``archive_alembic_version``.

Revision ID: a0001
Revises:
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "a0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "archive_dossier",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.Text(), nullable=False),
        sa.Column("encrypted_source", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("dossier_id"),
    )
    op.create_table(
        "archive_info",
        sa.Column("archive_id", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("archive_id"),
    )
    op.create_table(
        "archive_deletion",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_table(
        "canvas",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("width", sa.Double(), nullable=False),
        sa.Column("height", sa.Double(), nullable=False),
        sa.Column("background_kind", sa.String(length=20), nullable=False),
        sa.Column("background_media_type", sa.String(length=40), nullable=True),
        sa.Column("background_data", sa.LargeBinary(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_index(
        "ix_archive_canvas_parent", "canvas", ["dossier_id", "meeting_id", "position"], unique=False
    )
    op.create_table(
        "dossier",
        sa.Column("dossier_id", sa.String(), nullable=False),
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
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_table(
        "label",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("sheet_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("x", sa.Double(), nullable=False),
        sa.Column("y", sa.Double(), nullable=False),
        sa.Column("color", sa.String(length=16), nullable=False),
        sa.Column("size", sa.Double(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_index("ix_archive_label_parent", "label", ["dossier_id", "sheet_id", "position"], unique=False)
    op.create_table(
        "meeting",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.String(length=40), nullable=False),
        sa.Column("venue", sa.Text(), nullable=True),
        sa.Column("question", sa.Text(), nullable=True),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("expected_groups", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=True),
        sa.Column("frame", sa.JSON(), nullable=False),
        sa.Column("agenda", sa.JSON(), nullable=False),
        sa.Column("attendance", sa.JSON(), nullable=False),
        sa.Column("evaluation", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_index("ix_archive_meeting_parent", "meeting", ["dossier_id", "position"], unique=False)
    op.create_table(
        "note",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("theme_id", sa.String(), nullable=True),
        sa.Column("raised_by", sa.String(), nullable=True),
        sa.Column("raised_by_group", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("merged_into", sa.String(), nullable=True),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=True),
        sa.Column("internal_remark", sa.Text(), nullable=True),
        sa.Column("privacy_cleared", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "search",
            postgresql.TSVECTOR(),
            sa.Computed(
                "to_tsvector('dutch'::regconfig, coalesce(text, '') || ' ' || coalesce(answer, ''))",
                persisted=True,
            ),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_index("ix_archive_note_parent", "note", ["dossier_id", "meeting_id", "position"], unique=False)
    op.create_index("ix_archive_note_search", "note", ["search"], unique=False, postgresql_using="gin")
    op.create_table(
        "person",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("group_name", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("consent_contact", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_how", sa.String(length=20), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_index("ix_archive_person_parent", "person", ["dossier_id", "position"], unique=False)
    op.create_table(
        "pin",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("sheet_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.String(), nullable=False),
        sa.Column("x", sa.Double(), nullable=False),
        sa.Column("y", sa.Double(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_index("ix_archive_pin_parent", "pin", ["dossier_id", "sheet_id", "position"], unique=False)
    op.create_table(
        "promise",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note_ids", sa.JSON(), nullable=False),
        sa.Column("updates", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "search",
            postgresql.TSVECTOR(),
            sa.Computed(
                "to_tsvector('dutch'::regconfig, coalesce(text, '') || ' ' || coalesce(reason, ''))",
                persisted=True,
            ),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_index("ix_archive_promise_due", "promise", ["status", "due"], unique=False)
    op.create_index(
        "ix_archive_promise_owner", "promise", [sa.text("lower(btrim(owner))"), "due"], unique=False
    )
    op.create_index("ix_archive_promise_parent", "promise", ["dossier_id", "position"], unique=False)
    op.create_index("ix_archive_promise_search", "promise", ["search"], unique=False, postgresql_using="gin")
    op.create_table(
        "sheet",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("canvas_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("visible", sa.Boolean(), nullable=False),
        sa.Column("opacity", sa.Double(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_index("ix_archive_sheet_parent", "sheet", ["dossier_id", "canvas_id", "position"], unique=False)
    op.create_table(
        "sticky",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("sheet_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("x", sa.Double(), nullable=False),
        sa.Column("y", sa.Double(), nullable=False),
        sa.Column("color", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_index(
        "ix_archive_sticky_parent", "sticky", ["dossier_id", "sheet_id", "position"], unique=False
    )
    op.create_table(
        "stroke",
        sa.Column("dossier_id", sa.String(), nullable=False),
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
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_index(
        "ix_archive_stroke_parent", "stroke", ["dossier_id", "sheet_id", "position"], unique=False
    )
    op.create_table(
        "theme",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("color", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["archive_dossier.dossier_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_index(
        "ix_archive_theme_parent", "theme", ["dossier_id", "meeting_id", "position"], unique=False
    )
    # the archive's own id: a file records it with the revision it was pulled at
    op.execute("INSERT INTO archive_info (archive_id) VALUES (gen_random_uuid()::text)")


def downgrade() -> None:
    op.drop_index("ix_archive_theme_parent", table_name="theme")
    op.drop_table("theme")
    op.drop_index("ix_archive_stroke_parent", table_name="stroke")
    op.drop_table("stroke")
    op.drop_index("ix_archive_sticky_parent", table_name="sticky")
    op.drop_table("sticky")
    op.drop_index("ix_archive_sheet_parent", table_name="sheet")
    op.drop_table("sheet")
    op.drop_index("ix_archive_promise_search", table_name="promise", postgresql_using="gin")
    op.drop_index("ix_archive_promise_parent", table_name="promise")
    op.drop_index("ix_archive_promise_owner", table_name="promise")
    op.drop_index("ix_archive_promise_due", table_name="promise")
    op.drop_table("promise")
    op.drop_index("ix_archive_pin_parent", table_name="pin")
    op.drop_table("pin")
    op.drop_index("ix_archive_person_parent", table_name="person")
    op.drop_table("person")
    op.drop_index("ix_archive_note_search", table_name="note", postgresql_using="gin")
    op.drop_index("ix_archive_note_parent", table_name="note")
    op.drop_table("note")
    op.drop_index("ix_archive_meeting_parent", table_name="meeting")
    op.drop_table("meeting")
    op.drop_index("ix_archive_label_parent", table_name="label")
    op.drop_table("label")
    op.drop_table("dossier")
    op.drop_index("ix_archive_canvas_parent", table_name="canvas")
    op.drop_table("canvas")
    op.drop_table("archive_deletion")
    op.drop_table("archive_info")
    op.drop_table("archive_dossier")
