"""The dossier and everything in it, as plain Python objects.

A dossier is one plan or initiative; it holds many meetings (resident evenings) over time.
Entities are mutable dataclasses with a stable string ``id``; they are changed only through
edits (see :mod:`bricoleur_desk.domain.edits`) so that every change can be undone and stored.
"""

from __future__ import annotations

import uuid
from array import array
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


def new_id() -> str:
    """A fresh id for an object made in the app (ids from imported JSON are kept as they are)."""
    return str(uuid.uuid4())


class Phase(StrEnum):
    PREPARE = "prepare"
    INVENTORY = "inventory"  # "Note everything first"
    DISCUSS = "discuss"
    CLOSE = "close"


class NoteKind(StrEnum):
    CONCERN = "concern"
    QUESTION = "question"
    IDEA = "idea"


class NoteStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    INVESTIGATE = "investigate"
    OUT_OF_FRAME = "out_of_frame"
    MERGED = "merged"


class ConsentWay(StrEnum):
    """How a person gave consent to be contacted."""

    SIGN_IN_SHEET = "sign_in_sheet"
    EMAIL = "email"
    IN_PERSON = "in_person"


class PromiseStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class ColleagueKind(StrEnum):
    """What an entry of the register inside the municipality is."""

    DEPARTMENT = "department"  # a department or team (afdeling, team)
    COLLEAGUE = "colleague"  # a person, usually in one of the departments


class WorkKind(StrEnum):
    """What sort of plan in the area a note or promise can join ("werk met werk")."""

    WORK = "work"  # planned works: sewer, repaving, maintenance
    PROJECT = "project"
    BUDGET = "budget"


class StrokeTool(StrEnum):
    PEN = "pen"
    HIGHLIGHTER = "highlighter"


class BackgroundKind(StrEnum):
    BLANK = "blank"
    GRID = "grid"
    IMAGE = "image"


@dataclass
class Person:
    """A participant. Never shown on the projector nor in the public report."""

    id: str
    name: str
    group: str | None = None
    email: str | None = None
    phone: str | None = None
    consent_contact: bool = False
    consent_date: date | None = None  # when consent was given (or withdrawn)
    consent_how: ConsentWay | None = None  # how it was given


@dataclass
class Stakeholder:
    """A group or organisation with a stake in the plan: a street's residents, a school, shop owners.

    The group's name and what is at stake for it may be shown; who speaks for it is a person,
    internal only (never on the projector nor in the public report).
    """

    id: str
    name: str
    stake: str | None = None  # what is at stake for them: noise, traffic, shade, their garden
    spokesperson: str | None = None  # who speaks for them: internal only


@dataclass
class Colleague:
    """Inside the municipality: a department, or a colleague (in a department, with a role).

    Promises and notes to investigate are owned by an entry of this register. A colleague's
    name is personal data too: internal documents only, never the projector.
    """

    id: str
    name: str
    kind: ColleagueKind = ColleagueKind.COLLEAGUE
    department_id: str | None = None  # a colleague's department: an entry of kind department
    role: str | None = None


@dataclass
class PlannedWork:
    """Works, projects and budgets already planned in the area, that residents' wishes can join."""

    id: str
    title: str
    kind: WorkKind = WorkKind.WORK
    period: str | None = None  # when, in words: "voorjaar 2027", "2027-2028"
    budget: str | None = None  # in words: "EUR 250.000, begroting 2027"
    owner_id: str | None = None  # the Colleague (department or colleague) running it
    description: str | None = None


@dataclass
class PromiseUpdate:
    at: datetime
    text: str


@dataclass
class Promise:
    """What the municipality commits to (toezegging), tracked across meetings of the dossier."""

    id: str
    meeting_id: str
    text: str
    # the owner's name as printed: kept equal to the register entry's name (owner_id) by the
    # workspace, so the privacy checks and the public report's masking work on the words shown
    owner: str | None = None
    due: date | None = None
    status: PromiseStatus = PromiseStatus.OPEN
    note_ids: list[str] = field(default_factory=list)
    updates: list[PromiseUpdate] = field(default_factory=list)
    reason: str | None = None  # why it was dropped: residents are owed the why
    owner_id: str | None = None  # the Colleague (department or colleague) who owns it
    work_id: str | None = None  # the PlannedWork it joins


@dataclass
class Theme:
    id: str
    name: str
    color: str = "#4c72b0"


@dataclass
class Note:
    """A concern, question or idea in the resident's own words, numbered per meeting."""

    id: str
    number: int
    text: str
    kind: NoteKind = NoteKind.CONCERN
    theme_id: str | None = None
    raised_by: str | None = None  # a Person id: internal only
    raised_by_group: str | None = None  # a group or street: may be shown
    status: NoteStatus = NoteStatus.OPEN
    answer: str | None = None
    merged_into: str | None = None
    votes: int = 0
    created_at: datetime | None = None
    internal_remark: str | None = None  # for colleagues only: never projected or made public
    # the facilitator confirmed that the words shown hold no personal data: the fingerprint of
    # the text and group confirmed (workspace.wall_privacy), so any later change asks again
    privacy_cleared: str | None = None
    owner_id: str | None = None  # the Colleague who investigates it (status investigate)
    work_id: str | None = None  # the PlannedWork it is linked to


