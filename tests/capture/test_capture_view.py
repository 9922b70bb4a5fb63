"""The facilitator's capture view driven by the keyboard, asserting on the domain."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.edits import Change
from bricoleur_desk.domain.model import Meeting, NoteKind, NoteStatus
from bricoleur_desk.storage import DossierFileError
from bricoleur_desk.ui.notes import CaptureView, Grouping, NoteRole
from bricoleur_desk.ui.notes.model import NOTE_MIME, NOTE_ROW
from bricoleur_desk.workspace.session import DossierSession

from .sample import MEETING_ID, sample_dossier


@pytest.fixture
def view(qtbot: QtBot, session: DossierSession) -> CaptureView:
    widget = CaptureView(session, MEETING_ID)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.focus_capture()
    qtbot.waitUntil(lambda: widget.capture_input.hasFocus())
    return widget


def _type(qtbot: QtBot, view: CaptureView, text: str) -> None:
    qtbot.keyClicks(view.capture_input, text)
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Return)


def _row_of(view: CaptureView, note_id: str) -> int:
    return view.arrangement.mapFromSource(view.model.note_index(note_id)).row()


def _select(qtbot: QtBot, view: CaptureView, *note_ids: str) -> None:
    view.select_notes(list(note_ids))
    view.note_list.setFocus()
    qtbot.waitUntil(view.note_list.hasFocus)


def test_enter_adds_every_marker_and_keeps_focus(qtbot: QtBot, view: CaptureView, meeting: Meeting) -> None:
    _type(qtbot, view, "?Komt er een zebrapad #verkeer en parkeren @Parkstraat")
    note = meeting.notes[-1]
    assert (note.kind, note.text, note.raised_by_group) == (
        NoteKind.QUESTION,
        "Komt er een zebrapad?",
        "Parkstraat",
    )
    assert meeting.theme(note.theme_id).name == "Verkeer en parkeren"
    assert view.capture_input.toPlainText() == "" and view.capture_input.hasFocus()
    qtbot.keyClicks(view.capture_input, '!Buurtfeest op het plein #"Samen leven" @Oost')
    assert view.chips.kind_chip.text() == "Idea"
    assert view.chips.theme_chip.text().startswith("# Samen leven") and view.chips.theme_chip.isVisibleTo(
        view
    )
    assert view.chips.group_chip.text() == "@ Oost"
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Return)
    assert (meeting.notes[-1].kind, meeting.themes[-1].name) == (NoteKind.IDEA, "Samen leven")
    qtbot.keyClicks(view.capture_input, "eerste regel")
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(view.capture_input, "tweede regel")
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Return)
    assert meeting.notes[-1].text == "eerste regel\ntweede regel" and meeting.notes[-1].number == 15
    # the list shows it, numbered as in the meeting
    index = view.arrangement.mapFromSource(view.model.note_index(meeting.notes[-1].id))
    assert index.data(NoteRole.NUMBER) == 15 and index.data() == "eerste regel\ntweede regel"


def test_undo_and_redo_from_the_capture_line_and_the_list(
    qtbot: QtBot, view: CaptureView, meeting: Meeting
) -> None:
    _type(qtbot, view, "Te veel hondenpoep #Spelen")
    assert meeting.themes[-1].name == "Spelen"
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(meeting.notes) == 12 and meeting.themes[-1].name == "Groen"  # one step: note and theme
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Z, shift_ctrl)
    assert meeting.notes[-1].text == "Te veel hondenpoep"
    _select(qtbot, view, "n1")
    qtbot.keyClick(view.note_list, Qt.Key.Key_Delete)
    assert "n1" not in [n.id for n in meeting.notes]
    qtbot.keyClick(view.note_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert meeting.notes[0].id == "n1"
    qtbot.keyClick(view.note_list, Qt.Key.Key_Z, shift_ctrl)
    assert "n1" not in [n.id for n in meeting.notes]


def test_edit_in_place_with_f2(qtbot: QtBot, view: CaptureView, meeting: Meeting) -> None:
    _select(qtbot, view, "n4")
    qtbot.keyClick(view.note_list, Qt.Key.Key_F2)
    assert view.note_list.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    assert editor.objectName() == "noteEditor"
    assert editor.toPlainText() == "Het fietspad bij de school is 's ochtends levensgevaarlijk"
    qtbot.keyClicks(editor, "Het fietspad bij de Da Costaschool")  # the text was selected: replaced
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "vooral om half negen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.note_list.state() != QAbstractItemView.State.EditingState)
    assert meeting.note("n4").text == "Het fietspad bij de Da Costaschool\nvooral om half negen"
    assert view.note_list.hasFocus()
    # Esc leaves the note as it was
    qtbot.keyClick(view.note_list, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "weg ermee")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.note_list.state() != QAbstractItemView.State.EditingState)
    assert meeting.note("n4").text.endswith("half negen")
    view.session.undo()
    assert meeting.note("n4").text.startswith("Het fietspad bij de school")


def test_merge_split_vote_and_move_with_keys(qtbot: QtBot, view: CaptureView, meeting: Meeting) -> None:
    heard: list[list[str]] = []
    view.selectionChanged.connect(heard.append)
    _select(qtbot, view, "n1", "n4")
    assert heard[-1] == sorted(["n1", "n4"], key=lambda i: _row_of(view, i))
    keep = heard[-1][0]
    other = heard[-1][1]
    qtbot.keyClick(view.note_list, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert (meeting.note(other).status, meeting.note(other).merged_into) == (NoteStatus.MERGED, keep)
    merged_row = view.arrangement.mapFromSource(view.model.note_index(other))
    assert merged_row.data(NoteRole.MERGED_INTO) == meeting.note(keep).number
    original = meeting.note("n2").text
    _select(qtbot, view, "n2")
    qtbot.keyClick(view.note_list, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert meeting.notes[2].number == 13
    assert meeting.note("n2").text + " " + meeting.notes[2].text == original
    _select(qtbot, view, "n3")
    qtbot.keyClick(view.note_list, Qt.Key.Key_Plus)
    qtbot.keyClick(view.note_list, Qt.Key.Key_Plus)
    qtbot.keyClick(view.note_list, Qt.Key.Key_Minus)
    assert meeting.note("n3").votes == 1
    qtbot.keyClick(view.note_list, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert meeting.note("n3").theme_id == meeting.themes[0].id
    qtbot.keyClick(view.note_list, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert meeting.note("n3").theme_id is None
    assert view.selected_note_ids() == ["n3"]  # the selection follows the moved note
    qtbot.keyClick(view.note_list, Qt.Key.Key_Escape)
    assert view.capture_input.hasFocus()


def test_drop_notes_on_a_theme_header_or_a_theme_in_the_strip(view: CaptureView, meeting: Meeting) -> None:
    groen = next(
        r for r in range(view.arrangement.rowCount()) if view.arrangement.index(r, 0).data() == "Groen"
    )
    data = view.arrangement.mimeData([view.arrangement.mapFromSource(view.model.note_index("n1"))])
    assert data.hasFormat(NOTE_MIME)
    parent = view.arrangement.index(groen, 0)
    assert view.arrangement.canDropMimeData(data, Qt.DropAction.CopyAction, -1, -1, parent)
    assert view.arrangement.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, parent)
    assert meeting.note("n1").theme_id == "t-groen"
    strip = view.themes.model
    bucket = strip.index(strip.rowCount() - 1)
    assert strip.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, bucket)
    assert meeting.note("n1").theme_id is None
    assert not view.arrangement.canDropMimeData(QMimeData(), Qt.DropAction.CopyAction, -1, -1, parent)


def test_regrouping_keeps_the_selection_the_search_and_the_selection_signal(
    qtbot: QtBot, view: CaptureView, meeting: Meeting
) -> None:
    _select(qtbot, view, "n3", "n4")
    qtbot.keyClicks(view.search, "de s")  # a search that keeps both notes listed
    view.grouping.setCurrentIndex(1)
    assert view.note_list.model() is view.arrangement and view.arrangement.grouping() == Grouping.ARRIVAL
    assert view.selected_note_ids() == ["n3", "n4"]
    assert view.note_list.currentIndex().data(NoteRole.ID) in {"n3", "n4"}
    assert view.arrangement.search() == "de s"
    listed = [view.arrangement.index(r, 0).data(NoteRole.ID) for r in range(view.arrangement.rowCount())]
    assert listed == [n.id for n in meeting.notes if "de s" in n.text.casefold()]
    assert 2 <= len(listed) < len(meeting.notes)
    # the capture view still hears the list's selection (it has a new selection model now)
    with qtbot.waitSignal(view.selectionChanged) as heard:
        view.note_list.setCurrentIndex(view.arrangement.index(0, 0))
    assert heard.args == [[listed[0]]]
    view.search.clear()
    view.grouping.setCurrentIndex(0)
    assert view.arrangement.grouping() == Grouping.BY_THEME and view.arrangement.search() == ""
    assert view.selected_note_ids() == [listed[0]]
    qtbot.keyClick(view.note_list, Qt.Key.Key_Down)
    assert view.note_list.currentIndex().row() == _row_of(view, listed[0]) + 1


def test_grouping_filter_and_theme_strip(qtbot: QtBot, view: CaptureView, meeting: Meeting) -> None:
    view.grouping.setCurrentIndex(1)
    assert view.arrangement.grouping() == Grouping.ARRIVAL
    numbers = [view.arrangement.index(r, 0).data(NoteRole.NUMBER) for r in range(view.arrangement.rowCount())]
    assert numbers == list(range(1, 13))
    qtbot.keyClicks(view.search, "bomen")
    assert view.arrangement.rowCount() == 1
    view.search.clear()
    assert view.arrangement.rowCount() == len(meeting.notes) and view.note_list.model() is view.arrangement
    view.grouping.setCurrentIndex(0)
    strip = view.themes
    strip.name_input.setFocus()
    qtbot.keyClicks(strip.name_input, "Veiligheid")
    qtbot.keyClick(strip.name_input, Qt.Key.Key_Return)
    assert meeting.themes[-1].name == "Veiligheid"
    strip.list.setFocus()
    qtbot.keyClick(strip.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [t.name for t in meeting.themes] == ["Verkeer en parkeren", "Veiligheid", "Groen"]
    # the grouped list follows the new order of themes
    headers = [
        view.arrangement.index(r, 0).data()
        for r in range(view.arrangement.rowCount())
        if view.arrangement.index(r, 0).data(NoteRole.ROW_TYPE) == "theme"
    ]
    assert headers == ["Verkeer en parkeren", "Veiligheid", "Groen", "No theme yet"]
    qtbot.keyClick(strip.list, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Veilig en licht")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: strip.list.state() != QAbstractItemView.State.EditingState)
    assert meeting.themes[1].name == "Veilig en licht"
    colour = meeting.themes[1].color
    strip.colour_button.click()
    assert meeting.themes[1].color != colour
    strip.list.setFocus()
    qtbot.keyClick(strip.list, Qt.Key.Key_Delete)
    assert [t.name for t in meeting.themes] == ["Verkeer en parkeren", "Groen"]


def test_cheat_sheet_and_accessible_names(qtbot: QtBot, view: CaptureView) -> None:
    assert not view.cheat_sheet.isVisible()
    qtbot.keyClick(view.capture_input, Qt.Key.Key_F1)
    assert view.cheat_sheet.isVisible() and "@Parkstraat" in view.cheat_sheet.text.text()
    assert view.capture_input.hasFocus()  # not modal: typing goes on
    _type(qtbot, view, "nog iets")
    # the saved indicator follows the store: test_the_saved_indicator_says_what_the_store_did
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit

    controls = view.findChildren(QAbstractButton) + view.findChildren(QAbstractItemView)
    controls += (
        view.findChildren(QLineEdit) + view.findChildren(QComboBox) + view.findChildren(QPlainTextEdit)
    )
    unnamed = [
        c.objectName() or type(c).__name__ for c in controls if c.isVisibleTo(view) and not c.accessibleName()
    ]
    assert unnamed == []


def test_the_whole_flow_without_a_mouse(qtbot: QtBot, view: CaptureView, meeting: Meeting) -> None:
    _type(qtbot, view, "Fietsen worden gestolen bij het station #Veiligheid @Stationsbuurt")
    _type(qtbot, view, "Fietsendiefstal bij station")
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Tab)
    assert view.note_list.hasFocus()
    view.grouping.setCurrentIndex(1)  # arrival order: the newest at the bottom
    qtbot.keyClick(view.note_list, Qt.Key.Key_End)
    qtbot.keyClick(view.note_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view.note_list, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert meeting.notes[-1].merged_into == meeting.notes[-2].id
    qtbot.keyClick(view.note_list, Qt.Key.Key_Escape)
    assert view.capture_input.hasFocus()


def test_the_context_menu_moves_notes_to_a_theme(qtbot: QtBot, view: CaptureView, meeting: Meeting) -> None:
    _select(qtbot, view, "n1", "n2")
    menu = view.note_menu()
    texts = [a.text() for a in menu.actions()]
    assert texts[:3] == ["Merge into the first selected", "Split in two", "Delete"]
    move = menu.actions()[3].menu()
    [groen] = [a for a in move.actions() if a.text() == "Groen"]
    groen.trigger()
    assert meeting.note("n1").theme_id == meeting.note("n2").theme_id == "t-groen"
    assert view.note_list.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def _heights_follow_the_text(view: CaptureView) -> None:
    metrics, listed = view.note_list.metrics, view.arrangement
    for row in range(listed.rowCount()):
        index = listed.index(row, 0)
        header = index.data(NoteRole.ROW_TYPE) == "theme"
        expected = metrics(index.data(), index.data(NoteRole.GROUP), header).height()
        assert view.note_list.visualRect(index).height() == expected, index.data()


def test_rows_are_as_tall_as_their_text_at_the_lists_width(qtbot: QtBot, view: CaptureView) -> None:
    qtbot.waitUntil(view.note_list.is_measured)
    _heights_follow_the_text(view)
    narrow = view.note_list.metrics.width
    view.resize(700, 700)  # a narrower list: more lines per note, so taller rows
    qtbot.waitUntil(lambda: view.note_list.metrics.width < narrow - 100)
    _heights_follow_the_text(view)
    tallest = max(view.note_list.visualRect(view.arrangement.index(r, 0)).height() for r in range(5))
    assert tallest > view.note_list.metrics(None, None, True).height()


def test_no_garbage_collection_between_enter_and_the_paint(qtbot: QtBot, view: CaptureView) -> None:
    import gc

    assert gc.isenabled()
    qtbot.keyClicks(view.capture_input, "Meer bankjes op het plein")
    qtbot.keyClick(view.capture_input, Qt.Key.Key_Return)
    # the note is in, and the collector waits until the posted paints have run
    assert view.session.dossier.meeting(MEETING_ID).notes[-1].text == "Meer bankjes op het plein"
    assert not gc.isenabled()
    qtbot.waitUntil(gc.isenabled, timeout=1000)


class _FullDisk:
    """A store like the dossier file: writes fail while the disk is full, then catch up."""

    def __init__(self) -> None:
        self.full = True
        self.written = 0

    def write(self, doc: object, changed: list) -> None:
        if self.full:
            raise DossierFileError("avond.bricoleur", "the disk is full")
        self.written += 1


def test_the_saved_indicator_says_what_the_store_did(qtbot: QtBot) -> None:
    store = _FullDisk()
    store.full = False
    session = DossierSession(
        sample_dossier(), store=store, schedule=lambda commit: QTimer.singleShot(0, commit)
    )
    view = CaptureView(session, MEETING_ID)
    qtbot.addWidget(view)
    view.show()
    _type(qtbot, view, "Een bankje bij de speeltuin")
    assert view.saved_indicator.text() == "Saving…"
    qtbot.waitUntil(lambda: view.saved_indicator.text() == "✓ Saved")
    store.full = True
    _type(qtbot, view, "Meer bankjes op het plein")
    assert view.saved_indicator.text() == "Saving…"  # the commit waits for the next turn
    qtbot.waitUntil(lambda: session.save_status.failed)
    qtbot.wait(20)
    assert view.saved_indicator.text() == "⚠ Not saved — retrying"
    assert session.save_status.reason == "avond.bricoleur: the disk is full"
    store.full = False
    assert session.save()  # what the retry does
    assert (view.saved_indicator.text(), store.written) == ("✓ Saved", 2)


def test_del_says_what_it_removed_and_that_ctrl_z_brings_it_back(
    qtbot: QtBot, view: CaptureView, meeting: Meeting, session: DossierSession
) -> None:
    session.apply(Change.of("n1", votes=15))
    _select(qtbot, view, "n1")
    with qtbot.waitSignal(view.message) as told:
        qtbot.keyClick(view.note_list, Qt.Key.Key_Delete)
    assert told.args == ["Note 1 deleted (15 votes) \u2014 Ctrl+Z brings it back"]
    session.undo()
    session.apply(Change.of("n3", votes=1))
    _select(qtbot, view, "n2", "n3")
    with qtbot.waitSignal(view.message) as told:
        qtbot.keyClick(view.note_list, Qt.Key.Key_Delete)
    assert told.args == ["Notes 2, 3 deleted (1 vote) \u2014 Ctrl+Z brings them back"]
    _select(qtbot, view, "n4")
    with qtbot.waitSignal(view.message) as told:
        qtbot.keyClick(view.note_list, Qt.Key.Key_Delete)
    assert told.args == ["Note 4 deleted \u2014 Ctrl+Z brings it back"]


def _listed(view: CaptureView) -> list[str | int]:
    """The list as the facilitator sees it: theme headers as "name (count)", notes by number."""
    rows: list[str | int] = []
    for row in range(view.arrangement.rowCount()):
        index = view.arrangement.index(row, 0)
        if index.data(NoteRole.ROW_TYPE) == NOTE_ROW:
            rows.append(index.data(NoteRole.NUMBER))
        else:
            rows.append(f"{index.data()} ({view.arrangement.notes_under(index)})")
    return rows


def test_the_filter_counts_the_matching_notes_per_theme_and_hides_themes_without_any(
    qtbot: QtBot, view: CaptureView
) -> None:
    assert _listed(view)[0] == "Verkeer en parkeren (4)"
    qtbot.keyClicks(view.search, "school")
    assert _listed(view) == ["Verkeer en parkeren (1)", 4]
    view.search.clear()
    qtbot.keyClicks(view.search, "plein")
    assert _listed(view) == ["Groen (1)", 8]
    _type(qtbot, view, "Een zebrapad naar het plein #Groen")  # added while filtering
    _type(qtbot, view, "Bankjes op het plein")
    assert _listed(view) == ["Groen (2)", 8, 13, "No theme yet (1)", 14]
    view.search.clear()
    assert {"Groen (5)", "No theme yet (5)"} <= set(_listed(view))
