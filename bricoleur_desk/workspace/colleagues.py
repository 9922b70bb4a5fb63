"""The register inside the municipality as use cases: each returns an edit for ``commands.run``.

Departments and colleagues own promises and notes to investigate; planned works are what they
can join. A promise prints its owner's name (``Promise.owner``): renaming an entry renames it
on every promise in the same undo step, and removing one hands its promises and questions to
its department (or to nobody), so no name of a removed colleague stays behind.
"""

from __future__ import annotations

from ..domain.document import DossierDocument, Kind
from ..domain.edits import Batch, Change, Edit, Insert, Remove
from ..domain.model import Colleague, ColleagueKind, PlannedWork, WorkKind, new_id
from ..domain.register import by_name, colleague, department_of
from . import undo_steps as step
from .commands import Created

_UNSET = object()


def owner_link(doc: DossierDocument, name: str | None) -> tuple[list[Edit], str | None, str | None]:
    """(edits, owner id, owner name) for an owner typed or picked by name.

    A name the register knows (without case) links to that entry; a new name is added to the
    register on the spot (as a department: most owners typed during an evening are teams; the
    register window can make it a colleague); an empty name is no owner.
    """
    clean = " ".join((name or "").split())
    if not clean:
        return [], None, None
    entry = by_name(doc.dossier, clean)
    if entry is not None:
        return [], entry.id, entry.name
    entry = Colleague(new_id(), clean, ColleagueKind.DEPARTMENT)
    return [Insert(Kind.COLLEAGUE, None, entry, label=step.ADD_COLLEAGUE)], entry.id, entry.name


def add_colleague(
    doc: DossierDocument,
    name: str,
    kind: ColleagueKind = ColleagueKind.COLLEAGUE,
    department_id: str | None = None,
    role: str | None = None,
) -> Created | None:
    """A new department or colleague; None for an empty name."""
    clean = " ".join(name.split())
    if not clean:
        return None
    kind = ColleagueKind(kind)
    entry = Colleague(
        new_id(),
        clean,
        kind,
        department_id if kind == ColleagueKind.COLLEAGUE else None,
        (role or "").strip() or None,
    )
    return Created(Insert(Kind.COLLEAGUE, None, entry, label=step.ADD_COLLEAGUE), entry.id)


def edit_colleague(
    doc: DossierDocument,
    colleague_id: str,
    *,
    name: str | None = None,
    kind: ColleagueKind | None = None,
    department_id: object = _UNSET,
    role: object = _UNSET,
) -> Edit | None:
    """Change an entry; a new name reaches every promise it owns, in the same undo step."""
    entry: Colleague = doc.get(colleague_id)
    values: dict[str, object] = {}
    clean = " ".join((name or "").split())
    if clean and clean != entry.name:
        values["name"] = clean
    new_kind = entry.kind if kind is None else ColleagueKind(kind)
    if new_kind != entry.kind:
        values["kind"] = new_kind
    department = entry.department_id if department_id is _UNSET else department_id
    if new_kind == ColleagueKind.DEPARTMENT or department == colleague_id:
        department = None
    if department != entry.department_id:
        values["department_id"] = department
    if role is not _UNSET:
        new_role = (str(role) if role else "").strip() or None
        if new_role != entry.role:
            values["role"] = new_role
    if not values:
        return None
    edits: list[Edit] = [Change.of(colleague_id, label=step.EDIT_COLLEAGUE, **values)]
    if "name" in values:
        edits += [Change.of(p.id, owner=clean) for p in doc.dossier.promises if p.owner_id == colleague_id]
    if values.get("kind") == ColleagueKind.COLLEAGUE:
        # a department that became a colleague has no colleagues of its own any more
        edits += [Change.of(c.id, department_id=None) for c in doc.dossier.colleagues if c.department_id == colleague_id]
    return edits[0] if len(edits) == 1 else Batch(tuple(edits), label=step.EDIT_COLLEAGUE)


