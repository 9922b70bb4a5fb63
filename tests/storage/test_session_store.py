"""The file follows every edit, undo and redo: reopening shows exactly the session's dossier."""

from __future__ import annotations

import copy
import tempfile
from array import array
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import dossiers

from bricoleur_desk.domain.document import walk
from bricoleur_desk.domain.edits import Batch, Change, Insert, Move, Remove
from bricoleur_desk.domain.model import (
    AgendaBlock,
    Canvas,
    Frame,
    HouseStyle,
    Meeting,
    Note,
    Pin,
    Sheet,
    Sticky,
    Stroke,
    Theme,
)
from bricoleur_desk.storage import DossierFile, DossierFileError, create_dossier, open_dossier
from bricoleur_desk.workspace.session import DossierSession

from .conftest import rich_dossier


def _reloaded(path: Path):  # type: ignore[no-untyped-def]
    with open_dossier(path) as opened:
        return opened.load()


def _in_file(opened: DossierFile):  # type: ignore[no-untyped-def]
    """What the file holds now, read without resetting what the store remembers about it."""
    return opened.read_committed()


def test_edits_undo_redo_reach_the_file(dossier_path: Path) -> None:
    opened = open_dossier(dossier_path)
    session = DossierSession(opened.load(), store=opened)

    def same() -> None:
        assert _in_file(opened) == session.dossier  # the file after every step, not just at the end

    session.apply(
        Insert("note", "m1", Note("n4", 4, "Meer bankjes", created_at=datetime(2026, 10, 14, 20, 0)))
    )
    same()
    for text in ("Meer b", "Meer bankjes bij", "Meer bankjes bij de vijver"):  # typing merges
        session.apply(Change.of("n4", merge_key="typing", text=text))
    same()
    session.apply(Insert("note", "m1", Note("n0", 0, "Eerst dit"), index=0))  # shifts every position
    same()
    session.apply(Move("theme", "t2", 0))
    same()
    session.apply(Change.of("m1", frame=Frame(["alles"], []), agenda=[AgendaBlock("Alleen dit", 90)]))
    same()
    session.apply(
        Change.of(session.dossier.id, title="Nieuwe titel", house_style=HouseStyle(accent="#010203"))
    )
    same()
    stroke = Stroke("st9", array("f", [5.0, 6.0, 0.5, 7.0, 8.0, 0.25]))
    session.apply(
        Batch(
            (
                Insert("stroke", "s2", stroke),
                Insert("sticky", "s2", Sticky("sk9", "Hier!", 1.0, 2.0)),
                Insert("pin", "s2", Pin("pin9", "n4", 3.0, 4.0)),
            )
        )
    )
    same()
    session.apply(Remove("canvas", "c1"))  # its sheets, strokes, stickies, labels, pins go too
    same()
    session.apply(Remove("meeting", "m2"))
    same()
    while session.undo():
        same()
    assert _in_file(opened) == rich_dossier()
    while session.redo():
        same()
    final = copy.deepcopy(session.dossier)
    opened.close()
    assert _reloaded(dossier_path) == final


def test_remove_then_undo_in_one_flush_keeps_the_object(dossier_path: Path) -> None:
    pending: list = []
    opened = open_dossier(dossier_path)
    session = DossierSession(opened.load(), store=opened, schedule=pending.append)
    session.apply(Remove("meeting", "m1"))
    session.undo()  # both changes reach the store in one write: the final state wins
    assert len(pending) == 1
    pending.pop()()
    opened.close()
    assert _reloaded(dossier_path) == rich_dossier()


def test_new_meeting_with_everything_inside(dossier_path: Path) -> None:
    with open_dossier(dossier_path) as opened:
        session = DossierSession(opened.load(), store=opened)
        meeting = Meeting(
            "m3",
            "Derde avond",
            datetime(2027, 5, 1, 19, 0),
            themes=[Theme("t9", "Spelen")],
            notes=[Note("n9", 1, "Schommel")],
            canvases=[
                Canvas("c9", "Schets", sheets=[Sheet("s9", "Vel", strokes=[Stroke("st8", array("f"))])])
            ],
        )
        session.apply(Insert("meeting", None, meeting, index=0))
        expected = copy.deepcopy(session.dossier)
    assert _reloaded(dossier_path) == expected


