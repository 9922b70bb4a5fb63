"""The people register: who came, how to reach them, and whether (and how) they consented.

Everything here is internal: the register is never on the projector and never in the public
report. Every change is one undoable step through ``workspace.commands``, saved at once.
The quick entry row under the table is for typing a filled-in sign-in sheet back in, keyboard
only: name Tab group Tab contact Tab (space: consent) Enter, and the cursor is back on the name.
A ticked consent is dated on the meeting's day and recorded as given on the sign-in sheet.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import ConsentWay, Person
from ..workspace import commands, people
from ..workspace.session import DossierSession

_COLUMNS = 7


def consent_way_name(way: ConsentWay | None) -> str:
    """How consent was given, in the interface language ('' when not recorded)."""
    if way is None:
        return ""
    names = {
        ConsentWay.SIGN_IN_SHEET: QCoreApplication.translate("PeopleRegister", "sign-in sheet"),
        ConsentWay.EMAIL: QCoreApplication.translate("PeopleRegister", "e-mail"),
        ConsentWay.IN_PERSON: QCoreApplication.translate("PeopleRegister", "in person"),
    }
    return names[way]


def day_text(value: date) -> str:
    """'4-12-2026': the Dutch short date."""
    return f"{value.day}-{value.month}-{value.year}"


class PersonEditDialog(QDialog):
    """One person's details and consent; OK is one undoable edit."""

    def __init__(self, person: Person, default_date: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personEditDialog")
        self.name_edit = QLineEdit(person.name)
        self.name_edit.setObjectName("personName")
        self.group_edit = QLineEdit(person.group or "")
        self.group_edit.setObjectName("personGroup")
        self.email_edit = QLineEdit(person.email or "")
        self.email_edit.setObjectName("personEmail")
        self.phone_edit = QLineEdit(person.phone or "")
        self.phone_edit.setObjectName("personPhone")
        self.consent_box = QCheckBox()
        self.consent_box.setObjectName("personConsent")
        self.consent_box.setChecked(person.consent_contact)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("personConsentDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d-M-yyyy")
        when = person.consent_date or default_date
        self.date_edit.setDate(QDate(when.year, when.month, when.day))
        self.how_box = QComboBox()
        self.how_box.setObjectName("personConsentHow")
        for way in (None, *ConsentWay):
            self.how_box.addItem(consent_way_name(way) or "—", way)
        self.how_box.setCurrentIndex(self.how_box.findData(person.consent_how))
        self.consent_box.toggled.connect(self._consent_toggled)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Group or street"), self.group_edit)
        form.addRow(self.tr("&E-mail"), self.email_edit)
        form.addRow(self.tr("&Phone"), self.phone_edit)
        form.addRow(self.tr("&May be contacted"), self.consent_box)
        form.addRow(self.tr("Consent &date"), self.date_edit)
        form.addRow(self.tr("Consent given &how"), self.how_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Person"))
        self.how_box.setAccessibleName(self.tr("Consent given how"))
        self.date_edit.setAccessibleName(self.tr("Consent date"))
        self.setMinimumWidth(460)  # an e-mail address shows whole
        self._consent_given = person.consent_date is not None

    def _consent_toggled(self, on: bool) -> None:
        if on and self.how_box.currentData() is None:
            self.how_box.setCurrentIndex(self.how_box.findData(ConsentWay.IN_PERSON))

    def fields(self) -> people.PersonFields:
        recorded = (
            self.consent_box.isChecked() or self.how_box.currentData() is not None or self._consent_given
        )
        return people.PersonFields(
            name=self.name_edit.text(),
            group=self.group_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            consent_contact=self.consent_box.isChecked(),
            consent_date=self.date_edit.date().toPython() if recorded else None,
            consent_how=self.how(),
        )

    def how(self) -> ConsentWay | None:
        data = self.how_box.currentData()  # Qt hands a StrEnum back as a plain str
        return ConsentWay(data) if data else None


class PeopleRegister(QDialog):
    """The dossier's people in a table, a quick entry row under it, edit and remove."""

    signInSheetRequested = Signal()

    def __init__(
        self, session: DossierSession, meeting_date: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("peopleRegister")
        self._session = session
        self.meeting_date = meeting_date or date.today()
        self.table = QTableWidget(0, _COLUMNS)
        self.table.setObjectName("peopleTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())

        self.quick_name = QLineEdit()
        self.quick_name.setObjectName("quickName")
        self.quick_group = QLineEdit()
        self.quick_group.setObjectName("quickGroup")
        self.quick_contact = QLineEdit()
        self.quick_contact.setObjectName("quickContact")
        self.quick_consent = QCheckBox()
        self.quick_consent.setObjectName("quickConsent")
        self.add_button = QPushButton()
        self.add_button.setObjectName("quickAdd")
        self.add_button.setDefault(True)  # Enter anywhere in the quick row adds
        self.add_button.clicked.connect(self.add_from_quick_row)
        quick = QHBoxLayout()
        for widget, stretch in (
            (self.quick_name, 3),
            (self.quick_group, 2),
            (self.quick_contact, 3),
            (self.quick_consent, 0),
            (self.add_button, 0),
        ):
            quick.addWidget(widget, stretch)
        self.quick_hint = QLabel()
        self.quick_hint.setObjectName("quickHint")
        self.quick_hint.setWordWrap(True)

        self.edit_button = QPushButton()
        self.edit_button.setObjectName("personEdit")
        self.edit_button.clicked.connect(self.edit_current)
        self.edit_button.setAutoDefault(False)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("personRemove")
        self.remove_button.clicked.connect(self.remove_current)
        self.remove_button.setAutoDefault(False)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("peopleUndo")
        self.undo_button.clicked.connect(session.undo)
        self.undo_button.setAutoDefault(False)
        self.sheet_button = QPushButton()
        self.sheet_button.setObjectName("peopleSignInSheet")
        self.sheet_button.clicked.connect(self.signInSheetRequested)
        self.sheet_button.setAutoDefault(False)
        self.close_button = QPushButton()
        self.close_button.setObjectName("peopleClose")
        self.close_button.clicked.connect(self.accept)
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.remove_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.close_button)
        self.status = QLabel()
        self.status.setObjectName("peopleStatus")

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.quick_hint)
        layout.addLayout(quick)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, session.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, session.redo)
        QShortcut(QKeySequence("F2"), self.table, self.edit_current)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_current)
        for edit in (self.quick_name, self.quick_group, self.quick_contact):
            edit.installEventFilter(self)
        self._unsubscribe = session.subscribe(lambda _changed: self.refresh())
        self.finished.connect(lambda _result: self._unsubscribe())
        self.setTabOrder(self.quick_name, self.quick_group)
        self.setTabOrder(self.quick_group, self.quick_contact)
        self.setTabOrder(self.quick_contact, self.quick_consent)
        self.setTabOrder(self.quick_consent, self.add_button)
        self.retranslate()
        self.refresh()
        self.resize(900, 520)
        self.quick_name.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Ctrl+Z in an empty quick field undoes the last register step, not the field's typing
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
            and not watched.text()
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    # what is shown ----------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.current_person_id()
        everyone = self._session.dossier.people
        self.table.setRowCount(len(everyone))
        for row, person in enumerate(everyone):
            cells = (
                person.name,
                person.group or "",
                person.email or "",
                person.phone or "",
                self.tr("yes") if person.consent_contact else self.tr("no"),
                day_text(person.consent_date) if person.consent_date else "",
                consent_way_name(person.consent_how),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(row, column, item)
            if person.id == selected:
                self.table.selectRow(row)
        self.undo_button.setEnabled(self._session.history.can_undo())
        read_only = self._session.read_only
        for widget in (
            self.quick_name,
            self.quick_group,
            self.quick_contact,
            self.quick_consent,
            self.add_button,
        ):
            widget.setEnabled(not read_only)
        self.edit_button.setEnabled(not read_only and bool(everyone))
        self.remove_button.setEnabled(not read_only and bool(everyone))

    def current_person_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select_person(self, person_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == person_id:
                self.table.selectRow(row)
                self.table.setCurrentCell(row, 0)
                return

    # changes ----------------------------------------------------------------------------------
    def add_from_quick_row(self) -> str | None:
        """Add what the quick row holds; the row is emptied and the cursor is back on the name."""
        name = self.quick_name.text().strip()
        if not name:
            self.quick_name.setFocus()
            return None
        email, phone = people.split_contact(self.quick_contact.text())
        consent = self.quick_consent.isChecked()
        fields = people.PersonFields(
            name=name,
            group=self.quick_group.text(),
            email=email,
            phone=phone,
            consent_contact=consent,
            consent_date=self.meeting_date if consent else None,
            consent_how=ConsentWay.SIGN_IN_SHEET if consent else None,
        )
        person_id = commands.create(self._session, people.add_person, fields)
        if person_id is not None:
            for edit in (self.quick_name, self.quick_group, self.quick_contact):
                edit.clear()
            self.quick_consent.setChecked(False)
            self.status.setText(self.tr("Added: {0}").format(name))
        self.quick_name.setFocus()
        return person_id

    def edit_current(self) -> bool:
        person_id = self.current_person_id()
        if person_id is None or self._session.read_only:
            return False
        dialog = PersonEditDialog(self._session.document.get(person_id), self.meeting_date, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return commands.run(self._session, people.edit_person, person_id, dialog.fields())

    def remove_current(self) -> bool:
        person_id = self.current_person_id()
        if person_id is None or self._session.read_only:
            return False
        name = self._session.document.get(person_id).name
        if commands.run(self._session, people.remove_person, person_id):
            self.status.setText(self.tr("Removed: {0} (Ctrl+Z brings them back)").format(name))
            return True
        return False

    # language ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("People register (internal)"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Group or street"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("May be contacted"),
                self.tr("Since"),
                self.tr("How"),
            ]
        )
        self.quick_name.setPlaceholderText(self.tr("Name"))
        self.quick_group.setPlaceholderText(self.tr("Group or street"))
        self.quick_contact.setPlaceholderText(self.tr("E-mail or phone"))
        # a placeholder is gone once typing starts: the name a screen reader says stays
        self.quick_name.setAccessibleName(self.tr("New person: name"))
        self.quick_group.setAccessibleName(self.tr("New person: group or street"))
        self.quick_contact.setAccessibleName(self.tr("New person: e-mail or phone"))
        self.table.setAccessibleName(self.tr("People"))
        self.quick_consent.setText(self.tr("May be &contacted"))
        self.add_button.setText(self.tr("&Add"))
        self.quick_hint.setText(
            self.tr(
                "Typing in a sign-in sheet: name Tab group Tab e-mail or phone Tab Space (consent) Enter. "
                "Consent is dated on the meeting's day ({0}), given on the sign-in sheet."
            ).format(day_text(self.meeting_date))
        )
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.undo_button.setText(self.tr("&Undo"))
        self.sheet_button.setText(self.tr("&Print sign-in sheet…"))
        self.close_button.setText(self.tr("Close"))
        self.refresh()


class PersonPicker(QDialog):
    """Choose one person of the register: the deliberate act of linking a person to a note."""

    def __init__(
        self, everyone: list[Person], current: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personPicker")
        self.setWindowTitle(self.tr("Link a person"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("personPickerFilter")
        self.filter_edit.setPlaceholderText(self.tr("Type to find a name"))
        self.box = QComboBox()
        self.box.setObjectName("personPickerBox")
        self._everyone = sorted(everyone, key=lambda p: p.name.casefold())
        self.filter_edit.textChanged.connect(self._fill)
        self._fill("")
        if current is not None:
            self.box.setCurrentIndex(max(0, self.box.findData(current)))
        note = QLabel(
            self.tr(
                "The note keeps its group; the person's name is internal: never on the projector or in the public report."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.box)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _fill(self, text: str) -> None:
        self.box.clear()
        for person in self._everyone:
            if text.casefold() in person.name.casefold():
                shown = f"{person.name} ({person.group})" if person.group else person.name
                self.box.addItem(shown, person.id)

    def person_id(self) -> str | None:
        return self.box.currentData()
