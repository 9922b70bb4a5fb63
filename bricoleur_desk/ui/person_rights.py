"""Residents' rights in the window: export a person's data, erase a person, the retention date.

Dossier → Export a person's data… and Erase a person… ask through ``rights_dialogs`` and do the
work through ``workspace`` (never storage): an erasure is confirmed once and cannot be undone.
On opening a dossier past its retention date that still holds people, a notice offers to
export their data and then erase it.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from ..domain.model import Person
from ..workspace import commands
from ..workspace.erasure import Erasure, erase_people
from ..workspace.opened import OpenDossier
from ..workspace.person_files import write_everyone, write_person
from ..workspace.rights import retention_passed, set_retention
from .errors import show_error
from .rights_dialogs import PersonDialog, RetentionDialog, RetentionPassedDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)
MESSAGE_MS = 10_000


class PersonRights(QObject):
    """The window's commands for access, erasure and retention; wired to its actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        actions = window.commands
        actions.export_person.triggered.connect(self.export_person)
        actions.erase_person.triggered.connect(self.erase_person)
        actions.retention.triggered.connect(self.edit_retention)

    def tr(self, text: str) -> str:  # type: ignore[override]
        return QCoreApplication.translate("PersonRights", text)

    @property
    def _opened(self) -> OpenDossier | None:
        return self._window.opened

    # access ---------------------------------------------------------------------------------
    def export_person(self) -> Path | None:
        """Dossier → Export a person's data…: one resident's data as a JSON file."""
        opened = self._opened
        if opened is None or not self._anyone(opened):
            return None
        words = self.tr("personal data")  # in the suggested file name
        suggested = opened.path.with_name(f"{opened.path.stem} - {words}.json")
        dialog = PersonDialog(opened.session.dossier.people, erase=False, suggested=suggested, parent=self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.person_id() is None:
            return None
        assert dialog.target is not None
        target = dialog.target.path()
        try:
            write_person(opened.session.dossier, dialog.person_id(), target, inputs=[opened.path])
        except Exception as error:  # noqa: BLE001 - shown to the user, and logged
            log.warning("could not export a person's data to %s: %s", target, error)
            show_error(self._window, self.tr("Cannot export"), str(error))
            return None
        self._say(self.tr("Exported to {0}").format(target))
        return target

    # erasure --------------------------------------------------------------------------------
    def erase_person(self) -> Erasure | None:
        """Dossier → Erase a person…: choose, confirm, erase (not undoable)."""
        opened = self._opened
        if opened is None or not self._writable(opened) or not self._anyone(opened):
            return None
        dialog = PersonDialog(opened.session.dossier.people, erase=True, parent=self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.person_id() is None:
            return None
        person = opened.session.dossier.person(dialog.person_id())
        if not self._confirm(person):
            return None
        return self._erase(opened, [person.id])

    def _confirm(self, person: Person) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase {0}?").format(person.name),
            self.tr(
                "{0} is removed from this dossier. The notes they raised keep their group ({1}); their "
                "name, e-mail address and phone number are masked in every text. The dossier's backups "
                "and its cached sketches are shredded. This cannot be undone."
            ).format(person.name, person.group or self.tr("none")),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setObjectName("confirmErasure")
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is erase

    def _erase(self, opened: OpenDossier, person_ids: list[str]) -> Erasure | None:
        try:
            report = erase_people(opened, person_ids)
        except Exception as error:  # noqa: BLE001 - shown to the user, and logged
            log.warning("could not erase %s from %s: %s", person_ids, opened.path, error)
            show_error(self._window, self.tr("Cannot erase"), str(error))
            return None
        self._window.dossier.historyChanged.emit()  # the undo history is gone
        self._say(
            self.tr(
                "Erased. {0} notes now name a group, {1} texts were masked, {2} backups and {3} cached "
                "sketch files were shredded."
            ).format(
                report.notes_relinked,
                report.objects_masked,
                len(report.backups_shredded),
                report.cache_files_shredded,
            )
        )
        return report

    # retention ------------------------------------------------------------------------------
    def edit_retention(self) -> None:
        """Dossier → Retention date…: one undoable edit."""
        opened = self._opened
        if opened is None or not self._writable(opened):
            return
        dialog = RetentionDialog(opened.session.dossier.retention_until, self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            commands.run(opened.session, set_retention, dialog.until())

    def check_retention(self, today: date | None = None) -> Erasure | None:
        """After opening: past the retention date with people still in it, offer export and erasure."""
        opened = self._opened
        if opened is None or opened.read_only:
            return None
        dossier = opened.session.dossier
        if not retention_passed(dossier, today) or dossier.retention_until is None:
            return None
        day = (today or date.today()).isoformat()
        words = self.tr("personal data")  # in the suggested file name
        suggested = opened.path.with_name(f"{opened.path.stem} - {words} {day}.json")
        dialog = RetentionPassedDialog(dossier.retention_until, len(dossier.people), suggested, self._window)
        dialog.exec()
        if dialog.choice == "later":
            return None
        if dialog.choice == "export_erase":
            target = dialog.target.path()
            try:
                write_everyone(dossier, target, inputs=[opened.path])
            except Exception as error:  # noqa: BLE001 - nothing is erased when the export failed
                log.warning("could not export the personal data to %s: %s", target, error)
                show_error(self._window, self.tr("Cannot export; nothing was erased"), str(error))
                return None
        return self._erase(opened, [p.id for p in dossier.people])

    # helpers --------------------------------------------------------------------------------
    def _anyone(self, opened: OpenDossier) -> bool:
        if opened.session.dossier.people:
            return True
        QMessageBox.information(
            self._window, self.tr("No people"), self.tr("This dossier holds nobody's personal data.")
        )
        return False

    def _writable(self, opened: OpenDossier) -> bool:
        if not opened.read_only:
            return True
        show_error(
            self._window,
            self.tr("Read-only dossier"),
            self.tr("{0} is read-only; save a copy to change it.").format(opened.path.name),
        )
        return False

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, MESSAGE_MS)
