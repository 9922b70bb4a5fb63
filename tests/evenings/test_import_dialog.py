"""Meeting → Import reactions…: the preview with a column chooser per role, then one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from bricoleur_desk.ui.import_reactions_dialog import ImportReactionsDialog
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.files import load_dossier
from bricoleur_desk.workspace.reactions import Skip
from bricoleur_desk.workspace.save_status import SAVED

from .conftest import REACTIONS, write_csv, write_xlsx


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_file)
    return window


def column(dialog: ImportReactionsDialog, c: int) -> list[str]:
    table = dialog.preview
    return [table.item(r, c).text() for r in range(table.rowCount())]


def test_preview_maps_columns_and_imports_as_one_undo_step(window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = window.opened.session
    meeting = session.dossier.meeting(window.workspace.meeting_id)
    before = [n.id for n in meeting.notes]
    themes_before = len(meeting.themes)
    source = write_xlsx(
        tmp_path / "reacties.xlsx",
        [
            ("Datum", "Reactie", "Wijk", "Onderwerp"),
            *[("1-12", *r) for r in REACTIONS],
            ("2-12", "", "Oost", ""),
        ],
    )
    dialog = window.import_reactions_from(source)
    assert isinstance(dialog, ImportReactionsDialog) and dialog.isVisible()
    # the text column is found by its header; "Wijk" and "Onderwerp" are not known names
    assert dialog.combos["text"].currentText() == "Reactie"
    assert dialog.combos["group"].currentData() is None and dialog.combos["theme"].currentData() is None
    assert column(dialog, 0) == ["2", "3", "4", "5"]
    assert column(dialog, 1)[:3] == [r[0] for r in REACTIONS]  # diacritics intact
    assert column(dialog, 4)[3] != column(dialog, 4)[0]  # the empty row is marked skipped
    assert meeting.notes and [n.id for n in meeting.notes] == before  # nothing added yet
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    dialog.combos["text"].setCurrentIndex(0)  # no text column: nothing to import
    assert not ok.isEnabled()
    dialog.combos["text"].setCurrentIndex(dialog.combos["text"].findText("Reactie"))
    dialog.combos["group"].setCurrentIndex(dialog.combos["group"].findText("Wijk"))
    dialog.combos["theme"].setCurrentIndex(dialog.combos["theme"].findText("Onderwerp"))
    assert ok.isEnabled()
    assert column(dialog, 2)[:2] == ["Bewoners Kraanstraat", "Jongerenraad"]
    assert "3" in dialog.summary.text() and "5" in dialog.summary.text()  # 3 added, line 5 skipped
    assert "Ontmoeten" in dialog.summary.text()  # a new theme, said before it is made

    ok.click()
    added = [n for n in meeting.notes if n.id not in before]
    assert [n.text for n in added] == [r[0] for r in REACTIONS]
    assert [n.raised_by_group for n in added] == ["Bewoners Kraanstraat", "Jongerenraad", None]
    last = max(n.number for n in meeting.notes if n.id in before)
    assert [n.number for n in added] == [last + 1, last + 2, last + 3]
    message = window.statusBar().currentMessage()
    assert "3" in message and "5" in message, message
    # written to the file (the commit follows on the next event-loop turn)
    qtbot.waitUntil(lambda: window.opened.session.save_status == SAVED)
    stored = load_dossier(window.opened.path).meeting(meeting.id)
    assert [n.text for n in stored.notes[-3:]] == [r[0] for r in REACTIONS]

    again = window.import_reactions_from(source)  # the same file twice: nothing to add
    assert again is not None
    again.combos["text"].setCurrentIndex(again.combos["text"].findText("Reactie"))
    assert not again.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert column(again, 4)[:3] == [again.reason_text(Skip.ALREADY_A_NOTE)] * 3
    again.reject()

    window.commands.undo.trigger()  # one step takes all of it back, themes included
    assert [n.id for n in meeting.notes] == before
    assert len(meeting.themes) == themes_before


def test_semicolon_csv_in_windows_1252_and_cancel_adds_nothing(window: MainWindow, tmp_path: Path) -> None:
    meeting = window.opened.session.dossier.meeting(window.workspace.meeting_id)
    count = len(meeting.notes)
    source = write_csv(
        tmp_path / "r.csv", [("TEKST", "GROEP", "THEMA"), *REACTIONS], encoding="cp1252", separator=";"
    )
    dialog = window.import_reactions_from(source)
    assert dialog is not None
    assert "cp1252" in dialog.file_label.text()
    assert [dialog.combos[r].currentText() for r in ("text", "group", "theme")] == ["TEKST", "GROEP", "THEMA"]
    assert column(dialog, 1) == [r[0] for r in REACTIONS]
    dialog.reject()
    assert len(meeting.notes) == count


def test_a_file_that_cannot_be_read_gives_one_message(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr("bricoleur_desk.ui.main_window.show_error", lambda _p, _t, text: shown.append(text))
    binary = tmp_path / "foto.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    assert window.import_reactions_from(binary) is None
    assert len(shown) == 1 and "foto.csv" in shown[0] and "binary" in shown[0]
