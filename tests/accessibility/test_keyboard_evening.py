"""A whole evening with the keyboard alone: prepare, ten notes, themes, a promise, close, report.

Only key presses drive the app here (QTest key events to whatever has the focus); the test
reads the widgets and the dossier to check, and never clicks or calls a widget's methods.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Phase
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.opened import create_new

from .keys import Mod, alt, back_from_dialog, ctrl, focused, press, tab_to, type_text, when_modal

K = Qt.Key
NOTES = (
    "Er wordt te hard gereden #Verkeer",
    "?Waar moeten we straks parkeren? #Verkeer",
    "Meer bomen langs de singel #Groen",
    "Het fietspad bij de school is gevaarlijk",
    "De bushalte moet blijven @Parkstraat",
    "De speeltuin is verouderd",
    "!Een buurtmoestuin op het veld bij de kerk",
    "Het plein is 's nachts donker",
    "Wanneer begint het werk?",
    "Wie betaalt het onderhoud van het groen?",
)


def test_an_evening_by_keyboard_alone(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "Parkstraat.bricoleur"
    create_new(path, "Herinrichting Parkstraat").close()
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    window.open_exports = False
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.open_path(path)
    qtbot.wait(50)
    session = window.opened.session
    meeting = lambda: session.dossier.meeting(window.workspace.meeting_id)  # noqa: E731
    # prepare: the title, the question, what is open for discussion
    alt("1")
    assert meeting().phase == Phase.PREPARE
    alt("t")
    press(K.Key_A, Mod.ControlModifier)
    type_text("Tweede bewonersavond Parkstraat")
    alt("q")
    type_text("Hoe maken we de Parkstraat veilig en groen?")
    press(K.Key_Tab)
    alt("o")  # the list; its line to add to is the next Tab stop
    prepare = window.workspace.views.prepare
    tab_to(lambda w: w is prepare.frame_open.add_input)
    type_text("De inrichting van het plein")
    press(K.Key_Return)
    assert meeting().title == "Tweede bewonersavond Parkstraat"
    assert meeting().question == "Hoe maken we de Parkstraat veilig en groen?"
    assert meeting().frame.open == ["De inrichting van het plein"]

    # note everything: the capture line has the keyboard at once
    alt("2")
    assert meeting().phase == Phase.INVENTORY
    views = window.workspace.views
    assert focused() is views.capture.capture_input
    # a theme made by its own field, then ten notes; two name a theme with a marker
    tab_to(lambda w: w is views.capture.themes.name_input)
    type_text("Groen")
    press(K.Key_Return)
    assert [t.name for t in meeting().themes] == ["Groen"]
    press(K.Key_Escape)
    assert focused() is views.capture.capture_input  # Esc: back to typing
    for text in NOTES:
        type_text(text)
        press(K.Key_Return)
    notes = meeting().notes
    assert [n.text for n in notes][:2] == ["Er wordt te hard gereden", "Waar moeten we straks parkeren?"]
    assert len(notes) == 10
    themes = {t.name: t.id for t in meeting().themes}
    assert set(themes) == {"Groen", "Verkeer"}
    assert [n.theme_id for n in notes].count(themes["Verkeer"]) == 2
    # theme assignment: Tab to the list, the note without a theme, Ctrl+<theme number>
    press(K.Key_Tab)
    assert focused() is views.capture.note_list
    text_of = {n.id: n.text for n in meeting().notes}

    def go_to_note(text: str) -> None:
        press(K.Key_Home)
        for _ in range(20):
            selected = views.capture.selected_note_ids()
            if selected and text_of[selected[0]] == text:
                return
            press(K.Key_Down)
        raise AssertionError(f"the arrow keys never reached {text!r}")

    go_to_note("Het fietspad bij de school is gevaarlijk")
    ctrl("2")  # the second theme, Verkeer
    go_to_note("De speeltuin is verouderd")
    ctrl("1")  # Groen
    by_text = {n.text: n for n in meeting().notes}
    assert by_text["Het fietspad bij de school is gevaarlijk"].theme_id == themes["Verkeer"]
    assert by_text["De speeltuin is verouderd"].theme_id == themes["Groen"]
    press(K.Key_Escape)
    assert focused() is views.capture.capture_input

    # discuss: a note from the list gets a promise (Alt+I), said and dated by keyboard
    alt("3")
    assert meeting().phase == Phase.DISCUSS
    press(K.Key_Tab)
    go_to_note("Het plein is 's nachts donker")
    alt("i")
    discuss = views.discuss
    assert focused() is discuss.what_input
    type_text("Lantaarnpalen op het plein laten plaatsen")
    press(K.Key_Tab)
    assert focused() is discuss.owner_input
    type_text("Openbare verlichting")
    press(K.Key_Return)
    (promise,) = session.dossier.promises
    assert (promise.text, promise.owner) == ("Lantaarnpalen op het plein laten plaatsen", "Openbare verlichting")
    assert promise.note_ids == [by_text["Het plein is 's nachts donker"].id]
    # the list moved on to the next open note: answered on the spot, and a vote for it
    assert focused() is views.capture.note_list
    answered = views.capture.selected_note_ids()[0]
    press(K.Key_Plus)
    alt("a")
    assert focused() is discuss.answer_input
    type_text("Dat staat in de planning voor volgend jaar")
    press(K.Key_Return)
    assert session.document.get(answered).answer == "Dat staat in de planning voor volgend jaar"
    assert session.document.get(answered).votes == 1

    # close: the evaluation's scores counted with the digit keys
    alt("4")
    assert meeting().phase == Phase.CLOSE
    close = views.close_panel
    assert focused() is close.counters[1].button  # where keys 1-5 count
    for key, times in ((K.Key_5, 6), (K.Key_4, 9), (K.Key_3, 3), (K.Key_2, 1)):
        press(key, times=times)
    press(K.Key_4, Mod.ShiftModifier)  # one too many: Shift takes it back
    assert {s: c for s, c in meeting().evaluation.scores.items() if c} == {5: 6, 4: 8, 3: 3, 2: 1}
    alt("r")  # the remarks; the line to add one is the next Tab stop
    tab_to(lambda w: w is close.remarks.add_input)
    type_text("Fijn dat alles op het scherm stond")
    press(K.Key_Return)
    assert meeting().evaluation.remarks == ["Fijn dat alles op het scherm stond"]

    # export the report (Ctrl+E): the file typed, Enter; the municipality asked once, typed too
    report = tmp_path / "Verslag Parkstraat.pdf"
    done: list[str] = []

    def in_municipality_dialog(dialog: QWidget) -> None:
        done.append(type(dialog).__name__)
        type_text("Gemeente Lindeveen")
        press(K.Key_Return)

    def in_report_dialog(dialog: QWidget) -> None:
        done.append(type(dialog).__name__)
        alt("f")
        assert focused() is dialog.path_edit
        press(K.Key_A, Mod.ControlModifier)
        type_text(str(report))
        when_modal(in_municipality_dialog, over=dialog)
        press(K.Key_Return)  # the dialog's default button: Export
        back_from_dialog(dialog)
        assert focused() is dialog.path_edit
        done.append(dialog.status_label.text())
        press(K.Key_Escape)

    when_modal(in_report_dialog)
    ctrl("e")
    assert done[:2] == ["ReportDialog", "MunicipalityNameDialog"], done
    assert report.name in done[2], done
    assert session.dossier.house_style.municipality == "Gemeente Lindeveen"
    text = "\n".join(page.extract_text() for page in PdfReader(report).pages)
    for said in ("Hoe maken we de Parkstraat veilig en groen?", "Lantaarnpalen op het plein", "Meer bomen langs de singel"):
        assert said in " ".join(text.split()), said
    assert QApplication.activeModalWidget() is None
    # the keyboard is back in the window, where it was before Ctrl+E
    back_from_dialog(window)
    assert focused() is close.remarks.add_input
