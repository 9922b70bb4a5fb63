"""The dossier across its evenings: the timeline with each evening's counts, the dossier's own
texts (description, area, history) and its stakeholders.

"Is there a history that matters? Often, yes": the dossier view shows it while preparing, and
the report prints it when the adviser chooses (report option). Stakeholders are the groups and
organisations with a stake in the plan; who speaks for them is a person, internal only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.attendance import expected_but_absent, group_key
from ..domain.document import DossierDocument, Kind
from ..domain.edits import Change, Insert, Remove
from ..domain.model import Dossier, Meeting, NoteStatus, PromiseStatus, Stakeholder, new_id
from . import undo_steps as step
from .commands import Created

DOSSIER_TEXT_FIELDS = ("description", "area", "history")


@dataclass(frozen=True)
class EveningCounts:
    """One evening on the dossier's timeline."""

    meeting: Meeting
    notes: int  # notes raised (merged ones count once, in the note they went into)
    open_promises: int  # promises made that evening that are still open
    promises: int  # promises made that evening
    attendance: int  # people present (the head count, or the groups' sum)
    forms: int  # evaluation forms
    average: float | None  # the evaluation's average score 1-5, None without forms
    absent: tuple[str, ...] | None  # expected groups that did not come; None: not counted by group

    @property
    def day(self) -> date:
        return self.meeting.starts_at.date()


def timeline(dossier: Dossier) -> list[EveningCounts]:
    """Every evening of the dossier, oldest first, with its counts."""
    rows = []
    for meeting in sorted(dossier.meetings, key=lambda m: m.starts_at):
        made = [p for p in dossier.promises if p.meeting_id == meeting.id]
        scores = meeting.evaluation.scores
        forms = sum(scores.values())
        attendance = meeting.attendance
        absent = expected_but_absent(meeting)
        rows.append(
            EveningCounts(
                meeting=meeting,
                notes=sum(1 for n in meeting.notes if n.status != NoteStatus.MERGED),
                open_promises=sum(1 for p in made if p.status == PromiseStatus.OPEN),
                promises=len(made),
                attendance=attendance.count or sum(attendance.by_group.values()),
                forms=forms,
                average=sum(s * n for s, n in scores.items()) / forms if forms else None,
                absent=None if absent is None else tuple(absent),
            )
        )
    return rows


def set_dossier_text(
    doc: DossierDocument, field: str, text: str, merge_key: str | None = None
) -> Change | None:
    """The dossier's description, area or history (empty becomes None); None when unchanged."""
    if field not in DOSSIER_TEXT_FIELDS:
        raise ValueError(f"{field!r} is not a text field of the dossier")
    value = text if text.strip() else None
    if value == getattr(doc.dossier, field):
        return None
    return Change.of(doc.dossier.id, label=step.EDIT_DOSSIER_FIELD[field], merge_key=merge_key, **{field: value})


def _text(value: str | None) -> str | None:
    clean = " ".join((value or "").split())
    return clean or None


def add_stakeholder(
    doc: DossierDocument, name: str, stake: str | None = None, spokesperson: str | None = None
) -> Created | None:
    """A group or organisation with a stake; None without a name."""
    clean = _text(name)
    if clean is None:
        return None
    stakeholder = Stakeholder(new_id(), clean, (stake or "").strip() or None, _text(spokesperson))
    return Created(Insert(Kind.STAKEHOLDER, None, stakeholder, label=step.ADD_STAKEHOLDER), stakeholder.id)


def edit_stakeholder(
    doc: DossierDocument,
    stakeholder_id: str,
    *,
    name: str | None = None,
    stake: str | None = None,
    spokesperson: str | None = None,
    merge_key: str | None = None,
) -> Change | None:
    """Change the given fields ("" clears stake and spokesperson; a name cannot be cleared)."""
    stakeholder: Stakeholder = doc.get(stakeholder_id)
    values: dict[str, str | None] = {}
    if name is not None and _text(name) is not None:
        values["name"] = _text(name)
    if stake is not None:
        values["stake"] = stake.strip() or None
    if spokesperson is not None:
        values["spokesperson"] = _text(spokesperson)
    changed = {k: v for k, v in values.items() if getattr(stakeholder, k) != v}
    if not changed:
        return None
    return Change.of(stakeholder_id, label=step.EDIT_STAKEHOLDER, merge_key=merge_key, **changed)


def remove_stakeholder(doc: DossierDocument, stakeholder_id: str) -> Remove:
    return Remove(Kind.STAKEHOLDER, stakeholder_id, label=step.REMOVE_STAKEHOLDER)


def expect_stakeholders(doc: DossierDocument, meeting_id: str) -> Change | None:
    """Every stakeholder becomes an expected group of the evening (after the ones already there)."""
    meeting: Meeting = doc.get(meeting_id)
    known = {group_key(g) for g in meeting.expected_groups}
    added = []
    for stakeholder in doc.dossier.stakeholders:
        if group_key(stakeholder.name) not in known:
            added.append(stakeholder.name)
            known.add(group_key(stakeholder.name))
    if not added:
        return None
    return Change.of(meeting_id, label=step.EDIT_EXPECTED_GROUPS, expected_groups=[*meeting.expected_groups, *added])
