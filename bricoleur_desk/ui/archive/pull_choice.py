"""Pulling a dossier that came from an encrypted file: write it encrypted again, or plain on purpose.

The archive never silently turns an encrypted dossier into a plain file on a laptop
(archive/transfer.py); the window asks, as ``archive pull --encrypt | --plain`` does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ..encryption import NewPassphraseDialog


def ask_how_to_write(parent: QWidget, out: Path) -> tuple[str | None, bool] | None:
    """(a new passphrase, False) to encrypt, (None, True) for a plain file, None to give up."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("TeamArchiveWindow", "Encrypted dossier"),
        QCoreApplication.translate("TeamArchiveWindow", "This dossier came from an encrypted file. Write %1 encrypted (a new passphrase) or unencrypted?").replace(
            "%1", out.name
        ),
        parent=parent,
    )
    box.setObjectName("archivePullEncrypted")
    encrypt = box.addButton(QCoreApplication.translate("TeamArchiveWindow", "&Encrypted…"), QMessageBox.ButtonRole.AcceptRole)
    plain = box.addButton(QCoreApplication.translate("TeamArchiveWindow", "&Unencrypted"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(encrypt)
    box.exec()
    if box.clickedButton() is plain:
        return None, True
    if box.clickedButton() is encrypt:
        dialog = NewPassphraseDialog(parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.passphrase(), False
    return None
