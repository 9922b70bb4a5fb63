"""Dossier → Dossier overview… (Ctrl+Shift+O) and Meeting → Report text… (Ctrl+Shift+T).

Adds its two actions to the window's menus and enables them with the other dossier commands;
the windows they open are found again rather than made twice (``show_dossier_overview``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from ..report_text_dialog import ReportTextDialog, show_report_text
from .window import DossierWindow, show_dossier_overview

if TYPE_CHECKING:
    from ..main_window import MainWindow

OVERVIEW_SHORTCUT = "Ctrl+Shift+O"  # O: overview
REPORT_TEXT_SHORTCUT = "Ctrl+Shift+T"  # T: text


class DossierCommands(QObject):
    """The dossier overview and the report text, from the menus; made by the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.overview_action = QAction(window)
        self.overview_action.setObjectName("actionDossierOverview")
        self.overview_action.setShortcut(QKeySequence(OVERVIEW_SHORTCUT))
        self.report_text_action = QAction(window)
        self.report_text_action.setObjectName("actionReportText")
        self.report_text_action.setShortcut(QKeySequence(REPORT_TEXT_SHORTCUT))
        for action in (self.overview_action, self.report_text_action):
            window.addAction(action)
        commands = window.commands
        commands.file_menu.insertAction(commands.promises, self.overview_action)
        commands.meeting_menu.insertAction(commands.import_reactions, self.report_text_action)
        # enabled with the other dossier commands: 'Close dossier' is enabled exactly when one is open
        commands.close.changed.connect(self._update_enabled)
        self.overview_action.triggered.connect(lambda: self.show_overview())
        self.report_text_action.triggered.connect(lambda: self.show_report_text())
        self.retranslate()
        self._update_enabled()

    def tr(self, text: str) -> str:  # type: ignore[override]
        return QCoreApplication.translate("DossierCommands", text)

    def retranslate(self) -> None:
        self.overview_action.setText(self.tr("Dossier o&verview…"))
        self.overview_action.setToolTip(
            self.tr("The evenings with their counts, the plan's history and the stakeholders")
        )
        self.report_text_action.setText(self.tr("Report &text…"))
        self.report_text_action.setToolTip(
            self.tr("The report's introduction and summary, and the answers, written after the evening")
        )

    def _update_enabled(self) -> None:
        is_open = self._window.commands.close.isEnabled()
        self.overview_action.setEnabled(is_open)
        self.report_text_action.setEnabled(is_open)

    def _meeting_id(self) -> str | None:
        workspace = self._window.workspace
        return workspace.meeting_id if workspace is not None else None

    def show_overview(self) -> DossierWindow | None:
        opened = self._window.opened
        if opened is None:
            return None
        return show_dossier_overview(opened.session, self._meeting_id() or "", self._window)

    def show_report_text(self) -> ReportTextDialog | None:
        opened = self._window.opened
        meeting_id = self._meeting_id()
        if opened is None or meeting_id is None:
            return None
        return show_report_text(opened.session, meeting_id, self._window)
