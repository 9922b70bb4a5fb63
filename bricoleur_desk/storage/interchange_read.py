"""Reading a version 1 JSON dossier into domain objects, refusing problems with their JSON path."""

from __future__ import annotations

import logging
from array import array
from collections.abc import Callable
from typing import Any

from bricoleur_desk.domain.model import (
    AgendaBlock,
    Attendance,
    Background,
    BackgroundKind,
    Canvas,
    Colleague,
    ColleagueKind,
    Dossier,
    Evaluation,
    Frame,
    HouseStyle,
    Label,
    Meeting,
    Note,
    Person,
    Pin,
    PlannedWork,
    Promise,
    PromiseUpdate,
    Sheet,
    Stakeholder,
    Sticky,
    Stroke,
    Theme,
    new_id,
)
from bricoleur_desk.domain.register import adopt_owner_texts

from .interchange_errors import FORMAT_NAME, FORMAT_VERSION
from .interchange_fields import read_fields
from .interchange_values import (
    JsonObject,
    counter,
    enum_of,
    expected,
    fail,
    index_path,
    key_path,
    list_of,
    read_base64,
    read_color,
    read_id,
    read_int,
    read_local_datetime,
    read_str,
    shown,
)

log = logging.getLogger(__name__)

IMAGE_TYPES = ("image/png", "image/jpeg")
_FLOAT32_MAX = 3.4028234663852886e38  # the largest finite float32


def dossier_from_json(data: object, warn: Callable[[str], None] | None = None) -> Dossier:
    """Build a Dossier from parsed version 1 JSON; raises InterchangeError naming the JSON path.

    Unknown keys are skipped and reported through ``warn`` (default: the log).
    """
    return _DossierReader(warn or log.warning).dossier(data)


