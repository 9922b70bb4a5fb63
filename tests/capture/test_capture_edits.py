"""The capture use cases: each returns one edit, undoable in one step through the session."""

from __future__ import annotations

from bricoleur_desk.domain.model import Meeting, NoteKind, NoteStatus
from bricoleur_desk.workspace import capture, commands
from bricoleur_desk.workspace.session import DossierSession

from .sample import MEETING_ID


def _add(session: DossierSession, text: str) -> str:
    note_id = commands.create(session, capture.add_note, MEETING_ID, text)
    assert note_id is not None
    return note_id


def test_add_note_creates_the_theme_in_one_undo_step(session: DossierSession, meeting: Meeting) -> None:
    before_notes, before_themes = len(meeting.notes), len(meeting.themes)
    note_id = _add(session, "?Is er #spelen genoeg @Oost")
    note, theme = meeting.notes[-1], meeting.themes[-1]
    assert note.id == note_id  # the use case says which note it added
    assert (note.number, note.kind, note.text, note.raised_by_group) == (
        13,
        NoteKind.QUESTION,
        "Is er genoeg?",
        "Oost",
    )
    assert theme.name == "Spelen" and note.theme_id == theme.id and note.created_at is not None
    assert theme.color not in {t.color for t in meeting.themes[:-1]}
    _add(session, "nog een #SPELEN")
    assert meeting.notes[-1].theme_id == theme.id and len(meeting.themes) == before_themes + 1
    session.undo()
    session.undo()
    assert (len(meeting.notes), len(meeting.themes)) == (before_notes, before_themes)
    assert capture.add_note(session.document, MEETING_ID, "  #Groen @Oost ") is None


def test_merge_keeps_numbers_and_points_to_the_kept_note(session: DossierSession, meeting: Meeting) -> None:
    n1, n2, n3 = meeting.notes[:3]
    n2_votes = n2.votes
    commands.run(session, capture.vote, n2.id, +1)
    commands.run(session, capture.merge_notes, n1.id, [n2.id, n3.id], combine_text=True)
    assert [n.number for n in meeting.notes[:3]] == [1, 2, 3]
    assert (n2.status, n2.merged_into, n3.merged_into) == (NoteStatus.MERGED, n1.id, n1.id)
    assert n1.votes == n2_votes + 1 and n1.text.count("\n") == 2
    session.undo()
    assert n2.status != NoteStatus.MERGED and n1.merged_into is None and "\n" not in n1.text


def test_split_delete_and_votes(session: DossierSession, meeting: Meeting) -> None:
    note = meeting.notes[0]
    commands.run(session, capture.edit_note_text, note.id, "Te hard gereden. Ook te weinig parkeerplek.")
    twin_id = commands.create(session, capture.split_note, note.id)
    assert note.text == "Te hard gereden." and meeting.notes[1].text == "Ook te weinig parkeerplek."
    assert meeting.notes[1].id == twin_id
    assert meeting.notes[1].number == 13 and meeting.notes[1].theme_id == note.theme_id
    session.undo()
    assert len(meeting.notes) == 12 and note.text.endswith("parkeerplek.")
    assert capture.suggest_split("eerste regel\ntweede") == ("eerste regel", "tweede")
    commands.run(session, capture.merge_notes, note.id, ["n2"])
    commands.run(session, capture.delete_notes, [note.id])
    assert meeting.note("n2").status == NoteStatus.OPEN and meeting.note("n2").merged_into is None
    session.undo()
    assert meeting.note("n2").merged_into == note.id
    for _ in range(3):
        commands.run(session, capture.vote, "n3", +1)
    assert meeting.note("n3").votes == 3
    session.undo()  # the presses were one step
    assert meeting.note("n3").votes == 0
    assert capture.vote(session.document, "n3", -1) is None


def test_themes_create_rename_recolour_reorder_delete(session: DossierSession, meeting: Meeting) -> None:
    theme_id = commands.create(session, capture.add_theme, MEETING_ID, "  Veiligheid ")
    assert theme_id is not None and meeting.themes[-1].id == theme_id
    assert meeting.themes[-1].name == "Veiligheid"
    assert capture.add_theme(session.document, MEETING_ID, "groen") is None
    commands.run(session, capture.rename_theme, theme_id, "Veiligheid en licht")
    commands.run(session, capture.recolour_theme, theme_id, "#123456")
    commands.run(session, capture.move_theme, theme_id, 0)
    assert (meeting.themes[0].name, meeting.themes[0].color) == ("Veiligheid en licht", "#123456")
    commands.run(session, capture.move_notes_to_theme, ["n1", "n2"], theme_id)
    commands.run(session, capture.delete_theme, theme_id)
    assert meeting.note("n1").theme_id is None and theme_id not in session.document
    session.undo()
    assert meeting.note("n1").theme_id == theme_id


def test_a_use_case_with_nothing_to_do_adds_no_undo_step(session: DossierSession) -> None:
    assert (
        commands.run(session, capture.move_notes_to_theme, ["n1"], session.document.get("n1").theme_id)
        is False
    )
    assert commands.create(session, capture.add_note, MEETING_ID, "   ") is None
    assert not session.history.can_undo()
    assert commands.run(session, capture.vote, "n1", +1) is True
    assert session.history.undo_label() == "Vote"
