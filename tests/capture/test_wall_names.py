"""With the real name scanner: unregistered names and contacts masked on the wall, hidden until scanned."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bricoleur_desk.ui.audience import AudienceWindow
from bricoleur_desk.ui.name_scanning import NameScanning
from bricoleur_desk.ui.notes import CaptureView
from bricoleur_desk.workspace.session import DossierSession
from bricoleur_desk.workspace.wall_privacy import PENDING, is_cleared

from .sample import MEETING_ID

TYPED = "Bel mevrouw Gerda Jansen op 06-12345678"
SHOWN = "Bel mevrouw [naam] op [telefoon]"
SCAN_MS = 60_000  # loading the scanner takes seconds on a busy machine


@pytest.fixture
def gate(name_scanner: object) -> threading.Event:
    """Opened by the test: until then the scanner is still 'loading'."""
    return threading.Event()


@pytest.fixture
def scanning(name_scanner: object, gate: threading.Event) -> Iterator[NameScanning]:
    def load() -> object:
        gate.wait(SCAN_MS / 1000)
        return name_scanner

    scanning = NameScanning(load)
    yield scanning
    gate.set()
    scanning.shutdown()


def _views(qtbot: QtBot, session: DossierSession, scanning: NameScanning) -> tuple[CaptureView, AudienceWindow]:
    view = CaptureView(session, MEETING_ID, scanning=scanning)
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


def test_notes_stay_hidden_until_the_scanner_has_read_them(
    qtbot: QtBot, session: DossierSession, scanning: NameScanning, gate: threading.Event
) -> None:
    meeting = session.dossier.meeting(MEETING_ID)
    view, room = _views(qtbot, session, scanning)
    painted = _painted(room)
    assert meeting.notes[0].text not in painted and PENDING in painted  # the scanner is loading
    qtbot.keyClicks(view.capture_input, TYPED)
    # while it loads, the fast part already sees the phone number
    qtbot.waitUntil(lambda: "[telefoon]" in view.privacy_chips.typing_chip.text())
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Return)
    painted = _painted(room)
    assert not any("Gerda" in t or "12345678" in t for t in painted)
    chip = view.privacy_chips.note_chip
    assert chip.isVisibleTo(view) and "F9" in chip.text() and str(meeting.notes[-1].number) in chip.text()

    gate.set()  # loaded: every note is scanned in the worker thread
    qtbot.waitUntil(lambda: SHOWN in _painted(room), timeout=SCAN_MS)
    painted = _painted(room)
    assert meeting.notes[0].text in painted and PENDING not in painted
    assert not any("Gerda" in t or "Jansen" in t or "12345678" in t for t in painted)
    assert chip.isVisibleTo(view) and "masked" in chip.text()

    _back_to_typing(qtbot, view)  # the offscreen platform activated the room's window meanwhile
    qtbot.keyClick(view.capture_input, Qt.Key.Key_F9)
    assert is_cleared(meeting.notes[-1])
    assert TYPED in _painted(room)


def test_the_chip_names_an_unregistered_person_while_typing(
    qtbot: QtBot, session: DossierSession, scanning: NameScanning, gate: threading.Event
) -> None:
    gate.set()
    view, room = _views(qtbot, session, scanning)
    qtbot.waitUntil(lambda: scanning.scanner is not None, timeout=SCAN_MS)
    qtbot.keyClicks(view.capture_input, "Mijn buurman meneer Bakker van nummer 23 klaagt al jaren")
    chip = view.privacy_chips.typing_chip
    qtbot.waitUntil(lambda: "meneer [naam] van nummer [nr]" in chip.text(), timeout=SCAN_MS)
    assert chip.isVisibleTo(view)
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "Mijn buurman meneer [naam] van nummer [nr] klaagt al jaren" in _painted(room), timeout=SCAN_MS
    )
    _back_to_typing(qtbot, view)
    qtbot.keyClicks(view.capture_input, "De stoep in de Parkstraat is te smal")
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "De stoep in de Parkstraat is te smal" in _painted(room), timeout=SCAN_MS)
    assert not any("Bakker" in t for t in _painted(room))


def test_without_a_prepared_scanner_notes_stay_hidden_and_the_facilitator_is_told(
    qtbot: QtBot, session: DossierSession
) -> None:
    from bricoleur_desk.workspace.name_scanner import NameScannerUnavailable

    def unprepared() -> object:
        raise NameScannerUnavailable("the name scanner is not prepared: run `bricoleur-desk prepare`")

    scanning = NameScanning(unprepared)
    try:
        view = CaptureView(session, MEETING_ID, scanning=scanning)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        room = AudienceWindow(session, MEETING_ID, view.model)
        qtbot.addWidget(room)
        room.resize(1920, 1080)
        room.show()
        with qtbot.waitSignal(view.message, timeout=SCAN_MS) as said:
            pass
        assert "bricoleur-desk prepare" in said.args[0] and "F9" in said.args[0]
        meeting = session.dossier.meeting(MEETING_ID)
        painted = _painted(room)
        assert PENDING in painted and meeting.notes[0].text not in painted
        assert "Verkeer en parkeren" in painted  # theme headers fall back to the fast scan
        view.activateWindow()
        view.select_notes([meeting.notes[0].id])
        view.note_list.setFocus()
        qtbot.waitUntil(view.note_list.hasFocus)
        qtbot.keyClick(view.note_list, Qt.Key.Key_F9)  # the selected note holds no personal data
        assert meeting.notes[0].text in _painted(room)
    finally:
        scanning.shutdown()
