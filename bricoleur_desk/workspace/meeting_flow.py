"""The evening's use cases, phase by phase: each takes the document and returns an edit for
``commands.run``.

Nothing here mutates the domain. Nested values (the frame, the agenda, the evaluation, the
attendance) are replaced by new objects so that the inverse edit can restore the old ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from ..domain.attendance import expected_but_absent as expected_but_absent  # the close panel asks here
from ..domain.attendance import group_key
from ..domain.document import DossierDocument, Kind
from ..domain.edits import Batch, Change, Insert
from ..domain.evaluation_scale import SCORES  # the close panel counts these (meeting_flow.SCORES)
from ..domain.model import (
    AgendaBlock,
    Attendance,
    Dossier,
    Evaluation,
    Frame,
    Meeting,
    Note,
    NoteStatus,
    Phase,
    Promise,
    PromiseStatus,
    Stakeholder,
    new_id,
)
from ..domain.promises import carried_promises
from . import undo_steps as step
from .colleagues import owner_link
from .commands import Created

# -- phases ---------------------------------------------------------------------------------


def set_phase(doc: DossierDocument, meeting_id: str, phase: Phase) -> Change:
    """Move the evening to another phase (Prepare, Note everything, Discuss, Close)."""
    return Change.of(meeting_id, label=step.CHANGE_PHASE, phase=Phase(phase))


# -- prepare --------------------------------------------------------------------------------

PREPARE_TEXT_FIELDS = ("title", "venue", "question", "next_steps")
# the adviser's words for the report, written after the evening (ui/report_text_dialog.py)
REPORT_TEXT_FIELDS = ("introduction", "summary")


def set_text(
    doc: DossierDocument, meeting_id: str, field: str, text: str, merge_key: str | None = None
) -> Change | None:
    """Set one of the meeting's text fields (empty optional ones become None); None if unchanged."""
    if field not in PREPARE_TEXT_FIELDS + REPORT_TEXT_FIELDS:
        raise ValueError(f"{field!r} is not a text field of the meeting")
    value: str | None = text
    if field != "title" and not text.strip():
        value = None
    if value == getattr(doc.get(meeting_id), field):
        return None
    return Change.of(meeting_id, label=step.EDIT_TEXT_FIELD[field], merge_key=merge_key, **{field: value})


def set_starts_at(
    doc: DossierDocument, meeting_id: str, starts_at: datetime, merge_key: str | None = None
) -> Change:
    return Change.of(meeting_id, label=step.EDIT_DATE_AND_TIME, merge_key=merge_key, starts_at=starts_at)


def set_frame(
    doc: DossierDocument, meeting_id: str, open_items: Iterable[str], fixed_items: Iterable[str]
) -> Change:
    """Replace the frame: what residents can influence and what is fixed (and why)."""
    frame = Frame(open=_clean(open_items), fixed=_clean(fixed_items))
    return Change.of(meeting_id, label=step.EDIT_FRAME, frame=frame)


def set_agenda(
    doc: DossierDocument, meeting_id: str, blocks: Iterable[tuple[str, int] | AgendaBlock]
) -> Change:
    """Replace the agenda with new blocks (title, planned minutes)."""
    agenda = []
    for block in blocks:
        title, minutes = (block.title, block.minutes) if isinstance(block, AgendaBlock) else block
        agenda.append(AgendaBlock(title.strip(), max(0, int(minutes))))
    return Change.of(meeting_id, label=step.EDIT_AGENDA, agenda=agenda)


def set_expected_groups(doc: DossierDocument, meeting_id: str, groups: Iterable[str]) -> Change:
    return Change.of(meeting_id, label=step.EDIT_EXPECTED_GROUPS, expected_groups=_clean(groups))


def _clean(items: Iterable[str]) -> list[str]:
    return [s.strip() for s in items if s.strip()]


# -- discuss --------------------------------------------------------------------------------


def answer_note(doc: DossierDocument, note_id: str, answer: str) -> Change:
    """The note was answered on the spot (the short answer may be empty)."""
    return Change.of(
        note_id, label=step.ANSWER_NOTE, status=NoteStatus.ANSWERED, answer=answer.strip() or None
    )


