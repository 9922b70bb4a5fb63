"""Encryption at rest in the window: the passphrase prompt on open, and Dossier → Encrypt….

Encrypt… works in place: the open dossier is closed, it and its ``.bak-REV`` backups are
replaced by encrypted files (each written complete beside it first, then renamed over it, the
plain bytes then overwritten; see ``storage/encryption.py``), and it is opened again. In place
rather than as a copy: a plain copy left beside the encrypted one would defeat the purpose.
The passphrase is kept only in this process's memory and is never stored.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..workspace.encryption import encrypt_in_place, is_encrypted
from .errors import show_error
from .messages import user_text

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)


class OpenCancelled(Exception):
    """The facilitator closed the passphrase prompt: nothing is opened, nothing to report."""


def ask_passphrase(parent: QWidget | None, path: Path, problem: str = "") -> str:
    """The passphrase of the encrypted dossier ``path``; after a wrong one, ``problem`` is shown first."""
    if problem:
        show_error(parent, QCoreApplication.translate("DossierEncryption", "Wrong passphrase"), problem)
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("DossierEncryption", "Encrypted dossier"),
        QCoreApplication.translate("DossierEncryption", "{0} is encrypted. Passphrase:").format(path.name),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        raise OpenCancelled
    return text


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice; OK only when both are the same and not empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setMinimumWidth(440)
        self.setWindowTitle(QCoreApplication.translate("DossierEncryption", "Encrypt dossier"))
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="passphrase")
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="passphraseAgain")
        explanation = QLabel(
            QCoreApplication.translate(
                "DossierEncryption",
                "The dossier and its backups are encrypted with this passphrase. It is not stored "
                "anywhere: without it nobody can open the dossier, you neither. Write it down and "
                "keep it somewhere safe.",
            )
        )
        explanation.setWordWrap(True)
        self.problem = QLabel(objectName="passphraseProblem")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DossierEncryption", "New passphrase:"), self.first)
        form.addRow(QCoreApplication.translate("DossierEncryption", "The same again:"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        same = self.first.text() == self.second.text()
        ok = bool(self.first.text()) and same
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.problem.setText(
            ""
            if same or not self.second.text()
            else QCoreApplication.translate("DossierEncryption", "The two passphrases differ.")
        )

    def passphrase(self) -> str:
        return self.first.text()


class DossierEncryption(QObject):
    """Dossier → Encrypt…; wired to the window's action."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.commands.encrypt.triggered.connect(lambda: self.encrypt())  # not its "checked"

    def encrypt(self, passphrase: str | None = None) -> bool:
        """Encrypt the open dossier in place (asks a new passphrase twice); True when done."""
        window = self._window
        opened = window.opened
        if opened is None:
            return False
        path = opened.path
        if opened.read_only:
            show_error(
                window,
                QCoreApplication.translate("DossierEncryption", "Read-only dossier"),
                QCoreApplication.translate(
                    "DossierEncryption", "{0} is read-only; save a copy to change it."
                ).format(path.name),
            )
            return False
        if is_encrypted(path):
            QMessageBox.information(
                window,
                QCoreApplication.translate("DossierEncryption", "Encrypt dossier"),
                QCoreApplication.translate("DossierEncryption", "{0} is already encrypted.").format(
                    path.name
                ),
            )
            return False
        if passphrase is None:
            dialog = NewPassphraseDialog(window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            passphrase = dialog.passphrase()
        meeting_id = window.workspace.meeting_id if window.workspace is not None else None
        if not window.close_dossier():
            return False
        try:
            encrypt_in_place(path, passphrase)
        except UserError as error:
            log.warning("could not encrypt %s: %s", path, error)
            show_error(
                window,
                QCoreApplication.translate("DossierEncryption", "Cannot encrypt the dossier"),
                user_text(error),
            )
            window.open_path(path, meeting_id)
            return False
        log.info("encrypted %s", path)
        window.open_path(path, meeting_id)
        window.statusBar().showMessage(
            QCoreApplication.translate("DossierEncryption", "{0} is encrypted.").format(path.name), 10_000
        )
        return True
