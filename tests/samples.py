"""One builder for the sample dossiers of every test package, and the check that their references hold.

Each package keeps its own evening (the capture and report privacy tests need people with contact
details, the report a sketch, storage every field set, the property tests random values), but all
of them are put together here, in one way: evenings in order, then their themes, notes, sketches
and promises. Note numbers and ids follow on (``n1``, ``n2`` ...) unless a sample gives its own,
and :meth:`DossierBuilder.build` refuses a dossier whose references do not hold.
"""

from __future__ import annotations

from typing import Any

from bricoleur_desk.domain.model import (
    Canvas,
    Colleague,
    Dossier,
    Meeting,
    Note,
    Person,
    PlannedWork,
    Promise,
    Sheet,
    Stakeholder,
    Theme,
)

__all__ = ["DossierBuilder", "broken_references"]


class DossierBuilder:
    """Builds a dossier step by step; each evening's parts go to the evening added last unless named."""

    def __init__(self, title: str, **fields: Any) -> None:
        self.dossier = Dossier(title=title, **fields)
        self._meeting: Meeting | None = None

    def person(self, id: str, name: str, **fields: Any) -> Person:  # noqa: A002 - the domain's field name
        person = Person(id, name, **fields)
        self.dossier.people.append(person)
        return person

    def stakeholder(self, id: str, name: str, **fields: Any) -> Stakeholder:  # noqa: A002
        stakeholder = Stakeholder(id, name, **fields)
        self.dossier.stakeholders.append(stakeholder)
        return stakeholder
    def colleague(self, id: str, name: str, **fields: Any) -> Colleague:  # noqa: A002
        """A department or colleague of the register inside the municipality."""
        entry = Colleague(id, name, **fields)
        self.dossier.colleagues.append(entry)
        return entry

    def planned_work(self, id: str, title: str, **fields: Any) -> PlannedWork:  # noqa: A002
        work = PlannedWork(id, title, **fields)
        self.dossier.planned_works.append(work)
        return work

    def meeting(self, id: str, title: str, starts_at: Any, **fields: Any) -> Meeting:  # noqa: A002
        """Add an evening; the themes, notes and sketches added next belong to it."""
        meeting = Meeting(id=id, title=title, starts_at=starts_at, **fields)
        self.dossier.meetings.append(meeting)
        self._meeting = meeting
        return meeting

    def theme(self, id: str, name: str, color: str, meeting: Meeting | None = None) -> Theme:  # noqa: A002
        theme = Theme(id, name, color)
        self._evening(meeting).themes.append(theme)
        return theme

    def note(
        self,
        text: str,
        *,
        id: str | None = None,  # noqa: A002
        number: int | None = None,
        meeting: Meeting | None = None,
        **fields: Any,
    ) -> Note:
        """A note of the evening, numbered on from its last one, ``n<number>`` unless an id is given."""
        evening = self._evening(meeting)
        number = evening.next_note_number() if number is None else number
        note = Note(f"n{number}" if id is None else id, number, text, **fields)
        evening.notes.append(note)
        return note

    def canvas(self, id: str, name: str, *, meeting: Meeting | None = None, **fields: Any) -> Canvas:  # noqa: A002
        canvas = Canvas(id, name, **fields)
        self._evening(meeting).canvases.append(canvas)
        return canvas

    def sheet(self, canvas: Canvas, id: str, name: str, **fields: Any) -> Sheet:  # noqa: A002
        sheet = Sheet(id, name, **fields)
        canvas.sheets.append(sheet)
        return sheet

    def promise(self, id: str, meeting_id: str, text: str, **fields: Any) -> Promise:  # noqa: A002
        promise = Promise(id, meeting_id, text, **fields)
        self.dossier.promises.append(promise)
        return promise

    def build(self) -> Dossier:
        """The dossier, once every reference in it holds."""
        broken = broken_references(self.dossier)
        assert not broken, f"the sample dossier {self.dossier.title!r} refers to what is not there: {broken}"
        return self.dossier

    def _evening(self, meeting: Meeting | None) -> Meeting:
        evening = meeting or self._meeting
        assert evening is not None, "add an evening first"
        return evening


def broken_references(dossier: Dossier) -> list[str]:
    """What the dossier refers to that is not in it: themes, people, merged notes, promises' notes, pins."""
    broken: list[str] = []
    for kind, found in (
        ("person", [p.id for p in dossier.people]),
        ("meeting", [m.id for m in dossier.meetings]),
        ("promise", [p.id for p in dossier.promises]),
    ):
        broken += [f"{kind} {i} twice" for i in sorted(set(found)) if found.count(i) > 1]
    people = {p.id for p in dossier.people}
    colleagues = {c.id for c in dossier.colleagues}
    works = {w.id for w in dossier.planned_works}
    for entry in dossier.colleagues:
        if entry.department_id is not None and entry.department_id not in colleagues:
            broken.append(f"colleague {entry.id}: department {entry.department_id}")
    for work in dossier.planned_works:
        if work.owner_id is not None and work.owner_id not in colleagues:
            broken.append(f"planned work {work.id}: owner {work.owner_id}")
    for item in [*dossier.promises, *(n for m in dossier.meetings for n in m.notes)]:
        if item.owner_id is not None and item.owner_id not in colleagues:
            broken.append(f"{item.id}: owner {item.owner_id}")
        if item.work_id is not None and item.work_id not in works:
            broken.append(f"{item.id}: planned work {item.work_id}")
    meetings = {m.id for m in dossier.meetings}
    all_notes = {n.id for m in dossier.meetings for n in m.notes}
    for meeting in dossier.meetings:
        themes = {t.id for t in meeting.themes}
        notes = {n.id for n in meeting.notes}
        for note in meeting.notes:
            if note.theme_id is not None and note.theme_id not in themes:
                broken.append(f"note {note.id}: theme {note.theme_id}")
            if note.raised_by is not None and note.raised_by not in people:
                broken.append(f"note {note.id}: person {note.raised_by}")
            if note.merged_into is not None and note.merged_into not in notes - {note.id}:
                broken.append(f"note {note.id}: merged into {note.merged_into}")
        for canvas in meeting.canvases:
            for sheet in canvas.sheets:
                broken += [f"pin {p.id}: note {p.note_id}" for p in sheet.pins if p.note_id not in notes]
    for promise in dossier.promises:
        if promise.meeting_id not in meetings:
            broken.append(f"promise {promise.id}: meeting {promise.meeting_id}")
        broken += [f"promise {promise.id}: note {n}" for n in promise.note_ids if n not in all_notes]
    return broken
