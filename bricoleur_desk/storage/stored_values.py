"""Domain values that a row stores in another shape: nested parts as JSON, stroke points as bytes.

Each pair turns the domain value into what the column holds (a fresh copy, so that a later
in-place change to the domain object is never shared with what was written) and back.
Plain Python: the description in ``entities.py`` names these, and reading needs no SQLAlchemy.
"""

from __future__ import annotations

import sys
from array import array
from datetime import datetime
from typing import Any

from ..domain.model import AgendaBlock, Attendance, Evaluation, Frame, PromiseUpdate

_BIG_ENDIAN = sys.byteorder == "big"


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


def stroke_bounds(points: array) -> tuple[float, float, float, float]:
    """The centre line's bounding box over whole x, y, pressure triples (a stray value never fails a save)."""
    end = len(points) - len(points) % 3
    if end == 0:
        return (0.0, 0.0, 0.0, 0.0)
    xs, ys = points[0:end:3], points[1:end:3]
    return (min(xs), min(ys), max(xs), max(ys))


def texts(values: list[str]) -> list[str]:
    return list(values)


def frame_json(frame: Frame) -> dict[str, Any]:
    return {"open": list(frame.open), "fixed": list(frame.fixed)}


def frame_from(value: dict[str, Any]) -> Frame:
    return Frame(open=list(value["open"]), fixed=list(value["fixed"]))


def agenda_json(agenda: list[AgendaBlock]) -> list[dict[str, Any]]:
    return [{"title": b.title, "minutes": b.minutes} for b in agenda]


def agenda_from(value: list[dict[str, Any]]) -> list[AgendaBlock]:
    return [AgendaBlock(b["title"], b["minutes"]) for b in value]


def attendance_json(attendance: Attendance) -> dict[str, Any]:
    return {"count": attendance.count, "by_group": dict(attendance.by_group)}


def attendance_from(value: dict[str, Any]) -> Attendance:
    return Attendance(count=value["count"], by_group=dict(value["by_group"]))


def evaluation_json(evaluation: Evaluation) -> dict[str, Any]:
    # JSON object keys are text; the scores' int keys come back through int() on load
    return {"scores": {str(k): v for k, v in evaluation.scores.items()}, "remarks": list(evaluation.remarks)}


def evaluation_from(value: dict[str, Any]) -> Evaluation:
    return Evaluation(scores={int(k): v for k, v in value["scores"].items()}, remarks=list(value["remarks"]))


def local_time(moment: datetime) -> datetime:
    """A time of the evening as local wall-clock time: one with an offset in this computer's zone.

    Meeting starts and promise updates are compared with each other and with the clock; a file
    from a script may write them with an offset ("+02:00", "Z"). Naive and aware datetimes cannot
    be compared, so the domain holds these naive only: converted on import and on reading a file.
    """
    if moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


def updates_json(updates: list[PromiseUpdate]) -> list[dict[str, str]]:
    return [{"at": u.at.isoformat(), "text": u.text} for u in updates]


def updates_from(value: list[dict[str, str]]) -> list[PromiseUpdate]:
    return [PromiseUpdate(local_time(datetime.fromisoformat(u["at"])), u["text"]) for u in value]
