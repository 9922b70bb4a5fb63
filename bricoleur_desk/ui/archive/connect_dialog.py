"""Connecting to the team archive: the address, the user and the password.

The password goes to the connection, and into the system keyring when the user ticks it and the
machine has one; never into the settings, a file or the address shown afterwards. Without a
keyring it is asked each time. (``~/.pgpass`` or ``PGPASSWORD``, as for ``psql``, still work:
leave the field empty.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class ConnectDialog(QDialog):
    """Three fields and Connect; the address and the user are filled in from last time."""

    def __init__(
        self, address: str = "", user: str = "", parent: QWidget | None = None, keyring: bool = False
    ) -> None:
        super().__init__(parent)
        self.keyring = keyring  # a system keyring is there to keep the password in
        self.setObjectName("teamArchiveConnect")
        self.address_input = QLineEdit(address)
        self.address_input.setObjectName("archiveAddress")
        self.user_input = QLineEdit(user)
        self.user_input.setObjectName("archiveUser")
        self.password_input = QLineEdit()
        self.password_input.setObjectName("archivePassword")
        self.password_input.setEchoMode(QLineEdit.EchoMode.Password)
        self.address_label, self.user_label, self.password_label = QLabel(), QLabel(), QLabel()
        self.address_label.setBuddy(self.address_input)
        self.user_label.setBuddy(self.user_input)
        self.password_label.setBuddy(self.password_input)
        form = QFormLayout()
        form.addRow(self.address_label, self.address_input)
        form.addRow(self.user_label, self.user_input)
        form.addRow(self.password_label, self.password_input)
        self.remember_check = QCheckBox()
        self.remember_check.setObjectName("archiveRememberPassword")
        self.remember_check.setEnabled(keyring)
        form.addRow("", self.remember_check)
        self.note = QLabel()
        self.note.setObjectName("archivePasswordNote")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.address_input.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._check()
        self.resize(560, self.sizeHint().height())
        (self.password_input if address and user else self.address_input).setFocus()

    def values(self) -> tuple[str, str, str]:
        """The address, the user and the password as typed."""
        return self.address_input.text().strip(), self.user_input.text().strip(), self.password_input.text()

    def remember(self) -> bool:
        """Keep the password typed in the system keyring once it logged in."""
        return self.keyring and self.remember_check.isChecked()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.password_input.clear()  # not kept in a dialog that may be shown again

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.address_input.text().strip()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to the team archive"))
        self.address_label.setText(self.tr("&Address:"))
        self.address_input.setPlaceholderText("postgresql://db.gemeente.nl/bricoleur?sslmode=require")
        self.address_input.setAccessibleName(self.tr("Address of the archive database"))
        self.user_label.setText(self.tr("&User:"))
        self.user_input.setAccessibleName(self.tr("Database user"))
        self.password_label.setText(self.tr("&Password:"))
        self.password_input.setAccessibleName(self.tr("Password"))
        self.remember_check.setText(self.tr("&Keep the password in the system keyring"))
        if self.keyring:
            self.note.setText(
                self.tr(
                    "A password kept in the system keyring is used when the field is left empty; "
                    "it is never written to a file. Leave it empty without one to use ~/.pgpass, as psql does."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "This computer has no system keyring: the password is used for this connection only "
                    "and asked again next time. Leave it empty to use ~/.pgpass, as psql does."
                )
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
