"""Linking a pin to a note at 150 notes: a search by number or words, keyboard only, Esc cancels."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from bricoleur_desk.ui.canvas.note_picker import NotePicker
from bricoleur_desk.ui.canvas.sketch_view import SketchView
from bricoleur_desk.workspace.session import DossierSession
from tests.samples import DossierBuilder

from .conftest import click

STREETS = ["Parkstraat", "Lindelaan", "Dorpsweg", "Schoolpad", "Kerkplein"]
WORRIES = ["te hard gereden", "te weinig parkeerplaatsen", "geen bankjes", "losliggende tegels", "donker pad"]


def _text(number: int) -> str:
    return f"{WORRIES[number % 5].capitalize()} in de {STREETS[(number // 5) % 5]}"


@pytest.fixture
def evening() -> DossierSession:
    sample = DossierBuilder("Parkstraat")
    sample.meeting("m1", "Bewonersavond Parkstraat", datetime(2026, 11, 24, 19, 30))
    for number in range(1, 151):
        sample.note(_text(number))
    sample.note("Blijven de oude kastanjes staan?", number=151)
    canvas = sample.canvas("c1", "Kaart", width=1600, height=1000)
    sample.sheet(canvas, "sA", "Alternatief A")
    return DossierSession(sample.build())


@pytest.fixture
def picker(qtbot: QtBot, evening: DossierSession) -> NotePicker:
    picker = NotePicker(evening.dossier.meeting("m1").notes)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.activateWindow()
    qtbot.waitUntil(picker.search.hasFocus)
    return picker


def test_all_151_notes_are_listed_and_typing_a_number_puts_that_note_on_top(
    qtbot: QtBot, picker: NotePicker
) -> None:
    assert picker.shown_numbers() == list(range(1, 152))
    qtbot.keyClicks(picker.search, "42")
    assert picker.shown_numbers() == [42]
    qtbot.keyClick(picker.search, Qt.Key.Key_Backspace)
    assert picker.shown_numbers()[:3] == [4, 40, 41]  # 4 itself first, then 40 ...
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted and picker.chosen_id() == "n4"


def test_words_narrow_the_list_and_arrows_choose(qtbot: QtBot, picker: NotePicker) -> None:
    qtbot.keyClicks(picker.search, "kastanje")
    assert picker.shown_numbers() == [151]
    picker.search.clear()
    qtbot.keyClicks(picker.search, "bankjes dorpsweg")
    shown = picker.shown_numbers()
    assert shown and all("bankjes" in _text(n) and "Dorpsweg" in _text(n) for n in shown)
    assert len(shown) == 6  # of the 150: every fifth worry in a street of every 25
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Up)
    assert picker.search.hasFocus()  # the arrows moved the list, the typing stays in the line
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted and picker.chosen_id() == f"n{shown[1]}"


def test_nothing_found_says_so_and_enter_picks_nothing(qtbot: QtBot, picker: NotePicker) -> None:
    qtbot.keyClicks(picker.search, "zwembad")
    assert picker.shown_numbers() == [] and picker.nothing.isVisible()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.isVisible() and picker.chosen_id() is None


def test_esc_cancels(qtbot: QtBot, picker: NotePicker) -> None:
    qtbot.keyClicks(picker.search, "12")
    qtbot.keyClick(picker.search, Qt.Key.Key_Escape)
    assert picker.result() == QDialog.DialogCode.Rejected and not picker.isVisible()


def test_a_click_on_a_note_picks_it(qtbot: QtBot, picker: NotePicker) -> None:
    qtbot.keyClicks(picker.search, "tegels")
    item = picker.list.item(2)
    qtbot.mouseClick(
        picker.list.viewport(), Qt.MouseButton.LeftButton, pos=picker.list.visualItemRect(item).center()
    )
    assert picker.result() == QDialog.DialogCode.Accepted
    assert picker.chosen_id() == item.data(Qt.ItemDataRole.UserRole)


def _answer_picker(qtbot: QtBot, keys: str, last: Qt.Key, opened: list[str], tries: int = 300) -> None:
    """Type into the picker once it is open; whatever else opened instead is closed after 3 s."""

    def answer() -> None:
        picker = QApplication.activeModalWidget()
        if isinstance(picker, NotePicker):
            opened.append(picker.windowTitle())
            qtbot.keyClicks(picker.search, keys)
            qtbot.keyClick(picker.search, last)
        elif tries > 0:
            _answer_picker(qtbot, keys, last, opened, tries - 1)
        else:
            for other in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
                if other is not None:
                    other.close()

    QTimer.singleShot(10, answer)


@pytest.fixture
def sketch_view(qtbot: QtBot, evening: DossierSession) -> SketchView:
    widget = SketchView(evening, "m1")
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_pin_tool_without_a_current_note_asks_with_the_picker(
    qtbot: QtBot, sketch_view: SketchView, evening: DossierSession
) -> None:
    sheet = evening.document.get("sA")
    opened: list[str] = []
    _answer_picker(qtbot, "137", Qt.Key.Key_Return, opened)
    qtbot.keyClick(sketch_view.view, Qt.Key.Key_I)
    click(sketch_view.view, 300, 300)
    assert opened == ["Pick a note for the pin"]
    assert [p.note_id for p in sheet.pins] == ["n137"]
    _answer_picker(qtbot, "kastanjes", Qt.Key.Key_Escape, opened)
    click(sketch_view.view, 600, 300)
    assert len(opened) == 2 and [p.note_id for p in sheet.pins] == ["n137"]  # Esc: no pin
