"""Dialogs for residents' rights: pick a person (to export or erase), the retention date and
the notice that it has passed. They only ask; ``person_rights`` does the work through workspace."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Person

PERSON_ID_ROLE = 256  # Qt.ItemDataRole.UserRole


class SavePathRow(QWidget):
    """A JSON file to write: a line to type in, and Browse… for the usual dialog."""

    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(str(suggested))
        self.edit.setObjectName("savePath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)
        self.retranslate()

    def path(self) -> Path:
        return Path(self.edit.text().strip()).expanduser()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), self.edit.text(), "JSON (*.json)")
        if name:
            self.edit.setText(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.browse.setText(self.tr("Browse…"))
        self.edit.setAccessibleName(self.tr("Save as"))


class PersonDialog(QDialog):
    """Choose one person of the dossier; for an export also the file to write."""

    def __init__(
        self, people: list[Person], *, erase: bool, suggested: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("erasePersonDialog" if erase else "exportPersonDialog")
        self._erase = erase
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.people = QListWidget()
        self.people.setObjectName("people")
        for person in sorted(people, key=lambda p: p.name.casefold()):
            shown = f"{person.name} — {person.group}" if person.group else person.name
            item = QListWidgetItem(shown)
            item.setData(PERSON_ID_ROLE, person.id)
            self.people.addItem(item)
        self.people.setCurrentRow(0)
        self.people.itemDoubleClicked.connect(lambda _item: self.accept())
        self.target = None if erase else SavePathRow(suggested or Path.home() / "person.json")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.people, 1)
        if self.target is not None:
            self.target_label = QLabel()
            layout.addWidget(self.target_label)
            layout.addWidget(self.target)
        layout.addWidget(self.buttons)
        self.resize(480, 420)
        self.retranslate()

    def person_id(self) -> str | None:
        item = self.people.currentItem()
        return None if item is None else item.data(PERSON_ID_ROLE)

    def choose(self, person_id: str) -> None:
        """Select the person with this id (tests, and a register that opens the dialog)."""
        for row in range(self.people.count()):
            if self.people.item(row).data(PERSON_ID_ROLE) == person_id:
                self.people.setCurrentRow(row)
                return
        raise KeyError(person_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.people.setAccessibleName(self.tr("People"))
        if self._erase:
            self.setWindowTitle(self.tr("Erase a person"))
            self.intro.setText(
                self.tr("Whom should the dossier forget? You will be asked to confirm; it cannot be undone.")
            )
            ok.setText(self.tr("Erase…"))
        else:
            self.setWindowTitle(self.tr("Export a person's data"))
            self.intro.setText(
                self.tr(
                    "Everything the dossier holds about one resident, as a JSON file: their details, "
                    "the notes they raised and every text that names them. Other residents named in "
                    "those texts are masked. Check the file before you send it."
                )
            )
            self.target_label.setText(self.tr("Save as:"))
            ok.setText(self.tr("Export"))


class RetentionDialog(QDialog):
    """Dossier → Retention date…: until when the dossier may keep its residents' personal data."""

    def __init__(self, until: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.keep = QCheckBox()
        self.keep.setObjectName("retentionKeep")
        self.keep.setChecked(until is not None)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("retentionDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        shown = until or date(date.today().year + 2, 12, 31)
        self.date_edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.date_edit.setEnabled(until is not None)
        self.keep.toggled.connect(self.date_edit.setEnabled)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.keep)
        row.addWidget(self.date_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.retranslate()

    def until(self) -> date | None:
        if not self.keep.isChecked():
            return None
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Retention date"))
        self.intro.setText(
            self.tr(
                "After this date the dossier may no longer keep residents' names and contact details. "
                "Opening it then offers to export and erase them."
            )
        )
        self.keep.setText(self.tr("Keep personal data until"))
        self.date_edit.setAccessibleName(self.tr("Keep personal data until"))


class RetentionPassedDialog(QDialog):
    """On opening a dossier past its retention date: export, then erase everyone's personal data."""

    def __init__(self, until: date, people: int, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionPassedDialog")
        self._until, self._people = until, people
        self.choice = "later"  # "export_erase", "erase" or "later"
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.target_label = QLabel()
        self.target = SavePathRow(suggested)
        self.buttons = QDialogButtonBox()
        self.export_erase = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_erase.setObjectName("exportThenErase")
        self.erase_only = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_only.setObjectName("eraseWithoutExport")
        self.later = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.later.setObjectName("notNow")
        self.later.setDefault(True)
        self.export_erase.clicked.connect(lambda: self._done("export_erase"))
        self.erase_only.clicked.connect(lambda: self._done("erase"))
        self.later.clicked.connect(lambda: self._done("later"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.target_label)
        layout.addWidget(self.target)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 240)
        self.retranslate()

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.reject() if choice == "later" else self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Retention date passed"))
        self.text.setText(
            self.tr(
                "This dossier's retention date, {0}, has passed, and it still holds the personal data "
                "of {1} people. Export their data for the archive if your municipality keeps it, then "
                "erase it: names, e-mail addresses and phone numbers are removed and masked in every "
                "text. The notes, promises and sketches stay. Erasing cannot be undone."
            ).format(self._until.isoformat(), self._people)
        )
        self.target_label.setText(self.tr("Export to:"))
        self.export_erase.setText(self.tr("Export, then erase"))
        self.erase_only.setText(self.tr("Erase without export"))
        self.later.setText(self.tr("Not now"))