def complete_answer(
    doc: DossierDocument, note_id: str, text: str, merge_key: str | None = None
) -> Change | None:
    """Write or complete a note's answer after the evening, before the report is exported.

    The status stays (the answer of a note to investigate, the reason of one outside the frame);
    an open note that gets an answer is answered. None when nothing changes or the note was merged.
    """
    note: Note = doc.get(note_id)
    answer = text.strip() or None
    if note.status == NoteStatus.MERGED:
        return None
    values: dict[str, object] = {}
    if answer != note.answer:
        values["answer"] = answer
    if answer is not None and note.status == NoteStatus.OPEN:
        values["status"] = NoteStatus.ANSWERED
    if not values:
        return None
    return Change.of(note_id, label=step.COMPLETE_ANSWER, merge_key=merge_key, **values)


def set_internal_remark(doc: DossierDocument, note_id: str, remark: str) -> Change | None:
    """The question behind the question, for colleagues only: never on the wall nor in the public
    report, only in the internal one. Empty text removes it; None when nothing changes."""
    clean = "\n".join(line.strip() for line in remark.strip().splitlines()) or None
    if doc.get(note_id).internal_remark == clean:
        return None
    return Change.of(note_id, label=step.INTERNAL_REMARK, internal_remark=clean)


def investigate_note(
    doc: DossierDocument,
    meeting_id: str,
    note_id: str,
    what: str,
    owner: str | None,
    due: date | None,
    promise_id: str | None = None,
) -> Created:
    """The municipality will look into it: the note's status and a new promise, one undo step.

    The owner (a register name; a new one joins the register) owns both the promise and the
    question, so it lands on that department's or colleague's action list.
    """
    register_edits, owner_id, owner_name = owner_link(doc, owner)
    promise = Promise(
        id=promise_id or new_id(),
        meeting_id=meeting_id,
        text=what.strip(),
        owner=owner_name,
        owner_id=owner_id,
        due=due,
        note_ids=[note_id],
    )
    edit = Batch(
        (
            *register_edits,
            Change.of(note_id, status=NoteStatus.INVESTIGATE, answer=None, owner_id=owner_id),
            Insert(Kind.PROMISE, None, promise, label=step.ADD_PROMISE),
        ),
        label=step.INVESTIGATE_NOTE,
    )
    return Created(edit, promise.id)


def out_of_frame(doc: DossierDocument, note_id: str, reason: str) -> Change:
    """The note falls outside the frame; the reason why is kept in the note's answer."""
    return Change.of(
        note_id, label=step.OUTSIDE_THE_FRAME, status=NoteStatus.OUT_OF_FRAME, answer=reason.strip() or None
    )


def reopen_note(doc: DossierDocument, note_id: str) -> Change:
    """Back to open; the answer text stays so it can be reused."""
    return Change.of(note_id, label=step.REOPEN_NOTE, status=NoteStatus.OPEN)


def vote(doc: DossierDocument, note_id: str, delta: int) -> Change:
    """Add (or take away) votes; a burst of votes on one note is one undo step."""
    note: Note = doc.get(note_id)
    return set_votes(doc, note_id, note.votes + delta)


def set_votes(doc: DossierDocument, note_id: str, votes: int) -> Change:
    return Change.of(note_id, label=step.VOTES, merge_key=f"votes:{note_id}", votes=max(0, votes))


def set_promise_status(doc: DossierDocument, promise_id: str, status: PromiseStatus) -> Change:
    return Change.of(promise_id, label=step.PROMISE_STATUS, status=PromiseStatus(status))


def meeting_promises(promises: Iterable[Promise], meeting_id: str) -> list[Promise]:
    return [p for p in promises if p.meeting_id == meeting_id]


def promises_for_evening(dossier: Dossier, meeting_id: str) -> list[Promise]:
    """This evening's promises, then every one from earlier evenings of the dossier, with its outcome.

    Residents remember what was promised last time: the facilitator must see it too.
    """
    return carried_promises(dossier, dossier.meeting(meeting_id))


