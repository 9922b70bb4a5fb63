"""Reading a whole dossier with plain DB-API queries, so that opening a file imports no SQLAlchemy.

Measured: importing SQLAlchemy and mapping the schema takes about 300 ms, the largest part of
opening a dossier to a usable window (target 0.8 s). Writing needs SQLAlchemy; it is imported at
the first write or by :meth:`DossierFile.warm_up` once the window shows. The column lists here
must match ``schema.py``; tests/storage/test_reader.py checks names and value kinds.
Values are decoded tolerantly (JSON text or parsed JSON, ISO text or date objects, 0/1 or
booleans) so that the same code reads any DB-API driver's rows.
"""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

from ..domain.document import CHILD_KINDS, KINDS
from ..domain.model import (
    BackgroundKind,
    Canvas,
    Dossier,
    Label,
    Meeting,
    NoteKind,
    NoteStatus,
    Phase,
    Pin,
    PromiseStatus,
    Sheet,
    Sticky,
    Stroke,
    StrokeTool,
    Theme,
)
from . import rows
from .file_state import Stored, signature, stroke_signature

Decode = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _bool(value: Any) -> bool:
    return bool(value)


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _datetime(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _enum(enum: Any) -> Decode:
    members = {member.value: member for member in enum}  # a dict lookup, not Enum.__call__ per row

    def decode(value: Any) -> Any:
        member = members.get(value)
        return member if member is not None or value is None else enum(value)  # enum() names a bad value

    return decode


def _bytes(value: Any) -> bytes | None:
    return None if value is None else bytes(value)


# table -> (column, decoder), in schema.py's order; every list table has id, parent, position first
COLUMNS: dict[str, tuple[tuple[str, Decode], ...]] = {
    "dossier": (
        ("id", _same),
        ("title", _same),
        ("area", _same),
        ("description", _same),
        ("history", _same),
        ("retention_until", _date),
        ("municipality", _same),
        ("logo_png", _bytes),
        ("accent", _same),
        ("contact", _same),
    ),
    "person": (
        ("id", _same),
        ("dossier_id", _same),
        ("position", _same),
        ("name", _same),
        ("group_name", _same),
        ("email", _same),
        ("phone", _same),
        ("consent_contact", _bool),
    ),
    "promise": (
        ("id", _same),
        ("dossier_id", _same),
        ("position", _same),
        ("meeting_id", _same),
        ("text", _same),
        ("owner", _same),
        ("due", _date),
        ("status", _enum(PromiseStatus)),
        ("note_ids", _json),
        ("updates", _json),
    ),
    "meeting": (
        ("id", _same),
        ("dossier_id", _same),
        ("position", _same),
        ("title", _same),
        ("starts_at", _datetime),
        ("venue", _same),
        ("question", _same),
        ("phase", _enum(Phase)),
        ("frame", _json),
        ("agenda", _json),
        ("attendance", _json),
        ("evaluation", _json),
        ("expected_groups", _json),
        ("summary", _same),
        ("next_steps", _same),
    ),
    "theme": (("id", _same), ("meeting_id", _same), ("position", _same), ("name", _same), ("color", _same)),
    "note": (
        ("id", _same),
        ("meeting_id", _same),
        ("position", _same),
        ("number", _same),
        ("text", _same),
        ("kind", _enum(NoteKind)),
        ("theme_id", _same),
        ("raised_by", _same),
        ("raised_by_group", _same),
        ("status", _enum(NoteStatus)),
        ("answer", _same),
        ("merged_into", _same),
        ("votes", _same),
        ("created_at", _datetime),
        ("internal_remark", _same),
    ),
    "canvas": (
        ("id", _same),
        ("meeting_id", _same),
        ("position", _same),
        ("name", _same),
        ("width", _same),
        ("height", _same),
        ("background_kind", _enum(BackgroundKind)),
        ("background_media_type", _same),
        ("background_data", _bytes),
    ),
    "sheet": (
        ("id", _same),
        ("canvas_id", _same),
        ("position", _same),
        ("name", _same),
        ("visible", _bool),
        ("opacity", _same),
        ("locked", _bool),
    ),
    # the points blob and the bounding box are read by _strokes, not through this list
    "stroke": (
        ("id", _same),
        ("sheet_id", _same),
        ("position", _same),
        ("tool", _enum(StrokeTool)),
        ("color", _same),
        ("width", _same),
        ("points", _bytes),
    ),
    "sticky": (
        ("id", _same),
        ("sheet_id", _same),
        ("position", _same),
        ("text", _same),
        ("x", _same),
        ("y", _same),
        ("color", _same),
    ),
    "label": (
        ("id", _same),
        ("sheet_id", _same),
        ("position", _same),
        ("text", _same),
        ("x", _same),
        ("y", _same),
        ("color", _same),
        ("size", _same),
    ),
    "pin": (
        ("id", _same),
        ("sheet_id", _same),
        ("position", _same),
        ("note_id", _same),
        ("x", _same),
        ("y", _same),
    ),
}
_RECORDS: dict[str, Any] = {
    table: namedtuple(f"{table}_row", [c for c, _ in cols]) for table, cols in COLUMNS.items()
}  # type: ignore[misc]


class DossierMissingError(LookupError):
    """The file has the schema but no dossier row (never written by save_all)."""


def read_dossier(conn: Any) -> tuple[Dossier, dict[str, Stored]]:
    """The whole dossier, and what the file holds for each row (see file_state), from a DB-API connection."""
    cursor = conn.cursor()
    try:
        head = next(iter(_records(cursor, "dossier", order=False)), None)
        if head is None:
            raise DossierMissingError("the file holds no dossier")
        dossier = rows.dossier_from(head)
        positions: dict[str, int] = {}

        def ordered(table: str) -> Iterator[Any]:
            for r in _records(cursor, table):
                positions[r.id] = r.position
                yield r

        dossier.people = [rows.person_from(r) for r in ordered("person")]
        dossier.promises = [rows.promise_from(r) for r in ordered("promise")]
        meetings: dict[str, Meeting] = {}
        for r in ordered("meeting"):
            meetings[r.id] = rows.meeting_from(r)
            dossier.meetings.append(meetings[r.id])
        for r in ordered("theme"):
            if (m := meetings.get(r.meeting_id)) is not None:
                m.themes.append(Theme(r.id, r.name, r.color))
        for r in ordered("note"):
            if (m := meetings.get(r.meeting_id)) is not None:
                m.notes.append(rows.note_from(r))
        canvases: dict[str, Canvas] = {}
        for r in ordered("canvas"):
            if (m := meetings.get(r.meeting_id)) is not None:
                canvases[r.id] = rows.canvas_from(r)
                m.canvases.append(canvases[r.id])
        sheets: dict[str, Sheet] = {}
        for r in ordered("sheet"):
            if (c := canvases.get(r.canvas_id)) is not None:
                sheets[r.id] = rows.sheet_from(r)
                c.sheets.append(sheets[r.id])
        for r in ordered("sticky"):
            if (on := sheets.get(r.sheet_id)) is not None:
                on.stickies.append(Sticky(r.id, r.text, r.x, r.y, r.color))
        for r in ordered("label"):
            if (on := sheets.get(r.sheet_id)) is not None:
                on.labels.append(Label(r.id, r.text, r.x, r.y, r.color, r.size))
        for r in ordered("pin"):
            if (on := sheets.get(r.sheet_id)) is not None:
                on.pins.append(Pin(r.id, r.note_id, r.x, r.y))
        stored = _strokes(cursor, sheets)
    finally:
        cursor.close()
    for kind, items, parent_id in lists(dossier):
        if kind != "stroke":
            for obj in items:
                stored[obj.id] = Stored(positions[obj.id], signature(kind, obj, parent_id))
    return dossier, stored


def _records(cursor: Any, table: str, *, order: bool = True) -> Iterator[Any]:
    columns = COLUMNS[table]
    record = _RECORDS[table]
    names = ", ".join(c for c, _ in columns)
    cursor.execute(f"SELECT {names} FROM {table}" + (" ORDER BY position" if order else ""))
    # only the columns that need decoding are touched (5,000 notes: 3 of their 15 columns)
    decoded = [(i, d) for i, (_, d) in enumerate(columns) if d is not _same]
    make = record._make
    for values in cursor.fetchall():
        if decoded:
            values = list(values)
            for i, decode in decoded:
                values[i] = decode(values[i])
        yield make(values)


def _strokes(cursor: Any, sheets: dict[str, Sheet]) -> dict[str, Stored]:
    # the hot path (50,000 strokes): positional tuples, one array per blob, nothing else
    cursor.execute(
        "SELECT id, sheet_id, position, tool, color, width, points FROM stroke ORDER BY sheet_id, position"
    )
    unpack = rows.unpack_points
    tools = {t.value: t for t in StrokeTool}
    stored: dict[str, Stored] = {}
    current_id, current = None, None
    for stroke_id, sheet_id, position, tool, color, width, blob in cursor.fetchall():
        if sheet_id != current_id:
            current_id, sheet = sheet_id, sheets.get(sheet_id)
            current = sheet.strokes if sheet is not None else None
        if current is not None:
            stroke = Stroke(stroke_id, unpack(blob), tools.get(tool) or StrokeTool(tool), color, width)
            current.append(stroke)
            stored[stroke_id] = Stored(position, stroke_signature(stroke, sheet_id))
    return stored


def lists(dossier: Dossier) -> Iterator[tuple[str, list[Any], str]]:
    """Every (kind, list, parent id) of the dossier, parents before their children."""
    pending: list[tuple[str, Any]] = [("dossier", dossier)]
    while pending:
        parent_kind, parent = pending.pop()
        for kind in CHILD_KINDS.get(parent_kind, ()):
            items = getattr(parent, KINDS[kind][1])
            yield kind, items, parent.id
            if kind in CHILD_KINDS:
                pending.extend((kind, child) for child in items)
