"""The capture use cases: each returns one edit, undoable in one step through the session."""

from __future__ import annotations

from bricoleur_desk.domain.model import Meeting, NoteKind, NoteStatus
from bricoleur_desk.workspace import capture
from bricoleur_desk.workspace.session import DossierSession

from .sample import MEETING_ID


def _add(session: DossierSession, text: str) -> None:
    edit = capture.add_note(session, MEETING_ID, text)
    assert edit is not None
    session.apply(edit)


def test_add_note_creates_the_theme_in_one_undo_step(session: DossierSession, meeting: Meeting) -> None:
    before_notes, before_themes = len(meeting.notes), len(meeting.themes)
    _add(session, "?Is er #spelen genoeg @Oost")
    note, theme = meeting.notes[-1], meeting.themes[-1]
    assert (note.number, note.kind, note.text, note.raised_by_group) == (
        13,
        NoteKind.QUESTION,
        "Is er genoeg",
        "Oost",
    )
    assert theme.name == "Spelen" and note.theme_id == theme.id and note.created_at is not None
    assert theme.color not in {t.color for t in meeting.themes[:-1]}
    _add(session, "nog een #SPELEN")
    assert meeting.notes[-1].theme_id == theme.id and len(meeting.themes) == before_themes + 1
    session.undo()
    session.undo()
    assert (len(meeting.notes), len(meeting.themes)) == (before_notes, before_themes)
    assert capture.add_note(session, MEETING_ID, "  #Groen @Oost ") is None


def test_merge_keeps_numbers_and_points_to_the_kept_note(session: DossierSession, meeting: Meeting) -> None:
    n1, n2, n3 = meeting.notes[:3]
    n2_votes = n2.votes
    session.apply(capture.vote(session, n2.id, +1))
    session.apply(capture.merge_notes(session, n1.id, [n2.id, n3.id], combine_text=True))
    assert [n.number for n in meeting.notes[:3]] == [1, 2, 3]
    assert (n2.status, n2.merged_into, n3.merged_into) == (NoteStatus.MERGED, n1.id, n1.id)
    assert n1.votes == n2_votes + 1 and n1.text.count("\n") == 2
    session.undo()
    assert n2.status != NoteStatus.MERGED and n1.merged_into is None and "\n" not in n1.text


def test_split_delete_and_votes(session: DossierSession, meeting: Meeting) -> None:
    note = meeting.notes[0]
    session.apply(capture.edit_note_text(session, note.id, "Te hard gereden. Ook te weinig parkeerplek."))
    session.apply(capture.split_note(session, note.id))
    assert note.text == "Te hard gereden." and meeting.notes[1].text == "Ook te weinig parkeerplek."
    assert meeting.notes[1].number == 13 and meeting.notes[1].theme_id == note.theme_id
    session.undo()
    assert len(meeting.notes) == 12 and note.text.endswith("parkeerplek.")
    assert capture.suggest_split("eerste regel\ntweede") == ("eerste regel", "tweede")
    session.apply(capture.merge_notes(session, note.id, ["n2"]))
    session.apply(capture.delete_notes(session, [note.id]))
    assert meeting.note("n2").status == NoteStatus.OPEN and meeting.note("n2").merged_into is None
    session.undo()
    assert meeting.note("n2").merged_into == note.id
    for _ in range(3):
        session.apply(capture.vote(session, "n3", +1))
    assert meeting.note("n3").votes == 3
    session.undo()  # the presses were one step
    assert meeting.note("n3").votes == 0
    assert capture.vote(session, "n3", -1) is None


def test_themes_create_rename_recolour_reorder_delete(session: DossierSession, meeting: Meeting) -> None:
    session.apply(capture.add_theme(session, MEETING_ID, "  Veiligheid "))
    assert meeting.themes[-1].name == "Veiligheid"
    assert capture.add_theme(session, MEETING_ID, "groen") is None
    theme_id = meeting.themes[-1].id
    session.apply(capture.rename_theme(session, theme_id, "Veiligheid en licht"))
    session.apply(capture.recolour_theme(theme_id, "#123456"))
    session.apply(capture.move_theme(theme_id, 0))
    assert (meeting.themes[0].name, meeting.themes[0].color) == ("Veiligheid en licht", "#123456")
    session.apply(capture.move_notes_to_theme(session, ["n1", "n2"], theme_id))
    session.apply(capture.delete_theme(session, theme_id))
    assert meeting.note("n1").theme_id is None and theme_id not in session.document
    session.undo()
    assert meeting.note("n1").theme_id == theme_id
