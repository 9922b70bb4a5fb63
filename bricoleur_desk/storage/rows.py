"""Domain objects to table rows and back: one pair of functions per kind, nothing else.

A row is a plain dict keyed by column name; ``position`` is the object's index in its parent's
list and the parent id is the parent's, so the same functions serve a full save and one edit.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..domain.model import (
    AgendaBlock,
    Attendance,
    Background,
    Canvas,
    Dossier,
    Evaluation,
    Frame,
    HouseStyle,
    Label,
    Meeting,
    Note,
    Person,
    Pin,
    Promise,
    PromiseUpdate,
    Sheet,
    Sticky,
    Stroke,
)

_BIG_ENDIAN = sys.byteorder == "big"

Row = dict[str, Any]


def pack_points(points: array) -> bytes:
    """Points as little-endian float32 x, y, pressure: the same bytes on every machine."""
    packed = points if points.typecode == "f" and not _BIG_ENDIAN else array("f", points)
    if _BIG_ENDIAN:
        packed.byteswap()
    return packed.tobytes()


def unpack_points(blob: bytes) -> array:
    points = array("f")
    points.frombytes(blob)
    if _BIG_ENDIAN:
        points.byteswap()
    return points


def dossier_row(d: Dossier) -> Row:
    s = d.house_style
    return {
        "id": d.id,
        "title": d.title,
        "area": d.area,
        "description": d.description,
        "history": d.history,
        "retention_until": d.retention_until,
        "municipality": s.municipality,
        "logo_png": s.logo_png,
        "accent": s.accent,
        "contact": s.contact,
    }


def dossier_from(r: Any) -> Dossier:
    return Dossier(
        id=r.id,
        title=r.title,
        area=r.area,
        description=r.description,
        history=r.history,
        retention_until=r.retention_until,
        house_style=HouseStyle(
            municipality=r.municipality, logo_png=_bytes(r.logo_png), accent=r.accent, contact=r.contact
        ),
    )


def person_row(p: Person, parent_id: str, position: int) -> Row:
    return {
        "id": p.id,
        "dossier_id": parent_id,
        "position": position,
        "name": p.name,
        "group_name": p.group,
        "email": p.email,
        "phone": p.phone,
        "consent_contact": p.consent_contact,
    }


def person_from(r: Any) -> Person:
    return Person(r.id, r.name, r.group_name, r.email, r.phone, r.consent_contact)


def promise_row(p: Promise, parent_id: str, position: int) -> Row:
    return {
        "id": p.id,
        "dossier_id": parent_id,
        "position": position,
        "meeting_id": p.meeting_id,
        "text": p.text,
        "owner": p.owner,
        "due": p.due,
        "status": p.status,
        "note_ids": list(p.note_ids),
        "updates": [{"at": u.at.isoformat(), "text": u.text} for u in p.updates],
    }


def promise_from(r: Any) -> Promise:
    return Promise(
        id=r.id,
        meeting_id=r.meeting_id,
        text=r.text,
        owner=r.owner,
        due=r.due,
        status=r.status,
        note_ids=list(r.note_ids),
        updates=[PromiseUpdate(datetime.fromisoformat(u["at"]), u["text"]) for u in r.updates],
    )


def meeting_row(m: Meeting, parent_id: str, position: int) -> Row:
    return {
        "id": m.id,
        "dossier_id": parent_id,
        "position": position,
        "title": m.title,
        "starts_at": m.starts_at,
        "venue": m.venue,
        "question": m.question,
        "phase": m.phase,
        "frame": {"open": list(m.frame.open), "fixed": list(m.frame.fixed)},
        "agenda": [{"title": b.title, "minutes": b.minutes} for b in m.agenda],
        "attendance": {"count": m.attendance.count, "by_group": dict(m.attendance.by_group)},
        # JSON object keys are text; the scores' int keys come back through int() on load
        "evaluation": {
            "scores": {str(k): v for k, v in m.evaluation.scores.items()},
            "remarks": list(m.evaluation.remarks),
        },
        "expected_groups": list(m.expected_groups),
        "summary": m.summary,
        "next_steps": m.next_steps,
    }


def meeting_from(r: Any) -> Meeting:
    return Meeting(
        id=r.id,
        title=r.title,
        starts_at=r.starts_at,
        venue=r.venue,
        question=r.question,
        phase=r.phase,
        frame=Frame(open=list(r.frame["open"]), fixed=list(r.frame["fixed"])),
        agenda=[AgendaBlock(b["title"], b["minutes"]) for b in r.agenda],
        attendance=Attendance(count=r.attendance["count"], by_group=dict(r.attendance["by_group"])),
        evaluation=Evaluation(
            scores={int(k): v for k, v in r.evaluation["scores"].items()},
            remarks=list(r.evaluation["remarks"]),
        ),
        expected_groups=list(r.expected_groups),
        summary=r.summary,
        next_steps=r.next_steps,
    )


def theme_row(t: Any, parent_id: str, position: int) -> Row:
    return {"id": t.id, "meeting_id": parent_id, "position": position, "name": t.name, "color": t.color}


def note_row(n: Note, parent_id: str, position: int) -> Row:
    return {
        "id": n.id,
        "meeting_id": parent_id,
        "position": position,
        "number": n.number,
        "text": n.text,
        "kind": n.kind,
        "theme_id": n.theme_id,
        "raised_by": n.raised_by,
        "raised_by_group": n.raised_by_group,
        "status": n.status,
        "answer": n.answer,
        "merged_into": n.merged_into,
        "votes": n.votes,
        "created_at": n.created_at,
        "internal_remark": n.internal_remark,
    }


def note_from(r: Any) -> Note:
    return Note(
        id=r.id,
        number=r.number,
        text=r.text,
        kind=r.kind,
        theme_id=r.theme_id,
        raised_by=r.raised_by,
        raised_by_group=r.raised_by_group,
        status=r.status,
        answer=r.answer,
        merged_into=r.merged_into,
        votes=r.votes,
        created_at=r.created_at,
        internal_remark=r.internal_remark,
    )


def canvas_row(c: Canvas, parent_id: str, position: int) -> Row:
    return {
        "id": c.id,
        "meeting_id": parent_id,
        "position": position,
        "name": c.name,
        "width": c.width,
        "height": c.height,
        "background_kind": c.background.kind,
        "background_media_type": c.background.media_type,
        "background_data": c.background.data,
    }


def canvas_from(r: Any) -> Canvas:
    background = Background(r.background_kind, r.background_media_type, _bytes(r.background_data))
    return Canvas(id=r.id, name=r.name, width=r.width, height=r.height, background=background)


def sheet_row(s: Sheet, parent_id: str, position: int) -> Row:
    return {
        "id": s.id,
        "canvas_id": parent_id,
        "position": position,
        "name": s.name,
        "visible": s.visible,
        "opacity": s.opacity,
        "locked": s.locked,
    }


def sheet_from(r: Any) -> Sheet:
    return Sheet(id=r.id, name=r.name, visible=r.visible, opacity=r.opacity, locked=r.locked)


def stroke_bounds(points: array) -> tuple[float, float, float, float]:
    """The centre line's bounding box over whole x, y, pressure triples (a stray value never fails a save)."""
    end = len(points) - len(points) % 3
    if end == 0:
        return (0.0, 0.0, 0.0, 0.0)
    xs, ys = points[0:end:3], points[1:end:3]
    return (min(xs), min(ys), max(xs), max(ys))


