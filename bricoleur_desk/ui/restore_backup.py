"""Dossier → Restore…: the dossier's rolling backups listed, one chosen and put back.

The list shows when each backup was made, the evening it holds (the meeting last written to)
and its number of notes. Restoring closes the dossier, keeps the file as it was as a backup
too (nothing is lost: restoring that one undoes the restore), puts the chosen backup back and
opens the dossier again.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..workspace.backups import Backup, list_backups, restore_backup
from .errors import show_error
from .messages import user_text

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)
MESSAGE_MS = 10_000


class RestoreDialog(QDialog):
    """The backups, newest first; Restore puts the selected one back."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.backups = backups
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore = QPushButton()
        self.restore.setObjectName("restoreButton")
        self.buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.accept())
        self.resize(760, 420)
        self.retranslate()
        if backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._selection_changed()

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return None if item is None else Path(item.data(0, Qt.ItemDataRole.UserRole))

    def _selection_changed(self) -> None:
        self.restore.setEnabled(self.list.currentItem() is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self.text.setText(
            self.tr(
                "A backup is made every ten minutes of an evening with changes and before the file is "
                "updated; the last {0} are kept. The dossier as it is now is kept as a backup too."
            ).format(20)
            if self.backups
            else self.tr("There are no backups of this dossier yet: one is made every ten minutes of an evening with changes.")
        )
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Evening"), self.tr("Notes"), self.tr("Why")])
        self.restore.setText(self.tr("&Restore"))
        current = self.chosen()
        self.list.clear()
        for backup in self.backups:
            item = QTreeWidgetItem(
                [
                    backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                    self._evening(backup),
                    "?" if backup.notes is None else str(backup.notes),
                    self._reason(backup.reason),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            if current == backup.path:
                self.list.setCurrentItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)

    def _evening(self, backup: Backup) -> str:
        if backup.evening is None:
            return self.tr("(cannot be read)") if backup.notes is None else ""
        when = backup.evening_date.isoformat() if backup.evening_date else ""
        return f"{backup.evening} ({when})" if when else backup.evening

    def _reason(self, reason: str) -> str:
        if reason == "evening":
            return self.tr("during the evening")
        if reason == "restore":
            return self.tr("before a restore")
        if reason.startswith("update-"):
            return self.tr("before an update")
        return reason


class Restoring(QObject):
    """The window's Dossier → Restore… command."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.commands.restore.triggered.connect(lambda: self.restore())

    def tr(self, text: str) -> str:  # type: ignore[override]
        return QCoreApplication.translate("Restoring", text)

    def restore(self) -> Path | None:
        """Choose a backup and put it back; returns the backup of the dossier as it was."""
        window = self._window
        opened = window.opened
        if opened is None:
            return None
        if opened.read_only:
            show_error(window, self.tr("Cannot restore"), self.tr("The dossier is read-only here."))
            return None
        path, dossier_id = opened.path, opened.session.dossier.id
        dialog = RestoreDialog(list_backups(dossier_id), window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return None
        backup = dialog.chosen()
        assert backup is not None
        meeting_id = window.workspace.meeting_id if window.workspace is not None else None
        if not window.close_dossier():
            return None
        try:
            kept = restore_backup(path, dossier_id, backup)
        except Exception as error:  # noqa: BLE001 - shown to the user, and logged
            log.warning("could not restore %s from %s: %s", path, backup, error)
            show_error(window, self.tr("Cannot restore"), user_text(error))
            window.open_path(path, meeting_id)
            return None
        if window.open_path(path, meeting_id):
            window.statusBar().showMessage(
                self.tr("Restored the backup of {0}; the dossier as it was is kept as a backup too.").format(
                    dialog.list.currentItem().text(0)
                ),
                MESSAGE_MS,
            )
        return kept