class _DossierReader:
    def __init__(self, warn: Callable[[str], None]) -> None:
        self.warn = warn
        self.ids: dict[str, str] = {}  # every id in the dossier -> the path that defined it
        self.people: set[str] = set()
        self.meetings: set[str] = set()
        self.notes: set[str] = set()
        self.colleagues: set[str] = set()
        self.planned_works: set[str] = set()
        # (path, what, id) references to people, meetings and notes, checked at the end
        # because a file may list meetings before the people they refer to.
        self.dossier_refs: list[tuple[str, str, str]] = []

    # -- ids and references --------------------------------------------------------------------

    def claim_id(self, obj: JsonObject, generate: bool = False) -> str:
        """The object's id, refused if another object already has it (ids are dossier-wide)."""
        if generate and obj.data.get("id") is None:
            obj.optional("id", read_id, None)
            return new_id()
        object_id = obj.required("id", read_id)
        if object_id in self.ids:
            raise fail(obj.at("id"), "duplicate id {id}, already used at {other}", id=repr(object_id), other=self.ids[object_id])
        self.ids[object_id] = obj.at("id")
        return object_id

    def check_dossier_refs(self) -> None:
        known = {
            "person": self.people,
            "meeting": self.meetings,
            "note": self.notes,
            "colleague": self.colleagues,
            "planned_work": self.planned_works,
        }
        for path, what, ref in self.dossier_refs:
            if ref in known[what]:
                continue
            if what == "colleague":
                raise fail(path, "unknown colleague {id}", id=repr(ref))
            if what == "planned_work":
                raise fail(path, "unknown planned work {id}", id=repr(ref))
            raise fail(
                path,
                "unknown person {id}" if what == "person"
                else "unknown meeting {id}" if what == "meeting"
                else "unknown note {id}",
                id=repr(ref),
            )

    # -- the dossier -----------------------------------------------------------------------------

    def dossier(self, data: object) -> Dossier:
        root = JsonObject(data, "", self.warn)
        check_format(root)
        head = root.child("dossier")
        if head is None:
            raise fail("dossier", "required key missing")
        dossier_id = self.claim_id(head, generate=True)
        dossier = Dossier(id=dossier_id, **read_fields("dossier", head))
        style = head.child("house_style")
        if style is not None:
            dossier.house_style = house_style(style)
        head.done()
        dossier.people = [self.person(obj) for obj in root.objects("people")]
        # optional, added in version 1 compatibly: older files have none
        dossier.stakeholders = [self.stakeholder(obj) for obj in root.objects("stakeholders")]
        dossier.colleagues = [self.colleague(obj) for obj in root.objects("colleagues")]
        dossier.planned_works = [self.planned_work(obj) for obj in root.objects("planned_works")]
        dossier.promises = [self.promise(obj) for obj in root.objects("promises")]
        dossier.meetings = [self.meeting(obj) for obj in root.objects("meetings")]
        root.done()
        self.check_dossier_refs()
        self.check_departments(dossier)
        if "colleagues" not in root.data:
            # a file written before the register: its owner texts become entries by name
            adopt_owner_texts(dossier)
        return dossier

    def colleague(self, obj: JsonObject) -> Colleague:
        entry = Colleague(id=self.claim_id(obj), **read_fields("colleague", obj))
        if entry.department_id is not None:
            self.dossier_refs.append((obj.at("department"), "colleague", entry.department_id))
        obj.done()
        self.colleagues.add(entry.id)
        return entry

    def planned_work(self, obj: JsonObject) -> PlannedWork:
        work = PlannedWork(id=self.claim_id(obj), **read_fields("planned_work", obj))
        if work.owner_id is not None:
            self.dossier_refs.append((obj.at("owner"), "colleague", work.owner_id))
        obj.done()
        self.planned_works.add(work.id)
        return work

    def register_refs(self, obj: JsonObject, owner_id: str | None, work_id: str | None) -> None:
        if owner_id is not None:
            self.dossier_refs.append((obj.at("owned_by"), "colleague", owner_id))
        if work_id is not None:
            self.dossier_refs.append((obj.at("planned_work"), "planned_work", work_id))

    def check_departments(self, dossier: Dossier) -> None:
        kinds = {c.id: c.kind for c in dossier.colleagues}
        for i, entry in enumerate(dossier.colleagues):
            if entry.department_id is not None and kinds[entry.department_id] != ColleagueKind.DEPARTMENT:
                raise fail(f"colleagues[{i}].department", "{id} is not a department", id=repr(entry.department_id))

    def person(self, obj: JsonObject) -> Person:
        person = Person(id=self.claim_id(obj), **read_fields("person", obj))
        obj.done()
        self.people.add(person.id)
        return person

    def stakeholder(self, obj: JsonObject) -> Stakeholder:
        stakeholder = Stakeholder(id=self.claim_id(obj), **read_fields("stakeholder", obj))
        obj.done()
        return stakeholder

    def promise(self, obj: JsonObject) -> Promise:
        promise = Promise(id=self.claim_id(obj), **read_fields("promise", obj))
        self.dossier_refs.append((obj.at("meeting"), "meeting", promise.meeting_id))
        self.register_refs(obj, promise.owner_id, promise.work_id)
        for path, value in obj.items("notes"):
            note_id = read_id(value, path)
            self.dossier_refs.append((path, "note", note_id))
            promise.note_ids.append(note_id)
        for update in obj.objects("updates"):
            promise.updates.append(
                PromiseUpdate(
                    at=update.required("at", read_local_datetime), text=update.required("text", read_str)
                )
            )
            update.done()
        obj.done()
        return promise

    # -- a meeting -------------------------------------------------------------------------------

    def meeting(self, obj: JsonObject) -> Meeting:
        meeting = Meeting(id=self.claim_id(obj), **read_fields("meeting", obj))
        self.meetings.add(meeting.id)
        frame = obj.child("frame")
        if frame is not None:
            meeting.frame = Frame(
                open=frame.optional("open", list_of(read_str), []),
                fixed=frame.optional("fixed", list_of(read_str), []),
            )
            frame.done()
        for block in obj.objects("agenda"):
            meeting.agenda.append(
                AgendaBlock(
                    title=block.required("title", read_str), minutes=block.required("minutes", read_int)
                )
            )
            block.done()
        meeting.themes = [self.theme(theme) for theme in obj.objects("themes")]
        meeting.notes = self.notes_of(obj, {theme.id for theme in meeting.themes})
        attendance = obj.child("attendance")
        if attendance is not None:
            meeting.attendance = read_attendance(attendance)
        # Pins refer to notes of their own meeting: their number is the note's number there.
        meeting_notes = {note.id for note in meeting.notes}
        meeting.canvases = [self.canvas(canvas, meeting_notes) for canvas in obj.objects("canvases")]
        evaluation = obj.child("evaluation")
        if evaluation is not None:
            meeting.evaluation = read_evaluation(evaluation)
        obj.done()
        return meeting

    def theme(self, obj: JsonObject) -> Theme:
        theme = Theme(id=self.claim_id(obj), **read_fields("theme", obj))
        obj.done()
        return theme

    def notes_of(self, meeting: JsonObject, themes: set[str]) -> list[Note]:
        """The meeting's notes; numbers missing in the file are given after the highest one."""
        notes: list[Note] = []
        numbered: dict[int, str] = {}
        unnumbered: list[Note] = []
        local_refs: list[tuple[str, str, str]] = []
        for obj in meeting.objects("notes"):
            note = Note(id=self.claim_id(obj), **read_fields("note", obj))
            obj.done()
            if note.number:
                if note.number in numbered:
                    raise fail(
                        obj.at("number"), "number {number} is already used by {other}", number=note.number, other=numbered[note.number]
                    )
                numbered[note.number] = obj.path
            else:
                unnumbered.append(note)
            if note.theme_id is not None and note.theme_id not in themes:
                raise fail(obj.at("theme"), "unknown theme {id} (not a theme of this meeting)", id=repr(note.theme_id))
            if note.raised_by is not None:
                self.dossier_refs.append((obj.at("raised_by"), "person", note.raised_by))
            self.register_refs(obj, note.owner_id, note.work_id)
            if note.merged_into is not None:
                local_refs.append((obj.at("merged_into"), note.id, note.merged_into))
            notes.append(note)
        next_number = max(numbered, default=0) + 1
        for note in unnumbered:
            note.number = next_number
            next_number += 1
        ids = {note.id for note in notes}
        for path, note_id, target in local_refs:
            if target == note_id:
                raise fail(path, "a note cannot be merged into itself")
            if target not in ids:
                raise fail(path, "unknown note {id} (not a note of this meeting)", id=repr(target))
        self.notes |= ids
        return notes

    # -- canvases --------------------------------------------------------------------------------

    def canvas(self, obj: JsonObject, notes: set[str]) -> Canvas:
        canvas = Canvas(id=self.claim_id(obj), **read_fields("canvas", obj))
        background = obj.child("background")
        if background is not None:
            canvas.background = read_background(background)
        canvas.sheets = [self.sheet(sheet, notes) for sheet in obj.objects("sheets")]
        obj.done()
        return canvas

    def sheet(self, obj: JsonObject, notes: set[str]) -> Sheet:
        sheet = Sheet(id=self.claim_id(obj), **read_fields("sheet", obj))
        sheet.strokes = [self.stroke(stroke) for stroke in obj.objects("strokes")]
        sheet.stickies = [self.sticky(sticky) for sticky in obj.objects("stickies")]
        sheet.labels = [self.label(label) for label in obj.objects("labels")]
        sheet.pins = [self.pin(pin, notes) for pin in obj.objects("pins")]
        obj.done()
        return sheet

    def stroke(self, obj: JsonObject) -> Stroke:
        stroke_id = self.claim_id(obj, generate=True)
        points = obj.required("points", read_points)
        stroke = Stroke(id=stroke_id, points=points, **read_fields("stroke", obj))
        obj.done()
        return stroke

    def sticky(self, obj: JsonObject) -> Sticky:
        sticky = Sticky(id=self.claim_id(obj, generate=True), **read_fields("sticky", obj))
        obj.done()
        return sticky

    def label(self, obj: JsonObject) -> Label:
        label = Label(id=self.claim_id(obj, generate=True), **read_fields("label", obj))
        obj.done()
        return label

    def pin(self, obj: JsonObject, notes: set[str]) -> Pin:
        pin = Pin(id=self.claim_id(obj, generate=True), **read_fields("pin", obj))
        if pin.note_id not in notes:
            raise fail(obj.at("note"), "unknown note {id} (not a note of this meeting)", id=repr(pin.note_id))
        obj.done()
        return pin


