"""The question behind the question: written on a note in the Discuss panel, read only by colleagues."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from bricoleur_desk.domain.model import Phase
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.files import load_dossier
from bricoleur_desk.workspace.reporting import export_report
from bricoleur_desk.workspace.save_status import SAVED

REMARK = "Speelt eigenlijk de ruzie met buurman Kees over de schutting"


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return squeezed(" ".join(page.extract_text() for page in PdfReader(str(path)).pages))


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.resize(1366, 900)
    window.show()
    assert window.open_path(demo_file)
    return window


def test_remark_written_in_discuss_reaches_the_internal_report_only(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    views = window.workspace.views
    session = window.opened.session
    meeting = session.dossier.meeting(views.meeting_id)
    assert meeting.phase == Phase.DISCUSS
    note = next(n for n in meeting.notes if not n.internal_remark)
    views.capture.select_notes([note.id])
    discuss = views.discuss
    qtbot.waitUntil(discuss.isVisible)
    box = discuss.remark_box
    assert box.isEnabled() and box.remark_input.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Alt+N goes to the field
    assert box.remark_input.hasFocus()
    qtbot.keyClicks(box.remark_input, "  " + REMARK + " ")
    assert note.internal_remark is None  # typing is not yet an edit
    qtbot.keyClick(box.remark_input, Qt.Key.Key_Return)
    assert note.internal_remark == REMARK
    assert session.history.undo_label() == "Internal remark"

    # another note and back: the field follows the selection
    other = next(n for n in meeting.notes if n.id != note.id and not n.internal_remark)
    views.capture.select_notes([other.id])
    assert box.remark_input.text() == ""
    views.capture.select_notes([note.id])
    assert box.remark_input.text() == REMARK

    # never on the wall
    views.projector.toggle()
    audience = views.projector.window
    qtbot.waitUntil(audience.isVisible)
    audience.grab()
    shown = [*audience.wall.painted_texts, *(label.text() for label in audience.findChildren(QLabel))]
    assert any(n.text in audience.wall.painted_texts for n in meeting.notes)  # the wall did paint notes
    assert not [t for t in shown if "ruzie" in t or "Kees" in t]

    qtbot.waitUntil(lambda: session.save_status == SAVED)
    stored = load_dossier(window.opened.path)
    assert stored.meeting(meeting.id).note(note.id).internal_remark == REMARK
    public, internal = tmp_path / "openbaar.pdf", tmp_path / "intern.pdf"
    export_report(stored, public, meeting_id=meeting.id, audience="public")
    export_report(stored, internal, meeting_id=meeting.id, audience="internal")
    assert squeezed(note.text) in pdf_text(public)  # the note itself is public
    assert squeezed(REMARK) not in pdf_text(public) and "Kees" not in pdf_text(public)
    assert squeezed(f"Interne opmerking: {REMARK}") in pdf_text(internal)

    # undo, and a remark emptied after the evening is gone from the internal report too
    window.commands.undo.trigger()
    assert note.internal_remark is None and box.remark_input.text() == ""
    qtbot.waitUntil(lambda: session.save_status == SAVED)
    export_report(load_dossier(window.opened.path), internal, meeting_id=meeting.id, audience="internal")
    assert squeezed(REMARK) not in pdf_text(internal)


def test_after_the_evening_ctrl_i_on_a_note_writes_the_remark_in_a_dialog(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from bricoleur_desk.workspace import commands, meeting_flow

    views = window.workspace.views
    session = window.opened.session
    meeting = session.dossier.meeting(views.meeting_id)
    commands.run(session, meeting_flow.set_phase, meeting.id, Phase.CLOSE)  # the evening is over
    note = next(n for n in meeting.notes if not n.internal_remark)
    views.capture.select_notes([note.id])
    views.capture.note_list.setFocus()
    qtbot.waitUntil(views.capture.note_list.hasFocus)
    assert views.capture.remark_action in views.capture.note_menu().actions()
    qtbot.keyClick(views.capture.note_list, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QInputDialog, "internalRemarkDialog")
    assert dialog is not None and dialog.isVisible() and str(note.number) in dialog.labelText()
    dialog.reject()  # Cancel: nothing changes
    assert note.internal_remark is None
    views.capture.remark_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QInputDialog, "internalRemarkDialog") is not None)
    dialog = next(d for d in window.findChildren(QInputDialog, "internalRemarkDialog") if d.isVisible())
    dialog.setTextValue("Navragen bij wijkagent\n  wie hier achter zit ")
    dialog.accept()
    assert note.internal_remark == "Navragen bij wijkagent\nwie hier achter zit"
    assert session.history.undo_label() == "Internal remark"
    window.commands.undo.trigger()
    assert note.internal_remark is None
