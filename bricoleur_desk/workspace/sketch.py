"""Sketch roll use cases: each takes the document and returns one edit (one undo step).

Nothing here changes the document itself; the canvas runs a use case on release of a gesture
through ``commands``, which is what makes every stroke, erase and move undoable.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable

from ..domain import geometry
from ..domain.document import DossierDocument, Kind
from ..domain.edits import Batch, Change, Edit, Insert, Move, Remove
from ..domain.model import (
    Background,
    BackgroundKind,
    Canvas,
    Label,
    Pin,
    Sheet,
    Sticky,
    Stroke,
    StrokeTool,
    new_id,
)
from . import undo_steps as step
from .commands import Created

# -- canvases and backgrounds -----------------------------------------------------------------


def new_canvas(
    doc: DossierDocument,
    meeting_id: str,
    name: str,
    background: Background | None = None,
    size: tuple[float, float] = (1600.0, 1000.0),
    sheet_name: str = "Vel 1",
) -> Created:
    """A new canvas with one empty sheet to draw on."""
    canvas = Canvas(
        id=new_id(),
        name=name,
        width=size[0],
        height=size[1],
        background=background or Background(),
        sheets=[Sheet(id=new_id(), name=sheet_name)],
    )
    return Created(Insert(Kind.CANVAS, meeting_id, canvas, label=step.NEW_CANVAS), canvas.id)


def set_background(
    doc: DossierDocument, canvas_id: str, background: Background, size: tuple[float, float] | None = None
) -> Change:
    values: dict[str, object] = {"background": background}
    if size is not None:
        values["width"], values["height"] = size
    return Change(canvas_id, tuple(values.items()), label=step.BACKGROUND)


def image_background(data: bytes, media_type: str = "image/png") -> Background:
    return Background(kind=BackgroundKind.IMAGE, media_type=media_type, data=data)


# -- sheets -----------------------------------------------------------------------------------


def add_sheet(doc: DossierDocument, canvas_id: str, name: str, index: int | None = None) -> Created:
    sheet = Sheet(id=new_id(), name=name)
    return Created(Insert(Kind.SHEET, canvas_id, sheet, index, label=step.NEW_SHEET), sheet.id)


def rename_sheet(doc: DossierDocument, sheet_id: str, name: str) -> Change:
    return Change.of(sheet_id, step.RENAME_SHEET, name=name)


def set_sheet_visible(doc: DossierDocument, sheet_id: str, visible: bool) -> Change:
    return Change.of(sheet_id, step.SHOW_SHEET if visible else step.HIDE_SHEET, visible=visible)


def set_sheet_opacity(doc: DossierDocument, sheet_id: str, opacity: float) -> Change:
    # a drag of the slider merges into one undo step
    return Change.of(
        sheet_id, step.SHEET_OPACITY, merge_key=f"opacity:{sheet_id}", opacity=max(0.0, min(1.0, opacity))
    )


def set_sheet_locked(doc: DossierDocument, sheet_id: str, locked: bool) -> Change:
    return Change.of(sheet_id, step.LOCK_SHEET if locked else step.UNLOCK_SHEET, locked=locked)


def move_sheet(doc: DossierDocument, sheet_id: str, index: int) -> Move:
    return Move(Kind.SHEET, sheet_id, index, label=step.REORDER_SHEETS)


def remove_sheet(doc: DossierDocument, sheet_id: str) -> Remove:
    return Remove(Kind.SHEET, sheet_id, label=step.DELETE_SHEET)


def compare_flip(doc: DossierDocument, first_id: str, second_id: str) -> Batch:
    """Show one of two sheets and hide the other (A against B); shows the first when both or none."""
    first: Sheet = doc.get(first_id)
    second: Sheet = doc.get(second_id)
    show_first = not (first.visible and not second.visible)
    return Batch(
        (set_sheet_visible(doc, first_id, show_first), set_sheet_visible(doc, second_id, not show_first)),
        label=step.COMPARE_SHEETS,
    )


# -- ink --------------------------------------------------------------------------------------


def finish_points(raw: array, smoothing: float = 0.35, tolerance: float = 0.35) -> array:
    """Smooth and thin the raw pen samples of one stroke before it is stored."""
    if len(raw) < 9:
        return array("f", raw)
    return geometry.simplify(geometry.smooth(raw, smoothing), tolerance)


def add_stroke(
    doc: DossierDocument,
    sheet_id: str,
    points: array,
    tool: StrokeTool = StrokeTool.PEN,
    color: str = "#1f1f1f",
    width: float = 3.0,
    label: str = step.DRAW,
) -> Created:
    stroke = Stroke(id=new_id(), points=array("f", points), tool=tool, color=color, width=width)
    return Created(Insert(Kind.STROKE, sheet_id, stroke, label=label), stroke.id)


def erase_strokes(doc: DossierDocument, stroke_ids: Iterable[str]) -> Batch:
    return Batch(tuple(Remove(Kind.STROKE, sid, label=step.ERASE) for sid in stroke_ids), label=step.ERASE)


def erase_partially(doc: DossierDocument, pieces: dict[str, list[array]]) -> Batch:
    """Replace each stroke by what is left of it (possibly nothing).

    The pieces go on top of the sheet's ink: they draw straight onto the cached tiles, and a
    piece of one line changing places with a crossing line of the same sheet is not visible.
    """
    edits: list[Edit] = []
    for stroke_id, parts in pieces.items():
        located = doc.find(stroke_id)
        stroke: Stroke = located.obj
        edits.append(Remove(Kind.STROKE, stroke_id, label=step.ERASE))
        for part in parts:
            piece = Stroke(id=new_id(), points=part, tool=stroke.tool, color=stroke.color, width=stroke.width)
            edits.append(Insert(Kind.STROKE, located.parent_id, piece, label=step.ERASE))
    return Batch(tuple(edits), label=step.ERASE)


# -- annotations ------------------------------------------------------------------------------


def add_sticky(
    doc: DossierDocument, sheet_id: str, x: float, y: float, text: str = "", color: str = "#ffe066"
) -> Created:
    sticky = Sticky(id=new_id(), text=text, x=x, y=y, color=color)
    return Created(Insert(Kind.STICKY, sheet_id, sticky, label=step.STICKY_NOTE), sticky.id)


def set_text(doc: DossierDocument, object_id: str, text: str) -> Change:
    """New text of a sticky or label; typing merges into one undo step."""
    return Change.of(object_id, step.TYPE, merge_key=f"text:{object_id}", text=text)


def add_label(
    doc: DossierDocument,
    sheet_id: str,
    x: float,
    y: float,
    text: str = "",
    color: str = "#1f1f1f",
    size: float = 18.0,
    label_id: str | None = None,
) -> Created:
    label = Label(id=label_id or new_id(), text=text, x=x, y=y, color=color, size=size)
    return Created(Insert(Kind.LABEL, sheet_id, label, label=step.TEXT), label.id)


def add_pin(doc: DossierDocument, sheet_id: str, note_id: str, x: float, y: float) -> Created:
    pin = Pin(id=new_id(), note_id=note_id, x=x, y=y)
    return Created(Insert(Kind.PIN, sheet_id, pin, label=step.PIN), pin.id)


def add_pins(
    doc: DossierDocument, sheet_id: str, note_ids: Iterable[str], x: float, y: float, spacing: float = 36.0
) -> Batch:
    """Pins for several notes dropped at once, set side by side."""
    return Batch(
        tuple(add_pin(doc, sheet_id, nid, x + i * spacing, y).edit for i, nid in enumerate(note_ids)),
        label=step.PINS,
    )


# -- selections -------------------------------------------------------------------------------


def move_objects(doc: DossierDocument, ids: Iterable[str], dx: float, dy: float) -> Batch:
    """Move strokes, stickies, labels and pins by (dx, dy) as one step."""
    edits: list[Edit] = []
    for object_id in ids:
        obj = doc.get(object_id)
        if isinstance(obj, Stroke):
            edits.append(Change.of(object_id, step.MOVE, points=geometry.translate(obj.points, dx, dy)))
        else:
            edits.append(Change.of(object_id, step.MOVE, x=obj.x + dx, y=obj.y + dy))
    return Batch(tuple(edits), label=step.MOVE)


def scale_objects(
    doc: DossierDocument, ids: Iterable[str], origin: tuple[float, float], sx: float, sy: float
) -> Batch:
    """Resize a selection about ``origin``: strokes stretch, labels grow, notes and pins move."""
    ox, oy = origin
    edits: list[Edit] = []
    for object_id in ids:
        obj = doc.get(object_id)
        if isinstance(obj, Stroke):
            edits.append(
                Change.of(object_id, step.RESIZE, points=geometry.scale_about(obj.points, ox, oy, sx, sy))
            )
        elif isinstance(obj, Label):
            edits.append(
                Change.of(
                    object_id,
                    step.RESIZE,
                    x=ox + (obj.x - ox) * sx,
                    y=oy + (obj.y - oy) * sy,
                    size=max(4.0, obj.size * (abs(sx) + abs(sy)) / 2),
                )
            )
        else:
            edits.append(
                Change.of(object_id, step.RESIZE, x=ox + (obj.x - ox) * sx, y=oy + (obj.y - oy) * sy)
            )
    return Batch(tuple(edits), label=step.RESIZE)


def delete_objects(doc: DossierDocument, ids: Iterable[str]) -> Batch:
    return Batch(tuple(Remove(doc.find(i).kind, i) for i in ids), label=step.DELETE)
