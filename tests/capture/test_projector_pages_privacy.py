"""The projector's own pages (prepare, the wall's heading, close, last time's promises) mask names too.

The facilitator types the evening's title, question, frame and next steps on the laptop; the
room reads them on the real audience window with names, e-mail addresses and phone numbers
masked, and nothing of them ('…') while the name scanner is still loading. The laptop keeps
the words as typed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Phase, Promise, PromiseUpdate
from bricoleur_desk.ui.audience import AudienceWindow
from bricoleur_desk.ui.name_scanning import NameScanning
from bricoleur_desk.ui.notes import CaptureView
from bricoleur_desk.ui.phases.prepare_panel import PreparePanel
from bricoleur_desk.workspace import commands, meeting_flow
from bricoleur_desk.workspace.session import DossierSession
from bricoleur_desk.workspace.wall_privacy import PENDING

from .sample import MEETING_ID

SCAN_MS = 60_000  # loading the scanner takes seconds on a busy machine
TITLE = "Avond bij meneer Bakker thuis"
QUESTION = "Mevrouw Gerda Jansen, tel. 06-12345678, vraagt: waar komt de speeltuin?"
FRAME_OPEN = "De plek van de bankjes, mail fatima.elamrani@example.nl"
FRAME_FIXED = "Het budget, zegt Johanna Verbeek-de Vries"  # a registered person
NEXT_STEPS = "Jan de Vries stuurt het verslag; vragen: bel 020-5550199"
SECRETS = ("Bakker", "Gerda", "Jansen", "12345678", "fatima", "example.nl", "Verbeek", "Jan de Vries", "5550199")


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


def _room(qtbot: QtBot, session: DossierSession, scanning: NameScanning) -> AudienceWindow:
    capture = CaptureView(session, MEETING_ID, scanning=scanning)
    qtbot.addWidget(capture)
    room = AudienceWindow(session, MEETING_ID, capture.model)
    qtbot.addWidget(room)
    room.resize(1920, 1080)
    room.show()
    return room


def _laptop(qtbot: QtBot, session: DossierSession) -> PreparePanel:
    panel = PreparePanel(session, MEETING_ID)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _type(qtbot: QtBot, panel: PreparePanel) -> None:
    panel.title_input.clear()
    qtbot.keyClicks(panel.title_input, TITLE)
    panel.title_input.editingFinished.emit()
    for box, words in ((panel.question_input, QUESTION), (panel.next_steps_input, NEXT_STEPS)):
        box.clear()
        qtbot.keyClicks(box, words)
    session = panel.session
    commands.run(session, meeting_flow.set_frame, MEETING_ID, [FRAME_OPEN], [FRAME_FIXED])


def _room_reads(room: AudienceWindow) -> str:
    """Every text on the room's pages: prepare, the wall's heading, close and the promises."""
    labels = [
        label.text()
        for page in (room.prepare_page, room.wall_page, room.close_page)
        for label in page.findChildren(QLabel)
    ]
    return "\n".join([*labels, room.promises_page.plain_text()])


def test_the_meetings_own_texts_reach_the_room_masked_and_the_laptop_keeps_them(
    qtbot: QtBot, session: DossierSession, scanning: NameScanning, gate: threading.Event
) -> None:
    room = _room(qtbot, session, scanning)
    panel = _laptop(qtbot, session)
    _type(qtbot, panel)
    meeting = session.dossier.meeting(MEETING_ID)
    assert (meeting.title, meeting.question, meeting.next_steps) == (TITLE, QUESTION, NEXT_STEPS)
    assert meeting.frame.open == [FRAME_OPEN] and meeting.frame.fixed == [FRAME_FIXED]

    # the scanner is still loading: the room reads none of these words
    read = _room_reads(room)
    assert not any(secret in read for secret in SECRETS), read
    assert room.prepare_page.title.text() == PENDING and room.prepare_page.question.text() == PENDING
    assert room.close_page.next_steps.text() == PENDING
    assert room.prepare_page.open_items.text() == "• " + PENDING

    gate.set()
    qtbot.waitUntil(lambda: scanning.is_ready, timeout=SCAN_MS)
    qtbot.waitUntil(lambda: room.prepare_page.title.text() != PENDING)
    read = _room_reads(room)
    assert not any(secret in read for secret in SECRETS), read
    page = room.prepare_page
    assert page.title.text() == "Avond bij meneer [naam] thuis"
    assert page.question.text() == "Mevrouw [naam], tel. [telefoon], vraagt: waar komt de speeltuin?"
    assert page.open_items.text() == "• De plek van de bankjes, mail [e-mail]"
    assert page.fixed_items.text() == "• Het budget, zegt [naam]"
    assert room.close_page.next_steps.text() == "[naam] stuurt het verslag; vragen: bel [telefoon]"
    assert room.title.text() == page.title.text() and room.question.text() == page.question.text()
    assert page.when.text().endswith(" · Buurthuis De Schakel")  # the venue is public: no "De [naam]"
    # the laptop keeps every word as typed
    assert panel.title_input.text() == TITLE and panel.question_input.toPlainText() == QUESTION
    assert panel.next_steps_input.toPlainText() == NEXT_STEPS

    # the room sees each page of the evening with the words masked
    for phase, shown in ((Phase.PREPARE, room.prepare_page), (Phase.INVENTORY, room.wall_page), (Phase.CLOSE, room.close_page)):
        commands.run(session, meeting_flow.set_phase, MEETING_ID, phase)
        assert room.pages.currentWidget() is shown
        assert not any(secret in _room_reads(room) for secret in SECRETS)
    room.shutdown()


def test_last_times_promises_wait_for_the_scanner_and_strangers_names_are_masked(
    qtbot: QtBot, session: DossierSession, scanning: NameScanning, gate: threading.Event
) -> None:
    from datetime import date, datetime, timedelta

    from bricoleur_desk.domain.model import Meeting

    dossier = session.dossier
    this = dossier.meeting(MEETING_ID)
    earlier = Meeting("eerder", "Eerste avond", this.starts_at - timedelta(days=60))
    dossier.meetings.insert(0, earlier)
    promise = Promise("pr-1", "eerder", "Gerda Jansen krijgt een antwoord over de boom", due=date(2099, 1, 1))
    promise.updates.append(PromiseUpdate(datetime(2026, 1, 5, 10, 0), "Mevrouw Gerda Jansen belde Enexis"))
    dossier.promises.append(promise)
    session = DossierSession(dossier)
    room = _room(qtbot, session, scanning)
    room.show_promises(True)
    assert room.pages.currentWidget() is room.promises_page
    text = room.promises_page.plain_text()
    assert "Gerda" not in text and PENDING in text  # the scanner is loading: the words wait
    gate.set()
    qtbot.waitUntil(lambda: "belde Enexis" in room.promises_page.plain_text(), timeout=SCAN_MS)
    text = room.promises_page.plain_text()
    assert "Gerda" not in text and "Jansen" not in text
    assert "[naam] krijgt een antwoord over de boom" in text and "Mevrouw [naam] belde Enexis" in text
    room.shutdown()
