"""The register window: colleagues and departments, planned works, and the action list from them.

Internal, never on the projector. Keyboard first: the quick row under each table (Tab between
fields, Enter adds), F2 edits, Del removes, Ctrl+Z / Ctrl+Shift+Z undo and redo, Ctrl+Tab
switches tables. Every change is saved at once, like everything in the app. "Action list…"
writes the list for the department or colleague selected (or for everyone) as PDF or CSV.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.register import colleague
from ...workspace.action_list import ActionListResult, export_action_list
from ...workspace.errors import ReportError
from ...workspace.session import DossierSession
from ..errors import show_error
from ..messages import user_text
from .register_tabs import ColleaguesTab, PlannedWorksTab


class ColleaguesRegister(QDialog):
    """Two tables (the register inside the municipality and the planned works) and the action list."""

    def __init__(
        self,
        session: DossierSession,
        dossier_file: Path | None = None,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        names: Callable[[], object | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("colleaguesRegister")
        self.names = names  # the window's name scanner once loaded: strangers' names masked in the list
        self.session = session
        self.dossier_file = dossier_file
        self.today = today
        self.colleagues = ColleaguesTab(session)
        self.works = PlannedWorksTab(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("registerTabs")
        self.tabs.addTab(self.colleagues, "")
        self.tabs.addTab(self.works, "")
        self.tabs.currentChanged.connect(lambda _i: self.current_tab().quick[0].setFocus())
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("registerUndo")
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(session.undo)
        self.actions_button = QPushButton()
        self.actions_button.setObjectName("registerActionList")
        self.actions_button.setAutoDefault(False)
        self.actions_button.clicked.connect(lambda: self.write_action_list())
        self.close_button = QPushButton()
        self.close_button.setObjectName("registerClose")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        self.status = QLabel()
        self.status.setObjectName("registerStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.actions_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        for tab in (self.colleagues, self.works):
            tab.said.connect(self.status.setText)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, session.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, session.redo)
        self._unsubscribe = session.subscribe(lambda _changed: self.refresh())
        self.finished.connect(lambda _result: self._unsubscribe())
        self.retranslate()
        self.resize(920, 540)
        self.colleagues.quick[0].setFocus()

    def current_tab(self) -> ColleaguesTab | PlannedWorksTab:
        return self.colleagues if self.tabs.currentWidget() is self.colleagues else self.works

    def refresh(self) -> None:
        self.colleagues.refresh()
        self.works.refresh()
        self.undo_button.setEnabled(self.session.history.can_undo())

    # the action list ---------------------------------------------------------------------------
    def recipient_id(self) -> str | None:
        """The department or colleague selected in the first table, if that table is showing."""
        if self.tabs.currentWidget() is not self.colleagues:
            return None
        return self.colleagues.current_id()

    def write_action_list(self, target: Path | None = None) -> ActionListResult | None:
        """Ask where (PDF or CSV), unless ``target`` is given, and write the list for the selection."""
        entry = colleague(self.session.dossier, self.recipient_id())
        if target is None:
            folder = self.dossier_file.parent if self.dossier_file is not None else Path.home()
            name = self.tr("action-list") + (f"-{entry.name}" if entry is not None else "")
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Action list"),
                str(folder / (name + ".pdf")),
                self.tr("PDF files (*.pdf);;CSV files for Excel (*.csv)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        try:
            result = export_action_list(
                self.session.dossier,
                target,
                department=entry.id if entry is not None else None,
                today=self.today(),
                inputs=[self.dossier_file] if self.dossier_file is not None else [],
                names=self.names(),  # type: ignore[arg-type]
            )
        except (ReportError, OSError) as error:
            show_error(self, self.tr("Cannot write the action list"), user_text(error))
            return None
        self.status.setText(
            self.tr("Wrote the action list: %1 (%2 items for %3)")
            .replace("%1", str(result.path))
            .replace("%2", str(result.items))
            .replace("%3", entry.name if entry is not None else self.tr("everyone"))
        )
        return result

    # language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Colleagues and planned works (internal)"))
        self.tabs.setTabText(0, self.tr("&Colleagues and departments"))
        self.tabs.setTabText(1, self.tr("&Planned works"))
        self.undo_button.setText(self.tr("&Undo"))
        self.actions_button.setText(self.tr("Action &list…"))
        self.actions_button.setToolTip(
            self.tr("What residents asked of the selected department or colleague (nothing selected: everyone), as PDF or CSV")
        )
        self.close_button.setText(self.tr("Close"))
        self.colleagues.retranslate()
        self.works.retranslate()
        self.refresh()
