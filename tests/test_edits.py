from datetime import datetime

from bricoleur_desk.domain.edits import Batch, Change, Insert, Move, Remove
from bricoleur_desk.domain.model import Dossier, Meeting, Note, Theme
from bricoleur_desk.workspace.session import DossierSession


def _session() -> tuple[DossierSession, Meeting]:
    meeting = Meeting(id="m1", title="Avond", starts_at=datetime(2026, 11, 20, 19, 30))
    return DossierSession(Dossier(title="Park")), meeting


def test_insert_change_move_remove_undo_and_redo_restore_every_state() -> None:
    session, meeting = _session()
    session.apply(Insert("meeting", None, meeting))
    session.apply(Insert("theme", "m1", Theme("t1", "Verkeer")))
    session.apply(Insert("theme", "m1", Theme("t2", "Groen")))
    session.apply(Insert("note", "m1", Note("n1", 1, "Te hard gereden")))
    session.apply(Change.of("n1", theme_id="t1"))
    session.apply(Move("theme", "t2", 0))
    assert [t.name for t in meeting.themes] == ["Groen", "Verkeer"]
    session.apply(Remove("note", "n1"))
    assert meeting.notes == []
    assert session.undo() and meeting.notes[0].theme_id == "t1"
    assert session.undo() and [t.id for t in meeting.themes] == ["t1", "t2"]
    assert session.undo() and meeting.notes[0].theme_id is None
    assert session.redo() and meeting.notes[0].theme_id == "t1"
    assert session.document.get("n1") is meeting.notes[0]


def test_changes_with_one_merge_key_are_one_undo_step() -> None:
    session, meeting = _session()
    session.apply(Insert("meeting", None, meeting))
    session.apply(Insert("note", "m1", Note("n1", 1, "a")))
    for text in ["ab", "abc", "abcd"]:
        session.apply(Change.of("n1", merge_key="typing", text=text))
    session.undo()
    assert meeting.notes[0].text == "a"
    session.redo()
    assert meeting.notes[0].text == "abcd"


def test_batch_undoes_as_one_and_listeners_hear_what_changed() -> None:
    session, meeting = _session()
    heard: list[set[str]] = []
    session.subscribe(lambda changed: heard.append({c.id for c in changed}))
    session.apply(Insert("meeting", None, meeting))
    session.apply(Batch((Insert("note", "m1", Note("n1", 1, "a")), Insert("note", "m1", Note("n2", 2, "b")))))
    assert heard[-1] == {"n1", "n2"}
    session.undo()
    assert meeting.notes == [] and "n1" not in session.document
    assert {"n1", "n2"} <= heard[-1]


def test_listeners_hear_typed_kinds_whatever_name_the_edit_was_given() -> None:
    from bricoleur_desk.domain.document import Kind

    session, meeting = _session()
    heard = []
    session.subscribe(heard.extend)
    session.apply(Insert("meeting", None, meeting))
    session.apply(Insert(Kind.THEME, "m1", Theme("t1", "Verkeer")))
    session.apply(Insert("note", "m1", Note("n1", 1, "Te hard gereden")))
    session.apply(Change.of("n1", theme_id="t1"))
    session.apply(Remove("theme", "t1"))
    assert [(type(c.kind), c.kind, c.deleted) for c in heard] == [
        (Kind, Kind.MEETING, False),
        (Kind, Kind.THEME, False),
        (Kind, Kind.NOTE, False),
        (Kind, Kind.NOTE, False),
        (Kind, Kind.THEME, True),
    ]
    assert Kind.NOTE == "note"  # the store's tables and files keep their names
