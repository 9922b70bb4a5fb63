"""The register inside the municipality: who owns a promise or a question, and the planned works.

Departments and colleagues (name, department, role) own promises and notes to investigate;
planned works, projects and budgets in the area ("werk met werk") are what they can join. A
promise keeps its owner's name as printed (``Promise.owner``) beside the link (``owner_id``):
this module says how the two are kept in step and how old owner texts become entries.
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import Colleague, ColleagueKind, Dossier, Note, NoteStatus, PlannedWork, Promise, new_id


def name_key(name: str | None) -> str:
    """Names are compared without case and surrounding spaces ("team verkeer " is "Team Verkeer")."""
    return " ".join((name or "").split()).casefold()


def colleague(dossier: Dossier, colleague_id: str | None) -> Colleague | None:
    """The register entry with this id, or None (no owner, or an entry since removed)."""
    if colleague_id is None:
        return None
    return next((c for c in dossier.colleagues if c.id == colleague_id), None)


def planned_work(dossier: Dossier, work_id: str | None) -> PlannedWork | None:
    if work_id is None:
        return None
    return next((w for w in dossier.planned_works if w.id == work_id), None)


def by_name(dossier: Dossier, name: str) -> Colleague | None:
    """The register entry called ``name`` (without case), the first one when there are several."""
    key = name_key(name)
    return next((c for c in dossier.colleagues if name_key(c.name) == key), None)


def departments(dossier: Dossier) -> list[Colleague]:
    return [c for c in dossier.colleagues if c.kind == ColleagueKind.DEPARTMENT]


def department_of(dossier: Dossier, entry: Colleague) -> Colleague | None:
    """The department an entry belongs to: itself for a department, a colleague's department."""
    if entry.kind == ColleagueKind.DEPARTMENT:
        return entry
    return colleague(dossier, entry.department_id)


def described(dossier: Dossier, entry: Colleague) -> str:
    """How an entry reads in a list: "Joost Hendriks (wegbeheerder, Team Verkeer)"."""
    department = department_of(dossier, entry)
    details = [d for d in (entry.role, department.name if department and department is not entry else None) if d]
    return f"{entry.name} ({', '.join(details)})" if details else entry.name


def public_owner(dossier: Dossier, promise: Promise) -> str | None:
    """Who does it, as residents read it: a colleague's department rather than their name
    (a colleague's name is for internal documents); otherwise the owner as written."""
    entry = colleague(dossier, promise.owner_id)
    if entry is not None and entry.kind == ColleagueKind.COLLEAGUE:
        department = department_of(dossier, entry)
        if department is not None:
            return department.name
    return promise.owner


def members(dossier: Dossier, entry: Colleague) -> set[str]:
    """The ids an action list for ``entry`` covers: a department with its colleagues, or one colleague."""
    if entry.kind == ColleagueKind.DEPARTMENT:
        return {entry.id} | {c.id for c in dossier.colleagues if c.department_id == entry.id}
    return {entry.id}


def owned_promises(dossier: Dossier, owner_ids: Iterable[str]) -> list[Promise]:
    ids = set(owner_ids)
    return [p for p in dossier.promises if p.owner_id in ids]


def notes_to_investigate(dossier: Dossier, owner_ids: Iterable[str]) -> list[tuple[str, Note]]:
    """(meeting id, note) of every note still to investigate that one of ``owner_ids`` owns."""
    ids = set(owner_ids)
    return [
        (m.id, n)
        for m in dossier.meetings
        for n in m.notes
        if n.status == NoteStatus.INVESTIGATE and n.owner_id in ids
    ]


def adopt_owner_texts(dossier: Dossier) -> list[Colleague]:
    """Turn free owner texts into register entries by name; returns the entries it added.

    A promise with an owner text but no link gets the entry of that name (compared without case),
    made as a department when there is none: most owners written by hand are teams, and the
    register window can make it a colleague. Used on JSON files written before the register
    (the file migration does the same in SQL).
    """
    added: list[Colleague] = []
    for promise in dossier.promises:
        if promise.owner_id is not None or not (promise.owner or "").strip():
            continue
        entry = by_name(dossier, promise.owner or "")
        if entry is None:
            entry = Colleague(new_id(), " ".join((promise.owner or "").split()), ColleagueKind.DEPARTMENT)
            dossier.colleagues.append(entry)
            added.append(entry)
        promise.owner_id = entry.id
        promise.owner = entry.name
    return added
