"""The main window driven as a facilitator would: open, type, undo, close, reopen."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QMenu, QMessageBox

from bricoleur_desk.domain.edits import Change
from bricoleur_desk.domain.model import Phase
from bricoleur_desk.storage import open_dossier
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings


def _answer_message_box(seen: list[str]) -> None:
    def close_it() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, close_it)

    QTimer.singleShot(20, close_it)


def test_a_typed_note_is_in_the_file_and_undo_takes_it_out(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    assert window.open_path(demo_file)
    session = window.opened.session
    meeting_id = window.workspace.meeting_id
    session.apply(Change.of(meeting_id, phase=Phase.INVENTORY))
    capture = window.findChild(object, "captureInput")
    assert capture is not None
    qtbot.keyClicks(capture, "Te weinig prullenbakken #Beheer @Parkstraat")
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    notes = session.dossier.meeting(meeting_id).notes
    assert notes[-1].text == "Te weinig prullenbakken"
    qtbot.waitUntil(lambda: window.saved_indicator.text().endswith("Saved"))
    number = notes[-1].number
    window.close_dossier()
    with open_dossier(demo_file) as reopened:
        stored = reopened.load().meeting(meeting_id).notes
    assert any(n.number == number and n.raised_by_group == "Parkstraat" for n in stored)

    assert window.open_path(demo_file, meeting_id)
    assert window.commands.undo.isEnabled() is False  # a fresh session has no history
    session = window.opened.session
    count = len(session.dossier.meeting(meeting_id).notes)
    capture = window.workspace.findChild(object, "captureInput")
    qtbot.keyClicks(capture, "Nog een punt")
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert len(session.dossier.meeting(meeting_id).notes) == count + 1
    window.commands.undo.trigger()
    assert len(session.dossier.meeting(meeting_id).notes) == count
    window.commands.redo.trigger()
    assert session.dossier.meeting(meeting_id).notes[-1].text == "Nog een punt"


def test_opening_in_note_everything_puts_the_cursor_in_the_capture_line(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    with open_dossier(demo_file) as file:
        dossier = file.load()
    latest = dossier.latest_meeting().id
    from bricoleur_desk.workspace.opened import open_for_editing

    opened = open_for_editing(demo_file)
    opened.session.apply(Change.of(latest, phase=Phase.INVENTORY))
    opened.close()
    window.open_path(demo_file)
    capture = window.workspace.findChild(object, "captureInput")
    qtbot.waitUntil(lambda: capture.hasFocus())


def test_a_bad_file_gets_a_message_naming_it_and_stays_untouched(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "holiday-photo.bricoleur"
    bad.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    seen: list[str] = []
    _answer_message_box(seen)
    assert window.open_path(bad) is False
    assert seen and "holiday-photo.bricoleur" in seen[0]
    assert "Traceback" not in seen[0]
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before
    assert window.stack.currentWidget() is window.start


def test_a_second_window_on_the_same_dossier_is_refused(
    qtbot, window: MainWindow, demo_file: Path, tmp_path
) -> None:
    assert window.open_path(demo_file)
    other = MainWindow(Settings(QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(other)
    seen: list[str] = []
    _answer_message_box(seen)
    assert other.open_path(demo_file) is False
    assert seen and "demo.bricoleur" in seen[0]


def test_new_meeting_carries_the_question_and_frame_over(qtbot, window: MainWindow, demo_file: Path) -> None:
    window.open_path(demo_file)
    dossier = window.opened.session.dossier
    previous = dossier.latest_meeting()
    window.commands.new_meeting.trigger()
    added = dossier.meetings[-1]
    assert added.id != previous.id and added.phase == Phase.PREPARE
    assert added.frame == previous.frame and added.frame is not previous.frame
    assert window.workspace.meeting_id == added.id
    window.commands.undo.trigger()
    assert added not in dossier.meetings


def test_f5_puts_the_meeting_on_the_projector_and_the_sketch_tab_puts_the_canvas_there(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    window.open_path(demo_file)
    views = window.workspace.views
    assert views.projector.window is None  # nothing laid out for a projector nobody opened
    qtbot.keyClick(window, Qt.Key.Key_F5)
    audience = views.projector.window
    assert audience is not None and audience.objectName() == "audienceWindow"
    qtbot.waitUntil(audience.isVisible)
    assert audience.on_stage() is audience.wall
    views.tabs.setCurrentWidget(views.sketch_tab)
    assert audience.on_stage() is not audience.wall and audience.pages.currentWidget() is audience.stage_page
    views.tabs.setCurrentIndex(0)
    assert audience.on_stage() is audience.wall
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not audience.isVisible()


def test_answering_a_note_moves_on_to_the_next_open_note(qtbot, window: MainWindow, demo_file: Path) -> None:
    window.open_path(demo_file)
    views = window.workspace.views
    session = window.opened.session
    meeting = session.dossier.meeting(views.meeting_id)
    open_notes = [n for n in meeting.notes if n.status.value == "open"]
    first = open_notes[0]
    views.capture.select_notes([first.id])
    assert views.capture.selected_note_ids() == [first.id]
    from bricoleur_desk.workspace import commands, meeting_flow

    commands.run(session, meeting_flow.answer_note, first.id, "Ja, dat nemen we mee.")
    views.discuss.noteDone.emit(first.id)
    selected = views.capture.selected_note_ids()
    assert len(selected) == 1 and selected[0] != first.id
    assert session.document.get(selected[0]).status.value == "open"


def test_the_laptop_blanks_the_projector_and_the_room_sees_the_agenda_clock(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    window.open_path(demo_file)
    views = window.workspace.views
    qtbot.keyClick(window, Qt.Key.Key_F5)
    audience = views.projector.window
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert audience.blanked() == "black"
    qtbot.keyClick(
        window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert audience.blanked() == "white"
    qtbot.keyClick(
        window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert audience.blanked() is None
    assert not audience.clock.isVisible() or audience.clock.text() == ""
    views.timer.showOnProjector = True
    qtbot.waitUntil(lambda: audience.clock.text() != "")
    assert ":" in audience.clock.text()
    views.timer.showOnProjector = False
    qtbot.waitUntil(lambda: audience.clock.isHidden())


def test_export_report_from_the_menu_writes_the_public_pdf(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    from pypdf import PdfReader

    from bricoleur_desk.ui.report_dialog import ReportDialog

    window.open_path(demo_file)
    window.open_exports = False
    meeting = window.opened.session.dossier.meeting(window.workspace.meeting_id)
    written: list[Path] = []

    def drive_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReportDialog):
            QTimer.singleShot(20, drive_dialog)
            return
        assert dialog.meeting_id() == meeting.id and dialog.audience() == "public"
        dialog.sheets_box.confirm_check.setChecked(True)  # the adviser looked at the sketch sheets
        result = dialog.export()
        written.append(dialog.output_path())
        assert result is not None
        dialog.accept()

    QTimer.singleShot(20, drive_dialog)
    window.commands.export_report.trigger()
    assert written and written[0].exists()
    text = "".join(page.extract_text() for page in PdfReader(written[0]).pages)
    assert meeting.notes[0].text.split()[0] in text
    assert all(person.name not in text for person in window.opened.session.dossier.people)


def test_a_pin_and_its_note_select_each_other(qtbot, window: MainWindow, demo_file: Path) -> None:
    window.open_path(demo_file)
    views = window.workspace.views
    meeting = window.opened.session.dossier.meeting(views.meeting_id)
    pinned = [pin.note_id for canvas in meeting.canvases for sheet in canvas.sheets for pin in sheet.pins]
    assert pinned, "the demo has pins"
    views.sketch.pinActivated.emit(pinned[0])
    assert views.capture.selected_note_ids() == [pinned[0]]
    other = next(n.id for n in meeting.notes if n.id != pinned[0])
    views.capture.select_notes([other])
    assert views.sketch.view.current_note_id == other


def test_a_full_disk_is_shown_retried_and_nothing_is_lost(qtbot, window: MainWindow, demo_file: Path) -> None:
    window.dossier.retry.setInterval(50)  # retry quickly in the test
    window.open_path(demo_file)
    opened = window.opened
    opened.file.set_size_limit(opened.file.page_count)  # the disk is full from now on
    capture = window.workspace.views.capture
    long_text = "Een heel lang verhaal over de stoep " * 400
    qtbot.keyClicks(capture.capture_input, long_text[:3000])
    qtbot.keyClick(capture.capture_input, Qt.Key.Key_Return)
    try:
        qtbot.waitUntil(lambda: "Not saved" in window.saved_indicator.text())
        assert "demo.bricoleur" in window.statusBar().currentMessage()
        qtbot.wait(100)  # a few event-loop turns and failed retries
        # one save status: the capture view never says saved while the file is behind
        assert "Not saved" in capture.saved_indicator.text()
    finally:
        opened.file.set_size_limit(None)  # space was freed (closing never asks)
    qtbot.waitUntil(lambda: window.saved_indicator.text().endswith("Saved"), timeout=3000)
    assert capture.saved_indicator.text().endswith("Saved") and not window.statusBar().currentMessage()
    texts = [n.text for n in opened.session.dossier.meeting(window.workspace.meeting_id).notes]
    window.close_dossier()
    with open_dossier(demo_file) as reopened:
        dossier = reopened.load()
    assert texts[-1] in [n.text for m in dossier.meetings for n in m.notes]


def test_theme_and_phase_shortcuts_do_not_collide(qtbot, demo_file: Path, tmp_path: Path) -> None:
    window = MainWindow(Settings(QSettings(str(tmp_path / "k.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    window.open_path(demo_file)
    views = window.workspace.views
    meeting = window.opened.session.dossier.meeting(views.meeting_id)
    note = next(n for n in meeting.notes if n.theme_id != meeting.themes[1].id)
    views.capture.select_notes([note.id])
    views.capture.note_list.setFocus()
    qtbot.waitUntil(views.capture.note_list.hasFocus)
    qtbot.keyClick(views.capture.note_list, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert note.theme_id == meeting.themes[1].id
    qtbot.keyClick(views.capture.note_list, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert meeting.phase == Phase.CLOSE


def test_the_start_screen_lists_recent_dossiers_or_says_there_are_none(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    start = window.start
    hint = start.findChild(QLabel, "noRecentDossiers")
    assert hint.isVisible() and not start.findChild(QListWidget, "recentDossiers").isVisible()
    window.open_path(demo_file)
    window.close_dossier()
    assert window.stack.currentWidget() is start
    assert start.findChild(QListWidget, "recentDossiers").isVisible() and not hint.isVisible()
    assert start.findChild(QListWidget, "recentDossiers").item(0).data(Qt.ItemDataRole.UserRole) == str(demo_file.resolve())


def test_the_meeting_menu_chooses_and_remembers_the_projector_screen(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    window.open_path(demo_file)
    window.workspace.refresh_screen_menu()  # what opening the Meeting menu does
    menu = window.findChild(QMenu, "projectorScreenMenu")
    name = QGuiApplication.screens()[0].name()
    assert [a.text() for a in menu.actions()] == [s.name() for s in QGuiApplication.screens()]
    assert window.workspace.views.projector.window is None  # listing screens builds no window
    menu.actions()[0].trigger()
    assert window.settings.projector_screen() == (name or None)  # offscreen's screen has no name
    window.workspace.views.projector.choose_screen("HDMI-1")
    assert window.settings.projector_screen() == "HDMI-1"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.workspace.views.projector.window.preferred_screen_name == "HDMI-1"


def test_a_note_typed_the_moment_a_dossier_opens_is_scrolled_into_view(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from bricoleur_desk.storage import create_dossier
    from tests.capture.screenshots import evening

    path = tmp_path / "avond.bricoleur"
    create_dossier(path, evening(150)).close()
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    assert window.open_path(path)
    capture = window.workspace.views.capture
    # typed before the list has measured its rows (the capture line has focus at once)
    qtbot.keyClicks(capture.capture_input, "?Komt er ook een oplaadpunt #verkeer en parkeren")
    qtbot.keyClick(capture.capture_input, Qt.Key.Key_Return)
    note = window.opened.session.dossier.meeting("avond").notes[-1]
    index = capture.arrangement.mapFromSource(capture.model.note_index(note.id))

    def shown() -> bool:
        rect = capture.note_list.visualRect(index)
        return capture.note_list.is_measured() and capture.note_list.viewport().rect().contains(rect)

    qtbot.waitUntil(shown, timeout=10_000)
    window.close_dossier()


def test_a_side_panel_built_later_gets_the_room_it_needs(qtbot, window: MainWindow, demo_file: Path) -> None:
    from PySide6.QtWidgets import QScrollArea

    from bricoleur_desk.workspace import commands, meeting_flow

    window.resize(1366, 768)
    window.open_path(demo_file)
    views = window.workspace.views
    session = window.opened.session
    for phase in (Phase.CLOSE, Phase.DISCUSS, Phase.PREPARE):
        commands.run(session, meeting_flow.set_phase, views.meeting_id, phase)
        panel = views.side.currentWidget()
        qtbot.waitUntil(panel.isVisible)

        def fits() -> bool:
            areas = panel.findChildren(QScrollArea)  # noqa: B023 - checked at once
            return all(a.horizontalScrollBar().maximum() == 0 for a in areas)

        qtbot.waitUntil(fits, timeout=10_000)  # no sideways scrolling to reach the counters
    window.close_dossier()


def test_del_on_a_note_says_in_the_status_line_what_went_and_how_to_undo(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    assert window.open_path(demo_file)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    session = window.opened.session
    meeting_id = window.workspace.meeting_id
    note = session.dossier.meeting(meeting_id).notes[0]
    session.apply(Change.of(note.id, votes=15))
    capture = window.workspace.views.capture
    qtbot.waitUntil(capture.note_list.isVisible)  # the workspace shows its views on the next turn
    capture.select_notes([note.id])
    capture.note_list.setFocus()
    qtbot.waitUntil(capture.note_list.hasFocus)
    qtbot.keyClick(capture.note_list, Qt.Key.Key_Delete)
    assert note.id not in [n.id for n in session.dossier.meeting(meeting_id).notes]
    assert window.statusBar().currentMessage() == (
        f"Note {note.number} deleted (15 votes) \u2014 Ctrl+Z brings it back"
    )
    window.commands.undo.trigger()  # done what it said: the line says it no more
    assert session.dossier.meeting(meeting_id).notes[0].votes == 15
    assert window.statusBar().currentMessage() == ""
