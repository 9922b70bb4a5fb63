"""The evening's use cases, applied through a real session: each is one undo step."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bricoleur_desk.domain.model import AgendaBlock, NoteStatus, Phase, PromiseStatus
from bricoleur_desk.workspace import commands
from bricoleur_desk.workspace import meeting_flow as flow
from bricoleur_desk.workspace.session import DossierSession

from .sample import MEETING_ID


def meeting(session: DossierSession):
    return session.dossier.meeting(MEETING_ID)


def test_phase_change_undoes(session: DossierSession) -> None:
    commands.run(session, flow.set_phase, MEETING_ID, Phase.CLOSE)
    assert meeting(session).phase is Phase.CLOSE
    session.undo()
    assert meeting(session).phase is Phase.DISCUSS


def test_prepare_edits_replace_nested_values_so_undo_restores_them(session: DossierSession) -> None:
    m = meeting(session)
    old_frame, old_agenda = m.frame, m.agenda
    commands.run(session, flow.set_frame, MEETING_ID, ["Bomen", "  "], ["Busroute"])
    commands.run(session, flow.set_agenda, MEETING_ID, [("Welkom", 5), AgendaBlock("Bespreken", -3)])
    assert m.frame.open == ["Bomen"] and m.frame.fixed == ["Busroute"]
    assert [(b.title, b.minutes) for b in m.agenda] == [("Welkom", 5), ("Bespreken", 0)]
    assert old_frame.open[0] == "Plek en soort van de bomen"  # never mutated in place
    session.undo()
    session.undo()
    assert m.frame is old_frame and m.agenda is old_agenda


def test_text_fields_merge_typing_and_empty_optional_text_is_none(session: DossierSession) -> None:
    m = meeting(session)
    for text in ["B", "Bu", "Buurthuis"]:
        commands.run(session, flow.set_text, MEETING_ID, "venue", text, merge_key="venue-1")
    commands.run(session, flow.set_text, MEETING_ID, "question", "   ")
    assert m.venue == "Buurthuis" and m.question is None
    session.undo()
    session.undo()
    assert m.venue == "Buurthuis De Linde, Lindelaan 4"
    commands.run(session, flow.set_starts_at, MEETING_ID, datetime(2027, 1, 8, 20, 0))
    assert m.starts_at.hour == 20
    with pytest.raises(ValueError):
        flow.set_text(session.document, MEETING_ID, "phase", "x")


def test_investigate_creates_a_linked_promise_and_undo_removes_both(session: DossierSession) -> None:
    promise_id = commands.create(
        session,
        flow.investigate_note,
        MEETING_ID,
        "n3",
        "Busroute Dorpsweg nagaan",
        "Team OV",
        date(2027, 1, 1),
    )
    note = meeting(session).note("n3")
    promise = session.document.get(promise_id)
    assert note.status is NoteStatus.INVESTIGATE
    assert (promise.text, promise.owner, promise.note_ids, promise.meeting_id) == (
        "Busroute Dorpsweg nagaan",
        "Team OV",
        ["n3"],
        MEETING_ID,
    )
    session.undo()
    assert note.status is NoteStatus.OPEN and len(session.dossier.promises) == 3
    assert promise.id not in session.document


def test_answer_out_of_frame_reopen_votes_and_promise_status(session: DossierSession) -> None:
    note = meeting(session).note("n3")
    commands.run(session, flow.out_of_frame, "n3", "De bus rijdt hier volgens afspraak")
    assert note.status is NoteStatus.OUT_OF_FRAME and note.answer == "De bus rijdt hier volgens afspraak"
    commands.run(session, flow.reopen_note, "n3")
    assert note.status is NoteStatus.OPEN
    commands.run(session, flow.answer_note, "n3", "Nee")
    assert (note.status, note.answer) == (NoteStatus.ANSWERED, "Nee")
    for delta in (1, 1, 1, -1, 1):
        commands.run(session, flow.vote, note.id, delta)
    assert note.votes == 3
    commands.run(session, flow.vote, note.id, -9)
    assert note.votes == 0
    session.undo()  # a burst of votes is one step
    assert note.status is NoteStatus.ANSWERED and note.votes == 0
    commands.run(session, flow.set_promise_status, "p1", PromiseStatus.DONE)
    assert session.document.get("p1").status is PromiseStatus.DONE


def test_evaluation_and_attendance(session: DossierSession) -> None:
    m = meeting(session)
    old = m.evaluation
    commands.run(session, flow.count_score, MEETING_ID, 5, +1)
    commands.run(session, flow.count_score, MEETING_ID, 1, -3)
    commands.run(session, flow.set_score_count, MEETING_ID, 3, 10)
    assert m.evaluation.scores == {1: 0, 2: 2, 3: 10, 4: 14, 5: 6}
    commands.run(session, flow.add_remark, MEETING_ID, "Goede avond")
    commands.run(session, flow.edit_remark, MEETING_ID, 0, "Fijn dat alles op het grote scherm kwam")
    commands.run(session, flow.remove_remark, MEETING_ID, 1)
    assert m.evaluation.remarks == ["Fijn dat alles op het grote scherm kwam", "Goede avond"]
    assert old.scores[5] == 5 and len(old.remarks) == 2
    with pytest.raises(ValueError):
        flow.count_score(session.document, MEETING_ID, 6, 1)
    commands.run(session, flow.set_group_attendance, MEETING_ID, "Ondernemers", 20)
    assert m.attendance.by_group["Ondernemers"] == 20 and m.attendance.count == 47
    commands.run(session, flow.set_group_attendance, MEETING_ID, "Parkstraat", 0)
    assert "Parkstraat" not in m.attendance.by_group and m.attendance.count == 47
    commands.run(session, flow.set_attendance_total, MEETING_ID, 60)
    assert m.attendance.count == 60
    assert flow.attendance_groups(m)[:4] == m.expected_groups


def test_the_evening_sees_its_own_promises_and_every_one_from_before(session: DossierSession) -> None:
    assert [p.id for p in flow.promises_for_evening(session.dossier, MEETING_ID)] == ["p1", "p0", "p-done"]
    assert [p.id for p in flow.promises_for_evening(session.dossier, "avond-0")] == ["p0", "p-done"]