def stroke_row(s: Stroke, parent_id: str, position: int) -> Row:
    min_x, min_y, max_x, max_y = stroke_bounds(s.points)
    return {
        "id": s.id,
        "sheet_id": parent_id,
        "position": position,
        "tool": s.tool,
        "color": s.color,
        "width": s.width,
        "points": pack_points(s.points),
        "min_x": min_x,
        "min_y": min_y,
        "max_x": max_x,
        "max_y": max_y,
    }


def sticky_row(s: Sticky, parent_id: str, position: int) -> Row:
    return {
        "id": s.id,
        "sheet_id": parent_id,
        "position": position,
        "text": s.text,
        "x": s.x,
        "y": s.y,
        "color": s.color,
    }


def label_row(lb: Label, parent_id: str, position: int) -> Row:
    return {
        "id": lb.id,
        "sheet_id": parent_id,
        "position": position,
        "text": lb.text,
        "x": lb.x,
        "y": lb.y,
        "color": lb.color,
        "size": lb.size,
    }


def pin_row(p: Pin, parent_id: str, position: int) -> Row:
    return {"id": p.id, "sheet_id": parent_id, "position": position, "note_id": p.note_id, "x": p.x, "y": p.y}


# kind -> function(obj, parent_id, position) -> row, for every kind that sits in a list
ROW_OF: dict[str, Callable[[Any, str, int], Row]] = {
    "person": person_row,
    "promise": promise_row,
    "meeting": meeting_row,
    "theme": theme_row,
    "note": note_row,
    "canvas": canvas_row,
    "sheet": sheet_row,
    "stroke": stroke_row,
    "sticky": sticky_row,
    "label": label_row,
    "pin": pin_row,
}


def _bytes(value: Any) -> bytes | None:
    # PostgreSQL drivers hand back memoryview; the domain holds bytes
    return None if value is None else bytes(value)
