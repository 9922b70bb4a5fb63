"""Dossier → Colleagues and planned works… and Action list…: made by the main window.

Adds its two actions to the window's Dossier menu after the promises (the owners of promises
live in the register) and owns the register window, one at a time.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from .register_window import ColleaguesRegister

if TYPE_CHECKING:
    from ..main_window import MainWindow

SHORTCUT = "Ctrl+Shift+K"  # K: kollega's, collega's


class ColleaguesCommands(QObject):
    """The register window and the action list for everyone."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.register_action = QAction(window)
        self.register_action.setObjectName("actionColleagues")
        self.register_action.setShortcut(QKeySequence(SHORTCUT))
        self.action_list_action = QAction(window)
        self.action_list_action.setObjectName("actionActionList")
        for action in (self.register_action, self.action_list_action):
            window.addAction(action)
        menu = window.commands.file_menu
        menu.insertActions(window.commands.export_report, [self.register_action, self.action_list_action])
        window.commands.close.changed.connect(self._update_enabled)
        self.register_action.triggered.connect(lambda: self.show_register())
        self.action_list_action.triggered.connect(lambda: self.write_action_list())
        self.register: ColleaguesRegister | None = None
        self.retranslate()
        self._update_enabled()

    def tr(self, text: str) -> str:  # type: ignore[override]
        return QCoreApplication.translate("ColleaguesCommands", text)

    def retranslate(self) -> None:
        self.register_action.setText(self.tr("Colleagues and planned &works…"))
        self.register_action.setToolTip(
            self.tr("Departments and colleagues who own promises, and works planned in the area (internal)")
        )
        self.action_list_action.setText(self.tr("Action list per depart&ment…"))
        self.action_list_action.setToolTip(
            self.tr("For colleagues the morning after: open promises and points to look into, per department")
        )

    def _update_enabled(self) -> None:
        is_open = self._window.commands.close.isEnabled()
        for action in (self.register_action, self.action_list_action):
            action.setEnabled(is_open)

    def show_register(self) -> ColleaguesRegister | None:
        opened = self._window.opened
        if opened is None:
            return None
        if self.register is None or self.register.session is not opened.session:
            self.close()
            scanning = getattr(self._window, "scanning", None)
            self.register = ColleaguesRegister(
                opened.session, opened.path, self._window, today=date.today,
                names=lambda: scanning.scanner if scanning is not None else None,
            )  # fmt: skip
        self.register.refresh()
        self.register.show()
        self.register.raise_()
        self.register.activateWindow()
        self.register.current_tab().quick[0].setFocus()  # typing starts at once
        return self.register

    def write_action_list(self) -> None:
        """The list for every department and colleague, from the menu: the register window asks where."""
        register = self.show_register()
        if register is not None:
            register.colleagues.table.clearSelection()
            register.colleagues.table.setCurrentCell(-1, -1)
            register.write_action_list()

    def close(self) -> None:
        if self.register is not None:
            self.register.close()
            self.register.deleteLater()
            self.register = None
