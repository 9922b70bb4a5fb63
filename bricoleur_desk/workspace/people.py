"""The people register: add, edit and remove people, record their consent, link one to a note.

Every change is a use case returning an edit (run through :mod:`.commands`: one undo step,
saved at once). Notes record a group by default (``@group`` in the capture line); a person is
linked to a note only by :func:`link_person`, a deliberate act in the interface, never by typing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.document import DossierDocument, Kind
from ..domain.edits import Batch, Change, Edit, Insert, Remove
from ..domain.model import ConsentWay, Person, new_id
from . import undo_steps as step
from .commands import Created


@dataclass(frozen=True)
class PersonFields:
    """What the register edits about a person; empty texts mean 'not known'."""

    name: str
    group: str | None = None
    email: str | None = None
    phone: str | None = None
    consent_contact: bool = False
    consent_date: date | None = None
    consent_how: ConsentWay | None = None

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.strip(),
            "group": _text(self.group),
            "email": _text(self.email),
            "phone": _text(self.phone),
            "consent_contact": self.consent_contact,
            "consent_date": self.consent_date,
            "consent_how": self.consent_how,
        }


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def split_contact(contact: str) -> tuple[str | None, str | None]:
    """One 'contact' cell as typed from a sign-in sheet: (e-mail, phone)."""
    contact = contact.strip()
    if not contact:
        return None, None
    if "@" in contact:
        return contact, None
    return None, contact


def add_person(doc: DossierDocument, fields: PersonFields) -> Created | None:
    """Add a person to the dossier's register; None when the name is empty."""
    values = fields.values()
    if not values["name"]:
        return None
    person = Person(id=new_id(), **values)
    return Created(Insert(Kind.PERSON, None, person, label=step.ADD_PERSON), person.id)


def edit_person(doc: DossierDocument, person_id: str, fields: PersonFields) -> Edit | None:
    """Change what is known about a person; None when nothing changes or the name would be empty."""
    person = doc.get(person_id)
    values = fields.values()
    if not values["name"]:
        return None
    changed = {k: v for k, v in values.items() if getattr(person, k) != v}
    if not changed:
        return None
    return Change.of(person_id, label=step.EDIT_PERSON, **changed)


def remove_person(doc: DossierDocument, person_id: str) -> Edit:
    """Remove a person; the notes they raised keep their group (the person's, when they had none)."""
    person: Person = doc.get(person_id)
    edits: list[Edit] = []
    for meeting in doc.dossier.meetings:
        for note in meeting.notes:
            if note.raised_by == person_id:
                edits.append(
                    Change.of(
                        note.id,
                        label=step.REMOVE_PERSON,
                        raised_by=None,
                        raised_by_group=note.raised_by_group or person.group,
                    )
                )
    edits.append(Remove(Kind.PERSON, person_id, label=step.REMOVE_PERSON))
    return Batch(tuple(edits), step.REMOVE_PERSON)


def link_person(doc: DossierDocument, note_id: str, person_id: str) -> Edit | None:
    """Link a note to the person who raised it (a deliberate act); the note keeps or takes their group."""
    note = doc.get(note_id)
    person: Person = doc.get(person_id)
    if note.raised_by == person_id:
        return None
    return Change.of(
        note_id,
        label=step.LINK_PERSON,
        raised_by=person_id,
        raised_by_group=note.raised_by_group or person.group,
    )


def unlink_person(doc: DossierDocument, note_id: str) -> Edit | None:
    """The note no longer names a person; its group stays."""
    note = doc.get(note_id)
    if note.raised_by is None:
        return None
    return Change.of(note_id, label=step.UNLINK_PERSON, raised_by=None)
