"""The adviser's introduction and summary, and answers completed after the evening, reach the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from bricoleur_desk.domain.document import DossierDocument
from bricoleur_desk.domain.model import NoteStatus, Phase
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.report_dialog import ReportDialog
from bricoleur_desk.ui.report_text_dialog import ReportTextDialog
from bricoleur_desk.workspace import commands, meeting_flow
from bricoleur_desk.workspace.files import load_dossier
from bricoleur_desk.workspace.save_status import SAVED
from tests.dossier.conftest import SECOND, pdf_text

INTRODUCTION = "Op 26 november lieten we twee schetsen zien. Hieronder leest u wat u ervan vond."
SUMMARY = "De meeste mensen kozen voor schets B, met de speelplek dicht bij de school."
ANSWER = "De gemeente zet de lantaarnpalen in maart langer aan, tot 23.00 uur."


def test_complete_answer_keeps_the_status_and_answers_an_open_note(demo_file: Path) -> None:
    doc = DossierDocument(load_dossier(demo_file))
    notes = doc.dossier.meeting(SECOND).notes
    still_open = next(n for n in notes if n.status == NoteStatus.OPEN)
    meeting_flow.complete_answer(doc, still_open.id, f"  {ANSWER} ").apply(doc)
    assert (still_open.status, still_open.answer) == (NoteStatus.ANSWERED, ANSWER)
    investigate = next(n for n in notes if n.status == NoteStatus.INVESTIGATE)
    meeting_flow.complete_answer(doc, investigate.id, "Wordt uitgezocht met Verkeer.").apply(doc)
    assert investigate.status == NoteStatus.INVESTIGATE and investigate.answer == "Wordt uitgezocht met Verkeer."
    assert meeting_flow.complete_answer(doc, investigate.id, "Wordt uitgezocht met Verkeer.") is None
    merged = next((n for n in notes if n.status == NoteStatus.MERGED), None)
    if merged is not None:
        assert meeting_flow.complete_answer(doc, merged.id, "iets") is None


def test_the_report_text_written_after_the_evening_reaches_the_report(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    session = window.opened.session
    commands.run(session, meeting_flow.set_phase, SECOND, Phase.CLOSE)  # the evening is over
    close = window.workspace.views.close_panel
    qtbot.waitUntil(close.isVisible)
    qtbot.mouseClick(close.report_text_button, Qt.MouseButton.LeftButton)
    (dialog,) = window.findChildren(ReportTextDialog)
    assert dialog.isVisible() and dialog.meeting_id == SECOND
    editor = dialog.editor
    # the summary typed on the evening is there; the adviser rewrites it and adds an introduction
    assert editor.summary_input.toPlainText() == (session.dossier.meeting(SECOND).summary or "")
    editor.introduction_input.setFocus()
    qtbot.keyClicks(editor.introduction_input, INTRODUCTION)
    editor.summary_input.selectAll()
    editor.summary_input.setFocus()
    qtbot.keyClicks(editor.summary_input, SUMMARY)
    meeting = session.dossier.meeting(SECOND)
    assert (meeting.introduction, meeting.summary) == (INTRODUCTION, SUMMARY)
    # an open note answered after the evening, in the table, as double-click and typing do
    note = next(n for n in meeting.notes if n.status == NoteStatus.OPEN)
    missing_before = editor.missing_label.text()
    editor.set_answer(note.id, ANSWER)
    assert (note.status, note.answer) == (NoteStatus.ANSWERED, ANSWER)
    assert editor.missing_label.text() != missing_before
    # the menu item and its shortcut raise the same window
    action = window.dossier_view.report_text_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+T")
    action.trigger()
    assert window.findChildren(ReportTextDialog) == [dialog]
    dialog.close()
    qtbot.waitUntil(lambda: session.save_status == SAVED)

    report = ReportDialog(session, tmp_path, window, open_viewer=False)
    qtbot.addWidget(report)
    report.meeting_box.setCurrentIndex(report.meeting_box.findData(SECOND))
    report.internal_radio.setChecked(True)
    report.background_check.setChecked(True)  # the plan's history too
    report.path_edit.setText(str(tmp_path / "verslag.pdf"))
    result = report.export()
    assert result is not None
    text = pdf_text(result.path)
    assert "Inleiding " + INTRODUCTION in text
    assert "Samenvatting " + SUMMARY in text
    assert ANSWER in text
    assert "textielfabriek gesloopt" in text
    assert text.index(INTRODUCTION) < text.index(SUMMARY) < text.index("textielfabriek")
    # and they are in the file for the next adviser
    stored = load_dossier(window.opened.path).meeting(SECOND)
    assert (stored.introduction, stored.summary) == (INTRODUCTION, SUMMARY)