# -- close ----------------------------------------------------------------------------------


def count_score(doc: DossierDocument, meeting_id: str, score: int, delta: int) -> Change:
    """One more (or one fewer) participant gave this score; never below zero."""
    meeting: Meeting = doc.get(meeting_id)
    return set_score_count(doc, meeting_id, score, meeting.evaluation.scores.get(score, 0) + delta)


def set_score_count(
    doc: DossierDocument, meeting_id: str, score: int, count: int, merge_key: str | None = None
) -> Change:
    """Set the count of one score directly (after counting a show of hands)."""
    meeting: Meeting = doc.get(meeting_id)
    if score not in SCORES:
        raise ValueError(f"score must be 1-5, not {score}")
    scores = {s: meeting.evaluation.scores.get(s, 0) for s in SCORES}
    scores[score] = max(0, count)
    evaluation = Evaluation(scores=scores, remarks=list(meeting.evaluation.remarks))
    return Change.of(meeting.id, label=step.EVALUATION_SCORE, merge_key=merge_key, evaluation=evaluation)


def set_remarks(doc: DossierDocument, meeting_id: str, remarks: Sequence[str]) -> Change:
    meeting: Meeting = doc.get(meeting_id)
    evaluation = Evaluation(scores=dict(meeting.evaluation.scores), remarks=_clean(remarks))
    return Change.of(meeting.id, label=step.EVALUATION_REMARKS, evaluation=evaluation)


def add_remark(doc: DossierDocument, meeting_id: str, text: str) -> Change:
    meeting: Meeting = doc.get(meeting_id)
    return set_remarks(doc, meeting_id, [*meeting.evaluation.remarks, text])


def edit_remark(doc: DossierDocument, meeting_id: str, index: int, text: str) -> Change:
    meeting: Meeting = doc.get(meeting_id)
    remarks = list(meeting.evaluation.remarks)
    remarks[index] = text
    return set_remarks(doc, meeting_id, remarks)


def remove_remark(doc: DossierDocument, meeting_id: str, index: int) -> Change:
    meeting: Meeting = doc.get(meeting_id)
    remarks = list(meeting.evaluation.remarks)
    del remarks[index]
    return set_remarks(doc, meeting_id, remarks)


def set_group_attendance(
    doc: DossierDocument, meeting_id: str, group: str, count: int, merge_key: str | None = None
) -> Change:
    """Record how many came from one group; the total never drops below the groups' sum."""
    meeting: Meeting = doc.get(meeting_id)
    by_group = dict(meeting.attendance.by_group)
    group = group.strip()
    if count <= 0:
        by_group.pop(group, None)
    else:
        by_group[group] = count
    attendance = Attendance(count=max(meeting.attendance.count, sum(by_group.values())), by_group=by_group)
    return Change.of(meeting.id, label=step.ATTENDANCE, merge_key=merge_key, attendance=attendance)


def set_attendance_total(
    doc: DossierDocument, meeting_id: str, count: int, merge_key: str | None = None
) -> Change:
    """The head count of the evening (some people belong to no group)."""
    meeting: Meeting = doc.get(meeting_id)
    attendance = Attendance(count=max(0, count), by_group=dict(meeting.attendance.by_group))
    return Change.of(meeting.id, label=step.ATTENDANCE, merge_key=merge_key, attendance=attendance)


def attendance_groups(meeting: Meeting, stakeholders: Iterable[Stakeholder] = ()) -> list[str]:
    """The expected groups first, then the dossier's other stakeholders, then any other group
    someone came from: attendance is counted against who has a stake."""
    groups = list(meeting.expected_groups)
    known = {group_key(g) for g in groups}
    for stakeholder in stakeholders:
        if group_key(stakeholder.name) not in known:
            groups.append(stakeholder.name)
            known.add(group_key(stakeholder.name))
    groups += [g for g in meeting.attendance.by_group if group_key(g) not in known]
    return groups
