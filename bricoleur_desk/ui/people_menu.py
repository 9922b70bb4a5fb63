"""The people register and the sign-in sheet in the window: Dossier → People register…, Sign-in sheet….

Adds its two actions to the window's Dossier menu (before the residents' rights) and does the
work through ``workspace`` (never storage). The register is a dialog over the window; the
sign-in sheet dialog asks for pages, language and file, and writes by the outputs' rules.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Meeting
from ..workspace.opened import OpenDossier
from ..workspace.sign_in import MAX_PAGES, ROWS_PER_PAGE, export_sign_in_sheet
from .errors import show_error
from .people_register import PeopleRegister

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)
MESSAGE_MS = 10_000
SHORTCUT = "Ctrl+Shift+R"  # R: register


class SignInSheetDialog(QDialog):
    """Pages, language and file of the sign-in sheet."""

    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInSheetDialog")
        self.setWindowTitle(self.tr("Print a sign-in sheet"))
        self.pages_box = QSpinBox()
        self.pages_box.setObjectName("signInPages")
        self.pages_box.setRange(1, MAX_PAGES)
        self.pages_box.setSuffix(self.tr(" page(s) of {0} rows").format(ROWS_PER_PAGE))
        self.language_box = QComboBox()
        self.language_box.setObjectName("signInLanguage")
        self.language_box.addItem("Nederlands", "nl")
        self.language_box.addItem("English", "en")
        self.path_edit = QLineEdit(str(suggested))
        self.path_edit.setObjectName("signInPath")
        browse = QPushButton(self.tr("&Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Pages"), self.pages_box)
        form.addRow(self.tr("&Language"), self.language_box)
        form.addRow(self.tr("&File"), where)
        self.path_edit.setAccessibleName(self.tr("File"))
        self.pages_box.setAccessibleName(self.tr("Pages"))
        self.language_box.setAccessibleName(self.tr("Language"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path_edit.text(), "PDF (*.pdf)"
        )
        if chosen:
            self.path_edit.setText(chosen)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())


class PeopleCommands(QObject):
    """Dossier → People register… and Sign-in sheet…; made by the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.register_action = QAction(window)
        self.register_action.setObjectName("actionPeopleRegister")
        self.register_action.setShortcut(QKeySequence(SHORTCUT))
        self.sign_in_action = QAction(window)
        self.sign_in_action.setObjectName("actionSignInSheet")
        for action in (self.register_action, self.sign_in_action):
            window.addAction(action)
        menu = window.commands.file_menu
        menu.insertActions(window.commands.export_person, [self.register_action, self.sign_in_action])
        # enabled with the other dossier commands: 'Close dossier' is enabled exactly when one is open
        window.commands.close.changed.connect(self._update_enabled)
        self.register_action.triggered.connect(lambda: self.show_register())
        self.sign_in_action.triggered.connect(lambda: self.print_sign_in_sheet())
        self.register: PeopleRegister | None = None
        self.retranslate()
        self._update_enabled()

    def tr(self, text: str) -> str:  # type: ignore[override]
        return QCoreApplication.translate("PeopleCommands", text)

    def retranslate(self) -> None:
        self.register_action.setText(self.tr("People re&gister…"))
        self.register_action.setToolTip(self.tr("Who came, how to reach them and their consent (internal)"))
        self.sign_in_action.setText(self.tr("Print a sign-&in sheet…"))

    def _update_enabled(self) -> None:
        is_open = self._window.commands.close.isEnabled()
        self.register_action.setEnabled(is_open)
        self.sign_in_action.setEnabled(is_open)

    def _meeting(self, opened: OpenDossier) -> Meeting | None:
        workspace = self._window.workspace
        dossier = opened.session.dossier
        if workspace is not None:
            try:
                return dossier.meeting(workspace.meeting_id)
            except KeyError:
                pass
        return dossier.latest_meeting()

    def show_register(self, *, modal: bool = True) -> PeopleRegister | None:
        """The register over the window (modal; the tests show it without waiting)."""
        opened = self._window.opened
        if opened is None:
            return None
        meeting = self._meeting(opened)
        meeting_day: date | None = meeting.starts_at.date() if meeting is not None else None
        self.register = PeopleRegister(opened.session, meeting_day, parent=self._window)
        self.register.signInSheetRequested.connect(lambda: self.print_sign_in_sheet())
        if modal:
            self.register.exec()
        else:
            self.register.show()
        return self.register

    def print_sign_in_sheet(self, dialog: SignInSheetDialog | None = None) -> Path | None:
        """Ask for pages, language and file, then write the sheet of the meeting on screen."""
        opened = self._window.opened
        if opened is None:
            return None
        meeting = self._meeting(opened)
        if meeting is None:
            show_error(
                self._window, self.tr("No meeting"), self.tr("Add a meeting first: the sheet names it.")
            )
            return None
        if dialog is None:
            words = self.tr("sign-in sheet")  # in the suggested file name
            dialog = SignInSheetDialog(
                opened.path.with_name(f"{opened.path.stem} - {words}.pdf"), self._window
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
        target = dialog.path()
        try:
            export_sign_in_sheet(
                opened.session.dossier,
                target,
                meeting_id=meeting.id,
                pages=dialog.pages_box.value(),
                lang=dialog.language_box.currentData(),
                inputs=[opened.path],
            )
        except Exception as error:  # noqa: BLE001 - shown to the user, and logged
            log.warning("could not write the sign-in sheet to %s: %s", target, error)
            show_error(self._window, self.tr("Cannot write the sign-in sheet"), str(error))
            return None
        self._window.statusBar().showMessage(
            self.tr("Sign-in sheet written to {0}").format(target), MESSAGE_MS
        )
        return target
