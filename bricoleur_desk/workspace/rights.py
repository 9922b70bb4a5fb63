"""Residents' rights (AVG): every piece of free text, what the dossier holds about a person, retention.

A resident may ask what is held about them (access, AVG art. 15) and to be erased (art. 17);
once a dossier's retention date has passed its personal data must go. The free text the scan
covers is all of it: every meeting, every promise, internal remarks and the dossier's history,
not only what one meeting's report prints. Names are matched by ``PersonalDataFinder`` on the
NFC form of each text, so a name typed with combining accents (NFD, as macOS can give) is found.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from ..domain.document import DossierDocument
from ..domain.edits import Change, Edit
from ..domain.model import Dossier, Note, Person
from . import undo_steps as step
from .errors import UserError
from .privacy import PLACEHOLDERS, PersonalDataFinder, TextSpot

EXPORT_FORMAT = "bricoleur-desk-person-data"
EXPORT_VERSION = 1


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def normalised(person: Person) -> Person:
    """The person with name, e-mail and phone in NFC, as the texts are matched."""
    return replace(
        person,
        name=nfc(person.name),
        email=nfc(person.email) if person.email else person.email,
        phone=nfc(person.phone) if person.phone else person.phone,
    )


def finder_for(people: list[Person]) -> PersonalDataFinder:
    return PersonalDataFinder([normalised(p) for p in people])


def find_person(dossier: Dossier, person_id: str) -> Person:
    """The person with this id (as in the JSON interchange's ``people[].id``), or a clear error."""
    try:
        return dossier.person(person_id)
    except KeyError:
        known = ", ".join(p.id for p in dossier.people) or "none"
        raise UserError(
            "no person with id {person} in dossier {title} (people: {known})",
            person=repr(person_id),
            title=repr(dossier.title),
            known=known,
        ) from None


# -- every piece of free text ----------------------------------------------------------------

# (kind, field) -> how the value is read as texts and written back; lists as a whole
TextField = tuple[str, Callable[[Any], list[str]], Callable[[Any, list[str]], Any]]


def _plain(name: str) -> TextField:
    return (name, lambda obj: [getattr(obj, name) or ""], lambda obj, texts: texts[0])


def _list(name: str) -> TextField:
    return (name, lambda obj: list(getattr(obj, name)), lambda obj, texts: texts)


def _frame(obj: Any, texts: list[str]) -> Any:
    n = len(obj.frame.open)
    return replace(obj.frame, open=texts[:n], fixed=texts[n:])


FIELDS: dict[str, tuple[TextField, ...]] = {
    "dossier": (
        *(_plain(n) for n in ("title", "area", "description", "history")),
        (
            "house_style",
            lambda d: [d.house_style.contact or ""],
            lambda d, t: replace(d.house_style, contact=t[0]),
        ),
    ),
    "meeting": (
        *(_plain(n) for n in ("title", "venue", "question", "summary", "introduction", "next_steps")),
        ("frame", lambda m: [*m.frame.open, *m.frame.fixed], _frame),
        (
            "agenda",
            lambda m: [b.title for b in m.agenda],
            lambda m, t: [replace(b, title=x) for b, x in zip(m.agenda, t, strict=True)],
        ),
        (
            "evaluation",
            lambda m: list(m.evaluation.remarks),
            lambda m, t: replace(m.evaluation, scores=dict(m.evaluation.scores), remarks=t),
        ),
        _list("expected_groups"),
    ),
    "stakeholder": tuple(_plain(n) for n in ("name", "stake", "spokesperson")),
    "theme": (_plain("name"),),
    # the register: a resident named in a planned work's words or a colleague's role is masked too
    "colleague": (_plain("role"),),
    "planned_work": tuple(_plain(n) for n in ("title", "period", "budget", "description")),
    "note": tuple(_plain(n) for n in ("text", "answer", "raised_by_group", "internal_remark")),
    "canvas": (_plain("name"),),
    "sheet": (_plain("name"),),
    "sticky": (_plain("text"),),
    "label": (_plain("text"),),
    "promise": (
        _plain("text"),
        _plain("owner"),
        (
            "updates",
            lambda p: [u.text for u in p.updates],
            lambda p, t: [replace(u, text=x) for u, x in zip(p.updates, t, strict=True)],
        ),
    ),
}


def text_objects(dossier: Dossier) -> Iterator[tuple[str, Any]]:
    """(kind, object) of the dossier and everything in it that holds free text."""
    from ..domain.document import walk

    yield "dossier", dossier
    for kind, obj, _parent in walk(dossier):
        if str(kind) in FIELDS:
            yield str(kind), obj


def all_text_spots(dossier: Dossier) -> Iterator[TextSpot]:
    """Every piece of free text in the dossier (internal remarks, every meeting and promise)."""
    for kind, obj in text_objects(dossier):
        for name, read, _write in FIELDS[kind]:
            texts = read(obj)
            for i, text in enumerate(texts):
                if text:
                    item = i if name in _LIST_FIELDS else None
                    where = f"{_label(kind, obj)} {name.replace('_', ' ')}"
                    yield TextSpot(where if item is None else f"{where} {i + 1}", obj.id, name, item, text)


_LIST_FIELDS = {"frame", "agenda", "evaluation", "expected_groups", "updates"}


def _label(kind: str, obj: Any) -> str:
    if kind == "note":
        return f"note {obj.number}"
    if kind in ("dossier", "meeting", "promise"):
        return f"{kind} {getattr(obj, 'title', None) or getattr(obj, 'text', '')[:30]!r}"
    return f"{kind} {getattr(obj, 'name', None) or obj.id!r}"


def masked_fields(kind: str, obj: Any, finder: PersonalDataFinder, lang: str = "nl") -> dict[str, Any]:
    """The new values of the object's fields whose text names someone the finder knows."""
    changed: dict[str, Any] = {}
    for name, read, write in FIELDS[kind]:
        texts = read(obj)
        masked = [mask(t, finder, lang) if t else t for t in texts]
        if masked != texts:
            changed[name] = write(obj, masked)
    return changed


def mask(text: str, finder: PersonalDataFinder, lang: str = "nl") -> str:
    """``text`` (in NFC when something is found) with every match replaced by a placeholder."""
    normal = nfc(text)
    return finder.mask(normal, lang) if finder.spans(normal) else text


# -- access: what the dossier holds about a person ----------------------------------------------


def person_data(dossier: Dossier, person_id: str, *, now: datetime | None = None) -> dict[str, Any]:
    """Everything the dossier holds about these people, ready for json.dumps (one person: a list of one)."""
    person = find_person(dossier, person_id)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": (now or datetime.now().astimezone()).isoformat(timespec="seconds"),
        "dossier": {"id": dossier.id, "title": dossier.title},
        "people": [_about(dossier, person)],
    }


