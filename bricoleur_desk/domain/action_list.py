"""What each department or colleague is asked to do: the internal action list, gathered.

The morning after an evening the adviser sends every department what residents asked of it:
the open promises it owns and the notes it is to look into, with the residents' own words,
the due dates and the planned works they can join ("werk met werk"). One rule for the PDF,
the CSV and the window; the words are masked by the caller (workspace/action_list.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .model import (
    Colleague,
    ColleagueKind,
    Dossier,
    Meeting,
    Note,
    NoteStatus,
    PlannedWork,
    Promise,
    PromiseStatus,
)
from .promises import is_overdue, latest_update
from .register import colleague, department_of, members, name_key, planned_work


@dataclass(frozen=True)
class ActionItem:
    """One thing to do: an open promise (with the notes behind it) or a note to look into."""

    meeting: Meeting
    owner: Colleague | None  # who inside the department owns it (None: nobody yet)
    promise: Promise | None = None
    label: str = ""  # P-3 for a promise, the note's number for a note
    note: Note | None = None  # a note to investigate that no listed promise covers
    notes: tuple[Note, ...] = ()  # the residents' words behind a promise
    work: PlannedWork | None = None
    late: bool = False

    @property
    def due(self) -> date | None:
        return self.promise.due if self.promise is not None else None


@dataclass
class ActionSection:
    """The list for one department (with its colleagues), one colleague, or what nobody owns yet."""

    entry: Colleague | None  # None: not assigned to anyone yet
    items: list[ActionItem] = field(default_factory=list)


def find_recipient(dossier: Dossier, name_or_id: str) -> Colleague | None:
    """A department or colleague by id or by name (without case)."""
    found = colleague(dossier, name_or_id)
    if found is not None:
        return found
    key = name_key(name_or_id)
    return next((c for c in dossier.colleagues if name_key(c.name) == key), None)


def action_list(
    dossier: Dossier, today: date, *, recipient: Colleague | None = None, meeting_id: str | None = None
) -> list[ActionSection]:
    """The sections of the action list, each with its items; empty sections are left out.

    Without ``recipient``: a section per department (its colleagues' items in it), then one
    per colleague outside any department, then what nobody owns yet. ``meeting_id`` keeps the
    promises made and the notes raised at that evening only.
    """
    if recipient is not None:
        recipients: list[Colleague | None] = [recipient]
    else:
        recipients = [c for c in dossier.colleagues if c.kind == ColleagueKind.DEPARTMENT]
        recipients += [
            c for c in dossier.colleagues
            if c.kind == ColleagueKind.COLLEAGUE and department_of(dossier, c) is None
        ]  # fmt: skip
        recipients.append(None)
    sections = []
    for entry in recipients:
        section = ActionSection(entry, _items(dossier, today, entry, meeting_id))
        if section.items:
            sections.append(section)
    return sections


def _items(dossier: Dossier, today: date, entry: Colleague | None, meeting_id: str | None) -> list[ActionItem]:
    known = {c.id for c in dossier.colleagues}
    owners = members(dossier, entry) if entry is not None else None

    def owned(owner_id: str | None) -> bool:
        if owners is None:
            return owner_id is None or owner_id not in known
        return owner_id in owners

    meetings = {m.id: m for m in dossier.meetings}
    notes = {n.id: (m, n) for m in dossier.meetings for n in m.notes}
    items: list[ActionItem] = []
    covered: set[str] = set()
    for index, promise in enumerate(dossier.promises, start=1):
        meeting = meetings.get(promise.meeting_id)
        if meeting is None or promise.status != PromiseStatus.OPEN or not owned(promise.owner_id):
            continue
        if meeting_id is not None and promise.meeting_id != meeting_id:
            continue
        behind = tuple(notes[i][1] for i in promise.note_ids if i in notes)
        covered.update(n.id for n in behind)
        items.append(
            ActionItem(
                meeting,
                colleague(dossier, promise.owner_id),
                promise=promise,
                label=f"P-{index}",
                notes=behind,
                work=planned_work(dossier, promise.work_id)
                or next((w for n in behind if (w := planned_work(dossier, n.work_id))), None),
                late=is_overdue(promise, today),
            )
        )
    for meeting in dossier.meetings:
        if meeting_id is not None and meeting.id != meeting_id:
            continue
        for note in meeting.notes:
            if note.status != NoteStatus.INVESTIGATE or note.id in covered or not owned(note.owner_id):
                continue
            if _settled(dossier, note):
                continue  # what was promised about it is done or dropped: nothing left to look into
            if owners is None and _promised_elsewhere(dossier, note):
                continue  # nobody owns the note itself, but an open promise about it has an owner
            items.append(
                ActionItem(
                    meeting,
                    colleague(dossier, note.owner_id),
                    label=str(note.number),
                    note=note,
                    work=planned_work(dossier, note.work_id),
                )
            )
    return items


def _settled(dossier: Dossier, note: Note) -> bool:
    linked = [p for p in dossier.promises if note.id in p.note_ids]
    return bool(linked) and all(p.status != PromiseStatus.OPEN for p in linked)


def _promised_elsewhere(dossier: Dossier, note: Note) -> bool:
    return any(p.status == PromiseStatus.OPEN and note.id in p.note_ids and p.owner_id for p in dossier.promises)


def latest_words(item: ActionItem) -> str | None:
    """The latest update of a promise, if any: what was already done about it."""
    if item.promise is None:
        return None
    update = latest_update(item.promise)
    return update.text if update is not None else None
