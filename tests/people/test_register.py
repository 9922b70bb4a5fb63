"""The people register: quick keyboard entry, edit and consent, remove, undo, and the file reopened."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from bricoleur_desk.domain.model import ConsentWay, Person
from bricoleur_desk.storage import read_dossier_file
from bricoleur_desk.ui.main_window import MainWindow
from bricoleur_desk.ui.people_register import PeopleRegister, PersonEditDialog

MEETING_DAY = date(2026, 11, 26)  # the demo's latest meeting


def answer(kind: type[QWidget], act: Callable[[QWidget], None], tries: int = 250) -> list[str]:
    """When a modal ``kind`` shows within ``tries`` x 20 ms, do ``act`` with it (it blocks the test)."""
    seen: list[str] = []

    def attempt(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            seen.append(widget.objectName())
            act(widget)
        elif left > 0:
            QTimer.singleShot(20, lambda: attempt(left - 1))

    QTimer.singleShot(20, lambda: attempt(tries))
    return seen


def open_register(qtbot, window: MainWindow, path: Path) -> PeopleRegister:  # type: ignore[no-untyped-def]
    assert window.open_path(path)
    action = window.findChild(type(window.commands.export_person), "actionPeopleRegister")
    assert action is not None and action in window.commands.file_menu.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    register = window.people.show_register(modal=False)
    assert register is not None
    qtbot.waitExposed(register)
    register.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is register.quick_name)
    return register


def type_row(qtbot, name: str, group: str, contact: str, consent: bool) -> None:  # type: ignore[no-untyped-def]
    """Keyboard only, to whatever has the focus: name Tab group Tab contact Tab (Space) Enter."""

    def keys(text: str) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), text)

    def key(k: Qt.Key) -> None:
        qtbot.keyClick(QApplication.focusWidget(), k)

    keys(name)
    key(Qt.Key.Key_Tab)
    keys(group)
    key(Qt.Key.Key_Tab)
    keys(contact)
    key(Qt.Key.Key_Tab)
    if consent:
        key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Return)


def by_name(people: list[Person], name: str) -> Person:
    return next(p for p in people if p.name == name)


def test_three_people_typed_in_from_the_sheet_keyboard_only(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    register = open_register(qtbot, window, demo_file)
    before = len(window.opened.session.dossier.people)
    type_row(qtbot, "Noor Bakker", "Schoolstraat", "noor@example.nl", True)
    assert QApplication.focusWidget() is register.quick_name  # back on the name, row emptied
    assert register.quick_name.text() == "" and not register.quick_consent.isChecked()
    type_row(qtbot, "Henk de Wit", "Parkstraat", "06-11122233", False)
    type_row(qtbot, "Sanne Visser", "Lindelaan", "", True)
    people = window.opened.session.dossier.people
    assert len(people) == before + 3
    assert register.table.rowCount() == before + 3
    noor = by_name(people, "Noor Bakker")
    assert (noor.group, noor.email, noor.phone, noor.consent_contact) == (
        "Schoolstraat",
        "noor@example.nl",
        None,
        True,
    )
    assert (noor.consent_date, noor.consent_how) == (MEETING_DAY, ConsentWay.SIGN_IN_SHEET)
    henk = by_name(people, "Henk de Wit")
    assert (henk.email, henk.phone, henk.consent_contact, henk.consent_date, henk.consent_how) == (
        None,
        "06-11122233",
        False,
        None,
        None,
    )
    sanne = by_name(people, "Sanne Visser")
    assert sanne.consent_contact and sanne.email is None and sanne.phone is None
    # an empty name adds nobody
    qtbot.keyClick(register.quick_name, Qt.Key.Key_Return)
    assert len(people) == before + 3
    # saved at once: the file holds all three
    window.opened.session.flush()
    stored = read_dossier_file(demo_file).people
    assert {"Noor Bakker", "Henk de Wit", "Sanne Visser"} <= {p.name for p in stored}
    register.close()


def test_edit_consent_undo_redo_and_reopen(
    qtbot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    register = open_register(qtbot, window, demo_file)
    type_row(qtbot, "Noor Bakker", "Schoolstraat", "noor@example.nl", False)
    session = window.opened.session
    noor = by_name(session.dossier.people, "Noor Bakker")
    register.select_person(noor.id)
    assert register.current_person_id() == noor.id

    def give_consent_by_email(dialog: PersonEditDialog) -> None:
        assert dialog.name_edit.text() == "Noor Bakker"
        dialog.phone_edit.setText("06-99988877")
        dialog.consent_box.setChecked(True)
        dialog.date_edit.setDate(QDate(2026, 12, 1))
        dialog.how_box.setCurrentIndex(dialog.how_box.findData(ConsentWay.EMAIL))
        dialog.accept()

    seen = answer(PersonEditDialog, give_consent_by_email)
    assert register.edit_current()
    assert seen == ["personEditDialog"]
    assert (noor.phone, noor.consent_contact, noor.consent_date, noor.consent_how) == (
        "06-99988877",
        True,
        date(2026, 12, 1),
        ConsentWay.EMAIL,
    )
    shown = {register.table.item(r, 0).text(): r for r in range(register.table.rowCount())}
    r = shown["Noor Bakker"]
    assert register.table.item(r, 5).text() == "1-12-2026"  # the date as the table shows it

    # one undo step for the whole edit, from the register's own Undo (Ctrl+Z in the dialog)
    register.activateWindow()
    qtbot.waitUntil(register.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (noor.phone, noor.consent_contact, noor.consent_date, noor.consent_how) == (
        None,
        False,
        None,
        None,
    )
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, shift)
    assert noor.consent_how is ConsentWay.EMAIL

    # reopened from the file: what was edited is there
    register.close()
    assert window.close_dossier()
    stored = by_name(read_dossier_file(demo_file).people, "Noor Bakker")
    assert (stored.phone, stored.consent_contact, stored.consent_date, stored.consent_how) == (
        "06-99988877",
        True,
        date(2026, 12, 1),
        ConsentWay.EMAIL,
    )
    register = open_register(qtbot, window, demo_file)
    assert "Noor Bakker" in [register.table.item(r, 0).text() for r in range(register.table.rowCount())]
    register.close()


def test_remove_keeps_the_notes_group_and_undo_brings_the_link_back(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    register = open_register(qtbot, window, demo_file)
    session = window.opened.session
    linked = [(m, n) for m in session.dossier.meetings for n in m.notes if n.raised_by is not None]
    assert linked, "the demo links a note to a person"
    meeting, note = linked[0]
    person = session.dossier.person(note.raised_by)
    register.select_person(person.id)
    assert register.remove_current()
    assert person.id not in {p.id for p in session.dossier.people}
    assert note.raised_by is None and note.raised_by_group  # the group stays (or the person's)
    assert person.name in register.status.text()
    register.undo_button.click()
    assert session.dossier.person(person.id).name == person.name
    assert note.raised_by == person.id
    register.close()


def test_the_menu_and_its_shortcut_open_the_register_over_the_window(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    assert window.open_path(demo_file)
    seen = answer(PeopleRegister, lambda register: register.accept())
    window.people.register_action.trigger()
    assert seen == ["peopleRegister"]
    # the register's changes are the window's undo steps too, named in the interface language
    register = window.people.register
    assert register is not None
    register.quick_name.setText("Noor Bakker")
    register.add_from_quick_row()
    assert window.opened.session.history.undo_label() == "Add person"
    window.commands.undo.trigger()
    assert "Noor Bakker" not in {p.name for p in window.opened.session.dossier.people}