# -- parts without ids ---------------------------------------------------------------------------


def check_format(root: JsonObject) -> None:
    """Refuse anything that is not a version 1 dossier, before reading the rest."""
    if "format" not in root.data:
        raise fail("format", "required key missing: this is not a Bricoleur Desk dossier")
    name = root.required("format", read_str)
    if name != FORMAT_NAME:
        raise fail(
            "format", "expected {expected}, got {value}: this is not a Bricoleur Desk dossier",
            expected=repr(FORMAT_NAME), value=shown(name),
        )
    version = root.required("version", counter(1))
    if version > FORMAT_VERSION:
        raise fail(
            "version",
            "written by a newer version of Bricoleur Desk (format version {version}); "
            "this version reads format version {known}. Please update Bricoleur Desk.",
            version=version,
            known=FORMAT_VERSION,
        )


def house_style(obj: JsonObject) -> HouseStyle:
    style = HouseStyle(
        municipality=obj.optional("municipality", read_str, None),
        accent=obj.optional("accent", read_color, "#00557f"),
        contact=obj.optional("contact", read_str, None),
    )
    logo = obj.child("logo")
    if logo is not None:
        media_type = logo.required("media_type", read_str)
        if media_type != "image/png":
            raise fail(logo.at("media_type"), "expected 'image/png', got {value}", value=shown(media_type))
        style.logo_png = logo.required("data_base64", read_base64)
        logo.done()
    obj.done()
    return style


