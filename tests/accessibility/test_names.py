"""Every control a facilitator or adviser meets has a name a screen reader can say.

The main window in each phase of the evening and on the sketch roll, the registers and every
dialog of the app (the file dialogs are Qt's own and left out).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from bricoleur_desk.domain.model import Phase
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.files import write_demo

from .names import controls_shown, unnamed_controls


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    main = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    main.open_exports = False
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_path(write_demo(tmp_path / "demo.bricoleur"))
    return main


def _check(root: QWidget, least: int = 1) -> None:
    assert controls_shown(root) >= least, "the walk saw the controls"
    assert unnamed_controls(root) == [], "\n".join(unnamed_controls(root))


def test_the_start_screen(qtbot: QtBot, tmp_path: Path) -> None:
    main = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(main)
    main.show()
    _check(main, 3)


@pytest.mark.parametrize("phase", list(Phase))
def test_the_main_window_in_each_phase(qtbot: QtBot, window: MainWindow, phase: Phase) -> None:
    views = window.workspace.views
    views.phase_bar.choose(phase)
    qtbot.wait(10)
    _check(window, 8)


def test_the_sketch_roll_and_its_toolbar(qtbot: QtBot, window: MainWindow) -> None:
    views = window.workspace.views
    views.tabs.setCurrentWidget(views.sketch_tab)
    qtbot.wait(10)
    _check(views.sketch, 10)


def test_the_projector(qtbot: QtBot, window: MainWindow) -> None:
    views = window.workspace.views
    views.projector.toggle()
    qtbot.wait(10)
    assert unnamed_controls(views.projector.window) == []


def test_the_promises_and_people_registers(qtbot: QtBot, window: MainWindow) -> None:
    window.commands.promises.trigger()
    register = window.promises.register
    qtbot.waitExposed(register)
    _check(register, 4)
    people = window.people.show_register(modal=False)
    qtbot.waitExposed(people)
    _check(people, 3)


def test_the_team_archive_window_and_its_connect_dialog(qtbot: QtBot, window: MainWindow) -> None:
    """Not connected here; tests/archive/test_window.py walks it connected to a real archive."""
    window.team_archive.action.trigger()
    archive = window.team_archive.archive_window
    dialog = archive.connect_dialog
    qtbot.waitExposed(dialog)
    _check(dialog, 5)
    dialog.reject()
    for index in range(archive.tabs.count()):
        archive.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        _check(archive, 5)
    archive.reject()


def _dialogs(window: MainWindow, tmp_path: Path) -> list[QDialog]:
    from bricoleur_desk.ui.canvas.note_picker import NotePicker
    from bricoleur_desk.ui.encryption import NewPassphraseDialog
    from bricoleur_desk.ui.house_style_dialog import HouseStyleDialog
    from bricoleur_desk.ui.import_reactions_dialog import ImportReactionsDialog
    from bricoleur_desk.ui.municipality_prompt import MunicipalityNameDialog
    from bricoleur_desk.ui.people_menu import SignInSheetDialog
    from bricoleur_desk.ui.people_register import PersonEditDialog
    from bricoleur_desk.ui.report_dialog import ReportDialog
    from bricoleur_desk.ui.restore_backup import RestoreDialog
    from bricoleur_desk.ui.rights_dialogs import PersonDialog, RetentionDialog, RetentionPassedDialog
    from bricoleur_desk.workspace.reaction_files import read_table

    session = window.opened.session
    meeting = window.workspace.meeting_id
    people = list(session.dossier.people)
    csv = tmp_path / "reacties.csv"
    csv.write_text("Reactie;Straat\nMeer groen;Parkstraat\nTe hard gereden;Dorpsweg\n", encoding="utf-8")
    return [
        ReportDialog(session, tmp_path, window, open_viewer=False),
        HouseStyleDialog(session, parent=window),
        ImportReactionsDialog(session, meeting, read_table(csv), window),
        SignInSheetDialog(tmp_path / "intekenlijst.pdf", window),
        PersonEditDialog(people[0], date(2026, 11, 24), window),
        PersonDialog(people, erase=True, parent=window),
        PersonDialog(people, erase=False, suggested=tmp_path / "gegevens.zip", parent=window),
        RetentionDialog(date(2028, 12, 31), window),
        RetentionPassedDialog(date(2020, 1, 1), len(people), tmp_path / "export.zip", window),
        RestoreDialog([], window),
        NewPassphraseDialog(window),
        MunicipalityNameDialog(window),
        NotePicker(session.dossier.meeting(meeting).notes, parent=window),
    ]


def test_every_dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    unnamed = []
    for dialog in _dialogs(window, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert controls_shown(dialog) >= 1, dialog.objectName()
        unnamed += [f"{dialog.objectName()}: {c}" for c in unnamed_controls(dialog)]
        dialog.reject()
    assert unnamed == [], "\n".join(unnamed)
