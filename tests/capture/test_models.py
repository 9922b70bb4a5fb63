"""Qt model contracts: qtmodeltester on every model, and single-row signals for a single change."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Meeting
from bricoleur_desk.ui.notes import Grouping, NoteArrangement, NoteItemModel, NoteRole
from bricoleur_desk.ui.notes.model import _HEADER_FLAGS, _NOTE_FLAGS, NOTE_ROW
from bricoleur_desk.ui.notes.themes import ThemeListModel
from bricoleur_desk.workspace import capture, commands
from bricoleur_desk.workspace.session import DossierSession

from .sample import MEETING_ID


def _exercise(session: DossierSession, meeting: Meeting) -> None:
    commands.create(session, capture.add_note, MEETING_ID, "?Nieuwe vraag #Nieuw thema @Oost")
    commands.run(session, capture.merge_notes, "n1", ["n2"])
    commands.run(session, capture.move_theme, meeting.themes[-1].id, 0)
    commands.run(session, capture.delete_notes, ["n5"])
    commands.run(session, capture.rename_theme, "t-groen", "Groen en water")
    commands.run(session, capture.delete_theme, "t-verkeer")
    while session.undo():
        pass


@pytest.mark.parametrize("which", ["notes", "grouped", "arrival filtered", "grouped filtered"])
def test_note_model_and_arrangements_pass_the_model_tester(
    qtmodeltester, session: DossierSession, meeting: Meeting, which: str
) -> None:
    model = NoteItemModel(session, MEETING_ID)
    checked = {
        "notes": lambda: model,
        "grouped": lambda: NoteArrangement(model),
        "arrival filtered": lambda: NoteArrangement(model, Grouping.ARRIVAL),
        "grouped filtered": lambda: NoteArrangement(model),  # headers come and go with the matches
    }[which]()
    if isinstance(checked, NoteArrangement) and which != "grouped":
        checked.set_search("parkeer")
    # the tester watches every signal while the session changes the meeting
    qtmodeltester.check(checked, force_py=True)
    _exercise(session, meeting)
    if isinstance(checked, NoteArrangement):
        checked.set_grouping(Grouping.ARRIVAL if which == "grouped" else Grouping.BY_THEME)
        checked.set_search("")
    qtmodeltester.check(checked, force_py=True)


def test_theme_model_passes_the_model_tester(
    qtmodeltester, session: DossierSession, meeting: Meeting
) -> None:
    model = ThemeListModel(session, MEETING_ID)
    qtmodeltester.check(model, force_py=True)
    _exercise(session, meeting)
    assert model.rowCount() == len(meeting.themes) + 1
    qtmodeltester.check(model, force_py=True)


def test_one_note_is_one_row_insert_never_a_reset(
    qtbot: QtBot, session: DossierSession, meeting: Meeting
) -> None:
    model = NoteItemModel(session, MEETING_ID)
    arrangement = NoteArrangement(model)
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append("model"))
    arrangement.modelReset.connect(lambda: resets.append("arrangement"))
    arrangement.layoutChanged.connect(lambda: resets.append("layout"))
    with qtbot.waitSignal(arrangement.rowsInserted) as inserted:
        commands.create(session, capture.add_note, MEETING_ID, "Nog een zorg #Groen")
    _, first, last = inserted.args
    assert first == last
    row = arrangement.index(first, 0)
    assert (row.data(NoteRole.NUMBER), row.data(NoteRole.THEME_NAME)) == (13, "Groen")
    # it sits at the end of the Groen group, before the next header
    assert arrangement.index(first + 1, 0).data(NoteRole.ROW_TYPE) == "theme"
    with qtbot.waitSignal(arrangement.dataChanged):
        commands.run(session, capture.edit_note_text, "n3", "Meer bomen")
    assert resets == []


def test_no_private_field_is_in_any_role(session: DossierSession, meeting: Meeting) -> None:
    from .test_privacy import assert_nothing_private, private_strings

    model = NoteItemModel(session, MEETING_ID)
    values = [model.index(r, 0).data(role) for r in range(model.rowCount()) for role in range(0, 300)]
    assert_nothing_private([str(v) for v in values if v is not None], private_strings(session))


def test_removing_the_meeting_empties_the_models(session: DossierSession) -> None:
    from bricoleur_desk.domain.edits import Remove

    notes, themes = NoteItemModel(session, MEETING_ID), ThemeListModel(session, MEETING_ID)
    session.apply(Remove("meeting", MEETING_ID))
    assert notes.rowCount() == 0 and themes.rowCount() == 0
    session.undo()  # the meeting is back, but these models were for the removed one
    assert notes.rowCount() == 0


def test_notes_and_headers_have_their_flags(session: DossierSession) -> None:
    # note items keep QStandardItem's default flags: they must be exactly the note flags
    model = NoteItemModel(session, MEETING_ID)
    commands.create(session, capture.add_note, MEETING_ID, "Nog een zorg #Groen")
    kinds = set()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        kinds.add(index.data(NoteRole.ROW_TYPE))
        expected = _NOTE_FLAGS if index.data(NoteRole.ROW_TYPE) == NOTE_ROW else _HEADER_FLAGS
        assert index.flags() == expected
    assert kinds == {NOTE_ROW, "theme"}


def test_header_counts_follow_every_change(session: DossierSession, meeting: Meeting) -> None:
    model = NoteItemModel(session, MEETING_ID)

    def check() -> None:
        themes = {t.id for t in meeting.themes}
        expected = {t.id: sum(n.theme_id == t.id for n in meeting.notes) for t in meeting.themes}
        expected[""] = sum(n.theme_id not in themes for n in meeting.notes)
        counted = {}
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(NoteRole.ROW_TYPE) == "theme":
                counted[index.data(NoteRole.ID)] = index.data(NoteRole.COUNT)
        assert counted == expected

    check()
    commands.create(session, capture.add_note, MEETING_ID, "?Nieuwe vraag #Nieuw thema @Oost")
    check()
    commands.run(session, capture.move_notes_to_theme, ["n1", "n2", "n3"], "t-groen")
    check()
    commands.run(session, capture.merge_notes, "n1", ["n2"])
    check()
    commands.run(session, capture.delete_notes, ["n5", "n6"])
    check()
    commands.run(session, capture.delete_theme, "t-verkeer")
    check()
    while session.undo():
        check()
    while session.redo():
        check()