@dataclass
class AgendaBlock:
    title: str
    minutes: int


@dataclass
class Frame:
    """The kaders: what residents can influence and what is fixed (and why)."""

    open: list[str] = field(default_factory=list)
    fixed: list[str] = field(default_factory=list)


@dataclass
class Attendance:
    count: int = 0
    by_group: dict[str, int] = field(default_factory=dict)


@dataclass
class Evaluation:
    """How the evening went, per the participants: counts per score 1-5 and remarks."""

    scores: dict[int, int] = field(default_factory=lambda: {s: 0 for s in range(1, 6)})
    remarks: list[str] = field(default_factory=list)


@dataclass
class Stroke:
    """A pen or highlighter line. ``points`` is a flat float32 array x, y, pressure, x, y, ..."""

    id: str
    points: array
    tool: StrokeTool = StrokeTool.PEN
    color: str = "#1f1f1f"
    width: float = 3.0

    def point_count(self) -> int:
        return len(self.points) // 3

    def bounds(self) -> tuple[float, float, float, float]:
        """(min_x, min_y, max_x, max_y) of the centre line, not counting the width."""
        xs = self.points[0::3]
        ys = self.points[1::3]
        if not xs:
            return (0.0, 0.0, 0.0, 0.0)
        return (min(xs), min(ys), max(xs), max(ys))


@dataclass
class Sticky:
    id: str
    text: str
    x: float
    y: float
    color: str = "#ffe066"


@dataclass
class Label:
    """A text label written on a sheet."""

    id: str
    text: str
    x: float
    y: float
    color: str = "#1f1f1f"
    size: float = 18.0


@dataclass
class Pin:
    """A numbered pin that ties a note to a place on the canvas."""

    id: str
    note_id: str
    x: float
    y: float


@dataclass
class Sheet:
    """A transparent tracing sheet (vel) over the canvas background."""

    id: str
    name: str
    visible: bool = True
    opacity: float = 1.0
    locked: bool = False
    strokes: list[Stroke] = field(default_factory=list)
    stickies: list[Sticky] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    pins: list[Pin] = field(default_factory=list)


@dataclass
class Background:
    kind: BackgroundKind = BackgroundKind.BLANK
    media_type: str | None = None  # "image/png" or "image/jpeg" when kind is IMAGE
    data: bytes | None = None


@dataclass
class Canvas:
    """A sketch roll: a background (map, photo, plan) under any number of sheets."""

    id: str
    name: str
    width: float = 1600.0
    height: float = 1000.0
    background: Background = field(default_factory=Background)
    sheets: list[Sheet] = field(default_factory=list)


@dataclass
class Meeting:
    """One resident evening."""

    id: str
    title: str
    starts_at: datetime
    venue: str | None = None
    question: str | None = None
    phase: Phase = Phase.PREPARE
    frame: Frame = field(default_factory=Frame)
    agenda: list[AgendaBlock] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    attendance: Attendance = field(default_factory=Attendance)
    canvases: list[Canvas] = field(default_factory=list)
    evaluation: Evaluation = field(default_factory=Evaluation)
    expected_groups: list[str] = field(default_factory=list)
    summary: str | None = None  # the adviser's short summary for the report
    introduction: str | None = None  # the adviser's opening words of the report
    next_steps: str | None = None  # what happens next and how to stay in touch

    def next_note_number(self) -> int:
        return max((n.number for n in self.notes), default=0) + 1

    def note(self, note_id: str) -> Note:
        for n in self.notes:
            if n.id == note_id:
                return n
        raise KeyError(note_id)

    def theme(self, theme_id: str) -> Theme:
        for t in self.themes:
            if t.id == theme_id:
                return t
        raise KeyError(theme_id)


@dataclass
class HouseStyle:
    """How the municipality's documents look: used by the report."""

    municipality: str | None = None
    logo_png: bytes | None = None
    accent: str = "#00557f"
    contact: str | None = None


@dataclass
class Dossier:
    """One plan or neighbourhood initiative: many meetings, the people, the promises."""

    title: str
    id: str = field(default_factory=new_id)
    area: str | None = None
    description: str | None = None
    history: str | None = None
    retention_until: date | None = None
    house_style: HouseStyle = field(default_factory=HouseStyle)
    people: list[Person] = field(default_factory=list)
    stakeholders: list[Stakeholder] = field(default_factory=list)
    colleagues: list[Colleague] = field(default_factory=list)  # the register inside the municipality
    planned_works: list[PlannedWork] = field(default_factory=list)
    promises: list[Promise] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)

    def meeting(self, meeting_id: str) -> Meeting:
        for m in self.meetings:
            if m.id == meeting_id:
                return m
        raise KeyError(meeting_id)

    def latest_meeting(self) -> Meeting | None:
        return max(self.meetings, key=lambda m: m.starts_at, default=None)

    def person(self, person_id: str) -> Person:
        for p in self.people:
            if p.id == person_id:
                return p
        raise KeyError(person_id)