def remove_colleague(doc: DossierDocument, colleague_id: str) -> Edit:
    """Remove an entry: what it owned goes to its department, or to nobody; its name goes everywhere."""
    dossier = doc.dossier
    entry: Colleague = doc.get(colleague_id)
    heir = department_of(dossier, entry) if entry.kind == ColleagueKind.COLLEAGUE else None
    heir_id, heir_name = (heir.id, heir.name) if heir is not None else (None, None)
    edits: list[Edit] = []
    for promise in dossier.promises:
        if promise.owner_id == colleague_id:
            edits.append(Change.of(promise.id, owner_id=heir_id, owner=heir_name))
    for meeting in dossier.meetings:
        edits += [Change.of(n.id, owner_id=heir_id) for n in meeting.notes if n.owner_id == colleague_id]
    edits += [Change.of(w.id, owner_id=heir_id) for w in dossier.planned_works if w.owner_id == colleague_id]
    edits += [Change.of(c.id, department_id=None) for c in dossier.colleagues if c.department_id == colleague_id]
    edits.append(Remove(Kind.COLLEAGUE, colleague_id, label=step.REMOVE_COLLEAGUE))
    return Batch(tuple(edits), label=step.REMOVE_COLLEAGUE)


def add_planned_work(
    doc: DossierDocument,
    title: str,
    kind: WorkKind = WorkKind.WORK,
    period: str | None = None,
    budget: str | None = None,
    owner_id: str | None = None,
    description: str | None = None,
) -> Created | None:
    """A work, project or budget planned in the area; None for an empty title."""
    if not title.strip():
        return None
    work = PlannedWork(
        new_id(),
        title.strip(),
        WorkKind(kind),
        (period or "").strip() or None,
        (budget or "").strip() or None,
        owner_id if colleague(doc.dossier, owner_id) else None,
        (description or "").strip() or None,
    )
    return Created(Insert(Kind.PLANNED_WORK, None, work, label=step.ADD_PLANNED_WORK), work.id)


def edit_planned_work(doc: DossierDocument, work_id: str, **values: object) -> Change | None:
    """Change a planned work's title, kind, period, budget, owner or description."""
    work: PlannedWork = doc.get(work_id)
    changed: dict[str, object] = {}
    for name, value in values.items():
        if name not in ("title", "kind", "period", "budget", "owner_id", "description"):
            raise ValueError(f"a planned work has no field {name!r} to edit")
        if name == "kind":
            value = WorkKind(str(value))
        elif name != "owner_id":
            value = (str(value) if value else "").strip() or None
        if name == "title" and value is None:
            continue  # a work keeps a title
        if value != getattr(work, name):
            changed[name] = value
    if not changed:
        return None
    return Change.of(work_id, label=step.EDIT_PLANNED_WORK, **changed)


def remove_planned_work(doc: DossierDocument, work_id: str) -> Edit:
    """Remove a planned work; promises and notes linked to it keep everything else."""
    dossier = doc.dossier
    edits: list[Edit] = [Change.of(p.id, work_id=None) for p in dossier.promises if p.work_id == work_id]
    for meeting in dossier.meetings:
        edits += [Change.of(n.id, work_id=None) for n in meeting.notes if n.work_id == work_id]
    edits.append(Remove(Kind.PLANNED_WORK, work_id, label=step.REMOVE_PLANNED_WORK))
    return Batch(tuple(edits), label=step.REMOVE_PLANNED_WORK)


def link_work(doc: DossierDocument, object_id: str, work_id: str | None) -> Change | None:
    """Link a promise or a note to a planned work (None: unlink)."""
    obj = doc.get(object_id)
    if work_id is not None and work_id not in doc:
        raise KeyError(work_id)
    if obj.work_id == work_id:
        return None
    return Change.of(object_id, label=step.LINK_WORK, work_id=work_id)


def set_note_owner(doc: DossierDocument, note_id: str, owner: str | None) -> Edit | None:
    """Who investigates a note, by name: a new name joins the register in the same step."""
    edits, owner_id, _name = owner_link(doc, owner)
    if doc.get(note_id).owner_id == owner_id:
        return None
    edits.append(Change.of(note_id, label=step.NOTE_OWNER, owner_id=owner_id))
    return edits[0] if len(edits) == 1 else Batch(tuple(edits), label=step.NOTE_OWNER)
