"""The register window driven from the Dossier menu with the keyboard, and the promise editor picking from it."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QSettings, Qt

from bricoleur_desk.domain.model import ColleagueKind, WorkKind
from bricoleur_desk.storage import create_dossier
from bricoleur_desk.ui.colleagues.register_window import ColleaguesRegister
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.promises.register_dialog import PromisesRegister
from bricoleur_desk.ui.settings import Settings
from bricoleur_desk.workspace.files import load_dossier

from .sample import TODAY, register_dossier


@pytest.fixture
def dossier_file(tmp_path: Path) -> Path:
    path = tmp_path / "linde.bricoleur"
    create_dossier(path, register_dossier()).close()
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path, dossier_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    window.open_exports = False
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(dossier_file)
    return window


def _register(window: MainWindow, qtbot) -> ColleaguesRegister:  # type: ignore[no-untyped-def]
    action = window.colleagues.register_action
    assert action in window.commands.file_menu.actions() and action.isEnabled()
    action.trigger()
    register = window.colleagues.register
    assert register is not None
    qtbot.waitExposed(register)
    register.activateWindow()
    qtbot.waitUntil(register.isActiveWindow)
    return register


def _in_file(window: MainWindow):  # type: ignore[no-untyped-def]
    """What the file holds, read beside the window that has it open (after the session's flush)."""
    window.opened.session.flush()
    return load_dossier(window.opened.path)


def _cells(table, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_colleagues_are_typed_in_with_the_keyboard_and_saved_at_once(window, qtbot, dossier_file: Path) -> None:  # type: ignore[no-untyped-def]
    register = _register(window, qtbot)
    tab = register.colleagues
    assert _cells(tab.table, 2)[:4] == ["Sanne Bakker", "colleague", "Team Verkeer", "verkeerskundige"]
    qtbot.waitUntil(tab.name_edit.hasFocus)  # typing starts at once
    qtbot.keyClicks(tab.name_edit, "Joost Hendriks")
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Tab)  # kind: colleague
    qtbot.keyClick(register.focusWidget(), Qt.Key.Key_Tab)  # department
    tab.department_box.setCurrentIndex(tab.department_box.findData("groen"))
    qtbot.keyClicks(tab.role_edit, "boomverzorger")
    qtbot.keyClick(tab.role_edit, Qt.Key.Key_Return)
    entry = window.opened.session.dossier.colleagues[-1]
    assert (entry.name, entry.kind, entry.department_id, entry.role) == (
        "Joost Hendriks", ColleagueKind.COLLEAGUE, "groen", "boomverzorger",
    )  # fmt: skip
    assert tab.name_edit.text() == "" and tab.name_edit.hasFocus()  # ready for the next one
    assert _in_file(window).colleagues[-1] == entry  # committed at once
    # a department: the department list is not asked
    tab.kind_box.setCurrentIndex(tab.kind_box.findData(ColleagueKind.DEPARTMENT))
    assert not tab.department_box.isEnabled()
    qtbot.keyClicks(tab.name_edit, "Team Afval")
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    assert window.opened.session.dossier.colleagues[-1].kind == ColleagueKind.DEPARTMENT
    assert tab.table.rowCount() == 6
    qtbot.keyClick(register, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo in the window
    assert tab.table.rowCount() == 5 and _in_file(window).colleagues[-1].name == "Joost Hendriks"


def test_removing_and_renaming_follow_into_the_promises(window, qtbot, dossier_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    register = _register(window, qtbot)
    tab = register.colleagues
    tab.select("groen")
    tab.table.setFocus()
    from bricoleur_desk.ui.colleagues import register_tabs

    class Renamed(register_tabs.ColleagueDialog):
        def exec(self) -> int:  # the adviser types the new name and presses OK
            self.name_edit.setText("Team Groen en Water")
            return 1

    monkeypatch.setattr(register_tabs, "ColleagueDialog", Renamed)
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    assert {p.owner for p in _in_file(window).promises if p.owner_id == "groen"} == {"Team Groen en Water"}
    tab.select("sanne")
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "Sanne Bakker" in register.status.text()
    saved = _in_file(window)
    assert "sanne" not in {c.id for c in saved.colleagues}
    assert next(p for p in saved.promises if p.id == "p-drempel").owner == "Team Verkeer"


def test_planned_works_tab(window, qtbot, dossier_file: Path) -> None:  # type: ignore[no-untyped-def]
    register = _register(window, qtbot)
    register.tabs.setCurrentWidget(register.works)
    works = register.works
    assert _cells(works.table, 0) == ["Rioolvervanging Lindestraat", "planned work", "najaar 2027", "€ 900.000", "Team Verkeer", "2"]
    qtbot.waitUntil(works.title_edit.hasFocus)
    qtbot.keyClicks(works.title_edit, "Herinrichting schoolplein")
    works.kind_box.setCurrentIndex(works.kind_box.findData(WorkKind.PROJECT))
    qtbot.keyClicks(works.period_edit, "zomer 2027")
    works.owner_box.setCurrentIndex(works.owner_box.findData("groen"))
    qtbot.keyClick(works.period_edit, Qt.Key.Key_Return)
    added = _in_file(window).planned_works[-1]
    assert (added.title, added.kind, added.period, added.owner_id) == (
        "Herinrichting schoolplein", WorkKind.PROJECT, "zomer 2027", "groen",
    )  # fmt: skip


def test_the_action_list_for_the_selected_department_from_the_window(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    register = _register(window, qtbot)
    register.today = lambda: TODAY
    register.colleagues.select("groen")
    result = register.write_action_list(tmp_path / "groen.pdf")
    assert result is not None and result.items == 2
    assert "Team Groen" in register.status.text()
    with pdfplumber.open(result.path) as pdf:
        text = " ".join((pdf.pages[0].extract_text() or "").split())
    assert "Plantplan rondsturen" in text and "Drempels" not in text


def test_the_promise_editor_picks_its_owner_from_the_register(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.open_promises()
    promises: PromisesRegister = window.promises.register
    promises.select("p-bomen")
    editor = promises.editor
    names = [editor.owner_box.itemText(i) for i in range(editor.owner_box.count())]
    assert names == ["Sanne Bakker", "Team Groen", "Team Verkeer", "Wijkmanager Zuid"]
    assert editor.owner_edit.text() == "Team Groen"
    editor.owner_box.setCurrentIndex(names.index("Sanne Bakker"))
    editor.work_box.setCurrentIndex(editor.work_box.findData("vergroening"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    promise = window.opened.session.document.get("p-bomen")
    assert (promise.owner_id, promise.owner, promise.work_id) == ("sanne", "Sanne Bakker", "vergroening")
    # a name the register does not know joins it on the spot
    editor.owner_edit.setText("Team Afval")
    qtbot.keyClick(editor.owner_edit, Qt.Key.Key_Return)
    entry = window.opened.session.dossier.colleagues[-1]
    assert entry.name == "Team Afval" and promise.owner_id == entry.id
    assert editor.owner_edit.text() == "Team Afval"


def test_the_promises_register_filters_by_department_with_its_colleagues(window) -> None:  # type: ignore[no-untyped-def]
    window.open_promises()
    promises: PromisesRegister = window.promises.register
    owners = [promises.owner_filter.itemText(i) for i in range(1, promises.owner_filter.count())]
    assert owners == ["Sanne Bakker", "Team Groen", "Team Verkeer", "Wijkmanager Zuid"]
    promises.owner_filter.setCurrentIndex(promises.owner_filter.findData("Team Verkeer"))
    assert promises.shown_ids() == ["p-drempel", "p-kerk"]  # Sanne Bakker works in Team Verkeer
    promises.owner_filter.setCurrentIndex(promises.owner_filter.findData("Sanne Bakker"))
    assert promises.shown_ids() == ["p-drempel"]
