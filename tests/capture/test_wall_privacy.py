"""Names on the capture line: the chip, the masked wall, F9 to confirm, undo, and the saved flag."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bricoleur_desk.storage import create_dossier
from bricoleur_desk.ui.audience import AudienceWindow
from bricoleur_desk.ui.notes import CaptureView
from bricoleur_desk.workspace.files import load_dossier
from bricoleur_desk.workspace.opened import OpenDossier, open_for_editing
from bricoleur_desk.workspace.session import DossierSession
from bricoleur_desk.workspace.wall_privacy import PENDING, is_cleared

from .sample import MEETING_ID, sample_dossier

REGISTERED = "Mevrouw Johanna Verbeek-de Vries belt over de smalle stoep"
MASKED = "Mevrouw [naam] belt over de smalle stoep"


@pytest.fixture
def opened(tmp_path: Path) -> OpenDossier:
    path = tmp_path / "parkstraat.bricoleur"
    create_dossier(path, sample_dossier()).close()
    opened = open_for_editing(path)
    yield opened
    if not opened.file.closed:
        opened.close()


def _views(qtbot: QtBot, session: DossierSession) -> tuple[CaptureView, AudienceWindow]:
    view = CaptureView(session, MEETING_ID)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.focus_capture()
    qtbot.waitUntil(view.capture_input.hasFocus)
    room = AudienceWindow(session, MEETING_ID, view.model)
    qtbot.addWidget(room)
    room.resize(1920, 1080)
    room.show()
    return view, room


def _back_to_typing(qtbot: QtBot, view: CaptureView) -> None:
    view.activateWindow()
    view.focus_capture()
    qtbot.waitUntil(view.capture_input.hasFocus)


def _painted(room: AudienceWindow) -> list[str]:
    room.wall.grab()
    return list(room.wall.painted_texts)


def test_a_registered_name_gets_a_chip_and_stays_masked_on_the_wall_until_f9(
    qtbot: QtBot, opened: OpenDossier
) -> None:
    session = opened.session
    view, room = _views(qtbot, session)
    qtbot.keyClicks(view.capture_input, REGISTERED)
    chip = view.privacy_chips.typing_chip
    qtbot.waitUntil(lambda: chip.isVisibleTo(view) and MASKED in chip.text())  # after a pause in typing
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Return)
    note = session.dossier.meeting(MEETING_ID).notes[-1]
    assert note.text == REGISTERED
    assert not chip.isVisibleTo(view)  # the capture line is empty again
    note_chip = view.privacy_chips.note_chip
    assert note_chip.isVisibleTo(view)
    assert str(note.number) in note_chip.text() and "F9" in note_chip.text()
    painted = _painted(room)
    assert MASKED in painted
    assert not any("Verbeek" in t or "Johanna" in t for t in painted)

    _back_to_typing(qtbot, view)  # the offscreen platform activates the room's window
    qtbot.keyClick(view.capture_input, Qt.Key.Key_F9)  # the one key on the chip
    note = session.dossier.meeting(MEETING_ID).notes[-1]
    assert is_cleared(note)
    assert REGISTERED in _painted(room) and MASKED not in _painted(room)
    assert not note_chip.isVisibleTo(view)

    _back_to_typing(qtbot, view)
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    assert not is_cleared(session.dossier.meeting(MEETING_ID).notes[-1])
    assert MASKED in _painted(room) and note_chip.isVisibleTo(view)
    qtbot.keyClick(
        view.capture_input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )  # redo
    assert REGISTERED in _painted(room)

    # saved: the file opened again remembers the confirmation
    opened.close()
    reopened = load_dossier(opened.path).meeting(MEETING_ID).notes[-1]
    assert reopened.text == REGISTERED and is_cleared(reopened)


def test_a_changed_text_is_masked_again(qtbot: QtBot, opened: OpenDossier) -> None:
    session = opened.session
    view, room = _views(qtbot, session)
    qtbot.keyClicks(view.capture_input, "Het trottoir is te smal")
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Return)
    note = session.dossier.meeting(MEETING_ID).notes[-1]
    assert "Het trottoir is te smal" in _painted(room)  # nothing personal: as typed, no chip
    assert not view.privacy_chips.note_chip.isVisibleTo(view)
    view.model.setData(view.model.note_index(note.id), "Het trottoir bij Johanna Verbeek-de Vries is te smal")
    painted = _painted(room)
    assert "Het trottoir bij [naam] is te smal" in painted
    assert not any("Johanna" in t for t in painted)


def test_the_group_is_masked_too(qtbot: QtBot, opened: OpenDossier) -> None:
    session = opened.session
    view, room = _views(qtbot, session)
    qtbot.keyClicks(view.capture_input, 'Geen bankjes meer @"Familie Verbeek-de Vries"')
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Return)
    painted = _painted(room)
    assert "Geen bankjes meer" in painted, painted
    assert any(t.startswith("Familie [naam]") for t in painted), painted
    assert not any("Verbeek" in t for t in painted)
    assert view.privacy_chips.note_chip.isVisibleTo(view)


def test_a_selected_note_is_confirmed_from_the_list(qtbot: QtBot, opened: OpenDossier) -> None:
    session = opened.session
    meeting = session.dossier.meeting(MEETING_ID)
    view, room = _views(qtbot, session)
    qtbot.keyClicks(view.capture_input, REGISTERED)
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Return)
    note_id = meeting.notes[-1].id
    view.select_notes([note_id])
    view.note_list.setFocus()
    qtbot.waitUntil(view.note_list.hasFocus)
    qtbot.keyClick(view.note_list, Qt.Key.Key_F9)
    assert is_cleared(meeting.note(note_id))
    assert REGISTERED in _painted(room)


def test_pending_placeholder_is_what_an_unscanned_note_shows() -> None:
    from bricoleur_desk.domain.model import Note
    from bricoleur_desk.workspace.wall_privacy import wall_words

    words = wall_words(Note("n", 1, "Gerda Jansen belt", raised_by_group="Familie Jansen"), None)
    assert (words.text, words.group, words.pending) == (PENDING, PENDING, True)


def test_a_theme_named_after_a_person_is_masked_on_the_wall(qtbot: QtBot, opened: OpenDossier) -> None:
    view, room = _views(qtbot, opened.session)
    qtbot.keyClicks(view.capture_input, 'De heg is te hoog #"Tuin Verbeek-de Vries"')
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Return)
    painted = _painted(room)
    assert "De heg is te hoog" in painted
    assert any(t.startswith("Tuin [naam]") for t in painted), painted
    assert not any("Verbeek" in t for t in painted)
    assert "Verkeer en parkeren" in painted  # a theme without a name stays as it is