def people_data(dossier: Dossier, *, now: datetime | None = None) -> dict[str, Any]:
    """The same for every person of the dossier (before erasing them all at the end of retention)."""
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": (now or datetime.now().astimezone()).isoformat(timespec="seconds"),
        "dossier": {"id": dossier.id, "title": dossier.title},
        "people": [_about(dossier, person) for person in dossier.people],
    }


def _about(dossier: Dossier, person: Person) -> dict[str, Any]:
    own = finder_for([person])
    others = finder_for([p for p in dossier.people if p.id != person.id])

    def shown(text: str | None) -> str | None:
        # other residents in the same text are masked: access to one's own data, not theirs
        return _mask_others(text, own, others) if text else text

    notes = []
    for meeting in dossier.meetings:
        for note in meeting.notes:
            if note.raised_by == person.id:
                notes.append(_note(note, meeting.id, meeting.title, meeting.starts_at, shown))
    mentions = []
    for spot in all_text_spots(dossier):
        text = nfc(spot.text)
        found = own.spans(text)
        if found:
            mentions.append(
                {
                    "where": spot.where,
                    "object_id": spot.object_id,
                    "field": spot.field,
                    "item": spot.item,
                    "text": shown(text),
                    "found": [{"kind": kind, "text": text[s:e]} for s, e, kind, _ in found],
                }
            )
    return {
        "person": {
            "id": person.id,
            "name": person.name,
            "group": person.group,
            "email": person.email,
            "phone": person.phone,
            "consent_contact": person.consent_contact,
            "consent_date": person.consent_date.isoformat() if person.consent_date else None,
            "consent_how": person.consent_how.value if person.consent_how else None,
        },
        "notes": notes,
        "mentions": mentions,
    }


def _note(note: Note, meeting_id: str, title: str, starts: datetime, shown: Callable) -> dict[str, Any]:
    return {
        "meeting": {"id": meeting_id, "title": title, "starts_at": starts.isoformat()},
        "id": note.id,
        "number": note.number,
        "kind": str(note.kind),
        "status": str(note.status),
        "text": shown(note.text),
        "answer": shown(note.answer),
        "raised_by_group": note.raised_by_group,
        "internal_remark": shown(note.internal_remark),
        "created_at": note.created_at.isoformat() if note.created_at else None,
    }


def _mask_others(text: str, own: PersonalDataFinder, others: PersonalDataFinder, lang: str = "nl") -> str:
    text = nfc(text)
    mine = own.spans(text)
    words = PLACEHOLDERS[lang]
    out, at = [], 0
    for start, end, kind, _ in others.spans(text):
        if any(start < e and s < end for s, e, _k, _p in mine):
            continue  # a shared surname: the person's own name stays
        out += [text[at:start], words[kind]]
        at = end
    out.append(text[at:])
    return "".join(out)


# -- retention -------------------------------------------------------------------------------


def set_retention(doc: DossierDocument, until: date | None) -> Edit | None:
    """Keep the dossier's personal data until ``until`` (None: no date); one undoable edit."""
    if doc.dossier.retention_until == until:
        return None
    return Change.of(doc.dossier.id, label=step.RETENTION_DATE, retention_until=until)


def retention_passed(dossier: Dossier, today: date | None = None) -> bool:
    """The retention date has passed and the dossier still holds people: their data must go."""
    until = dossier.retention_until
    return until is not None and (today or date.today()) > until and bool(dossier.people)