def read_attendance(obj: JsonObject) -> Attendance:
    attendance = Attendance(count=obj.optional("count", read_int, 0))
    by_group = obj.child("by_group")
    if by_group is not None:
        for group, value in by_group.data.items():
            path = key_path(by_group.path, group)
            attendance.by_group[read_str(group, path)] = read_int(value, path)
    obj.done()
    return attendance


def read_evaluation(obj: JsonObject) -> Evaluation:
    evaluation = Evaluation(remarks=obj.optional("remarks", list_of(read_str), []))
    scores = obj.child("scores")
    if scores is not None:
        for key, value in scores.data.items():
            path = key_path(scores.path, key)
            if key not in {"1", "2", "3", "4", "5"}:
                raise fail(path, "expected a score from 1 to 5 as the key")
            evaluation.scores[int(key)] = read_int(value, path)
    obj.done()
    return evaluation


def read_background(obj: JsonObject) -> Background:
    data = obj.optional("data_base64", read_base64, None)
    # The sketch has no "kind": a background with image data is an image.
    kind = obj.optional(
        "kind", enum_of(BackgroundKind), BackgroundKind.IMAGE if data is not None else BackgroundKind.BLANK
    )
    if kind is BackgroundKind.IMAGE and data is None:
        raise fail(obj.at("data_base64"), "required key missing (the background is an image)")
    media_type = None
    if data is not None:
        media_type = obj.required("media_type", read_str)
        if media_type not in IMAGE_TYPES:
            raise fail(
                obj.at("media_type"), "expected one of {allowed}, got {value}",
                allowed=", ".join(IMAGE_TYPES), value=shown(media_type),
            )
    obj.done()
    return Background(kind=kind, media_type=media_type, data=data)


def read_points(value: Any, path: str) -> array:
    """[[x, y, pressure], ...] as the flat float32 array a Stroke keeps."""
    if not isinstance(value, list):
        raise expected(path, "a list", value)
    flat: list[float] = []
    for i, point in enumerate(value):
        if not isinstance(point, list) or len(point) != 3:
            raise expected(index_path(path, i), "a point [x, y, pressure]", point)
        for j, number in enumerate(point):
            # A type check per number, not read_float: strokes can hold many thousands of points.
            if type(number) is not float and type(number) is not int:
                raise expected(index_path(index_path(path, i), j), "a number", number)
            if not -_FLOAT32_MAX <= number <= _FLOAT32_MAX:
                raise fail(index_path(index_path(path, i), j), "expected a number within float32 range")
        flat.extend(point)
    return array("f", flat)
