"""What every panel shares: keyboard order, letting go of the session, retranslation, merges."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.edits import Change
from bricoleur_desk.domain.model import NoteStatus, Phase
from bricoleur_desk.ui.phases import AgendaTimer, ClosePanel, DiscussPanel, PhaseBar, PreparePanel
from bricoleur_desk.workspace import commands, meeting_flow
from bricoleur_desk.workspace.session import DossierSession

from .sample import MEETING_ID


def test_tab_walks_the_prepare_form_in_reading_order(qtbot: QtBot, session: DossierSession) -> None:
    panel = PreparePanel(session, MEETING_ID)
    panel.resize(480, 800)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.title_input.setFocus()
    qtbot.waitUntil(panel.title_input.hasFocus)
    reached = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    wanted = [
        panel.title_input,
        panel.venue_input,
        panel.question_input,
        panel.frame_open.view,
        panel.frame_open.add_input,
        panel.frame_fixed.view,
        panel.agenda.table,
        panel.agenda.title_input,
        panel.groups.add_input,
        panel.next_steps_input,
    ]
    positions = [reached.index(w) for w in wanted]  # every field is reached ...
    assert positions == sorted(positions)  # ... top to bottom


def test_a_deleted_panel_stops_listening(qtbot: QtBot, session: DossierSession) -> None:
    listeners = session.listener_count
    panels = [
        PhaseBar(session, MEETING_ID),
        PreparePanel(session, MEETING_ID),
        DiscussPanel(session, MEETING_ID),
        ClosePanel(session, MEETING_ID),
        AgendaTimer(session, MEETING_ID),
    ]
    assert session.listener_count == listeners + 6  # the prepare panel's last-time box listens too
    for panel in panels:
        panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert session.listener_count == listeners
    commands.run(session, meeting_flow.set_phase, MEETING_ID, Phase.CLOSE)  # nobody left to call


def test_a_merged_note_says_where_it_went_and_cannot_get_a_status(
    qtbot: QtBot, session: DossierSession
) -> None:
    panel = DiscussPanel(session, MEETING_ID)
    qtbot.addWidget(panel)
    panel.set_note("n3")
    session.apply(Change.of("n3", status=NoteStatus.MERGED, merged_into="n1"))
    assert panel.answer_shown.text() == "Merged into No. 1"
    assert not panel.answer_box.isEnabled() and not panel.reopen_button.isEnabled()


def test_a_language_change_retranslates(qtbot: QtBot, session: DossierSession, tmp_path: Path) -> None:
    ts = tmp_path / "nl.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="nl_NL">'
        "<context><name>PhaseBar</name>"
        "<message><source>Prepare</source><translation>Voorbereiden</translation></message>"
        "</context><context><name>ClosePanel</name>"
        "<message><source>Attendance</source><translation>Aanwezig</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "nl.qm")], check=True)
    bar = PhaseBar(session, MEETING_ID)
    close = ClosePanel(session, MEETING_ID)
    qtbot.addWidget(bar)
    qtbot.addWidget(close)
    assert bar.buttons[Phase.PREPARE].text() == "Prepare"
    translator = QTranslator()
    assert translator.load(str(tmp_path / "nl.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: bar.buttons[Phase.PREPARE].text() == "Voorbereiden")
        assert close.attendance_label.text() == "Aanwezig"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: bar.buttons[Phase.PREPARE].text() == "Prepare")
