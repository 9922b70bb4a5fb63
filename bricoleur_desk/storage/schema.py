"""The tables of a dossier file, as SQLAlchemy 2 typed ORM classes.

One row per domain object. Every object that sits in a parent's list has a ``position``
(its index there) and a foreign key to that parent with ON DELETE CASCADE, so deleting a
meeting deletes its notes and sketches. Cross references that are not ownership (a note's
theme, a pin's note, a promise's meeting) are plain id columns without a foreign key: an edit
may leave one dangling until it is undone, and the domain, not the file, decides what that means.
Nested values that are always read and written whole (a meeting's frame, agenda, attendance,
evaluation) are JSON columns.
"""

# no `from __future__ import annotations`: SQLAlchemy would eval() every Mapped[...] string
# at import, which measured 60 ms of the start-up time
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Double, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ..domain.model import BackgroundKind, NoteKind, NoteStatus, Phase, PromiseStatus, StrokeTool
from .column_types import EnumText, IsoDateTime
from .identity import APPLICATION_ID, SCHEMA_REVISION

__all__ = ["APPLICATION_ID", "ROWS", "SCHEMA_REVISION", "Base"]


class Base(DeclarativeBase):
    pass


class DossierRow(Base):
    __tablename__ = "dossier"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    area: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    history: Mapped[str | None] = mapped_column(Text)
    retention_until: Mapped[date | None] = mapped_column(Date)
    # the house style (HouseStyle) lives in the dossier's row: always read and changed with it
    municipality: Mapped[str | None] = mapped_column(Text)
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    accent: Mapped[str] = mapped_column(String(16))
    contact: Mapped[str | None] = mapped_column(Text)


class PersonRow(Base):
    __tablename__ = "person"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    group_name: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    consent_contact: Mapped[bool] = mapped_column(Boolean)

    __table_args__ = (Index("ix_person_parent", "dossier_id", "position"),)


class PromiseRow(Base):
    __tablename__ = "promise"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    meeting_id: Mapped[str] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(Text)
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[PromiseStatus] = mapped_column(EnumText(PromiseStatus))
    note_ids: Mapped[list[str]] = mapped_column(JSON)
    # [{"at": ISO 8601, "text": str}, ...]: the dated updates, read and written whole
    updates: Mapped[list[dict[str, str]]] = mapped_column(JSON)

    __table_args__ = (Index("ix_promise_parent", "dossier_id", "position"),)


class MeetingRow(Base):
    __tablename__ = "meeting"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[datetime] = mapped_column(IsoDateTime)
    venue: Mapped[str | None] = mapped_column(Text)
    question: Mapped[str | None] = mapped_column(Text)
    phase: Mapped[Phase] = mapped_column(EnumText(Phase))
    frame: Mapped[dict[str, Any]] = mapped_column(JSON)
    agenda: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    attendance: Mapped[dict[str, Any]] = mapped_column(JSON)
    evaluation: Mapped[dict[str, Any]] = mapped_column(JSON)
    expected_groups: Mapped[list[str]] = mapped_column(JSON)
    summary: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_meeting_parent", "dossier_id", "position"),)


class ThemeRow(Base):
    __tablename__ = "theme"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    color: Mapped[str] = mapped_column(String(16))

    __table_args__ = (Index("ix_theme_parent", "meeting_id", "position"),)


class NoteRow(Base):
    __tablename__ = "note"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[NoteKind] = mapped_column(EnumText(NoteKind))
    theme_id: Mapped[str | None] = mapped_column(String)
    raised_by: Mapped[str | None] = mapped_column(String)
    raised_by_group: Mapped[str | None] = mapped_column(Text)
    status: Mapped[NoteStatus] = mapped_column(EnumText(NoteStatus))
    answer: Mapped[str | None] = mapped_column(Text)
    merged_into: Mapped[str | None] = mapped_column(String)
    votes: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    internal_remark: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_note_parent", "meeting_id", "position"),)


class CanvasRow(Base):
    __tablename__ = "canvas"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    width: Mapped[float] = mapped_column(Double)
    height: Mapped[float] = mapped_column(Double)
    background_kind: Mapped[BackgroundKind] = mapped_column(EnumText(BackgroundKind))
    background_media_type: Mapped[str | None] = mapped_column(String(40))
    background_data: Mapped[bytes | None] = mapped_column(LargeBinary)

    __table_args__ = (Index("ix_canvas_parent", "meeting_id", "position"),)


class SheetRow(Base):
    __tablename__ = "sheet"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    canvas_id: Mapped[str] = mapped_column(ForeignKey("canvas.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    visible: Mapped[bool] = mapped_column(Boolean)
    opacity: Mapped[float] = mapped_column(Double)
    locked: Mapped[bool] = mapped_column(Boolean)

    __table_args__ = (Index("ix_sheet_parent", "canvas_id", "position"),)


class StrokeRow(Base):
    __tablename__ = "stroke"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    sheet_id: Mapped[str] = mapped_column(ForeignKey("sheet.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    tool: Mapped[StrokeTool] = mapped_column(EnumText(StrokeTool))
    color: Mapped[str] = mapped_column(String(16))
    width: Mapped[float] = mapped_column(Double)
    # x, y, pressure per point as little-endian float32: bit-exact, 12 bytes a point
    points: Mapped[bytes] = mapped_column(LargeBinary)
    # the centre line's bounding box, so a query can find the strokes in a region
    min_x: Mapped[float] = mapped_column(Double)
    min_y: Mapped[float] = mapped_column(Double)
    max_x: Mapped[float] = mapped_column(Double)
    max_y: Mapped[float] = mapped_column(Double)

    __table_args__ = (Index("ix_stroke_parent", "sheet_id", "position"),)


class StickyRow(Base):
    __tablename__ = "sticky"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    sheet_id: Mapped[str] = mapped_column(ForeignKey("sheet.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    x: Mapped[float] = mapped_column(Double)
    y: Mapped[float] = mapped_column(Double)
    color: Mapped[str] = mapped_column(String(16))

    __table_args__ = (Index("ix_sticky_parent", "sheet_id", "position"),)


class LabelRow(Base):
    __tablename__ = "label"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    sheet_id: Mapped[str] = mapped_column(ForeignKey("sheet.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    x: Mapped[float] = mapped_column(Double)
    y: Mapped[float] = mapped_column(Double)
    color: Mapped[str] = mapped_column(String(16))
    size: Mapped[float] = mapped_column(Double)

    __table_args__ = (Index("ix_label_parent", "sheet_id", "position"),)


class PinRow(Base):
    __tablename__ = "pin"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    sheet_id: Mapped[str] = mapped_column(ForeignKey("sheet.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    note_id: Mapped[str] = mapped_column(String)
    x: Mapped[float] = mapped_column(Double)
    y: Mapped[float] = mapped_column(Double)

    __table_args__ = (Index("ix_pin_parent", "sheet_id", "position"),)


# domain kind (see domain/document.py KINDS) -> row class; parents before children
ROWS: dict[str, type[Base]] = {
    "dossier": DossierRow,
    "person": PersonRow,
    "promise": PromiseRow,
    "meeting": MeetingRow,
    "theme": ThemeRow,
    "note": NoteRow,
    "canvas": CanvasRow,
    "sheet": SheetRow,
    "stroke": StrokeRow,
    "sticky": StickyRow,
    "label": LabelRow,
    "pin": PinRow,
}
