"""The F1 cheat-sheet at the size the laptop gives it (1366 x 768): each row on one line, nothing reflowed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from bricoleur_desk.ui.notes.capture_view import CaptureView
from bricoleur_desk.ui.translations import Translations
from bricoleur_desk.workspace.session import DossierSession

from .sample import MEETING_ID

MIN_WIDTH = 380  # narrower, and the longer descriptions wrap


@pytest.fixture(params=["en", "nl"])
def view(request: pytest.FixtureRequest, qtbot: QtBot, session: DossierSession) -> Iterator[CaptureView]:
    translations = Translations()
    translations.apply(request.param)
    widget = CaptureView(session, MEETING_ID)
    qtbot.addWidget(widget)
    widget.resize(850, 600)  # what the capture view gets in a 1366 x 768 window
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.focus_capture()
    qtbot.waitUntil(widget.capture_input.hasFocus)
    yield widget
    translations.remove()


def _wrapped_cells(view: CaptureView) -> list[str]:
    """The title and table cells of the sheet that take more than one line at the width shown."""
    document = QTextDocument()
    document.setDefaultFont(view.cheat_sheet.text.font())
    document.setDocumentMargin(0)  # as a label lays out its rich text
    document.setHtml(view.cheat_sheet.text.text())
    document.setTextWidth(view.cheat_sheet.scroll.viewport().width())
    document.documentLayout().documentSize()  # lays the text out
    wrapped = []
    block = document.begin()
    while block.isValid():
        if block.layout().lineCount() > 1:
            wrapped.append(block.text())
        block = block.next()
    return wrapped


def test_f1_shows_every_row_on_one_line_and_moves_nothing(qtbot: QtBot, view: CaptureView) -> None:
    sheet = view.cheat_sheet
    list_width = view.note_list.width()
    qtbot.keyClick(view.capture_input, Qt.Key.Key_F1)
    assert sheet.isVisible() and view.capture_input.hasFocus()  # not modal: typing goes on
    assert sheet.width() >= MIN_WIDTH
    assert view.rect().contains(sheet.geometry())
    assert view.note_list.width() == list_width  # the list is not squeezed while the sheet is open
    # a row of the table is one line: the title and one line per row, not one per word
    assert _wrapped_cells(view) == []
    assert sheet.scroll.horizontalScrollBar().maximum() == 0  # nor cut off at the right
    longest = max(sheet.rows(), key=lambda row: len(row[1]))[1]
    assert sheet.text.fontMetrics().horizontalAdvance(longest) < sheet.width()
    qtbot.keyClick(view.capture_input, Qt.Key.Key_F1)
    assert not sheet.isVisible()


def test_in_a_small_window_the_sheet_scrolls_instead_of_wrapping(qtbot: QtBot, view: CaptureView) -> None:
    view.resize(850, 300)
    view.toggle_cheat_sheet()
    sheet = view.cheat_sheet
    assert view.rect().contains(sheet.geometry())
    assert sheet.scroll.verticalScrollBar().maximum() > 0
    assert sheet.scroll.horizontalScrollBar().maximum() == 0
    view.resize(850, 600)  # it follows the window
    qtbot.waitUntil(lambda: sheet.scroll.verticalScrollBar().maximum() == 0)


def test_asked_for_before_the_window_is_shown_it_still_lands_over_the_list(
    qtbot: QtBot, session: DossierSession
) -> None:
    widget = CaptureView(session, MEETING_ID)
    qtbot.addWidget(widget)
    widget.toggle_cheat_sheet()  # as a restored window may, before it is laid out
    widget.resize(850, 600)
    widget.show()
    qtbot.waitExposed(widget)
    sheet, area = widget.cheat_sheet, widget.splitter.geometry()
    qtbot.waitUntil(lambda: sheet.geometry().right() == area.right() - 8)
    assert sheet.isVisible() and sheet.geometry().top() == area.top() + 8
    assert not sheet.geometry().intersects(widget.capture_input.geometry())
