"""Reading a whole dossier and writing exactly what changed, with fast Core statements.

``load`` runs one SELECT per table and appends each row to its parent's list in position
order. ``write`` is the Store of workspace/session.py: it reads the current state of every
changed object from the document, upserts what exists and deletes what is gone, in the
caller's transaction; ``file_state`` lets it skip siblings whose content did not change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import Table, bindparam, delete, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import Insert, Update

from ..domain.document import CHILD_KINDS, KINDS, Changed, DossierDocument
from ..domain.model import Canvas, Dossier, Label, Meeting, Pin, Sheet, Sticky, Stroke, Theme
from . import rows
from .file_state import FileState, Stored, plan_positions, signature, stroke_signature
from .schema import ROWS

TABLES: dict[str, Table] = {kind: row.__table__ for kind, row in ROWS.items()}  # type: ignore[misc]
ORDER = list(ROWS)  # parents before children
_MAX_PARAMS = 500  # ids per DELETE ... IN (...), well under every database's limit


class DossierMissingError(LookupError):
    """The file has the schema but no dossier row (never written by save_all)."""


def load(conn: Connection, state: FileState | None = None) -> Dossier:
    """The whole dossier in the file; ``state`` learns what each row holds."""
    head = conn.execute(select(TABLES["dossier"])).first()
    if head is None:
        raise DossierMissingError("the file holds no dossier")
    dossier = rows.dossier_from(head)
    positions: dict[str, int] = {}

    def ordered(kind: str) -> Iterable[Any]:
        table = TABLES[kind]
        for r in conn.execute(select(table).order_by(table.c.position)):
            positions[r.id] = r.position
            yield r

    dossier.people = [rows.person_from(r) for r in ordered("person")]
    dossier.promises = [rows.promise_from(r) for r in ordered("promise")]
    meetings: dict[str, Meeting] = {}
    for r in ordered("meeting"):
        meeting = meetings[r.id] = rows.meeting_from(r)
        dossier.meetings.append(meeting)
    for r in ordered("theme"):
        if (m := meetings.get(r.meeting_id)) is not None:
            m.themes.append(Theme(r.id, r.name, r.color))
    for r in ordered("note"):
        if (m := meetings.get(r.meeting_id)) is not None:
            m.notes.append(rows.note_from(r))
    canvases: dict[str, Canvas] = {}
    for r in ordered("canvas"):
        if (m := meetings.get(r.meeting_id)) is not None:
            canvas = canvases[r.id] = rows.canvas_from(r)
            m.canvases.append(canvas)
    sheets: dict[str, Sheet] = {}
    for r in ordered("sheet"):
        if (c := canvases.get(r.canvas_id)) is not None:
            sheet = sheets[r.id] = rows.sheet_from(r)
            c.sheets.append(sheet)
    for r in ordered("sticky"):
        if (on := sheets.get(r.sheet_id)) is not None:
            on.stickies.append(Sticky(r.id, r.text, r.x, r.y, r.color))
    for r in ordered("label"):
        if (on := sheets.get(r.sheet_id)) is not None:
            on.labels.append(Label(r.id, r.text, r.x, r.y, r.color, r.size))
    for r in ordered("pin"):
        if (on := sheets.get(r.sheet_id)) is not None:
            on.pins.append(Pin(r.id, r.note_id, r.x, r.y))
    stored = _load_strokes(conn, sheets, state is not None)
    if state is not None:
        for kind, items, parent_id in _lists(dossier):
            if kind != "stroke":
                for obj in items:
                    stored[obj.id] = Stored(positions[obj.id], signature(kind, obj, parent_id))
        state.rows = stored
    return dossier


def _load_strokes(conn: Connection, sheets: dict[str, Sheet], remember: bool) -> dict[str, Stored]:
    # the hot path (50,000 strokes): positional tuples, no per-row attribute lookups
    s = TABLES["stroke"].c
    stmt = select(s.id, s.sheet_id, s.position, s.tool, s.color, s.width, s.points)
    stmt = stmt.order_by(s.sheet_id, s.position)
    unpack = rows.unpack_points
    stored: dict[str, Stored] = {}
    current_id, current = None, None
    for stroke_id, sheet_id, position, tool, color, width, blob in conn.execute(stmt):
        if sheet_id != current_id:
            current_id, sheet = sheet_id, sheets.get(sheet_id)
            current = sheet.strokes if sheet is not None else None
        if current is not None:
            stroke = Stroke(stroke_id, unpack(blob), tool, color, width)
            current.append(stroke)
            if remember:
                stored[stroke_id] = Stored(position, stroke_signature(stroke, sheet_id))
    return stored


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


def write(
    conn: Connection, doc: DossierDocument, changed: list[Changed], state: FileState
) -> dict[str, Stored | None]:
    """Upsert what changed and still exists, delete what is gone; returns ``state``'s updates.

    The caller applies the updates to ``state`` only once the transaction has committed.
    """
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

    updates: dict[str, Stored | None] = {}
    for kind, ids in gone.items():  # children go with their parent (ON DELETE CASCADE)
        table = TABLES[kind]
        for start in range(0, len(ids), _MAX_PARAMS):
            conn.execute(delete(table).where(table.c.id.in_(ids[start : start + _MAX_PARAMS])))
        updates.update(dict.fromkeys(ids))
    known = state.rows

    upserts: dict[str, list[rows.Row]] = defaultdict(list)
    moves: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if dossier_changed:
        upserts["dossier"].append(rows.dossier_row(doc.dossier))
    for (kind, parent_id), objs in present.items():
        owner_id = parent_id if parent_id is not None else doc.dossier.id
        row_of = rows.ROW_OF[kind]
        for obj, position in plan_positions(doc.siblings(kind, parent_id), objs, known):
            before = None if obj.id in updates else known.get(obj.id)  # deleted above: gone
            mark = signature(kind, obj, owner_id)
            if before is None or before.signature != mark:
                upserts[kind].append(row_of(obj, owner_id, position))
            elif before.position != position:
                moves[kind].append({"row_id": obj.id, "new_position": position})
            else:
                continue
            updates[obj.id] = Stored(position, mark)
    for kind in ORDER:
        if upserts[kind]:
            conn.execute(_upsert(conn.dialect.name, kind), upserts[kind])
        if moves[kind]:
            conn.execute(_move(kind), moves[kind])
    return updates


@cache
def _move(kind: str) -> Update:
    table = TABLES[kind]
    return update(table).where(table.c.id == bindparam("row_id")).values(position=bindparam("new_position"))


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