def test_write_after_close_is_a_clear_error(dossier_path: Path) -> None:
    opened = open_dossier(dossier_path)
    session = DossierSession(opened.load(), store=opened)
    opened.close()
    opened.close()  # twice is fine
    with pytest.raises(DossierFileError, match="closed"):
        session.apply(Change.of("n1", text="x"))


# -- random edit sequences on generated dossiers ---------------------------------------------

# kind -> a text field an edit may change
_TEXT_FIELD = {
    "note": "text",
    "theme": "name",
    "meeting": "title",
    "person": "name",
    "promise": "text",
    "sheet": "name",
    "sticky": "text",
    "stroke": "color",
    "pin": "note_id",
}


@st.composite
def _edit(draw: st.DrawFn, session: DossierSession):  # type: ignore[no-untyped-def]
    doc = session.document
    meetings = session.dossier.meetings
    choice = draw(st.sampled_from(["insert_note", "change", "remove", "move", "undo", "redo", "stroke"]))
    if choice == "undo":
        return "undo"
    if choice == "redo":
        return "redo"
    if choice in ("insert_note", "stroke") and meetings:
        meeting = draw(st.sampled_from(meetings))
        if choice == "stroke":
            sheets = [s for c in meeting.canvases for s in c.sheets]
            if sheets:
                points = array("f", draw(st.lists(st.floats(width=32, allow_nan=False, allow_infinity=False), max_size=9)))
                del points[len(points) - len(points) % 3 :]
                return Insert(
                    "stroke", draw(st.sampled_from(sheets)).id, Stroke(draw(st.uuids()).hex, points)
                )
        note = Note(draw(st.uuids()).hex, meeting.next_note_number(), draw(st.text(max_size=20)))
        return Insert("note", meeting.id, note, index=draw(st.integers(0, len(meeting.notes))))
    ids = [(kind, obj.id) for kind, obj, _ in walk(doc.dossier) if kind in _TEXT_FIELD]
    if not ids:
        return "undo"
    kind, object_id = draw(st.sampled_from(sorted(ids)))
    if choice == "remove":
        return Remove(kind, object_id)
    if choice == "move":
        siblings = doc.siblings(kind, doc.find(object_id).parent_id)
        return Move(kind, object_id, draw(st.integers(0, len(siblings))))
    if kind == "stroke" and draw(st.booleans()):  # the pen drags or the eraser trims: new points
        # NaN is stored bit-exact too, but NaN != NaN would fail the comparison with the file
        points = array("f", draw(st.lists(st.floats(width=32, allow_nan=False, allow_infinity=False), max_size=7)))
        return Change.of(object_id, points=points)
    return Change.of(object_id, **{_TEXT_FIELD[kind]: draw(st.text(max_size=20))})


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), dossier=dossiers(max_meetings=2, max_notes=5))
def test_random_edits_reach_the_file(tmp_path: Path, data: st.DataObject, dossier) -> None:  # type: ignore[no-untyped-def]
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / "r.bricoleur"  # hypothesis reruns examples
    with create_dossier(path, dossier) as opened:
        assert opened.load() == dossier
        session = DossierSession(opened.load(), store=opened)
        for _ in range(data.draw(st.integers(1, 16))):
            edit = data.draw(_edit(session))
            if edit == "undo":
                session.undo()
            elif edit == "redo":
                session.redo()
            else:
                session.apply(edit)
            assert _in_file(opened) == session.dossier
        expected = copy.deepcopy(session.dossier)
    assert _reloaded(path) == expected


