"""Reading a whole dossier and writing exactly what changed, with fast Core statements.

``load`` runs one SELECT per table and appends each row to its parent's list in position
order. ``write`` is the Store of workspace/session.py: it reads the current state of every
changed object from the document, upserts what exists and deletes what is gone, in one
transaction owned by the caller.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import Table, delete, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import Insert

from ..domain.document import CHILD_KINDS, KINDS, Changed, DossierDocument
from ..domain.model import Canvas, Dossier, Label, Meeting, Pin, Sheet, Sticky, Stroke, Theme
from . import rows
from .schema import ROWS

TABLES: dict[str, Table] = {kind: row.__table__ for kind, row in ROWS.items()}  # type: ignore[misc]
ORDER = list(ROWS)  # parents before children
_MAX_PARAMS = 500  # ids per DELETE ... IN (...), well under every database's limit


class DossierMissingError(LookupError):
    """The file has the schema but no dossier row (never written by save_all)."""


def load(conn: Connection) -> Dossier:
    """The whole dossier in the file."""
    t = TABLES
    head = conn.execute(select(t["dossier"])).first()
    if head is None:
        raise DossierMissingError("the file holds no dossier")
    dossier = rows.dossier_from(head)
    dossier.people = [rows.person_from(r) for r in _ordered(conn, "person")]
    dossier.promises = [rows.promise_from(r) for r in _ordered(conn, "promise")]
    meetings: dict[str, Meeting] = {}
    for r in _ordered(conn, "meeting"):
        meeting = meetings[r.id] = rows.meeting_from(r)
        dossier.meetings.append(meeting)
    for r in _ordered(conn, "theme"):
        if (m := meetings.get(r.meeting_id)) is not None:
            m.themes.append(Theme(r.id, r.name, r.color))
    for r in _ordered(conn, "note"):
        if (m := meetings.get(r.meeting_id)) is not None:
            m.notes.append(rows.note_from(r))
    canvases: dict[str, Canvas] = {}
    for r in _ordered(conn, "canvas"):
        if (m := meetings.get(r.meeting_id)) is not None:
            canvas = canvases[r.id] = rows.canvas_from(r)
            m.canvases.append(canvas)
    sheets: dict[str, Sheet] = {}
    for r in _ordered(conn, "sheet"):
        if (c := canvases.get(r.canvas_id)) is not None:
            sheet = sheets[r.id] = rows.sheet_from(r)
            c.sheets.append(sheet)
    _load_sketch(conn, sheets)
    return dossier


def _load_sketch(conn: Connection, sheets: dict[str, Sheet]) -> None:
    # the hot path (50,000 strokes): positional tuples, no per-row attribute lookups
    s = TABLES["stroke"].c
    stmt = select(s.id, s.sheet_id, s.tool, s.color, s.width, s.points).order_by(s.sheet_id, s.position)
    unpack = rows.unpack_points
    current_id, current = None, None
    for stroke_id, sheet_id, tool, color, width, blob in conn.execute(stmt):
        if sheet_id != current_id:
            current_id, sheet = sheet_id, sheets.get(sheet_id)
            current = sheet.strokes if sheet is not None else None
        if current is not None:
            current.append(Stroke(stroke_id, unpack(blob), tool, color, width))
    for r in _ordered(conn, "sticky"):
        if (sheet := sheets.get(r.sheet_id)) is not None:
            sheet.stickies.append(Sticky(r.id, r.text, r.x, r.y, r.color))
    for r in _ordered(conn, "label"):
        if (sheet := sheets.get(r.sheet_id)) is not None:
            sheet.labels.append(Label(r.id, r.text, r.x, r.y, r.color, r.size))
    for r in _ordered(conn, "pin"):
        if (sheet := sheets.get(r.sheet_id)) is not None:
            sheet.pins.append(Pin(r.id, r.note_id, r.x, r.y))


def _ordered(conn: Connection, kind: str) -> Iterable[Any]:
    table = TABLES[kind]
    return conn.execute(select(table).order_by(table.c.position))


def save_all(conn: Connection, dossier: Dossier) -> None:
    """Insert every object of a dossier into an empty file (in the caller's transaction)."""
    batches: dict[str, list[rows.Row]] = defaultdict(list)
    batches["dossier"].append(rows.dossier_row(dossier))
    for kind, items, parent_id in _lists(dossier):
        row_of = rows.ROW_OF[kind]
        batches[kind].extend(row_of(obj, parent_id, i) for i, obj in enumerate(items))
    for kind in ORDER:
        if batches[kind]:
            conn.execute(TABLES[kind].insert(), batches[kind])


def _lists(dossier: Dossier) -> Iterable[tuple[str, list[Any], str]]:
    # every (kind, list, parent id) of the dossier, parents before their children
    pending: list[tuple[str, Any]] = [("dossier", dossier)]
    while pending:
        parent_kind, parent = pending.pop()
        for kind in CHILD_KINDS.get(parent_kind, ()):
            items = getattr(parent, KINDS[kind][1])
            yield kind, items, parent.id
            if kind in CHILD_KINDS:
                pending.extend((kind, child) for child in items)


def write(conn: Connection, doc: DossierDocument, changed: list[Changed]) -> None:
    """Upsert the current state of the changed objects that still exist and delete the others."""
    latest: dict[tuple[str, str], Changed] = {}
    for c in changed:  # an object touched twice is written once, in its final state
        latest[(c.kind, c.id)] = c
    gone: dict[str, list[str]] = defaultdict(list)
    present: dict[tuple[str, str | None], list[Any]] = defaultdict(list)
    dossier_changed = False
    for kind, object_id in latest:
        if kind == "dossier":
            dossier_changed = True
        elif object_id in doc and (located := doc.find(object_id)).kind == kind:
            present[(kind, located.parent_id)].append(located.obj)
        else:
            gone[kind].append(object_id)

    for kind, ids in gone.items():  # children go with their parent (ON DELETE CASCADE)
        table = TABLES[kind]
        for start in range(0, len(ids), _MAX_PARAMS):
            conn.execute(delete(table).where(table.c.id.in_(ids[start : start + _MAX_PARAMS])))

    batches: dict[str, list[rows.Row]] = defaultdict(list)
    if dossier_changed:
        batches["dossier"].append(rows.dossier_row(doc.dossier))
    for (kind, parent_id), objs in present.items():
        items = doc.siblings(kind, parent_id)
        owner_id = parent_id if parent_id is not None else doc.dossier.id
        row_of = rows.ROW_OF[kind]
        for obj, position in zip(objs, _positions(items, objs), strict=True):
            batches[kind].append(row_of(obj, owner_id, position))
    for kind in ORDER:
        if batches[kind]:
            conn.execute(_upsert(conn.dialect.name, kind), batches[kind])


def _positions(items: list[Any], objs: list[Any]) -> list[int]:
    # identity, not ==: two equal notes are still two notes. One object: search from the end,
    # where new notes and strokes are appended; many: one pass over the list.
    if len(objs) == 1:
        obj = objs[0]
        for i in range(len(items) - 1, -1, -1):
            if items[i] is obj:
                return [i]
        raise LookupError(f"{obj.id} is not in its parent's list")
    index = {id(o): i for i, o in enumerate(items)}
    return [index[id(o)] for o in objs]


@cache
def _upsert(dialect: str, kind: str) -> Insert:
    # INSERT ... ON CONFLICT (id) DO UPDATE: the same in SQLite and PostgreSQL
    table = TABLES[kind]
    if dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        stmt: sqlite.Insert | Any = sqlite.insert(table)
    elif dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        stmt = postgresql.insert(table)
    else:
        raise NotImplementedError(f"no upsert for {dialect}")
    columns = {c.name: stmt.excluded[c.name] for c in table.columns if c.name != "id"}
    return stmt.on_conflict_do_update(index_elements=[table.c.id], set_=columns)  # type: ignore[no-any-return]
