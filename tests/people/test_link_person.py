"""Notes record a group; a person is linked only by the deliberate 'Link a person…' on a note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bricoleur_desk.storage import read_dossier_file
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.people_register import PersonPicker

from .test_register import answer


def _type_note(qtbot, window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    capture = window.workspace.views.capture
    capture.capture_input.setFocus()
    qtbot.keyClicks(capture.capture_input, text)
    qtbot.keyClick(capture.capture_input, Qt.Key.Key_Return)
    meeting = window.opened.session.dossier.meeting(capture.meeting_id)
    return max(meeting.notes, key=lambda n: n.number)


def test_typing_records_a_group_never_a_person(qtbot, window: MainWindow, demo_file: Path) -> None:
    assert window.open_path(demo_file)
    people = window.opened.session.dossier.people
    fatima = next(p for p in people if p.name == "Fatima Ahmed")  # typed: QTest types Latin-1 only
    assert fatima.group
    # her group as the marker, her name in the text, even her name as a marker: no person linked
    for text in (
        "Er wordt te hard gereden @Parkstraat",
        f"{fatima.name} vraagt om een zebrapad",
        f"Meer bankjes @{fatima.name}",
        f'Meer groen @"{fatima.group}"',
    ):
        note = _type_note(qtbot, window, text)
        assert note.raised_by is None, text
    note = _type_note(qtbot, window, "Te weinig licht @Parkstraat")
    assert note.raised_by_group == "Parkstraat" and note.raised_by is None


def test_link_a_person_from_the_note_menu_is_one_undo_step(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    assert window.open_path(demo_file)
    session = window.opened.session
    capture = window.workspace.views.capture
    note = _type_note(qtbot, window, "Het pad naar de school is donker")
    assert note.raised_by is None and note.raised_by_group is None
    capture.select_notes([note.id])
    menu = capture.note_menu()
    link = menu.findChild(type(menu.actions()[0]), "linkPersonAction")
    assert link is not None and link.isEnabled()
    assert menu.findChild(type(link), "unlinkPersonAction") is None
    target = next(p for p in session.dossier.people if p.name == "Fatima Ahmed")  # Latin-1: QTest types it

    def choose(picker: PersonPicker) -> None:
        qtbot.keyClicks(picker.filter_edit, target.name[:4])
        picker.box.setCurrentIndex(picker.box.findData(target.id))
        picker.accept()

    seen = answer(PersonPicker, choose)
    link.trigger()
    assert seen == ["personPicker"]
    assert note.raised_by == target.id
    assert note.raised_by_group == target.group  # the note takes the person's group
    session.flush()
    stored = read_dossier_file(demo_file)
    assert any(n.id == note.id and n.raised_by == target.id for m in stored.meetings for n in m.notes)

    # undone in one step: neither person nor group stays
    session.undo()
    assert note.raised_by is None and note.raised_by_group is None
    session.redo()
    assert note.raised_by == target.id
    capture.select_notes([note.id])
    unlink = capture.note_menu().findChild(type(link), "unlinkPersonAction")
    assert unlink is not None
    unlink.trigger()
    assert note.raised_by is None and note.raised_by_group == target.group
    # a cancelled picker links nobody
    seen = answer(PersonPicker, lambda picker: picker.reject())
    assert not capture.link_person(note.id)
    assert seen == ["personPicker"] and note.raised_by is None
    assert QApplication.activeModalWidget() is None
