"""Writing a dossier as version 1 JSON: plain dicts and lists, ready for json.dumps."""

from __future__ import annotations

import base64
from array import array
from typing import Any

from bricoleur_desk.domain.model import (
    Background,
    BackgroundKind,
    Canvas,
    Dossier,
    HouseStyle,
    Meeting,
    Promise,
    Sheet,
    Stroke,
)

from .interchange_errors import FORMAT_NAME, FORMAT_VERSION
from .interchange_fields import write_fields

# Decimals written for stroke points: a hundredth of a canvas unit and a thousandth of pressure
# are below what a pen or an eye can tell, and keep files small.
XY_DECIMALS = 2
PRESSURE_DECIMALS = 3


def dossier_to_json(dossier: Dossier) -> dict[str, Any]:
    """The dossier as version 1 JSON data; empty optional values are left out."""
    head = {"id": dossier.id, **write_fields("dossier", dossier)}
    style = _house_style(dossier.house_style)
    if style:
        head["house_style"] = style
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "dossier": head,
        "people": [{"id": p.id, **write_fields("person", p)} for p in dossier.people],
        "stakeholders": [{"id": s.id, **write_fields("stakeholder", s)} for s in dossier.stakeholders],
        "colleagues": [{"id": c.id, **write_fields("colleague", c)} for c in dossier.colleagues],
        "planned_works": [{"id": w.id, **write_fields("planned_work", w)} for w in dossier.planned_works],
        "promises": [_promise(p) for p in dossier.promises],
        "meetings": [_meeting(m) for m in dossier.meetings],
    }


def _house_style(style: HouseStyle) -> dict[str, Any]:
    result = _compact({"municipality": style.municipality, "accent": style.accent, "contact": style.contact})
    if style.logo_png is not None:
        result["logo"] = {"media_type": "image/png", "data_base64": _base64(style.logo_png)}
    if result == {"accent": HouseStyle().accent}:
        return {}
    return result


def _promise(promise: Promise) -> dict[str, Any]:
    return {
        "id": promise.id,
        **write_fields("promise", promise),
        "notes": list(promise.note_ids),
        "updates": [{"at": u.at.isoformat(), "text": u.text} for u in promise.updates],
    }


def _meeting(meeting: Meeting) -> dict[str, Any]:
    return {
        "id": meeting.id,
        **write_fields("meeting", meeting),
        "frame": {"open": list(meeting.frame.open), "fixed": list(meeting.frame.fixed)},
        "agenda": [{"title": b.title, "minutes": b.minutes} for b in meeting.agenda],
        "themes": [{"id": t.id, **write_fields("theme", t)} for t in meeting.themes],
        "notes": [{"id": n.id, **write_fields("note", n)} for n in meeting.notes],
        "attendance": {"count": meeting.attendance.count, "by_group": dict(meeting.attendance.by_group)},
        "canvases": [_canvas(c) for c in meeting.canvases],
        "evaluation": {
            "scores": {str(s): meeting.evaluation.scores.get(s, 0) for s in range(1, 6)},
            "remarks": list(meeting.evaluation.remarks),
        },
    }


def _canvas(canvas: Canvas) -> dict[str, Any]:
    return {
        "id": canvas.id,
        **write_fields("canvas", canvas),
        "background": _background(canvas.background),
        "sheets": [_sheet(s) for s in canvas.sheets],
    }


def _background(background: Background) -> dict[str, Any]:
    result: dict[str, Any] = {"kind": background.kind.value}
    if background.data is not None:
        result["media_type"] = background.media_type or "image/png"
        result["data_base64"] = _base64(background.data)
    elif background.kind is BackgroundKind.IMAGE:
        # An image background without its image cannot be read back: write it as blank.
        result["kind"] = BackgroundKind.BLANK.value
    return result


def _sheet(sheet: Sheet) -> dict[str, Any]:
    return {
        "id": sheet.id,
        **write_fields("sheet", sheet),
        "strokes": [_stroke(s) for s in sheet.strokes],
        "stickies": [{"id": s.id, **write_fields("sticky", s)} for s in sheet.stickies],
        "labels": [{"id": lb.id, **write_fields("label", lb)} for lb in sheet.labels],
        "pins": [{"id": p.id, **write_fields("pin", p)} for p in sheet.pins],
    }


def _stroke(stroke: Stroke) -> dict[str, Any]:
    return {"id": stroke.id, **write_fields("stroke", stroke), "points": points_to_json(stroke.points)}


def points_to_json(points: array) -> list[list[float]]:
    """Flat float32 x, y, pressure as [[x, y, pressure], ...], rounded so that it reads back stably.

    A rounded value is kept only if float32 of it rounds to the same text again, so that
    export -> import -> export writes identical JSON; otherwise (huge coordinates) the exact
    float32 value is written.
    """
    values = points.tolist()
    del values[len(values) // 3 * 3 :]
    if values and (max(values) >= _ALWAYS_STABLE or min(values) <= -_ALWAYS_STABLE):
        return _points_checked(values)
    it = iter(values)
    return [
        [round(x, XY_DECIMALS), round(y, XY_DECIMALS), round(p, PRESSURE_DECIMALS)]
        for x, y, p in zip(it, it, it, strict=False)
    ]


# Below this magnitude half a float32 ulp (at most 2**-12) is less than half of 0.001, so a
# rounded value read back as float32 rounds to itself again: no check needed.
_ALWAYS_STABLE = 8192.0


def _points_checked(values: list[float]) -> list[list[float]]:
    decimals = [PRESSURE_DECIMALS if i % 3 == 2 else XY_DECIMALS for i in range(len(values))]
    rounded = [round(v, d) for v, d in zip(values, decimals, strict=True)]
    back = array("f", rounded).tolist()
    for i, (r, b, d) in enumerate(zip(rounded, back, decimals, strict=True)):
        if round(b, d) != r:
            rounded[i] = values[i]
    return [rounded[i : i + 3] for i in range(0, len(rounded), 3)]


def _compact(values: dict[str, Any]) -> dict[str, Any]:
    """Leave out keys whose value is None: absent and null read back the same."""
    return {k: v for k, v in values.items() if v is not None}


def _base64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
