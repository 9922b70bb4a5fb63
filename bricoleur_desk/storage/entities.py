"""One description per stored entity: its table, its parent and its fields, in plain Python.

Everything else in storage is derived from ``ENTITIES``: the SQLAlchemy tables (``schema``), the
start-up reader's column lists (``reader``), the row mappers both ways (``rows``), what the store
compares to skip unchanged rows (``file_state``) and the plain keys of the JSON interchange.
Adding a field to an entity is the domain class, one ``Field`` here and an Alembic migration
(and, when it has a JSON key, its line in docs/dossier-v1.schema.json, which a test checks).

Reading this module needs no SQLAlchemy (opening a file must start fast), and every value kind
maps onto one portable column type, so the same description serves PostgreSQL later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..domain import model
from . import stored_values as sv
from .interchange_values import (
    counter,
    list_of,
    read_fraction,
    read_local_datetime,
    read_positive,
    read_str,
)


class Value(StrEnum):
    """How a field is stored; each maps onto one column type in SQLite and in PostgreSQL."""

    ID = "id"  # an id, or a reference to one (String)
    TEXT = "text"  # words of any length (Text)
    COLOR = "color"  # "#rrggbb" (String(16))
    MEDIA_TYPE = "media_type"  # "image/png" (String(40))
    INTEGER = "integer"
    REAL = "real"  # a double
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"  # ISO 8601 text: keeps an offset or its absence exactly
    CHOICE = "choice"  # a StrEnum member, stored as its value
    NESTED = "nested"  # lists and small objects always read and written whole (JSON)
    BYTES = "bytes"


class _ClassDefault:
    def __repr__(self) -> str:
        return "CLASS_DEFAULT"


# a JSON key is optional with the domain class's default, required when the class has none
CLASS_DEFAULT: Any = _ClassDefault()


@dataclass(frozen=True)
class Field:
    """One stored value of an entity: its column, where it lives on the domain object, its JSON key."""

    column: str
    value: Value
    attr: str = ""  # the domain attribute, when not named like the column; "part.name" inside a part
    nullable: bool = False
    choices: type[StrEnum] | None = None  # the enum of a CHOICE
    encode: Callable[[Any], Any] | None = None  # domain value -> stored value (nested: a fresh copy)
    decode: Callable[[Any], Any] | None = None  # stored value -> domain value
    json: str | bool = True  # the interchange key: True as the attribute, False when written by hand
    json_read: Callable[[Any, str], Any] | None = None  # a stricter check than the value kind's
    json_default: Any = CLASS_DEFAULT

    @property
    def path(self) -> str:
        return self.attr or self.column

    @property
    def json_key(self) -> str | None:
        if self.json is False:
            return None
        return self.path.rsplit(".", 1)[-1] if self.json is True else str(self.json)


@dataclass(frozen=True)
class Entity:
    """A kind of domain object stored one row per object in its own table."""

    kind: str
    cls: type
    parent: str | None  # the parent kind (the table the row belongs to), None for the dossier
    fields: tuple[Field, ...]
    # attr -> class of a part object kept in the same row (a dossier's house style, a background)
    parts: tuple[tuple[str, type], ...] = ()
    # stored so that a query can use them, computed from the whole object, never read back
    derived: tuple[Field, ...] = ()
    derive: Callable[[Any], tuple[Any, ...]] | None = None

    @property
    def table(self) -> str:
        return self.kind

    @property
    def parent_column(self) -> str | None:
        return None if self.parent is None else f"{self.parent}_id"


def _optional_text(column: str, attr: str = "", json: str | bool = True) -> Field:
    return Field(column, Value.TEXT, attr, nullable=True, json=json)


def _choice(column: str, choices: type[StrEnum], attr: str = "", json: str | bool = True) -> Field:
    return Field(column, Value.CHOICE, attr, choices=choices, json=json)


def _nested(column: str, encode: Callable[[Any], Any], decode: Callable[[Any], Any]) -> Field:
    # written whole in the store; in the JSON it has its own shape and checks, written by hand
    return Field(column, Value.NESTED, encode=encode, decode=decode, json=False)


def _stroke_bounds(stroke: model.Stroke) -> tuple[float, float, float, float]:
    return sv.stroke_bounds(stroke.points)


# parents before children: the order in which a new file is filled
ENTITIES: dict[str, Entity] = {
    e.kind: e
    for e in (
        Entity(
            "dossier",
            model.Dossier,
            None,
            (
                Field("title", Value.TEXT),
                _optional_text("area"),
                _optional_text("description"),
                _optional_text("history"),
                Field("retention_until", Value.DATE, nullable=True),
                # the house style lives in the dossier's row: always read and changed with it
                _optional_text("municipality", "house_style.municipality", json=False),
                Field("logo_png", Value.BYTES, "house_style.logo_png", nullable=True, json=False),
                Field("accent", Value.COLOR, "house_style.accent", json=False),
                _optional_text("contact", "house_style.contact", json=False),
            ),
            parts=(("house_style", model.HouseStyle),),
        ),
        Entity(
            "person",
            model.Person,
            "dossier",
            (
                Field("name", Value.TEXT),
                _optional_text("group_name", "group"),
                _optional_text("email"),
                _optional_text("phone"),
                Field("consent_contact", Value.BOOLEAN),
                Field("consent_date", Value.DATE, nullable=True),
                Field("consent_how", Value.CHOICE, choices=model.ConsentWay, nullable=True),
            ),
        ),
        Entity(
            "stakeholder",
            model.Stakeholder,
            "dossier",
            (
                Field("name", Value.TEXT),
                _optional_text("stake"),
                _optional_text("spokesperson"),  # a person: internal only
            ),
        ),
        Entity(
            "colleague",
            model.Colleague,
            "dossier",
            (
                Field("name", Value.TEXT),
                _choice("kind", model.ColleagueKind),
                Field("department_id", Value.ID, nullable=True, json="department"),
                _optional_text("role"),
            ),
        ),
        Entity(
            "planned_work",
            model.PlannedWork,
            "dossier",
            (
                Field("title", Value.TEXT),
                _choice("kind", model.WorkKind),
                _optional_text("period"),
                _optional_text("budget"),
                Field("owner_id", Value.ID, nullable=True, json="owner"),
                _optional_text("description"),
            ),
        ),
        Entity(
            "promise",
            model.Promise,
            "dossier",
            (
                Field("meeting_id", Value.ID, json="meeting"),
                Field("text", Value.TEXT),
                _optional_text("owner"),
                Field("due", Value.DATE, nullable=True),
                _choice("status", model.PromiseStatus),
                _nested("note_ids", sv.texts, sv.texts),
                # [{"at": ISO 8601, "text": str}, ...]: the dated updates
                _nested("updates", sv.updates_json, sv.updates_from),
                _optional_text("reason"),
                Field("owner_id", Value.ID, nullable=True, json="owned_by"),  # a Colleague
                Field("work_id", Value.ID, nullable=True, json="planned_work"),
            ),
        ),
        Entity(
            "meeting",
            model.Meeting,
            "dossier",
            (
                Field("title", Value.TEXT),
                # local wall-clock time: an offset in a file is converted (stored_values.local_time)
                Field("starts_at", Value.DATETIME, decode=sv.local_time, json_read=read_local_datetime),
                _optional_text("venue"),
                _optional_text("question"),
                _choice("phase", model.Phase),
                Field(
                    "expected_groups",
                    Value.NESTED,
                    encode=sv.texts,
                    decode=sv.texts,
                    json_read=list_of(read_str),
                ),
                _optional_text("summary"),
                _optional_text("introduction"),
                _optional_text("next_steps"),
                _nested("frame", sv.frame_json, sv.frame_from),
                _nested("agenda", sv.agenda_json, sv.agenda_from),
                _nested("attendance", sv.attendance_json, sv.attendance_from),
                _nested("evaluation", sv.evaluation_json, sv.evaluation_from),
            ),
        ),
        Entity(
            "theme",
            model.Theme,
            "meeting",
            (Field("name", Value.TEXT), Field("color", Value.COLOR)),
        ),
        Entity(
            "note",
            model.Note,
            "meeting",
            (
                # a note without a number in JSON is numbered after the highest one on reading
                Field("number", Value.INTEGER, json_read=counter(1), json_default=0),
                _choice("kind", model.NoteKind),
                Field("text", Value.TEXT),
                Field("theme_id", Value.ID, nullable=True, json="theme"),
                Field("raised_by", Value.ID, nullable=True),  # a Person id: internal only
                _optional_text("raised_by_group"),
                _choice("status", model.NoteStatus),
                _optional_text("answer"),
                Field("merged_into", Value.ID, nullable=True),
                Field("votes", Value.INTEGER),
                Field("created_at", Value.DATETIME, nullable=True),
                _optional_text("internal_remark"),  # for colleagues only: never projected or made public
                _optional_text("privacy_cleared"),  # a fingerprint: the words shown were confirmed
                Field("owner_id", Value.ID, nullable=True, json="owned_by"),  # a Colleague
                Field("work_id", Value.ID, nullable=True, json="planned_work"),
            ),
        ),
        Entity(
            "canvas",
            model.Canvas,
            "meeting",
            (
                Field("name", Value.TEXT),
                Field("width", Value.REAL, json_read=read_positive),
                Field("height", Value.REAL, json_read=read_positive),
                _choice("background_kind", model.BackgroundKind, "background.kind", json=False),
                Field(
                    "background_media_type",
                    Value.MEDIA_TYPE,
                    "background.media_type",
                    nullable=True,
                    json=False,
                ),
                Field("background_data", Value.BYTES, "background.data", nullable=True, json=False),
            ),
            parts=(("background", model.Background),),
        ),
        Entity(
            "sheet",
            model.Sheet,
            "canvas",
            (
                Field("name", Value.TEXT),
                Field("visible", Value.BOOLEAN),
                Field("opacity", Value.REAL, json_read=read_fraction),
                Field("locked", Value.BOOLEAN),
            ),
        ),
        Entity(
            "stroke",
            model.Stroke,
            "sheet",
            (
                _choice("tool", model.StrokeTool),
                Field("color", Value.COLOR),
                Field("width", Value.REAL, json_read=read_positive),
                # x, y, pressure per point as little-endian float32: bit-exact, 12 bytes a point
                Field("points", Value.BYTES, encode=sv.pack_points, decode=sv.unpack_points, json=False),
            ),
            # the centre line's bounding box, so that a query can find the strokes in a region
            derived=tuple(Field(name, Value.REAL) for name in ("min_x", "min_y", "max_x", "max_y")),
            derive=_stroke_bounds,
        ),
        Entity(
            "sticky",
            model.Sticky,
            "sheet",
            (
                Field("text", Value.TEXT),
                Field("x", Value.REAL),
                Field("y", Value.REAL),
                Field("color", Value.COLOR),
            ),
        ),
        Entity(
            "label",
            model.Label,
            "sheet",
            (
                Field("text", Value.TEXT),
                Field("x", Value.REAL),
                Field("y", Value.REAL),
                Field("color", Value.COLOR),
                Field("size", Value.REAL, json_read=read_positive),
            ),
        ),
        Entity(
            "pin",
            model.Pin,
            "sheet",
            (Field("note_id", Value.ID, json="note"), Field("x", Value.REAL), Field("y", Value.REAL)),
        ),
    )
}