def test_full_disk_is_a_clear_error_and_the_file_stays_consistent(dossier_path: Path) -> None:
    opened = open_dossier(dossier_path)
    session = DossierSession(opened.load(), store=opened)
    opened.set_size_limit(opened.page_count)  # the disk is full from now on
    big = Stroke("huge", array("f", range(300_000)))
    with pytest.raises(DossierFileError, match="disk is full") as caught:
        session.apply(Insert("stroke", "s2", big))
    assert str(caught.value).startswith(f"{dossier_path}: ")
    assert _in_file(opened).meetings[0].canvases[0].sheets[1].strokes == []  # rolled back whole
    with pytest.raises(DossierFileError, match="disk is full"):
        session.apply(Remove("person", "p2"))  # also failing: must be caught up later too
    assert opened.has_unsaved_changes
    opened.set_size_limit(None)  # space was freed
    session.apply(Change.of("n1", text="Na het opruimen"))  # the file is still usable
    # and it caught up with the changes that failed: no note or stroke is lost
    assert _in_file(opened) == session.dossier
    assert not opened.has_unsaved_changes
    expected = copy.deepcopy(session.dossier)
    opened.close()
    reloaded = _reloaded(dossier_path)
    assert reloaded == expected
    assert [s.id for s in reloaded.meetings[0].canvases[0].sheets[1].strokes] == ["huge"]
    assert [p.id for p in reloaded.people] == ["p1"]


def test_renumbering_writes_only_rows_that_changed(tmp_path: Path) -> None:
    dossier = rich_dossier()
    sheet = dossier.meetings[0].canvases[0].sheets[1]
    sheet.strokes = [Stroke(f"k{i}", array("f", [i, i, 0.5])) for i in range(200)]
    path = tmp_path / "veel.bricoleur"
    create_dossier(path, dossier).close()
    with open_dossier(path) as opened:
        session = DossierSession(opened.load(), store=opened)
        rows_changed = lambda: opened.rows_written  # noqa: E731

        def cost(action) -> int:  # type: ignore[no-untyped-def]
            before = rows_changed()
            action()
            assert _in_file(opened) == session.dossier
            return rows_changed() - before

        # erase: no renumbering; the one row goes and its deletion is recorded (for a later merge)
        assert cost(lambda: session.apply(Remove("stroke", "k0"))) == 2
        assert cost(session.undo) == 3  # back into its gap, its version continued, its record gone
        assert cost(lambda: session.apply(Remove("stroke", "k100"))) == 2
        assert cost(lambda: session.apply(Move("stroke", "k199", 0))) == 1  # to the front
        assert cost(lambda: session.apply(Move("stroke", "k199", 199))) == 1  # and back
        assert cost(lambda: session.apply(Insert("stroke", "s2", Stroke("top", array("f")), index=0))) == 1
        assert cost(lambda: session.apply(Change.of("k5", color="#ff0000"))) == 1
        session.apply(Insert("note", "m1", Note("n-last", 9, "Nog een")))
        assert cost(lambda: session.apply(Change.of("n-last", merge_key="typing", text="Nog een zorg"))) == 1
    assert _reloaded(path).meetings[0].canvases[0].sheets[1].strokes[0].id == "top"


def test_text_with_a_broken_character_is_still_saved(dossier_path: Path) -> None:
    with open_dossier(dossier_path) as opened:
        session = DossierSession(opened.load(), store=opened)
        session.apply(Insert("note", "m1", Note("broken", 9, "fietsen \ud83d hier")))  # half an emoji
    note = _reloaded(dossier_path).meetings[0].note("broken")
    assert note.text == "fietsen \ufffd hier"


def test_the_save_status_follows_what_the_file_really_did(dossier_path: Path) -> None:
    opened = open_dossier(dossier_path)
    waiting: list = []
    session = DossierSession(opened.load(), store=opened, schedule=waiting.append)
    heard = []
    session.watch_save_status(heard.append)
    assert session.save_status.saved
    session.apply(Change.of("n1", text="Eerst"))
    assert session.save_status.state.value == "saving"
    waiting.pop()()
    assert session.save_status.saved
    opened.set_size_limit(opened.page_count)  # the disk is full from now on
    session.apply(Insert("stroke", "s2", Stroke("huge", array("f", range(300_000)))))
    waiting.pop()()  # the scheduled commit does not raise: it reports
    assert session.save_status.failed and session.save_status.reason.startswith(f"{dossier_path}: ")
    assert not session.save()  # a retry while the disk is still full
    opened.set_size_limit(None)  # space was freed
    assert session.save()  # the retry catches up with nothing new pending
    assert session.save_status.saved and _in_file(opened) == session.dossier
    states = [status.state.value for status in heard]
    assert states == ["saving", "saved", "saving", "failed", "failed", "saved"]
    opened.close()
