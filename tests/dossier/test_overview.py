"""The dossier view: the evenings with their counts, the description, area and history edited there,
reachable from the prepare page and the menu, and the history in the report when the adviser chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from bricoleur_desk.domain.model import NoteStatus, PromiseStatus
from bricoleur_desk.ui.dossier.overview import COLUMNS, DossierOverview
from bricoleur_desk.ui.dossier.window import DossierWindow
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.phases.prepare_panel import PreparePanel
from bricoleur_desk.workspace import commands, meeting_flow
from bricoleur_desk.workspace.files import load_dossier
from bricoleur_desk.workspace.opened import open_for_editing
from bricoleur_desk.workspace.reporting import export_report
from bricoleur_desk.workspace.save_status import SAVED
from tests.dossier.conftest import FIRST, SECOND, pdf_text


def _cell(view: DossierOverview, row: int, column: str) -> str:
    return view.timeline.item(row, COLUMNS.index(column)).text()


def test_the_dossier_view_shows_each_evening_with_its_counts(qtbot, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    opened = open_for_editing(demo_file)
    try:
        session = opened.session
        dossier = session.dossier
        view = DossierOverview(session, SECOND)
        qtbot.addWidget(view)
        view.resize(1200, 700)
        view.show()
        assert view.timeline.rowCount() == 2
        first, second = dossier.meeting(FIRST), dossier.meeting(SECOND)
        for row, meeting in ((0, first), (1, second)):
            notes = sum(1 for n in meeting.notes if n.status != NoteStatus.MERGED)
            made = [p for p in dossier.promises if p.meeting_id == meeting.id]
            still_open = sum(1 for p in made if p.status == PromiseStatus.OPEN)
            assert _cell(view, row, "notes") == str(notes)
            assert _cell(view, row, "open_promises") == (f"{still_open} of {len(made)}" if made else "–")
            assert _cell(view, row, "attendance") == str(meeting.attendance.count)
            assert meeting.title == _cell(view, row, "evening")
        assert _cell(view, 0, "date") == "17-09-2026"
        assert _cell(view, 1, "date") == "▶ 26-11-2026"  # the evening on screen
        assert _cell(view, 0, "evaluation") == "3.7 (38 forms)"
        assert _cell(view, 0, "absent") == "none: every expected group came"
        assert _cell(view, 1, "absent") == "Café De Zwaan"
        # counts follow the dossier: a promise kept, the café counted after all
        promise = next(p for p in dossier.promises if p.meeting_id == FIRST and p.status == PromiseStatus.OPEN)
        before = _cell(view, 0, "open_promises")
        commands.run(session, meeting_flow.set_promise_status, promise.id, PromiseStatus.DONE)
        assert _cell(view, 0, "open_promises") != before
        commands.run(session, meeting_flow.set_group_attendance, SECOND, "Café De Zwaan", 1)
        assert _cell(view, 1, "absent") == "none: every expected group came"
        assert _cell(view, 1, "attendance") == str(dossier.meeting(SECOND).attendance.count)
        qtbot.waitUntil(lambda: session.save_status == SAVED)
    finally:
        opened.close()


def test_description_area_and_history_are_edited_in_the_dossier_view(qtbot, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    opened = open_for_editing(demo_file)
    try:
        session = opened.session
        view = DossierOverview(session, SECOND)
        qtbot.addWidget(view)
        view.show()
        assert view.history_input.toPlainText().startswith("In 2019 is de oude textielfabriek gesloopt.")
        view.history_input.moveCursor(view.history_input.textCursor().MoveOperation.End)
        view.history_input.setFocus()
        qtbot.keyClicks(view.history_input, " In 2025 lekte de vijver.")
        view.area_input.selectAll()
        qtbot.keyClicks(view.area_input, "Lindenhof-Oost")
        assert session.dossier.history.endswith("In 2025 lekte de vijver.")
        assert session.dossier.area == "Lindenhof-Oost"
        # one burst of typing is one undo step
        session.undo()
        assert session.dossier.area == "Lindenhof, stadsdeel Noord"
        assert view.area_input.text() == "Lindenhof, stadsdeel Noord"
        view.description_input.setPlainText("")  # an emptied description is no description
        assert session.dossier.description is None
        qtbot.waitUntil(lambda: session.save_status == SAVED)
    finally:
        opened.close()
    stored = load_dossier(demo_file)
    assert stored.history.endswith("In 2025 lekte de vijver.") and stored.description is None


def test_the_dossier_view_opens_from_the_prepare_page_and_the_menu(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.commands.new_meeting.trigger()
    prepare = window.workspace.views.prepare
    assert isinstance(prepare, PreparePanel)
    qtbot.waitUntil(prepare.isVisible)
    assert prepare.dossier_button.isVisible()
    qtbot.mouseClick(prepare.dossier_button, Qt.MouseButton.LeftButton)
    shown = window.findChildren(DossierWindow)
    assert len(shown) == 1 and shown[0].isVisible()
    overview = shown[0].overview
    assert overview.timeline.rowCount() == 3  # the new evening is on the timeline too
    assert _cell(overview, 2, "date").startswith("▶ ")
    # the menu item (and its shortcut) raise the same window instead of a second one
    action = window.dossier_view.overview_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+O")
    assert action in window.commands.file_menu.actions() and action.isEnabled()
    action.trigger()
    assert window.findChildren(DossierWindow) == shown
    shown[0].close()
    qtbot.waitUntil(lambda: not window.findChildren(DossierWindow))
    window.close_dossier()
    assert not action.isEnabled()


def test_the_new_evening_expects_every_stakeholder_in_one_click(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = window.opened.session
    window.commands.new_meeting.trigger()
    prepare = window.workspace.views.prepare
    qtbot.waitUntil(prepare.isVisible)
    meeting = session.dossier.meeting(window.workspace.meeting_id)
    last = session.dossier.meeting(SECOND)
    assert meeting.expected_groups == last.expected_groups  # the groups came along
    assert prepare.expect_stakeholders_button.isEnabled()
    qtbot.mouseClick(prepare.expect_stakeholders_button, Qt.MouseButton.LeftButton)
    assert meeting.expected_groups[: len(last.expected_groups)] == last.expected_groups
    assert meeting.expected_groups[len(last.expected_groups) :] == ["Ondernemers", "Zorgcentrum De Hofstee"]
    assert prepare.groups.view.count() == 9
    assert not prepare.expect_stakeholders_button.isEnabled()  # nothing left to add
    qtbot.waitUntil(lambda: session.save_status == SAVED)


def test_the_history_goes_into_the_report_when_the_adviser_chooses(demo_file: Path, tmp_path: Path) -> None:
    dossier = load_dossier(demo_file)
    without = pdf_text(export_report(dossier, tmp_path / "zonder.pdf", meeting_id=SECOND).path)
    with_it = pdf_text(export_report(dossier, tmp_path / "met.pdf", meeting_id=SECOND, background=True).path)
    for text in ("Achtergrond van het plan", "Wat eraan voorafging", "textielfabriek gesloopt"):
        assert text in with_it and text not in without
    assert "Eerdere avonden • 17 september 2026: Eerste bewonersavond" in with_it


def test_the_report_command_adds_the_background_when_asked(demo_file: Path, tmp_path: Path) -> None:
    from bricoleur_desk.app import main

    plain, background = tmp_path / "verslag.pdf", tmp_path / "verslag-achtergrond.pdf"
    assert main(["report", str(demo_file), "--out", str(plain), "--audience", "internal"]) == 0
    assert main(["report", str(demo_file), "--out", str(background), "--audience", "internal", "--background"]) == 0
    assert "Wat eraan voorafging" not in pdf_text(plain)
    text = pdf_text(background)
    assert "Wat eraan voorafging" in text and "Woordvoerder (intern)" in text


def test_every_control_of_the_dossier_view_and_the_report_text_has_an_accessible_name(
    qtbot, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    from bricoleur_desk.ui.report_text_dialog import ReportTextEditor
    from tests.phases.accessibility import nameless_controls

    opened = open_for_editing(demo_file)
    try:
        for widget in (DossierOverview(opened.session, SECOND), ReportTextEditor(opened.session, SECOND)):
            qtbot.addWidget(widget)
            widget.show()
            assert nameless_controls(widget) == []
    finally:
        opened.close()


def test_a_name_in_the_history_is_masked_in_the_public_report_and_listed_for_review(
    demo_file: Path, tmp_path: Path
) -> None:
    from bricoleur_desk.workspace.reporting import find_personal_data

    dossier = load_dossier(demo_file)
    dossier.history += " Ayşe Özdemir (06-12345671) verzamelde toen 200 handtekeningen."
    hits = find_personal_data(dossier, SECOND, background=True)
    found = [(h.kind, h.text) for h in hits if h.object_id == dossier.id and h.field == "history"]
    assert ("name", "Ayşe Özdemir") in found and any(k == "phone" and "12345671" in t for k, t in found)
    assert not [h for h in find_personal_data(dossier, SECOND) if h.field == "history"]  # not printed: not listed
    text = pdf_text(export_report(dossier, tmp_path / "publiek.pdf", meeting_id=SECOND, background=True).path)
    assert "200 handtekeningen" in text
    assert "Özdemir" not in text and "12345671" not in text
