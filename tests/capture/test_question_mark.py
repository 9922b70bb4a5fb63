"""A question typed with the "?" marker keeps its question mark: in the list, on the wall, in the report."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import NoteKind
from bricoleur_desk.ui.audience import AudienceWindow
from bricoleur_desk.ui.notes import CaptureView
from bricoleur_desk.workspace.capture import parse_capture
from bricoleur_desk.workspace.reporting import export_report
from bricoleur_desk.workspace.session import DossierSession
from tests.report.conftest import pdf_text

from .sample import MEETING_ID

QUESTION = "Waarom is hier geen zebrapad?"


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("?Waarom is hier geen zebrapad", QUESTION),  # the marker was the question's own "?"
        ("?Waarom is hier geen zebrapad?", QUESTION),  # typed at both ends: one
        ("? Waarom is hier geen zebrapad #verkeer @Parkstraat", QUESTION),  # markers after the words
        (
            "?Waarom is hier geen zebrapad #verkeer, en wanneer komt het",
            "Waarom is hier geen zebrapad, en wanneer komt het?",
        ),
        ('?Wat betekent "tijdelijk"', 'Wat betekent "tijdelijk"?'),
        ("?eerste regel\ntweede regel", "eerste regel\ntweede regel?"),
        ("?Kan dit sneller!", "Kan dit sneller!"),  # own punctuation at the end stays as typed
        ("?Wanneer...", "Wanneer..."),
        ("?Hoe lang duurt de bouw？", "Hoe lang duurt de bouw？"),
    ],
)
def test_the_question_marker_restores_the_question_mark(typed: str, text: str) -> None:
    parsed = parse_capture(typed, ["Verkeer"], ["Parkstraat"])
    assert (parsed.kind, parsed.text) == (NoteKind.QUESTION, text)


def test_concerns_and_ideas_get_no_question_mark() -> None:
    assert parse_capture("Waarom is hier geen zebrapad").text == "Waarom is hier geen zebrapad"
    assert parse_capture("!Een zebrapad bij de school").text == "Een zebrapad bij de school"
    assert parse_capture("?  #verkeer").text == ""  # nothing but markers: no note, not a lone "?"


def test_the_list_the_wall_and_the_report_show_the_question_mark(
    qtbot: QtBot, session: DossierSession, tmp_path: Path
) -> None:
    view = CaptureView(session, MEETING_ID)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    wall = AudienceWindow(session, MEETING_ID, view.model)
    qtbot.addWidget(wall)
    wall.resize(1280, 720)
    wall.show()
    view.activateWindow()
    view.focus_capture()
    qtbot.waitUntil(view.capture_input.hasFocus)
    qtbot.keyClicks(view.capture_input, "?Waarom is hier geen zebrapad")
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Return)
    note = session.dossier.meeting(MEETING_ID).notes[-1]
    assert (note.kind, note.text) == (NoteKind.QUESTION, QUESTION)
    row = view.arrangement.mapFromSource(view.model.note_index(note.id))
    assert row.data() == QUESTION
    wall.grab()
    assert QUESTION in wall.wall.painted_texts
    out = tmp_path / "verslag.pdf"
    export_report(session.dossier, out, meeting_id=MEETING_ID)
    assert f"{note.number} {QUESTION}" in pdf_text(out)
